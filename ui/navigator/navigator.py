"""The left side of the window: the sites above, the incidents below. Choosing a site filters
the incidents; choosing an incident opens it on the right."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.services import sites
from ui.case_session import CaseSession
from ui.navigator.incident_list import IncidentList
from ui.navigator.site_panel import SitePanel


class Navigator(QSplitter):
    incidentChosen = Signal(object)  # uuid or None
    sitesLoaded = Signal(list)  # list[SiteRecord]: the live sites, after every change

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("navigator_splitter")
        self._session = session
        self.sites = SitePanel(session, self)
        self.incidents = IncidentList(session, self)
        self.addWidget(self.sites)
        self.addWidget(self.incidents)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 4)
        self.setChildrenCollapsible(False)
        self.sites.siteChosen.connect(self.incidents.set_site)
        self.incidents.currentChanged.connect(self.incidentChosen)
        self.incidents.model.rowsInserted.connect(self._recount)
        self.incidents.model.rowsRemoved.connect(self._recount)
        self.incidents.model.modelReset.connect(self._recount)
        self.incidents.model.dataChanged.connect(self._recount)
        session.sitesChanged.connect(self._sites_changed)
        session.missionChanged.connect(self.incidents.set_timezone)

    def load(self, site_records: Sequence[SiteRecord], records: Sequence[IncidentRecord]) -> None:
        self.sites.set_sites(site_records)
        self.incidents.set_incidents(records)
        self.sitesLoaded.emit(list(site_records))

    def _recount(self) -> None:
        self.sites.count_incidents(self.incidents.records())

    def _sites_changed(self) -> None:
        every = sites.list_sites(self._session.case, include_deleted=True)
        live = [site for site in every if not site.deleted]
        self.sites.set_sites(live)
        self.sitesLoaded.emit(live)
        # Incidents show their site's name: carry a renamed site's name over to them.
        names = {site.uuid: site.name for site in every}
        records = self.incidents.records()
        renamed = [
            replace(record, site_name=names.get(record.site_uuid, record.site_name))
            for record in records
        ]
        if renamed != records:
            self.incidents.set_incidents(renamed)
