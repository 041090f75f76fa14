"""Correspondence in a table with the selected item's full text and its scans below: all of the
case's, or the items linked to one incident."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import wording
from casefiles.domain.records import CorrespondenceRecord, IncidentRecord
from casefiles.errors import CaseFileError
from casefiles.services import correspondence
from ui.case_session import CaseSession
from ui.dialogs.correspondence_dialog import CorrespondenceDialog
from ui.icons import icon
from ui.language import arg, in_sentence, label, words
from ui.messages import show_error
from ui.models.correspondence_table_model import CorrespondenceColumn, CorrespondenceTableModel
from ui.models.roles import Role
from ui.notes.notes_panel import NotesPanel
from ui.photos.photo_owner import PhotoOwner
from ui.photos.photo_panel import PhotoPanel
from ui.widgets.column_widths import set_column_widths
from ui.widgets.panel_toolbar import PanelToolbar


class IncidentSource(Protocol):
    """Where the panel finds the case's incidents (the incident list holds them all)."""

    def records(self) -> list[IncidentRecord]: ...

    def record_of(self, uuid: str) -> IncidentRecord | None: ...


ALL = object()  # the whole case's correspondence, not one incident's


class CorrespondencePanel(QWidget):
    def __init__(
        self,
        session: CaseSession,
        incidents: IncidentSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._incidents = incidents
        self._scope: str | object | None = None  # None: nothing shown yet
        self.model = CorrespondenceTableModel(session.tz, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)

        self.toolbar = PanelToolbar(self)
        self.add_action = self.toolbar.add(
            self.tr("Add correspondence…"), "correspondence", self.add_item
        )
        self.edit_action = self.toolbar.add(self.tr("Edit…"), "edit", self.edit_item)
        self.delete_action = self.toolbar.add(
            self.tr("Delete"), "delete", self.delete_item, QKeySequence.StandardKey.Delete
        )
        self.addActions(self.toolbar.actions())

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Correspondence"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CorrespondenceColumn.WHEN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        set_column_widths(
            self.table,
            (
                (CorrespondenceColumn.WHEN, 130),
                (CorrespondenceColumn.KIND, 110),
                (CorrespondenceColumn.DIRECTION, 75),
                (CorrespondenceColumn.REFERENCE, 100),
                (CorrespondenceColumn.COUNTERPART, 220),
                (CorrespondenceColumn.INCIDENTS, 150),
            ),
            stretch=CorrespondenceColumn.SUMMARY,
        )
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Selected correspondence in full"))
        self.details.setPlaceholderText(self.tr("Select an item to read it in full."))

        # The scanned letter itself, beside its summary: the note verbale as it was received.
        self.scans = PhotoPanel(session, self, scans=True)
        self.scans.setAccessibleName(self.tr("Scans of the selected correspondence"))
        # What was said about the letter since (a call that followed, who has the original).
        self.notes = NotesPanel(session, self)
        self.notes.setAccessibleName(self.tr("Notes on the selected correspondence"))
        self.attachments = QTabWidget(self)
        self.attachments.addTab(self.scans, icon("photo"), self.tr("Scans"))
        self.attachments.addTab(self.notes, icon("note"), self.tr("Notes"))
        below = QSplitter(Qt.Orientation.Horizontal, self)
        below.setObjectName("correspondence_details_splitter")
        below.setChildrenCollapsible(False)
        below.addWidget(self.details)
        below.addWidget(self.attachments)
        below.setSizes([400, 400])

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("correspondence_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setSizes([300, 200])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter)
        session.correspondenceChanged.connect(self.reload)
        session.missionChanged.connect(self.reload)
        self._update_actions()

    def show_all(self) -> None:
        self._scope = ALL
        self.reload()

    def show_incident(self, incident_uuid: str | None) -> None:
        self._scope = incident_uuid
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        items: list[CorrespondenceRecord] = []
        if self._scope is not None:
            incident = None if self._scope is ALL else str(self._scope)
            try:
                items = correspondence.list_correspondence(self._session.case, incident)
            except CaseFileError:
                items = []
        linked = {uuid for item in items for uuid in item.incident_uuids}
        references = {
            u: r.reference for u in linked if (r := self._incidents.record_of(u)) is not None
        }
        self.model.set_timezone(self._session.tz)
        self.model.set_items(items, references)
        if selected is not None:
            self.select(selected.uuid)
        self._selection_changed()

    def selected(self) -> CorrespondenceRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(Role.RECORD)
        return record if isinstance(record, CorrespondenceRecord) else None

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())

    def add_item(self) -> None:
        if self._scope is None or self._session.read_only:
            return
        linked = [] if self._scope is ALL else [str(self._scope)]
        record, accepted = CorrespondenceDialog.edit(
            self, self._session, self._incidents.records(), linked=linked
        )
        if accepted and record is not None:
            self.select(record.uuid)

    def edit_item(self) -> None:
        record = self.selected()
        if record is None or self._session.read_only:
            return
        CorrespondenceDialog.edit(self, self._session, self._incidents.records(), record)

    def delete_item(self) -> None:
        record = self.selected()
        if record is None or self._session.read_only:
            return
        session = self._session

        def announce() -> None:
            session.correspondenceChanged.emit()
            for uuid in record.incident_uuids:
                session.incidentChanged.emit(uuid)

        try:
            session.delete(
                self.tr("Delete %1").replace("%1", in_sentence(record.kind)),
                correspondence,
                record.uuid,
                announce,
            )
        except CaseFileError as error:
            show_error(self, error)

    def add_note(self) -> bool:
        """Add a note on the selected item; False when none is selected."""
        if self.selected() is None:
            return False
        self.attachments.setCurrentWidget(self.notes)
        self.notes.add_note()
        return True

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_item()

    def _selection_changed(self) -> None:
        record = self.selected()
        owner = None
        if record is None:
            self.details.clear()
            self.notes.clear()
        else:
            self.details.setPlainText(self._describe(record))
            when = wording.span_words(record.span, self._session.tz, phrases=words())
            about = arg(
                self.tr("the %1 of %2", "the summons of 14 November 2025"),
                in_sentence(record.kind),
                when,
            )
            owner = PhotoOwner.correspondence(record.uuid, about)
            if self.notes.target != record.uuid:
                self.notes.show_target(record.uuid, about)
        # A reload reselects the same item; its scans reload on evidenceChanged, not here.
        if owner != self.scans.owner:
            self.scans.show_owner(owner)
        self._update_actions()

    def _describe(self, record: CorrespondenceRecord) -> str:
        concerns = sorted(
            f"{found.reference} — {found.title}" if found else self.tr("(a deleted incident)")
            for found in (self._incidents.record_of(uuid) for uuid in record.incident_uuids)
        )
        lines = [
            arg(
                self.tr("%1 (%2), %3", "kind (direction), when"),
                label(record.kind),
                in_sentence(record.direction),
                wording.span_words(record.span, self._session.tz, phrases=words()),
            ),
        ]
        if record.reference_number:
            lines.append(self.tr("Reference: %1").replace("%1", record.reference_number))
        if record.counterpart:
            lines.append(self.tr("Counterpart: %1").replace("%1", record.counterpart))
        lines.extend(["", record.summary])
        if record.incident_uuids:
            lines.extend(["", self.tr("Concerns:")])
            lines.extend(f"  {line}" for line in concerns)
        return "\n".join(lines)

    def _update_actions(self) -> None:
        writable = not self._session.read_only and self._scope is not None
        has_selection = self.selected() is not None
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and has_selection)
        self.delete_action.setEnabled(writable and has_selection)
