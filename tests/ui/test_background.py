"""The one background path: operations run off the UI thread and call back on it with their
result, their error or their cancelling; a progress dialog that shows only for slow work; and
the window that asks it what is running before it closes."""

from __future__ import annotations

import threading
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.errors import NotFound
from casefiles.integrity.verify import verify
from casefiles.progress import Progress
from casefiles.services import correspondence, evidence_reading
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.ui.helpers import MessageBoxes, open_window
from ui.background import Background, Operation, ProgressDialog

WAIT_MS = 10_000


def parent_widget(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def gated_steps(gate: threading.Event, steps: int = 1000) -> tuple[list[int], object]:
    """Work that reports one step at a time until `gate` opens, then finishes; it stops with
    Cancelled whenever its progress report raises it."""
    reached: list[int] = []

    def work(progress: Progress) -> str:
        for step in range(steps):
            progress(step, steps, f"Addım {step}: Крок")
            reached.append(step)
            if gate.wait(0.01):
                return "bitdi"
        return "bitdi"

    return reached, work


def test_the_result_comes_back_on_the_ui_thread_and_quick_reads_are_not_listed(
    qtbot: QtBot,
) -> None:
    background = Background(lambda error: None)
    ui_thread = threading.current_thread()
    seen: list[tuple[object, bool]] = []
    gate = threading.Event()

    def work(progress: Progress) -> str:
        assert threading.current_thread() is not ui_thread
        gate.wait(5)
        return "Səfirlik"

    def delivered(value: str) -> None:
        seen.append((value, threading.current_thread() is ui_thread))

    task = background.start(Operation("Export bundle", work, delivered))
    background.run(lambda: gate.wait(5), lambda _value: None)
    assert background.running() == [task]  # the quick read is not something to ask about
    gate.set()
    qtbot.waitUntil(lambda: seen == [("Səfirlik", True)], timeout=WAIT_MS)
    assert background.running() == [] and task.ended
    qtbot.waitUntil(lambda: not background.busy, timeout=WAIT_MS)


def test_what_the_work_leaves_behind_is_let_go_on_the_ui_thread(qtbot: QtBot) -> None:
    """A worker that still held a task once the UI thread had let go of it freed the task (a
    QObject then) on the worker thread, and Qt crashed in a later event loop (session 6's
    flaky crash). Every task, its callbacks' widget and the Background now end on this thread."""
    ended_on: list[str] = []

    def note_thread() -> None:
        ended_on.append(threading.current_thread().name)

    def start_and_let_go(round_: int) -> None:
        background = Background(lambda error: None)
        widget = QWidget()  # held only by the callback, as a closed dialog's would be
        gate = threading.Event()  # the workers end while this thread is busy delivering
        delivered: list[object] = []
        task = background.start(
            Operation(
                "Səfirlik",
                lambda _p: gate.wait(5) and f"İş {round_}",
                lambda v, w=widget: delivered.append(v),
            )
        )
        background.run(lambda: gate.wait(5) and "Київ", delivered.append)
        for thing in (background, widget, task):
            weakref.finalize(thing, note_thread)
        del widget, task
        gate.set()
        # processEvents, as pytest-qt runs between tests (where it crashed): qtbot.waitUntil
        # deletes deferred objects another way, and hid the crash.
        while not (len(delivered) == 2 and not background.busy):
            QApplication.processEvents()

    rounds = 40
    for round_ in range(rounds):
        start_and_let_go(round_)
    qtbot.waitUntil(lambda: len(ended_on) == rounds * 3, timeout=WAIT_MS)
    assert set(ended_on) == {threading.current_thread().name}


def test_a_failure_is_reported_in_words_once(qtbot: QtBot) -> None:
    reported: list[BaseException] = []
    background = Background(reported.append)
    own: list[BaseException] = []

    def fail(progress: Progress) -> None:
        raise NotFound("Bu hadisə artıq yoxdur.")

    background.start(Operation("Print", fail, lambda _none: None))  # the window's message
    background.start(Operation("Print", fail, lambda _none: None, on_failure=own.append))
    qtbot.waitUntil(lambda: len(reported) == len(own) == 1, timeout=WAIT_MS)
    assert [str(e) for e in reported + own] == ["Bu hadisə artıq yoxdur."] * 2


def test_progress_shows_in_a_dialog_that_cancels_the_work(qtbot: QtBot) -> None:
    background = Background(lambda error: None)
    parent = parent_widget(qtbot)
    gate = threading.Event()
    reached, work = gated_steps(gate)
    ended: list[str] = []
    task = background.start(
        Operation(
            "Export bundle",
            work,  # type: ignore[arg-type]
            lambda value: ended.append(value),
            on_failure=lambda error: ended.append(f"failed: {error}"),
            on_cancelled=lambda: ended.append("cancelled"),
            parent=parent,
            progress_label="Paket yazılır…",
        )
    )
    dialog = task.dialog
    assert isinstance(dialog, ProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # shown once the work takes a while
    assert dialog.isModal() and dialog.windowTitle() == "Export bundle"
    qtbot.waitUntil(lambda: dialog.bar.value() >= 3, timeout=WAIT_MS)
    assert dialog.detail.text().startswith("Addım ") and dialog.detail.text().endswith(": Крок")

    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert task.cancelled and dialog.label.text() == "Stopping…"
    qtbot.waitUntil(lambda: ended == ["cancelled"], timeout=WAIT_MS)
    assert task.dialog is None and not (shiboken6.isValid(dialog) and dialog.isVisible())
    stopped_at = len(reached)
    gate.set()
    qtbot.wait(50)
    assert len(reached) == stopped_at and ended == ["cancelled"]


def test_escape_cancels_and_work_that_cannot_stop_is_not_stopped(qtbot: QtBot) -> None:
    background = Background(lambda error: None)
    parent = parent_widget(qtbot)
    ended: list[str] = []
    gates = [threading.Event(), threading.Event()]
    tasks = []
    for gate, cancellable in zip(gates, (True, False), strict=True):
        _reached, work = gated_steps(gate)
        tasks.append(
            background.start(
                Operation(
                    "Import bundle",
                    work,  # type: ignore[arg-type]
                    lambda value: ended.append(value),
                    on_cancelled=lambda: ended.append("cancelled"),
                    parent=parent,
                    progress_label="…",
                    cancellable=cancellable,
                )
            )
        )
    stoppable, unstoppable = tasks
    assert unstoppable.dialog is not None
    assert unstoppable.dialog.findChild(QDialogButtonBox) is None  # no Cancel to press
    for task in tasks:
        assert task.dialog is not None
        qtbot.keyClick(task.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ended == ["cancelled"], timeout=WAIT_MS)
    assert stoppable.ended and not unstoppable.ended and not unstoppable.cancelled
    gates[1].set()
    qtbot.waitUntil(lambda: ended == ["cancelled", "bitdi"], timeout=WAIT_MS)
    gates[0].set()


def test_a_closed_parent_is_not_called_back_and_is_not_asked_about(qtbot: QtBot) -> None:
    background = Background(lambda error: None)
    results: list[object] = []
    context = QObject()
    parent = parent_widget(qtbot)
    gate = threading.Event()
    background.run(lambda: gate.wait(5), results.append, context=context)
    background.start(Operation("Verify", lambda _p: gate.wait(5), results.append, parent=parent))
    context.deleteLater()
    parent.deleteLater()
    qtbot.wait(50)
    assert background.running() == []  # nobody would miss what a closed dialog started
    gate.set()
    assert background.wait(5000)
    qtbot.wait(50)
    assert results == []


def test_closing_the_window_while_scans_import_asks_then_stops_the_import(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    # A scan import in the correspondence tab is seen too, not only the incident's photos.
    folder = tmp_path / "skanlar"
    folder.mkdir()
    for page in range(24):
        factory.png_without_metadata(folder / f"Nota səhifə {page:02}.png", size=(1200, 1600))
    window = open_window(qtbot, demo_path)
    assert window.workspace is not None and window.session is not None
    case_path = window.session.case.path
    letter = correspondence.list_correspondence(window.session.case)[0]
    panel = window.workspace.correspondence
    panel.select(letter.uuid)
    panel.scans.import_paths([folder])
    current = panel.scans.current_import
    assert current is not None and current.running
    assert [t.operation.title for t in window.background.running()] == ["Importing scans"]

    message_boxes.answer = QMessageBox.StandardButton.No  # keep working
    assert not window.close()
    assert window.session is not None and current.running
    message_boxes.answer = QMessageBox.StandardButton.Yes  # "Stop and close"
    assert window.close()
    assert (
        message_boxes.shown
        == ["Work on this case file is still running (Importing scans). Stop it and close?"] * 2
    )
    assert window.session is None and window.background.running() == []
    assert not current.running and (current.task is not None and current.task.cancelled)
    with CaseFile.open(case_path, read_only=True) as case:
        scans = evidence_reading.list_scans(case, letter.uuid)
        assert len(scans) < 24  # stopped between files; those imported are whole
        assert verify(case) == []
