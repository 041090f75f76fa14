"""An open case file in the window: incidents (navigator and incident page side by side), all
correspondence, and the case's own notes, each on its own tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.errors import CaseFileError
from casefiles.services import incidents
from ui.case_session import CaseSession
from ui.correspondence.correspondence_panel import CorrespondencePanel
from ui.dialogs.correspondence_dialog import CorrespondenceDialog
from ui.dialogs.mission_dialog import MissionDialog
from ui.dialogs.new_incident_dialog import NewIncidentDialog
from ui.dialogs.site_dialog import SiteDialog
from ui.icons import icon
from ui.incident.incident_page import IncidentPage
from ui.language import arg
from ui.messages import ask, inform, show_error
from ui.navigator.navigator import Navigator
from ui.notes.notes_panel import NotesPanel
from ui.window.case_loader import LoadedCase

INCIDENTS_TAB, CORRESPONDENCE_TAB, CASE_NOTES_TAB = 0, 1, 2


class Workspace(QWidget):
    def __init__(
        self, session: CaseSession, loaded: LoadedCase, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._sites: list[SiteRecord] = list(loaded.sites)
        self.navigator = Navigator(session, self)
        self.page = IncidentPage(session, self.navigator.incidents, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        # The incident's form needs ~790 pixels for its two columns side by side (English).
        self.splitter.setSizes([540, 820])

        self.correspondence = CorrespondencePanel(session, self.navigator.incidents, self)
        self.case_notes = NotesPanel(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.splitter, icon("incident"), self.tr("Incidents"))
        self.tabs.addTab(self.correspondence, icon("correspondence"), self.tr("Correspondence"))
        self.tabs.addTab(self.case_notes, icon("note"), self.tr("Case notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

        self.navigator.incidentChosen.connect(self.page.show_incident)
        self.navigator.sitesLoaded.connect(self._sites_loaded)
        session.revealRequested.connect(self.reveal)
        self.navigator.load(loaded.sites, [])
        self.case_notes.show_target(None, self.tr("the case", "what the case notes are about"))

    def show_incidents(self, records: list[IncidentRecord]) -> None:
        """The case's incidents, read after the workspace was built."""
        self.navigator.incidents.set_incidents(records)
        self.correspondence.show_all()  # it names the incidents by reference
        # The list is drawn first; the first incident opens right after.
        QTimer.singleShot(0, self.navigator.incidents.select_first)

    @property
    def incident(self) -> IncidentRecord | None:
        return self.page.record

    def flush(self) -> None:
        """Save edits still being typed (before closing or copying the file)."""
        self.page.flush()

    def reveal(self, uuid: str) -> None:
        """Bring an incident into view: an undo or redo changed it."""
        self.tabs.setCurrentIndex(INCIDENTS_TAB)
        if self.page.record is None or self.page.record.uuid != uuid:
            self.navigator.incidents.select(uuid)

    # Actions -------------------------------------------------------------------------------

    def new_incident(self) -> None:
        if self.session.read_only:
            return
        if not self._sites:
            inform(
                self,
                self.tr("New incident"),
                self.tr("First add the site the incident happened at."),
            )
            if not SiteDialog.edit(self, self.session)[1]:
                return
        chosen = self.navigator.sites.chosen()
        record, accepted = NewIncidentDialog.ask(
            self, self.session, self._sites, chosen.uuid if chosen else None
        )
        if accepted and record is not None:
            self.tabs.setCurrentIndex(INCIDENTS_TAB)
            self.navigator.incidents.select(record.uuid)
            self.page.tabs.setCurrentIndex(0)
            self.page.details.title.setFocus()

    def delete_incident(self) -> None:
        record = self.page.record
        if record is None or self.session.read_only:
            return
        question = arg(
            self.tr(
                "Delete %1 “%2” with its damage, photos and notes? "
                "Nothing is erased from the file, and Undo brings it back."
            ),
            record.reference,
            record.title,
        )
        if not ask(self, self.tr("Delete incident"), question, self.tr("Delete incident")):
            return
        session, uuid = self.session, record.uuid
        try:
            session.delete(
                self.tr("Delete %1").replace("%1", record.reference),
                incidents,
                uuid,
                lambda: session.incidentChanged.emit(uuid),
                reveal=uuid,
            )
        except CaseFileError as error:
            show_error(self, error)

    def import_photos(self) -> None:
        if self.page.record is None:
            inform(
                self,
                self.tr("Import photos"),
                self.tr("Choose the incident the photos belong to first."),
            )
            return
        self.tabs.setCurrentIndex(INCIDENTS_TAB)
        self.page.tabs.setCurrentWidget(self.page.photos)
        self.page.photos.choose_and_import()

    def add_note(self) -> None:
        """A note on what is in front of the user: the correspondence item selected on its
        tab, the site chosen in the list when that has the focus, else the incident shown
        (or the case)."""
        if self.tabs.currentIndex() == CORRESPONDENCE_TAB:
            if not self.correspondence.add_note():
                inform(
                    self,
                    self.tr("Add note"),
                    self.tr("Choose the correspondence item the note is about."),
                )
            return
        sites_list = self.navigator.sites.list
        if sites_list.hasFocus() and self.navigator.sites.site_notes(add=True):
            return
        if self.tabs.currentIndex() == CASE_NOTES_TAB or self.page.record is None:
            self.tabs.setCurrentIndex(CASE_NOTES_TAB)
            self.case_notes.add_note()
            return
        self.page.tabs.setCurrentWidget(self.page.notes)
        self.page.notes.add_note()

    def find_incidents(self) -> None:
        self.tabs.setCurrentIndex(INCIDENTS_TAB)
        self.navigator.incidents.focus_search()

    def new_site(self) -> None:
        self.tabs.setCurrentIndex(INCIDENTS_TAB)
        self.navigator.sites.add_site()

    def new_correspondence(self) -> None:
        linked = [] if self.page.record is None else [self.page.record.uuid]
        if self.tabs.currentIndex() == CORRESPONDENCE_TAB:
            linked = []
        record, accepted = CorrespondenceDialog.edit(
            self, self.session, self.navigator.incidents.records(), linked=linked
        )
        if accepted and record is not None:
            self.correspondence.select(record.uuid)

    def edit_mission(self) -> None:
        MissionDialog.edit(self, self.session)  # read-only case files show it unchangeable

    def _sites_loaded(self, sites: list[SiteRecord]) -> None:
        self._sites = sites
        self.page.set_sites(sites)
