"""Start the desktop app: `casefiles open [PATH] [--read-only] [--demo]` calls `run`.

`python -m ui.app --bench-exit-after-paint PATH` opens PATH, waits until the incident list has
been painted, prints one JSON line (peak memory) and exits: benchmarks/bench_open.py times it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from casefiles.settings import log_dir
from ui.icons import icon
from ui.language import install, system_language
from ui.main_thread_gc import collect_on_ui_thread
from ui.preferences import Preferences
from ui.window.main_window import MainWindow

APP_NAME = "Casefiles"


def application() -> QApplication:
    """The QApplication, made once with the app's name and high-DPI settings."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (125 %, 150 %) as the screen says, not rounded to 1 or 2.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(icon("app"))
    collect_on_ui_thread(app)
    return app


def _log_to_file() -> None:
    logging.basicConfig(
        filename=log_dir() / "casefiles.log",
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def open_window(path: Path | None, *, read_only: bool = False, demo: bool = False) -> MainWindow:
    """The main window, shown, opening what was asked: a file, the demo, or on the very first
    run (no recent case files) a copy of the demo case."""
    preferences = Preferences()
    install(preferences.language or system_language())
    window = MainWindow(preferences)
    window.show()
    QTimer.singleShot(0, window.tools.ask_profile_at_first_start)
    if path is not None:
        window.open_path(path, read_only=read_only)
    elif demo or (preferences.first_run and not preferences.recent_files()):
        window.open_demo()
    return window


def run(path: Path | None, *, read_only: bool = False, demo: bool = False) -> int:
    _log_to_file()
    app = application()
    window = open_window(path, read_only=read_only, demo=demo)
    code = app.exec()
    del window
    return code


class _PaintWatcher(QObject):
    """Quits once the incident list of an opened case has been painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.caseOpened.connect(self._watch)

    def _watch(self) -> None:
        workspace = self._window.workspace
        assert workspace is not None
        viewport = workspace.navigator.incidents.table.viewport()
        viewport.installEventFilter(self)
        viewport.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # Report after this paint has been drawn, then leave.
            QTimer.singleShot(0, self._report)
            watched.removeEventFilter(self)
        return False

    def _report(self) -> None:
        workspace = self._window.workspace
        rows = workspace.navigator.incidents.model.rowCount() if workspace else 0
        print(json.dumps({"painted": True, "rows": rows, "peak_rss_mb": _peak_kb() / 1024}))
        sys.stdout.flush()
        QApplication.exit(0)


def _peak_kb() -> int:
    """This process's own peak memory: VmHWM starts afresh at exec, whereas ru_maxrss keeps
    the peak of the process that launched it (the benchmark that built the case file)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource  # Unix only, and only the benchmark needs it: the app runs on Windows

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _bench(path: Path) -> int:
    app = application()
    window = open_window(path)
    _PaintWatcher(window)
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.app")
    parser.add_argument("path", type=Path, nargs="?")
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--bench-exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bench_exit_after_paint:
        return _bench(args.path)
    return run(args.path, read_only=args.read_only, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
