"""Every field of an incident, each saved through the services as soon as it is edited.

A field is saved when its editor finishes (Enter, leaving the field, choosing an item); the
description also after a pause in typing, so a power cut loses at most a few words. Each save
is one undo step; a refused value stays in its editor with the reason right under it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.vocabulary import Impact, IncidentStatus, IncidentType
from casefiles.errors import CaseFileError, ValidationError
from casefiles.services import incidents
from ui.case_session import CaseSession
from ui.language import QT_TRANSLATE_NOOP, arg, lowered
from ui.messages import show_error
from ui.widgets.optional_number import OptionalCount, OptionalMeasure
from ui.widgets.time_span_edit import TimeSpanEdit
from ui.widgets.validated_field import ValidatedField
from ui.widgets.vocabulary_combo import VocabularyCombo

DESCRIPTION_SETTLE_MS = 1500
TEXT_LINES = ("reference", "title", "distance_words")  # saved when their editor is left

# The fields in their order, named in English here and through tr() where shown.
LABELS: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Reference"),
    "title": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Title"),
    "site": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Site"),
    "span": QT_TRANSLATE_NOOP("IncidentDetailsForm", "When"),
    "incident_type": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Type"),
    "impact": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Impact"),
    "distance_m": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Distance"),
    "distance_words": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Distance in the source's words"),
    "staff_killed": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Staff killed"),
    "staff_injured": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Staff injured"),
    "others_injured": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Others injured"),
    "uxo_found": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Unexploded ordnance"),
    "uxo_depth_m": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Ordnance depth"),
    "status": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Status"),
    "description": QT_TRANSLATE_NOOP("IncidentDetailsForm", "Description"),
}
UXO_CHOICES: tuple[bool | None, ...] = (None, True, False)  # unknown, yes (found), no


def current_value(record: IncidentRecord, field: str) -> Any:
    """The record's value of a field, in the form the incident service takes it."""
    match field:
        case "site":
            return record.site_uuid
        case "span":
            return record.span
        case "incident_type" | "impact" | "status":
            return getattr(record, field).value
    return getattr(record, field)


DESCRIPTION_MIN_HEIGHT = 60  # pixels: three lines


