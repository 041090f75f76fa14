"""The derivation queue of one open case file, run off the UI thread: started when a photo
panel first shows the case (so an interrupted queue resumes at the next open) and again after
each import; one run at a time per case, whatever the number of panels.

Progress ("Making previews: 4 of 20") is for the panels' status line; each batch of pictures
made tells the panels which photos to show afresh.
"""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QObject, Signal

from casefiles.services import photo_derivation
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
        self._stop = threading.Event()
        session.destroyed.connect(self._stop.set)

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
        case, stop = self._session.case, self._stop

        def work(report: photo_derivation.Progress) -> photo_derivation.DerivationRun:
            return photo_derivation.derive_pending(case, progress=report, cancelled=stop.is_set)

        self._session.background.run_with_progress(
            lambda report: work(lambda done, total: report((done, total))),
            self._ended,
            self._run_failed,
            on_progress=self._progress,
            context=self,
        )

    def ensure_running(self) -> None:
        """Start a run for photos found pending, unless one runs or the last one failed."""
        if not self._running and not self._failed:
            self.start()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, value: object) -> None:
        done, total = value if isinstance(value, tuple) else (0, 0)
        self.progressed.emit(done, total)

    def _run_failed(self, _error: BaseException) -> None:
        self._failed = True  # the photos stay pending: tried again at the next import or open
        self._ended(None)

    def _ended(self, _run: photo_derivation.DerivationRun | None) -> None:
        self._running = False
        self.progressed.emit(0, 0)
        self.finished.emit()
        if self._again and not self._stop.is_set():
            self._again = False
            self.start()
