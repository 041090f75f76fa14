"""The timeline, docked under the window: the incidents shown in the list, one lane per site.

It follows the incident list (its filters, its selection) and picks incidents in it. It is
filled after the window has drawn, and again a moment after changes, so neither opening a large
case file nor a run of edits waits for it.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from casefiles.domain.records import SiteRecord
from ui.timeline.from_case import timeline_data
from ui.timeline.panel import TimelinePanel
from ui.window.workspace import Workspace

REFRESH_MS = 200
UTC_ZONE = ZoneInfo("UTC")


class TimelineDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Timeline"), parent)
        self.setObjectName("timeline_dock")  # its place and visibility are remembered
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.panel = TimelinePanel(self)
        self.setWidget(self.panel)
        self._workspace: Workspace | None = None
        self._sites: list[SiteRecord] = []
        self._fitted = False  # fitted to the case file once; after that the zoom is the user's
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._fill)
        self.panel.timeline.incidentSelected.connect(self._picked)
        self.panel.timeline.incidentActivated.connect(self._picked)
        self.visibilityChanged.connect(lambda visible: visible and self._refresh.start())

    def bind(self, workspace: Workspace, sites: list[SiteRecord]) -> None:
        """Follow `workspace`'s incident list (on opening a case file)."""
        self._workspace, self._sites, self._fitted = workspace, sites, False
        self.panel.protected = [workspace.session.case.path]
        incidents = workspace.navigator.incidents
        for signal in (
            incidents.model.modelReset,
            incidents.model.rowsInserted,
            incidents.model.rowsRemoved,
            incidents.model.dataChanged,
            incidents.proxy.layoutChanged,
            incidents.proxy.rowsInserted,
            incidents.proxy.rowsRemoved,
        ):
            signal.connect(self._refresh.start)
        incidents.currentChanged.connect(self.panel.timeline.set_highlighted)
        workspace.navigator.sitesLoaded.connect(self._sites_loaded)
        workspace.session.missionChanged.connect(self._refresh.start)
        self._refresh.start()

    def unbind(self) -> None:
        """Show nothing (on closing the case file)."""
        self._workspace = None
        self.panel.protected = []
        self._refresh.stop()
        self.panel.timeline.set_data([], [], UTC_ZONE)

    def _sites_loaded(self, sites: list[SiteRecord]) -> None:
        self._sites = sites
        self._refresh.start()

    def _fill(self) -> None:
        workspace = self._workspace
        if workspace is None or not self.isVisible():
            return
        incidents = workspace.navigator.incidents
        timeline = self.panel.timeline
        timeline.mission = workspace.session.mission.name
        lanes, marks = timeline_data(self._sites, incidents.records())
        view = timeline.view()
        timeline.set_data(lanes, marks, workspace.session.tz)
        if self._fitted:
            timeline.set_view(view)  # an edit keeps the zoom the user chose
        self._fitted = True
        proxy = incidents.proxy
        timeline.set_filter(incidents.shown_uuids() if proxy.filtering else None)
        timeline.set_highlighted(incidents.current_uuid())

    def _picked(self, uuid: str) -> None:
        if self._workspace is not None:
            self._workspace.reveal(uuid)