class _Description(QPlainTextEdit):
    """The description box asks for little height and grows with the room there is: asking
    for Qt's usual 192 pixels made the form scroll on a 768-pixel screen with the timeline."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), DESCRIPTION_MIN_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), DESCRIPTION_MIN_HEIGHT)


class IncidentDetailsForm(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._record: IncidentRecord | None = None

        self.reference = QLineEdit(self)
        self.title = QLineEdit(self)
        self.site = QComboBox(self)
        self.span = TimeSpanEdit(session.tz, self)
        self.incident_type: VocabularyCombo[IncidentType] = VocabularyCombo(IncidentType, self)
        self.impact: VocabularyCombo[Impact] = VocabularyCombo(Impact, self)
        self.distance_m = OptionalMeasure(self.tr(" m", "metres"), self)
        self.distance_words = QLineEdit(self)
        self.distance_words.setPlaceholderText(self.tr("in the source's words"))
        self.distance_words.setToolTip(
            self.tr("The distance as the source gives it, e.g. “about 35 steps”")
        )
        self.staff_killed = OptionalCount(self)
        self.staff_injured = OptionalCount(self)
        self.others_injured = OptionalCount(self)
        self.uxo_found = QComboBox(self)
        uxo_words = (
            self.tr("unknown", "unexploded ordnance"),
            self.tr("yes, found", "unexploded ordnance"),
            self.tr("no", "unexploded ordnance"),
        )
        for words, value in zip(uxo_words, UXO_CHOICES, strict=True):
            self.uxo_found.addItem(words, value)
        self.uxo_depth_m = OptionalMeasure(self.tr(" m below ground"), self, maximum=1000.0)
        self.status: VocabularyCombo[IncidentStatus] = VocabularyCombo(IncidentStatus, self)
        self.description = _Description(self)
        self.description.setTabChangesFocus(True)

        self.fields: dict[str, ValidatedField] = {}
        for name in LABELS:
            editor = getattr(self, name)
            editor.setAccessibleName(self.tr(LABELS[name]))
            self.fields[name] = ValidatedField(editor, self.tr(LABELS[name]), self)
        self.span.setAccessibleName(self.tr("When"))

        self._layout()
        self._connect()
        self._description_timer = QTimer(self)
        self._description_timer.setSingleShot(True)
        self._description_timer.setInterval(DESCRIPTION_SETTLE_MS)
        self._description_timer.timeout.connect(self._save_description)
        self.setEnabled(False)

    # Layout --------------------------------------------------------------------------------

    def _layout(self) -> None:
        identity = QFormLayout()
        identity.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        identity.setHorizontalSpacing(12)
        for name, label in (
            ("reference", self.tr("&Reference")),
            ("title", self.tr("&Title")),
            ("site", self.tr("&Site")),
            ("span", self.tr("&When")),
            ("incident_type", self.tr("T&ype")),
            ("impact", self.tr("&Impact")),
        ):
            identity.addRow(label, self.fields[name])
        distance = QWidget(self)
        row = QHBoxLayout(distance)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fields["distance_m"], 1)
        row.addWidget(self.fields["distance_words"], 2)
        distance_label = QLabel(self.tr("&Distance"), self)
        distance_label.setBuddy(self.distance_m)
        identity.addRow(distance_label, distance)

        people = QFormLayout()
        people.setHorizontalSpacing(12)
        for name, label in (
            ("staff_killed", self.tr("Staff &killed")),
            ("staff_injured", self.tr("Staff i&njured")),
            ("others_injured", self.tr("&Others injured")),
            ("uxo_found", self.tr("Une&xploded ordnance")),
            ("uxo_depth_m", self.tr("Ordnance de&pth")),
            ("status", self.tr("Stat&us")),
        ):
            people.addRow(label, self.fields[name])

        self._identity, self._people = identity, people
        self._columns = QGridLayout()
        self._columns.setHorizontalSpacing(12)  # at 1366 pixels the page has no width to spare
        self._columns.addLayout(identity, 0, 0)
        self._side_by_side = False
        self._arrange(side_by_side=True)

        description_label = QLabel(self.tr("Descri&ption of what happened"), self)
        description_label.setBuddy(self.description)
        layout = QVBoxLayout(self)
        self._outer = layout
        layout.addLayout(self._columns)
        layout.addWidget(description_label)
        layout.addWidget(self.fields["description"], 1)

        order: list[QWidget] = [
            self.reference, self.title, self.site, self.span.precision, self.span.day_part,
            self.span.month_part, self.span.month, self.span.year, self.span.date,
            self.span.time, self.span.short_form, self.incident_type, self.impact,
            self.distance_m, self.distance_words, self.staff_killed, self.staff_injured,
            self.others_injured, self.uxo_found, self.uxo_depth_m, self.status, self.description,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _arrange(self, side_by_side: bool) -> None:
        """The people and status beside the incident's identity, or below it."""
        if side_by_side == self._side_by_side:
            return
        self._side_by_side = side_by_side
        self._columns.removeItem(self._people)
        if side_by_side:
            self._columns.addLayout(self._people, 0, 1, Qt.AlignmentFlag.AlignTop)
            self._columns.setColumnStretch(0, 3)
            self._columns.setColumnStretch(1, 1)
        else:
            self._columns.addLayout(self._people, 1, 0)
            self._columns.setColumnStretch(1, 0)

    def _margins(self) -> int:
        margins = self.contentsMargins() + self._outer.contentsMargins()
        return margins.left() + margins.right()

    def _room_for_both(self, width: int) -> bool:
        needed = (
            self._identity.minimumSize().width()
            + self._columns.horizontalSpacing()
            + self._people.minimumSize().width()
        )
        return needed + self._margins() <= width

    def minimumSizeHint(self) -> QSize:
        """As narrow as the columns one below the other: a longer translation puts the second
        below the first (resizeEvent) rather than having it cut off at the page's edge."""
        hint = super().minimumSizeHint()
        if not self._side_by_side:
            return hint
        stacked = max(self._identity.minimumSize().width(), self._people.minimumSize().width())
        return QSize(min(hint.width(), stacked + self._margins()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._room_for_both(event.size().width()))
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a field asks for more or less room
            self._arrange(self._room_for_both(self.width()))
        return handled

    def _connect(self) -> None:
        self.reference.editingFinished.connect(lambda: self._save_text("reference"))
        self.title.editingFinished.connect(lambda: self._save_text("title"))
        self.distance_words.editingFinished.connect(lambda: self._save_text("distance_words"))
        self.site.activated.connect(lambda: self._save({"site": self.site.currentData()}))
        self.span.spanEdited.connect(lambda span: self._save({"span": span}))
        self.span.problem.connect(lambda text: self.fields["span"].set_error(text))
        for name in ("incident_type", "impact", "status"):
            combo: VocabularyCombo[Any] = getattr(self, name)
            combo.activated.connect(
                lambda _index, name=name, combo=combo: self._save({name: combo.currentData()})
            )
        self.uxo_found.activated.connect(self._save_uxo)
        for name in ("staff_killed", "staff_injured", "others_injured"):
            count: OptionalCount = getattr(self, name)
            count.editingFinished.connect(
                lambda name=name, count=count: self._save({name: count.count()})
            )
        for name in ("distance_m", "uxo_depth_m"):
            measure: OptionalMeasure = getattr(self, name)
            measure.editingFinished.connect(
                lambda name=name, measure=measure: self._save({name: measure.measure()})
            )
        self.description.textChanged.connect(self._description_typed)
        self.description.installEventFilter(self)

    # Showing -------------------------------------------------------------------------------

    @property
    def record(self) -> IncidentRecord | None:
        return self._record

    def set_sites(self, sites: Sequence[SiteRecord]) -> None:
        self.site.blockSignals(True)
        self.site.clear()
        for site in sites:
            self.site.addItem(site.name, site.uuid)
        self.site.blockSignals(False)
        if self._record is not None:
            self._fill_site(self._record)

    def show_incident(self, record: IncidentRecord | None) -> None:
        """Show `record` (None: nothing). Edits pending on the incident shown so far are saved
        first; fields whose value was refused keep it (and its message) when the same incident
        is shown again."""
        switching = record is None or self._record is None or record.uuid != self._record.uuid
        if switching:
            self.flush()
            for field in self.fields.values():
                field.set_error(None)
        self._record = record
        self.setEnabled(record is not None)
        if record is None:
            return
        # Keep what the user is typing or was refused: a save of another field (or an undo)
        # refreshes the form while they are at it.
        keep: set[str] = set()
        if not switching:
            keep = {name for name, field in self.fields.items() if field.error}
            keep |= {name for name in TEXT_LINES if getattr(self, name).isModified()}
            if self._description_timer.isActive():
                keep.add("description")
        editors = [field.editor for field in self.fields.values()]
        blocked = [editor.blockSignals(True) for editor in editors]
        try:
            self._fill(record, keep)
        finally:
            for editor, was in zip(editors, blocked, strict=True):
                editor.blockSignals(was)
        self._apply_read_only()

    def flush(self) -> None:
        """Save what is typed but not yet saved (on switching incidents or closing)."""
        if self._record is None:
            return
        if self._description_timer.isActive():
            self._save_description()
        for name in TEXT_LINES:
            if getattr(self, name).isModified():
                self._save_text(name)
        self.span.commit()

    def _fill(self, record: IncidentRecord, keep: set[str]) -> None:
        def fill(name: str) -> bool:
            return name not in keep

        if fill("reference"):
            self.reference.setText(record.reference)
        if fill("title"):
            self.title.setText(record.title)
            self.title.setCursorPosition(0)  # show the start of a long title
        self._fill_site(record)
        if fill("span"):
            self.span.set_timezone(self._session.tz)
            self.span.set_span(record.span)
        self.incident_type.set_value(record.incident_type)
        self.impact.set_value(record.impact)
        self.status.set_value(record.status)
        if fill("distance_m"):
            self.distance_m.set_measure(record.distance_m)
        if fill("distance_words"):
            self.distance_words.setText(record.distance_words)
            self.distance_words.setCursorPosition(0)
        for name in ("staff_killed", "staff_injured", "others_injured"):
            if fill(name):
                getattr(self, name).set_count(getattr(record, name))
        self.uxo_found.setCurrentIndex(
            next(i for i, value in enumerate(UXO_CHOICES) if value is record.uxo_found)
        )
        if fill("uxo_depth_m"):
            self.uxo_depth_m.set_measure(record.uxo_depth_m)
        if fill("description") and self.description.toPlainText() != record.description:
            self.description.setPlainText(record.description)

    def _fill_site(self, record: IncidentRecord) -> None:
        index = self.site.findData(record.site_uuid)
        if index < 0:  # a deleted site still shows as the incident's site
            self.site.addItem(
                self.tr("%1 (deleted)").replace("%1", record.site_name), record.site_uuid
            )
            index = self.site.count() - 1
        self.site.setCurrentIndex(index)

    def _apply_read_only(self) -> None:
        read_only = self._session.read_only
        for editor in (self.reference, self.title, self.distance_words):
            editor.setReadOnly(read_only)
        for box in (self.distance_m, self.staff_killed, self.staff_injured, self.others_injured):
            box.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        self.span.setReadOnly(read_only)
        for combo in (self.site, self.incident_type, self.impact, self.status, self.uxo_found):
            combo.setEnabled(not read_only)
        found = self.uxo_found.currentData() is True
        self.uxo_depth_m.setReadOnly(read_only or not found)
        self.uxo_depth_m.setEnabled(found)

    # Saving --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        leaving = watched is self.description and event.type() == QEvent.Type.FocusOut
        if leaving and self._description_timer.isActive():
            self._save_description()
        return super().eventFilter(watched, event)

    def _description_typed(self) -> None:
        if self._record is not None and not self._session.read_only:
            self._description_timer.start()

    def _save_description(self) -> None:
        self._description_timer.stop()
        if self._record is not None:
            uuid = self._record.uuid
            self._save(
                {"description": self.description.toPlainText()},
                merge_key=f"incident:{uuid}:description",
            )

    def _save_text(self, name: str) -> None:
        editor: QLineEdit = getattr(self, name)
        editor.setModified(False)
        self._save({name: editor.text()})

    def _save_uxo(self) -> None:
        found = self.uxo_found.currentData()
        values: dict[str, Any] = {"uxo_found": found}
        if found is not True and self._record is not None and self._record.uxo_depth_m is not None:
            values["uxo_depth_m"] = None  # a depth only makes sense for ordnance found
        self._save(values)

    def _save(self, values: dict[str, Any], merge_key: str | None = None) -> None:
        record = self._record
        if record is None or self._session.read_only:
            return
        old = {name: current_value(record, name) for name in values}
        if all(_same(old[name], values[name]) for name in values):
            for name in values:
                self.fields[name].set_error(None)
            return
        uuid = record.uuid
        case = self._session.case
        first = next(iter(values))
        try:
            self._record = self._session.update(
                arg(self.tr("Change %1 of %2"), lowered(self.tr(LABELS[first])), record.reference),
                lambda changes: incidents.update(case, uuid, **changes),
                values,
                old,
                after=lambda: self._session.incidentChanged.emit(uuid),
                reveal=uuid,
                merge_key=merge_key,
            )
        except ValidationError as error:
            for name, message in error.problems.items():
                self.fields[name if name in self.fields else first].set_error(message)
            return
        except CaseFileError as error:
            show_error(self, error)
            return
        for name in values:
            self.fields[name].set_error(None)
        self._apply_read_only()


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        return old.strip() == new.strip()
    return bool(old == new)
