"""Screenshots of the app on the demo case: `python -m ui.screenshots OUTDIR`.

Saves welcome.png, main_window.png, incident_form.png, photo_grid.png, photo_viewer.png,
notes.png, correspondence.png, main_window_timeline.png and timeline.png, at 1366x768,
rendered offscreen when there is no display.
The app's settings go to a temporary folder, so the user's recent files are left alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1366, 768)
INCIDENT_WITH_PHOTOS = "KYIV-2025-004"  # the compound hit of November 2025


def _wait(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def take(outdir: Path) -> list[Path]:
    from PySide6.QtWidgets import QWidget

    from ui.app import application, open_window
    from ui.preferences import Preferences
    from ui.window.case_loader import demo_copy_path

    outdir.mkdir(parents=True, exist_ok=True)
    app = application()
    saved: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _settle()
        path = outdir / name
        widget.grab().save(str(path))
        saved.append(path)

    window = open_window(None, demo=True)
    window.resize(*SIZE)
    opened: list[bool] = []
    window.caseOpened.connect(lambda: opened.append(True))
    _wait(lambda: len(opened) == 1)

    # The welcome view, with the demo among the recent case files.
    Preferences().add_recent(demo_copy_path())
    window.close_case()
    save(window, "welcome.png")

    window.open_demo()
    _wait(lambda: len(opened) == 2)
    workspace = window.workspace
    assert workspace is not None
    incidents = workspace.navigator.incidents
    november = next(r for r in incidents.records() if r.reference == INCIDENT_WITH_PHOTOS)
    incidents.select(november.uuid)
    _wait(lambda: workspace.page.record is not None)
    save(window, "main_window.png")
    save(workspace.page, "incident_form.png")

    page = workspace.page
    page.tabs.setCurrentWidget(page.photos)
    grid = page.photos
    _wait(lambda: all(grid.loader.known(p.uuid) for p in grid.model.photos()))
    grid.grid.setCurrentIndex(grid.model.index(0))
    save(window, "photo_grid.png")

    viewer = grid.open_viewer(_photo_with_warnings(grid))
    assert viewer is not None
    _wait(lambda: viewer.view.has_picture() or "No preview" in viewer.no_preview.text())
    save(viewer, "photo_viewer.png")
    viewer.close()

    page.tabs.setCurrentWidget(page.notes)
    page.notes.list.setCurrentIndex(page.notes.model.index(1))
    save(window, "notes.png")

    workspace.tabs.setCurrentWidget(workspace.correspondence)
    workspace.correspondence.table.selectRow(0)  # the April 2022 note, with its scan
    _wait(lambda: workspace.correspondence.scans.model.rowCount() > 0)
    _settle(1.0)  # its thumbnail loads in the background
    save(window, "correspondence.png")

    # The timeline dock, on the incidents tab with the November strike selected.
    workspace.tabs.setCurrentIndex(0)
    window.timeline.show()
    save(window, "main_window_timeline.png")
    save(window.timeline, "timeline.png")

    window.close()
    app.processEvents()
    return saved


def _photo_with_warnings(panel: object) -> int:
    """A photo that shows the consistency warnings, if the demo has one; else the first."""
    from ui.photos.photo_panel import PhotoPanel

    assert isinstance(panel, PhotoPanel)
    photos = panel.model.photos()
    return next((row for row, photo in enumerate(photos) if photo.warnings), 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="casefiles-screenshots-") as home:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(home) / variable.lower())
        for path in take(args.outdir):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
