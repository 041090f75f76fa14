"""One photo import (into an incident, or scans into a correspondence item): the evidence
service runs in a worker while a progress dialog shows the file at hand and can cancel between
files; then a summary of every file's outcome.

The photos imported become one undo step: undo takes them out again, redo puts them back (the
originals stay in the file either way, as evidence must).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from casefiles.services import evidence_changes
from casefiles.services.photo_import import ImportOutcome
from ui.background import Progress
from ui.case_session import CaseSession
from ui.dialogs.import_summary_dialog import ImportSummaryDialog
from ui.messages import show_error
from ui.photos.photo_owner import PhotoOwner


class PhotoImport(QObject):
    finished = Signal(list)  # list[ImportOutcome], once the summary is up

    def __init__(
        self,
        session: CaseSession,
        owner: PhotoOwner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._owner = owner
        self._parent = parent
        self._stop = threading.Event()
        self.total = 0
        self.progress: QProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None

    @property
    def running(self) -> bool:
        return self.progress is not None

    def start(self, paths: Sequence[Path]) -> None:
        # The folders are expanded by the import, off this thread; until it reports how many
        # files it found, the dialog shows that it is busy.
        progress = QProgressDialog(
            f"Looking for files to import into {self._owner.label}…", "Cancel", 0, 0, self._parent
        )
        progress.setWindowTitle(f"Importing {self._owner.photos_word}")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a quick import shows no flashing dialog
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        self.progress = progress
        session, owner, stop = self._session, self._owner, self._stop

        def work(report: Progress) -> list[ImportOutcome]:
            return owner.import_files(
                session,
                paths,
                progress=lambda done, total, path: report((done, total, path)),
                cancelled=stop.is_set,
            )

        session.background.run_with_progress(
            work, self._done, self._failed, on_progress=self._progressed, context=self
        )

    def cancel(self) -> None:
        self._stop.set()
        if self.progress is not None:
            self.progress.setLabelText("Cancelling after the file at hand…")

    def _progressed(self, value: object) -> None:
        done, total, path = cast(tuple[int, int, Path], value)
        progress = self.progress
        self.total = total
        if progress is not None and not self._stop.is_set():
            progress.setLabelText(f"Imported {done} of {total}: {Path(path).name}")
            progress.setMaximum(max(total, 1))
            # Last: a shown modal progress dialog runs the event loop in setValue, where the
            # import's end may be delivered and close this dialog.
            progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)  # closing it would "cancel"
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, outcomes: list[ImportOutcome]) -> None:
        self._close_progress()
        imported = [o.evidence_uuid for o in outcomes if o.outcome == "imported"]
        uuids = [uuid for uuid in imported if uuid is not None]
        session, owner = self._session, self._owner

        def announce() -> None:
            owner.announce(session)

        if uuids:

            def put_back() -> None:
                evidence_changes.restore_many(session.case, uuids)

            def take_out() -> None:
                evidence_changes.delete_many(session.case, uuids)

            session.record_done(
                f"Import {owner.how_many(len(uuids))} into {owner.label}",
                put_back,
                take_out,
                announce,
                reveal=owner.reveal,
            )
        self.summary = ImportSummaryDialog.show_outcomes(
            self._parent, outcomes, self._stop.is_set(), self.total
        )
        self.finished.emit(outcomes)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        show_error(self._parent, error, "Photo import")
        # Photos written before the error are in the file: show them.
        self._owner.announce(self._session)
        self.finished.emit([])
