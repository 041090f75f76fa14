"""The damage items of one incident: a table edited in place or through the damage dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from casefiles.domain.records import DamageRecord, SiteRecord
from casefiles.domain.vocabulary import DamageElement, Severity
from casefiles.errors import CaseFileError
from casefiles.services import damage, evidence_reading
from ui.case_session import CaseSession
from ui.dialogs.damage_dialog import DamageDialog, old_values
from ui.language import in_sentence
from ui.messages import show_error
from ui.models.damage_table_model import DamageColumn, DamageTableModel
from ui.widgets.column_widths import set_column_widths
from ui.widgets.panel_toolbar import PanelToolbar
from ui.widgets.vocabulary_delegate import VocabularyDelegate


class DamagePanel(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._incident: str | None = None
        self._sites: list[SiteRecord] = []
        self.model = DamageTableModel(self)
        if not session.read_only:
            self.model.set_commit(self._commit_cell)

        self.toolbar = PanelToolbar(self)
        self.add_action = self.toolbar.add(self.tr("Add damage…"), "add", self.add_item)
        self.edit_action = self.toolbar.add(self.tr("Edit…"), "edit", self.edit_item)
        self.delete_action = self.toolbar.add(
            self.tr("Delete"), "delete", self.delete_item, QKeySequence.StandardKey.Delete
        )
        self.addActions(self.toolbar.actions())  # their shortcuts work from the table too
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Damage items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(
            DamageColumn.ELEMENT, VocabularyDelegate(DamageElement, self.table)
        )
        self.table.setItemDelegateForColumn(
            DamageColumn.SEVERITY, VocabularyDelegate(Severity, self.table)
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        set_column_widths(
            self.table,
            (
                (DamageColumn.ELEMENT, 150),
                (DamageColumn.SEVERITY, 85),
                (DamageColumn.SITE, 140),
                (DamageColumn.COST, 105),
                (DamageColumn.ESTIMATED_ON, 95),
                (DamageColumn.PHOTOS, 75),
            ),
            stretch=DamageColumn.DESCRIPTION,
        )
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table)
        session.damageChanged.connect(self._damage_changed)
        session.evidenceChanged.connect(self._damage_changed)  # photos linked or removed
        session.sitesChanged.connect(self.reload)
        self._update_actions()

    def show_incident(self, incident_uuid: str | None, sites: Sequence[SiteRecord]) -> None:
        self._incident = incident_uuid
        self._sites = list(sites)
        self.reload()

    def reload(self) -> None:
        if self._incident is None:
            self.model.set_items([], {})
        else:
            photos: dict[str, list[str]] = {}
            try:
                items = damage.list_damage(self._session.case, self._incident)
                for photo in evidence_reading.list_evidence(self._session.case, self._incident):
                    if photo.damage_uuid is not None:
                        name = photo.caption or photo.original_filename
                        photos.setdefault(photo.damage_uuid, []).append(name)
            except CaseFileError:
                items = []  # the incident was deleted meanwhile: nothing to show
            self.model.set_items(items, {site.uuid: site.name for site in self._sites}, photos)
        self._update_actions()

    def selected(self) -> DamageRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def add_item(self) -> None:
        if self._incident is None or self._session.read_only:
            return
        record, accepted = DamageDialog.edit(self, self._session, self._incident, self._sites)
        if accepted and record is not None:
            self._select(record.uuid)

    def edit_item(self) -> None:
        record = self.selected()
        if record is None or self._incident is None or self._session.read_only:
            return
        DamageDialog.edit(self, self._session, self._incident, self._sites, record)
        self._select(record.uuid)

    def delete_item(self) -> None:
        record = self.selected()
        if record is None or self._incident is None or self._session.read_only:
            return
        incident = self._incident
        try:
            self._session.delete(
                self.tr("Delete damage: %1").replace("%1", in_sentence(record.element)),
                damage,
                record.uuid,
                lambda: self._announce(incident),
                reveal=incident,
            )
        except CaseFileError as error:
            show_error(self, error)

    def _commit_cell(self, uuid: str, values: dict[str, Any]) -> bool:
        record = next((r for r in self._items() if r.uuid == uuid), None)
        if record is None or self._incident is None:
            return False
        incident, case = self._incident, self._session.case
        old = {name: old_values(record)[name] for name in values}
        try:
            self._session.update(
                self.tr("Edit damage: %1").replace("%1", in_sentence(record.element)),
                lambda changes: damage.update(case, uuid, **changes),
                values,
                old,
                lambda: self._announce(incident),
                reveal=incident,
            )
        except CaseFileError as error:  # a refused value too: the cell has no room for it
            show_error(self, error)
            return False
        return True

    def _announce(self, incident: str) -> None:
        self._session.damageChanged.emit(incident)
        self._session.incidentChanged.emit(incident)

    def _items(self) -> list[DamageRecord]:
        return [self.model.item_at(row) for row in range(self.model.rowCount())]

    def _damage_changed(self, incident: str) -> None:
        if incident == self._incident:
            selected = self.selected()
            self.reload()
            if selected is not None:
                self._select(selected.uuid)

    def _select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            self.table.selectRow(row)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in (DamageColumn.ELEMENT, DamageColumn.SEVERITY):
            self.edit_item()

    def _update_actions(self) -> None:
        writable = not self._session.read_only and self._incident is not None
        has_selection = self.selected() is not None
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and has_selection)
        self.delete_action.setEnabled(writable and has_selection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self._session.read_only
            else QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
