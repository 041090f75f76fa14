"""The dockable timeline: the widget under a toolbar of zoom, presets and export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

from casefiles.errors import CaseFileError
from ui.icons import icon
from ui.messages import said
from ui.preferences import Preferences
from ui.timeline.widget import ZOOM_STEP, TimelineWidget


class TimelinePanel(QWidget):
    """Toolbar and timeline, for a dock of the main window. Connect to `panel.timeline`."""

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.timeline = TimelineWidget(self, today=today)
        # Files an export must never replace, even when the person confirms: the open case file.
        self.protected: list[Path] = []
        self.toolbar = QToolBar(self.tr("Timeline"), self)
        self.toolbar.setObjectName("timelineToolbar")
        self._add(icon("zoom_in"), self.tr("Zoom in"), lambda: self.timeline.zoom(ZOOM_STEP), "+")
        self._add(
            icon("zoom_out"), self.tr("Zoom out"), lambda: self.timeline.zoom(1 / ZOOM_STEP), "-"
        )
        self._add(icon("zoom_fit"), self.tr("Fit all incidents"), self.timeline.fit_all, "0")
        self.toolbar.addSeparator()
        presets = (  # the keys of ui.timeline.view.PRESETS
            ("all", self.tr("All"), self.tr("Show all incidents")),
            ("5y", self.tr("5 years"), self.tr("Show 5 years")),
            ("1y", self.tr("1 year"), self.tr("Show 1 year")),
            ("1m", self.tr("1 month"), self.tr("Show 1 month")),
        )
        for key, label, tip in presets:
            action = self.toolbar.addAction(label)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, key=key: self.timeline.set_preset(key))
        self.toolbar.addSeparator()
        self._add(icon("export"), self.tr("Export view as PNG…"), self._export_png)
        self._add(icon("pdf"), self.tr("Export view as PDF…"), self._export_pdf)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.timeline, 1)

    def _add(
        self, action_icon: QIcon, text: str, slot: Callable[[], None], shortcut: str = ""
    ) -> QAction:
        action = QAction(action_icon, text, self)
        if shortcut:
            # Shown in the tooltip only: the timeline handles these keys itself when focused.
            keys = QKeySequence(shortcut).toString()
            action.setToolTip(self.tr("%1 (%2)").replace("%1", text).replace("%2", keys))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _export_png(self) -> None:
        path = self._choose(
            self.tr("Export timeline as PNG"), "timeline.png", self.tr("PNG image (*.png)")
        )
        if path:  # the dialog asked before an existing file is replaced
            self._export(
                lambda: self.timeline.export_png(path, replace=True, protect=self.protected)
            )

    def _export_pdf(self) -> None:
        path = self._choose(
            self.tr("Export timeline as PDF"), "timeline.pdf", self.tr("PDF document (*.pdf)")
        )
        if path:
            self._export(
                lambda: self.timeline.export_pdf(path, replace=True, protect=self.protected)
            )

    def _choose(self, title: str, name: str, file_filter: str) -> str:
        """A file name from the user, offered in the folder of the last export."""
        preferences = Preferences()
        suggested = str(preferences.export_folder() / name)
        path, _filter = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        if path:
            preferences.set_export_folder(Path(path).parent)
        return path

    def _export(self, write: Callable[[], None]) -> None:
        try:
            write()
        except (OSError, CaseFileError) as error:
            message = self.tr("%1\n\nNothing else was changed.").replace("%1", said(error))
            QMessageBox.warning(self, self.tr("Export timeline"), message)
