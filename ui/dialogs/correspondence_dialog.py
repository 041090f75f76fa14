"""Add or edit a correspondence item: a note verbale, summons, meeting, call or statement, with
the incidents it concerns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain.records import CorrespondenceRecord, IncidentRecord
from casefiles.domain.vocabulary import CorrespondenceKind, Direction
from casefiles.services import correspondence
from ui.case_session import CaseSession
from ui.dialogs.form_dialog import FormDialog
from ui.language import in_sentence
from ui.widgets.time_span_edit import TimeSpanEdit
from ui.widgets.vocabulary_combo import VocabularyCombo


class IncidentChecklist(QWidget):
    """Every incident with a check box, and a line that narrows the list as you type."""

    def __init__(self, incidents: Sequence[IncidentRecord], parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find an incident by reference or title"))
        self.filter.setAccessibleName(self.tr("Find an incident to link"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Incidents this concerns"))
        for record in sorted(incidents, key=lambda r: r.span.start, reverse=True):
            item = QListWidgetItem(f"{record.reference} — {record.title}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, record.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._narrow)
        self.setFocusProxy(self.list)

    def set_checked(self, uuids: Sequence[str]) -> None:
        wanted = set(uuids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = item.text().casefold()
            item.setHidden(not all(word in label for word in words))


class CorrespondenceDialog(FormDialog):
    def __init__(
        self,
        session: CaseSession,
        incidents: Sequence[IncidentRecord],
        record: CorrespondenceRecord | None,
        linked: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit correspondence") if record else self.tr("Add correspondence"), parent
        )
        self._session = session
        self._record = record
        self.kind: VocabularyCombo[CorrespondenceKind] = VocabularyCombo(CorrespondenceKind, self)
        self.direction: VocabularyCombo[Direction] = VocabularyCombo(Direction, self)
        self.span = TimeSpanEdit(session.tz, self)
        self.reference_number = QLineEdit(self)
        self.reference_number.setPlaceholderText(self.tr("e.g. No. 12/345-2025"))
        self.counterpart = QLineEdit(self)
        self.counterpart.setPlaceholderText(self.tr("who it was sent to, received from or met"))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.incidents = IncidentChecklist(incidents, self)

        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("direction", self.tr("&Direction"), self.direction)
        self.add_field("span", self.tr("&When"), self.span)
        self.add_field("reference_number", self.tr("&Reference no."), self.reference_number)
        self.add_field("counterpart", self.tr("C&ounterpart"), self.counterpart)
        self.add_field("summary", self.tr("&Summary"), self.summary)
        self.add_field("incidents", self.tr("&Incidents"), self.incidents)
        self.span.problem.connect(lambda text: self.fields["span"].set_error(text))
        if record is not None:
            self._fill(record)
        else:
            self.incidents.set_checked(linked)
        self.set_submit(self._save)
        self.resize(680, 640)

    def _fill(self, record: CorrespondenceRecord) -> None:
        self.kind.set_value(record.kind)
        self.direction.set_value(record.direction)
        self.span.set_span(record.span)
        self.reference_number.setText(record.reference_number)
        self.counterpart.setText(record.counterpart)
        self.summary.setPlainText(record.summary)
        self.incidents.set_checked(record.incident_uuids)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "direction": self.direction.currentData(),
            "span": self.span.span(),
            "reference_number": self.reference_number.text(),
            "counterpart": self.counterpart.text(),
            "summary": self.summary.toPlainText(),
            "incidents": self.incidents.checked(),
        }

    def _save(self) -> CorrespondenceRecord:
        session, case = self._session, self._session.case
        values = self.values()
        touched = set(values["incidents"])
        if self._record is not None:
            touched |= set(self._record.incident_uuids)

        def announce() -> None:
            session.correspondenceChanged.emit()
            for uuid in touched:
                session.incidentChanged.emit(uuid)

        if self._record is None:
            return session.create(
                self.tr("Add %1").replace("%1", in_sentence(CorrespondenceKind(values["kind"]))),
                lambda: correspondence.create(case, **values),
                correspondence,
                announce,
            )
        record = self._record
        return session.update(
            self.tr("Edit %1").replace("%1", in_sentence(record.kind)),
            lambda changes: correspondence.update(case, record.uuid, **changes),
            values,
            old_values(record),
            announce,
        )

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        session: CaseSession,
        incidents: Sequence[IncidentRecord],
        record: CorrespondenceRecord | None = None,
        linked: Sequence[str] = (),
    ) -> tuple[CorrespondenceRecord | None, bool]:
        """Add correspondence (linked at first to `linked`) or edit `record`;
        returns (the saved item, accepted)."""
        dialog = cls(session, incidents, record, linked, parent)
        value, accepted = dialog.run()
        return value, accepted


def old_values(record: CorrespondenceRecord) -> dict[str, Any]:
    return {
        "kind": record.kind.value,
        "direction": record.direction.value,
        "span": record.span,
        "reference_number": record.reference_number,
        "counterpart": record.counterpart,
        "summary": record.summary,
        "incidents": list(record.incident_uuids),
    }
