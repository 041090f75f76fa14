"""The window on a headquarters database, read-only: missions above their sites on the left,
the incidents of what is chosen there (or found by search) in a table, and under it the
timeline with one lane per mission and site. File › Headquarters summary as PDF… writes the
cross-mission summary of the missions chosen.

Everything is read in read-only transactions (casefiles.hq.queries.reading); nothing here can
write to the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from casefiles.errors import CaseFileError
from casefiles.hq.connection import where
from casefiles.hq.queries import list_missions, reading, search, timeline_lanes, timeline_rows
from casefiles.language.catalogue import Language
from casefiles.storage.file_writing import check_new_file
from ui.headquarters.incidents import HqIncidentModel, hq_timeline
from ui.messages import inform, show_error
from ui.plurals import plural
from ui.preferences import Preferences
from ui.timeline.data import TimelineIncident
from ui.timeline.panel import TimelinePanel
from ui.widgets.column_widths import set_column_widths

_MISSION_ID = Qt.ItemDataRole.UserRole  # on a mission's item
_SITE_UUID = Qt.ItemDataRole.UserRole + 1  # on a site's item


def _owner(item: QTreeWidgetItem) -> str | None:
    """The mission a site's item is under."""
    parent = item.parent()
    return None if parent is None or item.data(0, _SITE_UUID) is None else parent.text(0)


# Reference, title (takes the room left), mission, site, when, type, damage, photos: each
# widened to its heading in the longer languages (ui/widgets/column_widths.py).
COLUMN_WIDTHS = {0: 100, 2: 120, 3: 120, 4: 120, 5: 120, 6: 100, 7: 60}


