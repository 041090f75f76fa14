"""Slow work off the UI thread, one way for all of it (the shape of Anki's CollectionOp and
QueryOp): an `Operation` says what to run and what to call with its result, its error or its
cancelling; the window's `Background` runs it on a worker thread and calls back on the UI
thread, and says which operations are running (the window asks before closing or locking).

Nothing waits for the work in a nested event loop: a progress dialog is an ordinary
window-modal dialog that the callbacks open and close, and the work stops by raising
`Cancelled` from its progress report.

The callbacks run on the UI thread because the worker sends its outcome through a QObject
living there (the Background's relay): Qt queues the signal, and its slot runs in the UI
thread's loop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casefiles.errors import CaseFileError
from casefiles.progress import Cancelled, Progress

T = TypeVar("T")
SHOW_PROGRESS_AFTER_MS = 400  # a quick operation shows no flashing dialog
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One piece of slow work and what follows it on the UI thread.

    `work(progress)` runs on a worker thread and must not touch widgets. It reports through
    `progress(done, total, label)`, which raises Cancelled once the person pressed Cancel.
    Then `on_success(result)`, `on_failure(error)` (by default the window's error message)
    or `on_cancelled()` runs on the UI thread, unless `parent` was closed meanwhile."""

    title: str  # what runs, in words: the progress dialog's title, and asked about on closing
    work: Callable[[Progress], T]
    on_success: Callable[[T], object]
    on_failure: Callable[[BaseException], object] | None = None
    on_cancelled: Callable[[], object] | None = None
    on_progress: Callable[[int, int, str], object] | None = None  # a caller's own progress bar
    parent: QWidget | None = None
    progress_label: str | None = None  # shows a progress dialog with this text
    cancellable: bool = True


