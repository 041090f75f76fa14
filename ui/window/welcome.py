"""What the window shows with no case file open: recent case files and the ways to start."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.plain_text import tooltip


class WelcomeView(QWidget):
    openRequested = Signal(Path)  # a recent case file chosen
    newRequested = Signal()
    openDialogRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Casefiles", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Record the incidents that damage the mission's premises, with their photos, "
                "notes and correspondence, in one case file that works without the internet."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.new_button = self._button("new", self.tr("New case file…"), self.newRequested)
        self.open_button = self._button(
            "open", self.tr("Open a case file…"), self.openDialogRequested
        )
        self.demo_button = self._button("demo", self.tr("Open the demo case"), self.demoRequested)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        recent_title = QLabel(self.tr("Recent case files"), self)
        bold = recent_title.font()
        bold.setBold(True)
        recent_title.setFont(bold)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent case files"))
        self.recent.setIconSize(QSize(24, 24))
        self.recent.setSpacing(2)
        self.recent.itemActivated.connect(self._activated)
        self.no_recent = QLabel(
            self.tr("None yet: create a case file, open one, or try the demo."), self
        )
        self.no_recent.setWordWrap(True)
        recent = QVBoxLayout()
        recent.addWidget(recent_title)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.no_recent)

        self.busy_label = QLabel(self)
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # a moving bar: opening has no known length
        self.busy_bar.setAccessibleName(self.tr("Opening", "a case file is being opened"))
        self.busy_label.hide()
        self.busy_bar.hide()

        columns = QHBoxLayout()
        columns.addLayout(buttons, 2)
        columns.addSpacing(32)
        columns.addLayout(recent, 5)
        panel = QFrame(self)
        panel.setMaximumWidth(980)
        inner = QVBoxLayout(panel)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(24)
        inner.addLayout(columns, 1)
        inner.addWidget(self.busy_label)
        inner.addWidget(self.busy_bar)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 10)
        outer.addStretch(1)
        outer.setContentsMargins(32, 32, 32, 32)

    def _button(self, icon_name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setIconSize(QSize(22, 22))
        button.setMinimumHeight(44)
        button.setStyleSheet("text-align: left; padding-left: 12px;")
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, paths: Sequence[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(icon("open"), f"{path.stem}\n{path.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(tooltip(str(path)))
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        if paths:
            self.recent.setCurrentRow(0)

    def set_busy(self, message: str | None) -> None:
        """Show that a case file is being opened (None: not busy), and block new requests."""
        for indicator in (self.busy_label, self.busy_bar):
            indicator.setVisible(message is not None)
        self.busy_label.setText(message or "")
        for control in (self.new_button, self.open_button, self.demo_button, self.recent):
            control.setEnabled(message is None)

    def _activated(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
