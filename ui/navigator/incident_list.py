"""The incidents: a sortable table with filters by type, status and year (the site comes from
the site list), and a search box on the full-text search, which runs off the UI thread."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain.records import IncidentRecord
from casefiles.domain.vocabulary import IncidentStatus, IncidentType
from casefiles.errors import NotFound
from casefiles.services import incidents
from casefiles.storage.search import Snippet
from ui.case_session import CaseSession
from ui.icons import icon
from ui.language import arg
from ui.models.incident_filter_proxy import IncidentFilterProxy
from ui.models.incident_table_model import IncidentColumn, IncidentTableModel
from ui.models.roles import Role
from ui.plurals import plural
from ui.widgets.column_widths import set_column_widths
from ui.widgets.vocabulary_combo import VocabularyCombo

SEARCH_SETTLE_MS = 250
COLUMN_WIDTHS = {
    IncidentColumn.REFERENCE: 100,
    IncidentColumn.WHEN: 165,
    IncidentColumn.TITLE: 320,
    IncidentColumn.SITE: 180,
    IncidentColumn.TYPE: 160,
    IncidentColumn.IMPACT: 150,
    IncidentColumn.STATUS: 120,
    IncidentColumn.DAMAGE: 95,
    IncidentColumn.PHOTOS: 60,
}


def _bold_words(snippet: Snippet) -> str:
    return snippet.marked("<b>", "</b>", html.escape)


class IncidentList(QWidget):
    currentChanged = Signal(object)  # the chosen incident's uuid, or None

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._site: str | None = None
        self._search_serial = 0
        self._matches: frozenset[str] | None = None  # None: no search is active
        self._searched = ""  # the words of the search whose matches are shown
        self._snippets: dict[str, list[Snippet]] = {}  # where each match was, by incident uuid
        self.model = IncidentTableModel(session.tz, self)
        self.proxy = IncidentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, descriptions, damage, notes…"))
        self.search.setAccessibleName(self.tr("Search incidents"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.type_filter: VocabularyCombo[IncidentType] = VocabularyCombo(
            IncidentType, self, none_label=self.tr("Any type")
        )
        self.type_filter.setAccessibleName(self.tr("Filter by type"))
        self.status_filter: VocabularyCombo[IncidentStatus] = VocabularyCombo(
            IncidentStatus, self, none_label=self.tr("Any status")
        )
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.year_filter = QComboBox(self)
        self.year_filter.setAccessibleName(self.tr("Filter by year"))
        self.year_filter.addItem(self.tr("Any year"), None)
        self.found_in = QLabel(self)
        self.found_in.setAccessibleName(self.tr("Where the search found the words"))
        self.found_in.setWordWrap(True)
        self.found_in.setTextFormat(Qt.TextFormat.RichText)
        self.found_in.hide()
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of incidents shown"))

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            IncidentColumn.WHEN, Qt.SortOrder.DescendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: measuring 10,000 rows would cost a second.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        set_column_widths(self.table, COLUMN_WIDTHS.items())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # The filters ask for the room their "any" words need, not their longest choice's
        # (a translation's longest status made the navigator crowd out the incident page).
        for vocabulary in (self.type_filter, self.status_filter):
            vocabulary.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            vocabulary.setMinimumContentsLength(len(vocabulary.itemText(0)))
        filters = QHBoxLayout()
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.year_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.found_in)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_SETTLE_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)
        for combo in (self.type_filter, self.status_filter, self.year_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.model.rowsInserted.connect(self._contents_changed)
        self.model.rowsRemoved.connect(self._contents_changed)
        self.model.modelReset.connect(self._contents_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        session.incidentChanged.connect(self._incident_changed)

    # Content -------------------------------------------------------------------------------

    def set_incidents(self, records: Sequence[IncidentRecord]) -> None:
        chosen = self.current_uuid()
        self.model.set_records(records)
        if chosen is not None:
            self.select(chosen)

    def records(self) -> list[IncidentRecord]:
        return self.model.records()

    def record_of(self, uuid: str) -> IncidentRecord | None:
        row = self.model.row_of(uuid)
        return None if row is None else self.model.record_at(row)

    def shown_uuids(self) -> frozenset[str]:
        """The incidents the filters let through."""
        return frozenset(
            self.proxy.index(row, 0).data(Role.UUID) for row in range(self.proxy.rowCount())
        )

    def current_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Role.UUID) if rows else None

    def select(self, uuid: str | None) -> bool:
        """Select an incident (clearing filters that hide it); False if it is not listed."""
        if uuid is None:
            self.table.clearSelection()
            return True
        row = self.model.row_of(uuid)
        if row is None:
            return False
        if not self.proxy.accepts(self.model.record_at(row)):
            self.clear_filters()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def set_site(self, uuid: str | None) -> None:
        self._site = uuid
        self._apply_filters()

    def clear_filters(self) -> None:
        for combo in (self.type_filter, self.status_filter, self.year_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._site = None
        self._matches = None
        self._apply_filters()
        self._show_where_found()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_timezone(self) -> None:
        self.model.set_timezone(self._session.tz)
        self.proxy.invalidate()  # the years in the filter keys are local years
        self._contents_changed()

    # Filters and search --------------------------------------------------------------------

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            site=self._site,
            incident_type=self.type_filter.value(),
            status=self.status_filter.value(),
            year=self.year_filter.currentData(),
            matches=self._matches,
        )
        self._update_count()

    def _run_search(self) -> None:
        self._search_timer.stop()
        self._search_serial += 1
        serial, text, case = self._search_serial, self.search.text().strip(), self._session.case
        if not text:
            self._matches = None
            self._apply_filters()
            self._show_where_found()
            return

        def found(hits: list[tuple[IncidentRecord, list[Snippet]]]) -> None:
            if serial == self._search_serial:  # a later search supersedes this one
                self._snippets = {record.uuid: snippets for record, snippets in hits}
                self._matches = frozenset(self._snippets)
                self._searched = text
                self._apply_filters()
                self._show_where_found()

        self._session.background.run(
            lambda: incidents.search_with_snippets(case, text), found, context=self
        )

    def _show_where_found(self) -> None:
        """Under the search box: where the chosen incident matched, with the words in bold, or
        that nothing matched."""
        if self._matches is None:
            self.found_in.hide()
            return
        searched = html.escape(self._searched)
        snippets = self._snippets.get(self.current_uuid() or "", [])
        if not self._matches:
            self.found_in.setText(self.tr("No incident matches “%1”.").replace("%1", searched))
        elif snippets:
            found = self.tr("Found in %1: %2")
            lines = (arg(found, self._column_words(s.column), _bold_words(s)) for s in snippets)
            self.found_in.setText("<br>".join(lines))
        else:
            self.found_in.setText(
                self.tr("Choose an incident to see where “%1” was found.").replace("%1", searched)
            )
        self.found_in.show()

    def _column_words(self, column: str) -> str:
        """Where a search matched, in words ("Found in title: …")."""
        columns = {
            "reference": self.tr("reference", "found in"),
            "title": self.tr("title", "found in"),
            "description": self.tr("description", "found in"),
            "damage": self.tr("damage", "found in"),
            "notes": self.tr("notes", "found in"),
            "correspondence": self.tr("correspondence", "found in"),
        }
        return columns.get(column, column)

    def _contents_changed(self) -> None:
        tz = self._session.tz
        years = sorted({r.span.start.astimezone(tz).year for r in self.model.records()})[::-1]
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Any year"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(chosen), 0))
        self.year_filter.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(plural(self.tr("%n incident(s)", "", total), total))
        else:
            text = plural(self.tr("%1 of %n incident(s) shown", "", total), total)
            self.count.setText(text.replace("%1", str(shown)))

    # Changes -------------------------------------------------------------------------------

    def _incident_changed(self, uuid: str) -> None:
        try:
            record = incidents.get(self._session.case, uuid)
        except NotFound:
            self.model.remove(uuid)
            return
        self.model.upsert(record)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_where_found()
        self.currentChanged.emit(self.current_uuid())

    def index_of(self, uuid: str) -> QModelIndex:
        row = self.model.row_of(uuid)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))
