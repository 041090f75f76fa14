"""The notes of one item (an incident, a site, a correspondence item, or the case as a whole):
a list of cards with author and time, added and edited as plain text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from casefiles.domain.records import NoteRecord
from casefiles.errors import CaseFileError
from casefiles.services import notes
from ui.case_session import CaseSession
from ui.dialogs.note_dialog import NoteDialog
from ui.messages import show_error
from ui.models.note_list_model import NoteListModel
from ui.notes.note_delegate import NoteDelegate
from ui.widgets.panel_toolbar import PanelToolbar

NO_TARGET = object()  # nothing is shown (None is a real target: the case itself)


class NotesPanel(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._target: str | object | None = NO_TARGET
        self._about = ""
        self._reveal: str | None = None
        self.model = NoteListModel(session.tz, self)

        self.toolbar = PanelToolbar(self)
        self.add_action = self.toolbar.add(self.tr("Add note…"), "note", self.add_note)
        self.edit_action = self.toolbar.add(self.tr("Edit…"), "edit", self.edit_note)
        self.delete_action = self.toolbar.add(
            self.tr("Delete"), "delete", self.delete_note, QKeySequence.StandardKey.Delete
        )
        self.addActions(self.toolbar.actions())
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(self._double_clicked)
        self.list.selectionModel().selectionChanged.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list)
        session.notesChanged.connect(self._notes_changed)
        session.missionChanged.connect(self._mission_changed)
        self._update_actions()

    def show_target(self, target: str | None, about: str, reveal: str | None = None) -> None:
        """Show the notes on `target` (None: the case's own notes); `about` names it in
        dialogs, `reveal` is the incident that an undo brings into view."""
        self._target, self._about, self._reveal = target, about, reveal
        self.reload()

    @property
    def target(self) -> str | None:
        """The uuid of the item whose notes are shown; None: the case's, or nothing shown."""
        return self._target if isinstance(self._target, str) else None

    def clear(self) -> None:
        self._target = NO_TARGET
        self.reload()

    def reload(self) -> None:
        if self._target is NO_TARGET:
            self.model.set_notes([])
        else:
            target = self._target if isinstance(self._target, str) else None
            try:
                self.model.set_notes(notes.list_notes(self._session.case, target))
            except CaseFileError:
                self.model.set_notes([])
        self._update_actions()

    def selected(self) -> NoteRecord | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.note_at(rows[0].row()) if rows else None

    def add_note(self) -> None:
        if self._target is NO_TARGET or self._session.read_only:
            return
        target = self._target if isinstance(self._target, str) else None
        record, accepted = NoteDialog.edit(
            self, self._session, target, self._about, reveal=self._reveal
        )
        if accepted and record is not None:
            self._select(record.uuid)

    def edit_note(self) -> None:
        record = self.selected()
        if record is None or self._session.read_only:
            return
        NoteDialog.edit(
            self, self._session, record.target_uuid, self._about, record, reveal=self._reveal
        )
        self._select(record.uuid)

    def delete_note(self) -> None:
        record = self.selected()
        if record is None or self._session.read_only:
            return
        session, target = self._session, record.target_uuid
        try:
            session.delete(
                self.tr("Delete note"),
                notes,
                record.uuid,
                lambda: session.notesChanged.emit(target),
                reveal=self._reveal,
            )
        except CaseFileError as error:
            show_error(self, error)

    def _notes_changed(self, target: str | None) -> None:
        if target == self._target:
            selected = self.selected()
            self.reload()
            if selected is not None:
                self._select(selected.uuid)

    def _mission_changed(self) -> None:
        self.model.set_timezone(self._session.tz)

    def _select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_note()

    def _update_actions(self) -> None:
        writable = not self._session.read_only and self._target is not NO_TARGET
        has_selection = self.selected() is not None
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and has_selection)
        self.delete_action.setEnabled(writable and has_selection)
