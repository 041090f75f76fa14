"""What happened to each file of an import: imported, already in the incident, or refused and
why, with the warnings a photo raised."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefiles.services.photo_import import ImportOutcome
from ui.icons import icon
from ui.plurals import plural
from ui.widgets.column_widths import set_column_widths


class ImportSummaryDialog(QDialog):
    def __init__(
        self,
        outcomes: Sequence[ImportOutcome],
        cancelled: bool,
        total: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo import"))
        self.summary = QLabel(self.summary_line(outcomes, cancelled, total), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(outcomes), 3, self)
        self.table.setAccessibleName(self.tr("Outcome of each file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Outcome"), self.tr("Why, and warnings")]
        )
        outcome_words = {
            "imported": self.tr("Imported"),
            "duplicate": self.tr("Already in this incident"),
            "refused": self.tr("Refused"),
        }
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, outcome in enumerate(outcomes):
            name = QTableWidgetItem(outcome.file.name)
            name.setToolTip(str(outcome.file))
            result = QTableWidgetItem(outcome_words[outcome.outcome])
            if outcome.outcome == "refused":
                result.setIcon(icon("refused"))
            elif outcome.warnings:
                result.setIcon(icon("warning"))
            else:
                result.setIcon(icon("ok"))
            details = [outcome.reason] if outcome.reason else []
            details.extend(outcome.warnings)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, result)
            self.table.setItem(row, 2, QTableWidgetItem("\n".join(details)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, ((0, 220), (1, 190)), stretch=2)
        # Wrapped text is measured at the width its column has: again whenever that changes
        # (measured once at the start, before the column stretched, the rows came out tall).
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    @classmethod
    def show_outcomes(
        cls,
        parent: QWidget | None,
        outcomes: Sequence[ImportOutcome],
        cancelled: bool,
        total: int,
    ) -> ImportSummaryDialog:
        """Show the summary without blocking (window-modal); returns the open dialog."""
        dialog = cls(outcomes, cancelled, total, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def summary_line(self, outcomes: Sequence[ImportOutcome], cancelled: bool, total: int) -> str:
        counts = Counter(outcome.outcome for outcome in outcomes)
        imported, duplicate, refused = counts["imported"], counts["duplicate"], counts["refused"]
        parts = [
            self.tr("%n imported", "", imported),
            self.tr("%n already in the incident", "", duplicate),
            self.tr("%n refused", "", refused),
        ]
        line = ", ".join(parts) + "."
        if cancelled and len(outcomes) < total:
            left = plural(
                self.tr("Cancelled: %1 of %n file(s) were not looked at.", "", total), total
            )
            line += " " + left.replace("%1", str(total - len(outcomes)))
        return line
