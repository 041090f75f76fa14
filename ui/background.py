"""Slow work off the UI thread: run a callable on a thread pool, get its result or its error
back on the UI thread through callbacks (the shape of Anki's background operations).

The callbacks run on the UI thread because each task's relay is a QObject living there: the
worker emits its signals, Qt queues them, and the relay's slots run in the UI thread's loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from casefiles.errors import CaseFileError

T = TypeVar("T")
Progress = Callable[[Any], None]
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries one task's outcome from the worker thread to the callbacks on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Progress | None,
        context: QObject | None,
        finished: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._context = context
        self._finished = finished
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)
        self.progressed.connect(self._deliver_progress)

    def _alive(self) -> bool:
        # A widget closed while its work ran must not be called back.
        return self._context is None or shiboken6.isValid(self._context)

    @Slot(object)
    def _deliver_success(self, value: object) -> None:
        self._finished(self)
        if self._alive():
            self._on_success(value)

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        self._finished(self)
        if self._alive():
            assert isinstance(error, BaseException)
            self._on_failure(error)

    @Slot(object)
    def _deliver_progress(self, value: object) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(value)


class Background(QObject):
    """Runs callables on its own thread pool and calls back on the UI thread.

    Failures go to the task's `on_failure`, or else to `report_error` (the window's error
    dialog). Errors that are not CaseFileErrors are bugs: they are logged with their traceback.
    """

    def __init__(
        self, report_error: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._report_error = report_error
        self._relays: set[_Relay] = set()  # alive until their callback ran

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """Run `work()` on a worker thread; then `on_success(result)` or `on_failure(error)`
        on the UI thread, unless `context` was destroyed meanwhile."""
        self.run_with_progress(lambda _report: work(), on_success, on_failure, context=context)

    def run_with_progress(
        self,
        work: Callable[[Progress], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        on_progress: Progress | None = None,
        context: QObject | None = None,
    ) -> None:
        """As `run`, with `work(report)`: each `report(value)` reaches `on_progress(value)`."""
        relay = _Relay(
            on_success, on_failure or self._report_error, on_progress, context, self._release
        )
        self._relays.add(relay)

        def task() -> None:
            try:
                result = work(relay.progressed.emit)
            except Exception as error:
                if not isinstance(error, CaseFileError):
                    log.exception("Background work failed")
                relay.failed.emit(error)
            else:
                relay.succeeded.emit(result)

        self._pool.start(task)

    def _release(self, relay: _Relay) -> None:
        # Called from the relay's own slot: dropping the last reference there would delete
        # the relay while Qt is still delivering to it. Let go once the slot has returned.
        QTimer.singleShot(0, lambda: self._relays.discard(relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running work to end (on closing a case file); True if all of it did."""
        return self._pool.waitForDone(msecs)
