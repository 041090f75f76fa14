"""One photo import (into an incident, or scans into a correspondence item): the evidence
service runs as a background operation whose progress dialog shows the file at hand and can
cancel between files; then a summary of every file's outcome.

The photos imported become one undo step: undo takes them out again, redo puts them back (the
originals stay in the file either way, as evidence must).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from casefiles.progress import Progress
from casefiles.services import evidence_changes
from casefiles.services.photo_import import ImportOutcome
from ui.background import Operation, Task
from ui.case_session import CaseSession
from ui.dialogs.import_summary_dialog import ImportSummaryDialog
from ui.language import words
from ui.messages import show_error
from ui.photos.photo_owner import PhotoOwner
from ui.plurals import plural


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
        self.total = 0
        self.task: Task | None = None
        self.summary: ImportSummaryDialog | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.ended

    def start(self, paths: Sequence[Path]) -> None:
        # The import expands the folders itself, off this thread, and reports how many files
        # it found before it writes the first; until then the dialog shows that it is busy.
        session, owner, phrases = self._session, self._owner, words()

        def work(progress: Progress) -> list[ImportOutcome]:
            return owner.import_files(session, paths, progress, phrases)

        self.task = session.background.start(
            Operation(
                self.tr("Importing photos") if owner.is_incident else self.tr("Importing scans"),
                work,
                self._done,
                on_failure=self._failed,
                parent=self._parent,
                progress_label=self.tr("Importing into %1…").replace("%1", owner.label),
                on_progress=self._progressed,
            )
        )

    def cancel(self) -> None:
        """Stop after the file at hand; the files imported before it stay."""
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, _done: int, total: int, _name: str) -> None:
        self.total = total

    def _done(self, outcomes: list[ImportOutcome]) -> None:
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
                plural(
                    self.tr("Import %n photo(s) into %1", "", len(uuids))
                    if owner.is_incident
                    else self.tr("Import %n scan(s) into %1", "", len(uuids)),
                    len(uuids),
                ).replace("%1", owner.label),
                put_back,
                take_out,
                announce,
                reveal=owner.reveal,
            )
        cancelled = self.task is not None and self.task.cancelled
        self.summary = ImportSummaryDialog.show_outcomes(
            self._parent, outcomes, cancelled, self.total
        )
        self.finished.emit(outcomes)

    def _failed(self, error: BaseException) -> None:
        show_error(self._parent, error, self.tr("Photo import"))
        # Photos written before the error are in the file: show them.
        self._owner.announce(self._session)
        self.finished.emit([])
