"""The derivation queue of one open case file, run off the UI thread: started when a photo
panel first shows the case (so an interrupted queue resumes at the next open) and again after
each import; one run at a time per case, whatever the number of panels.

Progress ("Making previews: 4 of 20") is for the panels' status line; each batch of pictures
made tells the panels which photos to show afresh.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from casefiles.progress import Progress
from casefiles.services import photo_derivation
from ui.background import Operation, Task
from ui.case_session import CaseSession

_RUNNERS: weakref.WeakKeyDictionary[CaseSession, DerivationRunner] = weakref.WeakKeyDictionary()


class DerivationRunner(QObject):
    progressed = Signal(int, int)  # photos done, photos in all (0, 0 when the queue is idle)
    finished = Signal()  # a run ended: the panels reload their photos

    def __init__(self, session: CaseSession) -> None:
        super().__init__(session)
        self._session = session
        self._running = False
        self._again = False
        self._failed = False  # a run that failed is not retried until the next import
        self._stopped = False
        self._task: Task | None = None

    @classmethod
    def of(cls, session: CaseSession) -> DerivationRunner:
        runner = _RUNNERS.get(session)
        if runner is None:
            runner = _RUNNERS[session] = cls(session)
        return runner

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Make every pending photo's pictures; if a run is going, run once more after it."""
        if self._session.read_only:
            return
        self._failed = False
        if self._running:
            self._again = True
            return
        self._running = True
        case = self._session.case

        def work(progress: Progress) -> photo_derivation.DerivationRun:
            return photo_derivation.derive_pending(case, progress=progress)

        # No dialog: the panels show the progress in their status line. Not among the work a
        # person is asked about on closing: the queue resumes at the next open.
        self._task = self._session.background.start(
            Operation(
                self.tr("Making previews"),
                work,
                self._ended,
                on_failure=self._run_failed,
                on_cancelled=lambda: self._ended(None),
                on_progress=self._progress,
                parent=None,
            ),
            quiet=True,
            context=self,  # the case file closed: its runner is gone, nothing to tell
        )
        task = self._task
        self._session.destroyed.connect(task.cancel)  # the case file is closing: stop

    def ensure_running(self) -> None:
        """Start a run for photos found pending, unless one runs or the last one failed."""
        if not self._running and not self._failed:
            self.start()

    def cancel(self) -> None:
        self._stopped = True
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.progressed.emit(done, total)

    def _run_failed(self, _error: BaseException) -> None:
        self._failed = True  # the photos stay pending: tried again at the next import or open
        self._ended(None)

    def _ended(self, _run: photo_derivation.DerivationRun | None) -> None:
        self._running = False
        self.progressed.emit(0, 0)
        self.finished.emit()
        if self._again and not self._stopped:
            self._again = False
            self.start()