class HeadquartersWindow(QMainWindow):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        database = engine.url.database or ""
        title = self.tr("Headquarters — %1 on %2 (read-only)")
        self.setWindowTitle(title.replace("%1", database).replace("%2", where(engine.url)))
        with reading(engine) as connection:
            self.missions = list_missions(connection)
            lanes = timeline_lanes(connection)
            rows = timeline_rows(connection)
        self.data = hq_timeline(lanes, rows)
        self._chosen_sites: frozenset[str] | None = None  # None: every mission
        self._chosen_missions: list[int] | None = None
        self._found: frozenset[str] | None = None  # None: no search

        self.navigator = QTreeWidget(self)
        self.navigator.setHeaderLabels([self.tr("Mission / site"), self.tr("Incidents")])
        self.navigator.setAccessibleName(self.tr("Missions and their sites"))
        self._fill_navigator()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search every mission (Enter)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.returnPressed.connect(self.run_search)
        self.search.textChanged.connect(self._search_cleared)
        self.model = HqIncidentModel(self.data, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        set_column_widths(self.table, COLUMN_WIDTHS.items(), stretch=1)
        self.table.setWordWrap(False)
        self.count = QLabel(self)
        self.timeline = TimelinePanel(self)
        self.timeline.timeline.mission = self.tr("Headquarters: %1").replace("%1", database)
        self.timeline.timeline.set_data(self.data.lanes, self.data.incidents, self.data.zone)

        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.navigator)
        top.addWidget(middle)
        top.setStretchFactor(1, 1)
        top.setSizes([440, 926])
        whole = QSplitter(Qt.Orientation.Vertical, self)
        whole.addWidget(top)
        whole.addWidget(self.timeline)
        whole.setSizes([420, 300])
        self.setCentralWidget(whole)
        self._build_menu()

        self.navigator.currentItemChanged.connect(lambda *_: self._choose())
        self.table.selectionModel().currentRowChanged.connect(self._table_picked)
        self.timeline.timeline.incidentSelected.connect(self.select)
        self.timeline.timeline.incidentActivated.connect(self.select)
        self._apply()
        self.resize(1366, 768)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        summary = menu.addAction(self.tr("Headquarters &summary as PDF…"))
        summary.setStatusTip(
            self.tr("A section per mission chosen on the left, one timeline of all")
        )
        summary.triggered.connect(self._choose_summary)
        menu.addSeparator()
        close = menu.addAction(self.tr("&Close"))
        close.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)

    def _fill_navigator(self) -> None:
        total = sum(m.incidents for m in self.missions)
        everything = QTreeWidgetItem([self.all_missions(), str(total)])
        self._everything = everything
        self.navigator.addTopLevelItem(everything)
        counts: dict[str, int] = {}
        for incident in self.data.incidents:
            counts[incident.site_uuid] = counts.get(incident.site_uuid, 0) + 1
        for mission in self.missions:
            item = QTreeWidgetItem([mission.name, str(mission.incidents)])
            item.setData(0, _MISSION_ID, mission.id)
            where_it_is = self.tr("%1, %2").replace("%1", mission.city)
            item.setToolTip(0, where_it_is.replace("%2", mission.host_country))
            everything.addChild(item)
            for lane in self.data.lanes:
                owner = self.data.lane_of[lane.site_uuid]
                if owner.mission_id == mission.id:
                    site = QTreeWidgetItem([owner.site, str(counts.get(lane.site_uuid, 0))])
                    site.setData(0, _SITE_UUID, lane.site_uuid)
                    item.addChild(site)
        self.navigator.expandAll()
        self.navigator.setCurrentItem(everything)
        self.navigator.resizeColumnToContents(0)
        self.navigator.setColumnWidth(0, min(self.navigator.columnWidth(0), 360))

    def all_missions(self) -> str:
        """The navigator's first item, over every mission."""
        return self.tr("All missions")

    # What is shown ---------------------------------------------------------------------------

    def choose_all(self) -> None:
        self.navigator.setCurrentItem(self._everything)

    def choose_mission(self, name: str, site: str | None = None) -> None:
        """Pick a mission (or one of its sites) in the navigator, as a click does."""
        flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        found = [
            item
            for item in self.navigator.findItems(site or name, flags, 0)
            if _owner(item) == name or (site is None and item.data(0, _MISSION_ID) is not None)
        ]
        if not found:
            raise KeyError(name)
        self.navigator.setCurrentItem(found[0])

    def _choose(self) -> None:
        item = self.navigator.currentItem()
        site = item.data(0, _SITE_UUID) if item else None
        mission = item.data(0, _MISSION_ID) if item else None
        if site is not None:
            self._chosen_sites = frozenset([site])
            self._chosen_missions = [self.data.lane_of[site].mission_id]
        elif mission is not None:
            self._chosen_sites = frozenset(
                uuid for uuid, lane in self.data.lane_of.items() if lane.mission_id == mission
            )
            self._chosen_missions = [mission]
        else:
            self._chosen_sites = self._chosen_missions = None
        self._apply()

    def _search_cleared(self, text: str) -> None:
        if not text:
            self.run_search()

    def run_search(self) -> None:
        words = self.search.text().strip()
        if not words:
            self._found = None
        else:
            with reading(self.engine) as connection:
                hits = search(connection, words)
            self._found = frozenset(incident.uuid for incident, _snippets in hits)
        self._apply()

    def _accepts(self, incident: TimelineIncident) -> bool:
        return (self._chosen_sites is None or incident.site_uuid in self._chosen_sites) and (
            self._found is None or incident.uuid in self._found
        )

    def _apply(self) -> None:
        filtered = self._chosen_sites is not None or self._found is not None
        self.model.set_filter(self._accepts if filtered else None)
        self.timeline.timeline.set_filter(self._accepts if filtered else None)
        shown = self.model.rowCount()
        if self._found is None:
            text = plural(self.tr("%n incident(s)", "", shown), shown)
        else:
            text = plural(self.tr("%n incident(s) found for “%1”", "", shown), shown).replace(
                "%1", self.search.text().strip()
            )
        self.count.setText(text)

    def select(self, uuid: str) -> None:
        """Show `uuid` selected in the table and on the timeline."""
        row = self.model.row_of(uuid)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.timeline.timeline.set_highlighted(uuid)

    def _table_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.timeline.timeline.set_highlighted(self.model.incident(current.row()).uuid)

    # Summary -----------------------------------------------------------------------------

    def _choose_summary(self) -> None:
        from ui.printing.language import ask_pdf_file

        title = self.tr("Headquarters summary as PDF")
        answer = ask_pdf_file(self, title, "headquarters.pdf", Preferences())
        if answer is None:
            return
        path, language = answer
        try:
            pages = self.write_summary(Path(path), replace=True, language=language)  # asked
        except CaseFileError as error:
            show_error(self, error, self.tr("Headquarters summary"))
            return
        inform(
            self,
            self.tr("Headquarters summary"),
            plural(self.tr("Wrote %1 (%n page(s)).", "", pages), pages).replace("%1", path),
        )

    def write_summary(
        self, path: Path, *, replace: bool = False, language: Language = Language.EN
    ) -> int:
        """The summary of the missions chosen (all when none is) as a PDF in `language`; its
        page count."""
        from casefiles.hq.summary import build_hq_summary, images
        from casefiles.summary import Paper
        from ui.printing.pdf import write_pdf

        check_new_file(path, replace=replace)  # before any work
        with reading(self.engine) as connection:
            document = build_hq_summary(connection, self._chosen_missions, None, None, language)
            return write_pdf(
                document, path, paper=Paper.A4, images=images(connection), replace=replace
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.engine.dispose()
        super().closeEvent(event)
