"""The mission's details as rows of a form, shared by the New case and Mission details
dialogs: one list of fields, one set of labels and examples, one reading of the values."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from casefiles.domain.records import MissionRecord
from ui.dialogs.form_dialog import FormDialog
from ui.language import QT_TRANSLATE_NOOP

FIELDS = (
    "name",
    "sending_state",
    "host_country",
    "city",
    "timezone",
    "classification",
    "reference_prefix",
)
DEFAULT_TIMEZONE = "Europe/Kyiv"  # of a new mission; most of the users' missions are there
LABELS = {
    "name": QT_TRANSLATE_NOOP("MissionForm", "&Mission"),
    "sending_state": QT_TRANSLATE_NOOP("MissionForm", "&Sending state"),
    "host_country": QT_TRANSLATE_NOOP("MissionForm", "&Host country"),
    "city": QT_TRANSLATE_NOOP("MissionForm", "&City"),
    "timezone": QT_TRANSLATE_NOOP("MissionForm", "&Time zone of the premises"),
    "classification": QT_TRANSLATE_NOOP("MissionForm", "C&lassification"),
    "reference_prefix": QT_TRANSLATE_NOOP("MissionForm", "&Reference prefix"),
}
SUBJECTS = {"timezone": QT_TRANSLATE_NOOP("MissionForm", "Time zone")}  # named in messages
EXAMPLES = {
    "name": QT_TRANSLATE_NOOP("MissionForm", "e.g. Embassy of … in …"),
    "classification": QT_TRANSLATE_NOOP("MissionForm", "printed on every page, e.g. RESTRICTED"),
    "reference_prefix": QT_TRANSLATE_NOOP(
        "MissionForm", "e.g. KYIV: incidents become KYIV-2025-001"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionForm", text)


def timezone_box(parent: QWidget, current: str) -> QComboBox:
    """An editable list of the IANA time zones, completed as you type (e.g. "Kyiv")."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.addItems(sorted(zoneinfo.available_timezones()))
    # The editable box's own completer: a second QCompleter on the box's model could be left
    # with queued model resets for a box already deleted (a crash seen in the tests).
    completer = box.completer()
    assert completer is not None  # an editable box always has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.setCurrentText(current)
    return box


class MissionForm(FormDialog):
    """A form dialog whose first rows are the mission's details."""

    name: QLineEdit
    sending_state: QLineEdit
    host_country: QLineEdit
    city: QLineEdit
    timezone: QComboBox
    classification: QLineEdit
    reference_prefix: QLineEdit

    def add_mission_fields(self, record: MissionRecord | None) -> None:
        """A row for each of FIELDS, filled from `record` (None: a new mission)."""

        for field in FIELDS:
            editor: QLineEdit | QComboBox
            if field == "timezone":
                zone = DEFAULT_TIMEZONE if record is None else record.timezone
                editor = timezone_box(self, zone)
            else:
                editor = QLineEdit("" if record is None else str(getattr(record, field)), self)
                editor.setPlaceholderText(_tr(EXAMPLES.get(field, "")))
            setattr(self, field, editor)
            self.add_field(field, _tr(LABELS[field]), editor, _tr(SUBJECTS.get(field, "")))

    def mission_values(self) -> dict[str, str]:
        """What was typed, field by field, as the mission service takes it."""
        values = {name: getattr(self, name).text() for name in FIELDS if name != "timezone"}
        values["timezone"] = self.timezone.currentText().strip()
        return values
