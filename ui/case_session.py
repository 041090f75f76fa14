"""One open case file as the window's widgets see it: the file, its time zone, its undo stack,
the background runner, and signals that say what changed so each widget refreshes its part.

Widgets get this passed in; there is no global. Every change goes through `create`,
`update`, `delete` or `record_done`, which call the services and push an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from casefiles.domain.records import MissionRecord
from casefiles.errors import CaseFileError
from casefiles.storage.store import CaseFile
from ui.background import Background
from ui.commands import ServiceCommand

R = TypeVar("R")


class Restorable(Protocol):
    """A service module whose items are deleted softly (sites, incidents, damage, notes...)."""

    def delete(self, case: CaseFile, uuid: str) -> None: ...

    def restore(self, case: CaseFile, uuid: str) -> None: ...


class CaseSession(QObject):
    missionChanged = Signal()
    sitesChanged = Signal()
    incidentChanged = Signal(str)  # incident uuid: created, changed, deleted or restored
    damageChanged = Signal(str)  # incident uuid
    evidenceChanged = Signal(str)  # the uuid of the incident or correspondence item
    notesChanged = Signal(object)  # the note's target uuid; None for the case's own notes
    correspondenceChanged = Signal()
    revealRequested = Signal(str)  # an incident an undo or redo changed: show it
    errorOccurred = Signal(object)  # a CaseFileError from an undo or redo

    def __init__(
        self,
        case: CaseFile,
        mission: MissionRecord,
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.mission = mission
        self.tz: ZoneInfo = mission.tz
        self.background = background
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        return self.case.read_only

    def set_mission(self, mission: MissionRecord) -> None:
        self.mission = mission
        self.tz = mission.tz
        self.missionChanged.emit()

    # Changes -------------------------------------------------------------------------------

    def create(
        self,
        text: str,
        make: Callable[[], R],
        service: Restorable,
        after: Callable[[], None],
        reveal: str | None = None,
    ) -> R:
        """Create an item with `make()` (it returns a record with a uuid); undo deletes it,
        redo restores it. Raises the service's error, pushing nothing, if `make` fails."""
        record = make()
        uuid: str = record.uuid  # type: ignore[attr-defined]
        self._push(
            text,
            forward=lambda: service.restore(self.case, uuid),
            backward=lambda: service.delete(self.case, uuid),
            after=after,
            reveal=reveal,
        )
        return record

    def update(
        self,
        text: str,
        apply: Callable[[Mapping[str, Any]], R],
        new: Mapping[str, Any],
        old: Mapping[str, Any],
        after: Callable[[], None],
        *,
        reveal: str | None = None,
        merge_key: str | None = None,
    ) -> R:
        """Apply `new` values; undo applies `old` ones. `merge_key` makes successive saves of
        one field a single undo step."""
        result = apply(new)
        new, old = dict(new), dict(old)

        def forward() -> None:
            apply(new)

        def backward() -> None:
            apply(old)

        self._push(
            text,
            forward=forward,
            backward=backward,
            after=after,
            reveal=reveal,
            merge_key=merge_key,
        )
        return result

    def delete(
        self,
        text: str,
        service: Restorable,
        uuid: str,
        after: Callable[[], None],
        reveal: str | None = None,
    ) -> None:
        service.delete(self.case, uuid)
        self._push(
            text,
            forward=lambda: service.delete(self.case, uuid),
            backward=lambda: service.restore(self.case, uuid),
            after=after,
            reveal=reveal,
        )

    def record_done(
        self,
        text: str,
        forward: Callable[[], None],
        backward: Callable[[], None],
        after: Callable[[], None],
        reveal: str | None = None,
    ) -> None:
        """Push a change that already happened elsewhere (a photo import in a worker)."""
        self._push(text, forward=forward, backward=backward, after=after, reveal=reveal)

    def _push(
        self,
        text: str,
        *,
        forward: Callable[[], None],
        backward: Callable[[], None],
        after: Callable[[], None],
        reveal: str | None,
        merge_key: str | None = None,
    ) -> None:
        first = True

        def announce() -> None:
            nonlocal first
            after()
            # The first time, the user is looking at what they changed; after an undo or
            # redo, they may not be.
            if reveal is not None and not first:
                self.revealRequested.emit(reveal)
            first = False

        announce()
        self.undo_stack.push(
            ServiceCommand(
                text,
                forward=forward,
                backward=backward,
                after=announce,
                on_error=self._report,
                merge_key=merge_key,
            )
        )

    def _report(self, error: CaseFileError) -> None:
        self.errorOccurred.emit(error)
