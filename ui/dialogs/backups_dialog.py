"""File › Backups…: the automatic backups of the open case file, newest first, with when each
was taken and the fingerprint it holds; open one read-only, or restore it as a new file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefiles.storage.backup_listing import BackupEntry
from ui.models.backup_table_model import BackupColumn, BackupTableModel
from ui.widgets.column_widths import set_column_widths


class BackupAction(Enum):
    OPEN = "open"  # read-only, to look
    RESTORE = "restore"  # copied to a new file of the user's choosing


@dataclass(frozen=True, slots=True)
class BackupChoice:
    action: BackupAction
    entry: BackupEntry


class BackupsDialog(QDialog):
    def __init__(
        self,
        entries: list[BackupEntry],
        current_fingerprint: str,
        tz: ZoneInfo,
        folder: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        self.result_value: BackupChoice | None = None
        about = QLabel(
            self.tr(
                "A backup is taken each time this case file is opened for writing, and the "
                "newest are kept in %1. Open one to look at it (read-only), or restore it "
                "as a new file: the case file itself is never replaced."
            ).replace("%1", folder)
            if entries
            else self.tr(
                "No automatic backups of this case file yet: one is taken each time it is "
                "opened for writing."
            ),
            self,
        )
        about.setWordWrap(True)
        self.model = BackupTableModel(tz, self)
        self.model.set_entries(entries, current_fingerprint)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Automatic backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        set_column_widths(
            self.table,
            ((BackupColumn.TAKEN, 230), (BackupColumn.FINGERPRINT, 190)),
            stretch=BackupColumn.STATE,
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open read-only"), self)
        self.restore_button = QPushButton(self.tr("&Restore as a new file…"), self)
        for button, action in (
            (self.open_button, BackupAction.OPEN),
            (self.restore_button, BackupAction.RESTORE),
        ):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, a=action: self.choose(a))
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.choose(BackupAction.OPEN))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 380)
        if entries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def choose(self, action: BackupAction) -> None:
        entry = self.selected()
        if entry is None or entry.problem is not None:
            return
        self.result_value = BackupChoice(action, entry)
        self.accept()

    def _update_buttons(self) -> None:
        entry = self.selected()
        usable = entry is not None and entry.problem is None
        self.open_button.setEnabled(usable)
        self.restore_button.setEnabled(usable)

    @classmethod
    def choose_backup(
        cls,
        parent: QWidget | None,
        entries: list[BackupEntry],
        current_fingerprint: str,
        tz: ZoneInfo,
        folder: str,
    ) -> tuple[BackupChoice | None, bool]:
        """List the backups. Returns (what to do with which backup, accepted)."""
        dialog = cls(entries, current_fingerprint, tz, folder, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.result_value if accepted else None), accepted
