from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from casefiles.errors import NotFound
from ui.background import Background


def test_results_and_errors_come_back_on_the_ui_thread(qtbot: QtBot) -> None:
    reported: list[BaseException] = []
    background = Background(reported.append)
    seen: list[tuple[object, bool]] = []
    ui_thread = threading.current_thread()

    def work() -> str:
        assert threading.current_thread() is not ui_thread
        return "done"

    def fail() -> None:
        raise NotFound("gone")

    def delivered(value: object) -> None:
        seen.append((value, threading.current_thread() is ui_thread))

    background.run(work, delivered)
    background.run(fail, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 1 and len(reported) == 1)
    assert seen == [("done", True)]
    assert isinstance(reported[0], NotFound) and str(reported[0]) == "gone"
    qtbot.waitUntil(lambda: not background.busy)


def test_progress_reaches_the_ui_and_a_closed_context_is_not_called(qtbot: QtBot) -> None:
    background = Background(lambda error: None)
    progress: list[object] = []
    results: list[object] = []

    def work(report: object) -> int:
        for step in range(3):
            report(step)  # type: ignore[operator]
        return 3

    background.run_with_progress(work, results.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: results == [3])
    assert progress == [0, 1, 2]

    context = QObject()
    gate = threading.Event()
    background.run(lambda: gate.wait(5), results.append, context=context)
    context.deleteLater()
    qtbot.wait(50)
    gate.set()
    assert background.wait(5000)
    qtbot.wait(50)
    assert results == [3]