class ProgressDialog(QDialog):
    """The progress of one task: window-modal, shown only if the task takes a while, closed by
    the task's end. Cancel (or Escape, or the close button) asks the task to stop."""

    def __init__(self, task: Task, label: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._task = task
        self.setWindowTitle(task.operation.title)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.detail = QLabel(self)  # what the work has at hand: a stage, a file's name
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setAccessibleName(self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        layout.addWidget(self.bar)
        if task.operation.cancellable:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
            buttons.rejected.connect(task.cancel)
            layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.open)  # open(): window-modal, no event loop of its own
        self._timer.start(SHOW_PROGRESS_AFTER_MS)

    def show_progress(self, done: int, total: int, label: str) -> None:
        self.detail.setText(label)
        self.bar.setRange(0, max(total, 0))
        self.bar.setFormat(self.tr("%v of %m", "progress: 3 of 12"))
        self.bar.setValue(done)

    def reject(self) -> None:
        self._task.cancel()  # the dialog closes when the work has stopped, not before

    def finish(self) -> None:
        self._timer.stop()
        self.hide()
        self.deleteLater()


class Task:
    """A started operation: its callbacks, its progress dialog and its cancel switch.

    Not a QObject: a worker thread holds it while the work runs, and a QObject deleted while
    another thread still held it crashed the app (the flaky crash of session 6). It travels
    back to the UI thread in a box that only the UI thread empties (`_run`), so its last
    reference, and with it the callbacks' widgets, is always let go on the UI thread."""

    def __init__(
        self, operation: Operation[Any], background: Background, context: QObject | None
    ) -> None:
        self.operation = operation
        self._background = background
        self._context = context
        self._stop = threading.Event()
        self.ended = False
        label = operation.progress_label
        self.dialog = ProgressDialog(self, label, operation.parent) if label is not None else None

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (no effect if it cannot stop)."""
        if not self.operation.cancellable or self.ended or self._stop.is_set():
            return
        self._stop.set()
        if self.dialog is not None:
            self.dialog.label.setText(QCoreApplication.translate("Task", "Stopping…"))

    def report(self, done: int, total: int, label: str = "") -> None:
        """The work's Progress; called on the worker thread."""
        if self._stop.is_set():
            raise Cancelled(f"{self.operation.title}: cancelled.")
        self._background.relay.progressed.emit(self, done, total, label)

    def outcome(self) -> tuple[bool, object]:
        """On the worker thread: (True, the result) or (False, the error)."""
        try:
            return True, self.operation.work(self.report)
        except Exception as error:
            if not isinstance(error, CaseFileError):
                log.exception("Background work failed")
            return False, error

    def alive(self) -> bool:
        # A widget closed while its work ran must not be called back.
        return self._context is None or shiboken6.isValid(self._context)

    def deliver(self, succeeded: bool, value: object) -> None:
        """On the UI thread, once the work has ended."""
        self.ended = True
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.finish()
        self.dialog = None
        self._background.release(self)
        if not self.alive():
            return
        if succeeded:
            self.operation.on_success(value)
            return
        assert isinstance(value, BaseException)
        if isinstance(value, Cancelled):
            if self.operation.on_cancelled is not None:
                self.operation.on_cancelled()
        elif self.operation.on_failure is not None:
            self.operation.on_failure(value)
        else:
            self._background.report_error(value)

    def deliver_progress(self, done: int, total: int, label: str) -> None:
        if self.ended or self._stop.is_set() or not self.alive():
            return  # reports still queued when the work ended or was asked to stop
        if self.dialog is not None:
            self.dialog.show_progress(done, total, label)
        if self.operation.on_progress is not None:
            self.operation.on_progress(done, total, label)


class _Relay(QObject):
    """Carries what workers send to the UI thread: a child of the Background, so a worker
    letting go of it never deletes it."""

    ended = Signal(object)  # the box: [task, (succeeded, value)]
    progressed = Signal(object, int, int, str)


def _run(box: list[Any], relay: _Relay) -> None:
    """On a worker thread. Holds no name for the task or its result: both go back in `box`,
    which the UI thread empties, so whatever this thread lets go last is an empty list."""
    box.append(box[0].outcome())
    relay.ended.emit(box)


class Background(QObject):
    """Runs operations on its own thread pool and calls back on the UI thread.

    Failures go to the operation's `on_failure`, or else to `report_error` (the window's
    error message). Errors that are not CaseFileErrors are bugs: logged with their traceback.
    """

    def __init__(
        self, report_error: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self.relay = _Relay(self)
        self.relay.ended.connect(self._ended)
        self.relay.progressed.connect(self._progressed)
        self.report_error = report_error
        self._tasks: list[Task] = []  # alive until their callback ran
        self._quiet: set[Task] = set()

    def start(
        self, operation: Operation[T], *, quiet: bool = False, context: QObject | None = None
    ) -> Task:
        """Run `operation`; the task, to cancel it or to look at it. A `quiet` one is not among
        the operations `running()` lists (work that resumes by itself at the next open). No
        callback runs once `context` (by default the operation's parent) is gone."""
        task = self._start(operation, context or operation.parent)
        if quiet:
            self._quiet.add(task)
        return task

    def _start(self, operation: Operation[T], context: QObject | None) -> Task:
        task = Task(operation, self, context)
        self._tasks.append(task)
        box: list[Any] = [task]
        relay = self.relay  # the worker holds the box and the relay, never the Background
        self._pool.start(lambda: _run(box, relay))
        return task

    @Slot(object)
    def _ended(self, box: list[Any]) -> None:
        task, (succeeded, value) = box
        box.clear()
        task.deliver(succeeded, value)

    @Slot(object, int, int, str)
    def _progressed(self, task: Task, done: int, total: int, label: str) -> None:
        task.deliver_progress(done, total, label)

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], object],
        on_failure: Callable[[BaseException], object] | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """A quick read with no dialog (a thumbnail, a search, opening a file): not among the
        operations `running()` lists, since closing need not ask about it. No callback runs
        once `context` is gone."""
        operation = Operation("", lambda _progress: work(), on_success, on_failure)
        self._quiet.add(self._start(operation, context))

    def running(self) -> list[Task]:
        """The operations under way that a person started and would miss, oldest first."""
        return [
            task
            for task in self._tasks
            if task not in self._quiet and not task.ended and task.alive()  # a closed
        ]  # dialog's verification is missed by nobody

    def cancel_all(self) -> None:
        for task in self.running():
            task.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running work to end (on closing a case file); True if all of it did."""
        return self._pool.waitForDone(msecs)

    def release(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self._quiet.discard(task)
