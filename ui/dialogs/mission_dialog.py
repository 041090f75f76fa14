"""The mission's own details: name, states, city, the premises' time zone, the classification
line printed on summaries, and the prefix of incident references."""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from casefiles.domain.records import MissionRecord
from casefiles.services import mission
from ui.case_session import CaseSession
from ui.dialogs.form_dialog import FormDialog

FIELDS = (
    "name",
    "sending_state",
    "host_country",
    "city",
    "timezone",
    "classification",
    "reference_prefix",
)


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


class MissionDialog(FormDialog):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mission details"), parent)
        self._session = session
        record = session.mission
        self._record = record
        self.name = QLineEdit(record.name, self)
        self.sending_state = QLineEdit(record.sending_state, self)
        self.host_country = QLineEdit(record.host_country, self)
        self.city = QLineEdit(record.city, self)
        self.timezone = timezone_box(self, record.timezone)
        self.classification = QLineEdit(record.classification, self)
        self.classification.setPlaceholderText(self.tr("printed on every page, e.g. RESTRICTED"))
        self.reference_prefix = QLineEdit(record.reference_prefix, self)
        self.add_field("name", self.tr("&Mission"), self.name)
        self.add_field("sending_state", self.tr("&Sending state"), self.sending_state)
        self.add_field("host_country", self.tr("&Host country"), self.host_country)
        self.add_field("city", self.tr("&City"), self.city)
        self.add_field(
            "timezone", self.tr("&Time zone of the premises"), self.timezone, self.tr("Time zone")
        )
        self.add_field("classification", self.tr("C&lassification"), self.classification)
        self.add_field("reference_prefix", self.tr("&Reference prefix"), self.reference_prefix)
        if session.read_only:
            self._show_only()
        else:
            self.set_submit(self._save)
        self.resize(560, 340)

    def _show_only(self) -> None:
        """A read-only case file: the details can be read, not changed."""
        self.setWindowTitle(self.tr("Mission details (read-only)"))
        for name in FIELDS:
            editor = getattr(self, name)
            if isinstance(editor, QLineEdit):
                editor.setReadOnly(True)
        self.timezone.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def values(self) -> dict[str, Any]:
        values = {name: getattr(self, name).text() for name in FIELDS if name != "timezone"}
        values["timezone"] = self.timezone.currentText().strip()
        return values

    def _save(self) -> MissionRecord:
        session, case = self._session, self._session.case
        old = {name: getattr(self._record, name) for name in FIELDS}

        def announce() -> None:
            session.set_mission(mission.get(case))

        return session.update(
            self.tr("Edit mission details"),
            lambda changes: mission.update(case, **changes),
            self.values(),
            old,
            announce,
        )

    @classmethod
    def edit(
        cls, parent: QWidget | None, session: CaseSession
    ) -> tuple[MissionRecord | None, bool]:
        dialog = cls(session, parent)
        value, accepted = dialog.run()
        return value, accepted
