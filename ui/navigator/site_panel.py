"""The sites of the case file, each with its number of incidents; choosing one filters the
incident list. Sites are added, edited and deleted here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.errors import CaseFileError
from casefiles.services import sites
from ui.case_session import CaseSession
from ui.dialogs.site_dialog import SiteDialog
from ui.dialogs.site_notes_dialog import SiteNotesDialog
from ui.language import arg
from ui.messages import ask, show_error
from ui.models.roles import Role
from ui.models.site_list_model import SiteListModel
from ui.plurals import plural
from ui.widgets.panel_toolbar import PanelToolbar


class SitePanel(QWidget):
    siteChosen = Signal(object)  # a site uuid, or None for all sites

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = SiteListModel(self)
        self.toolbar = PanelToolbar(self)
        self.add_action = self.toolbar.add(self.tr("Add site…"), "site", self.add_site)
        self.edit_action = self.toolbar.add(self.tr("Edit…"), "edit", self.edit_site)
        self.delete_action = self.toolbar.add(self.tr("Delete"), "delete", self.delete_site)
        self.notes_action = self.toolbar.add(self.tr("Notes…"), "note", self._show_notes)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Sites"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list)
        self.list.setCurrentIndex(self.model.index(0))
        self._update_actions()

    def set_sites(self, records: Sequence[SiteRecord]) -> None:
        chosen = self.chosen()
        self.model.set_sites(records)
        row = self.model.row_of(chosen.uuid if chosen else None)
        self.list.setCurrentIndex(self.model.index(row or 0))
        self._update_actions()

    def count_incidents(self, incidents: Sequence[IncidentRecord]) -> None:
        counts: dict[str, int] = {}
        for record in incidents:
            counts[record.site_uuid] = counts.get(record.site_uuid, 0) + 1
        self.model.set_counts(counts)

    def chosen(self) -> SiteRecord | None:
        record = self.list.currentIndex().data(Role.RECORD)
        return record if isinstance(record, SiteRecord) else None

    def choose(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def add_site(self) -> None:
        if self._session.read_only:
            return
        record, accepted = SiteDialog.edit(self, self._session)
        if accepted and record is not None:
            self.choose(record.uuid)

    def edit_site(self) -> None:
        record = self.chosen()
        if record is not None and not self._session.read_only:
            SiteDialog.edit(self, self._session, record)

    def site_notes(self, add: bool = False) -> bool:
        """The chosen site's notes (with `add`, a new one started); False with no site chosen."""
        record = self.chosen()
        if record is None:
            return False
        SiteNotesDialog.show_notes(
            self, self._session, record, add=add and not self._session.read_only
        )
        return True

    def _show_notes(self) -> None:
        self.site_notes()

    def delete_site(self) -> None:
        record = self.chosen()
        if record is None or self._session.read_only:
            return
        count = self.model.count_of(record.uuid)
        kept = plural(self.tr(" It stays the site of its %n incident(s).", "", count), count)
        kept = kept if count else ""
        question = arg(self.tr("Delete the site “%1”?%2 You can undo this."), record.name, kept)
        if not ask(self, self.tr("Delete site"), question, self.tr("Delete site")):
            return
        session = self._session
        try:
            session.delete(
                self.tr("Delete site %1").replace("%1", record.name),
                sites,
                record.uuid,
                session.sitesChanged.emit,
            )
        except CaseFileError as error:
            show_error(self, error)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.siteChosen.emit(current.data(Role.UUID) if current.isValid() else None)

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_site()

    def _update_actions(self) -> None:
        writable = not self._session.read_only
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and self.chosen() is not None)
        self.delete_action.setEnabled(writable and self.chosen() is not None)
        self.notes_action.setEnabled(self.chosen() is not None)
