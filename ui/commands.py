"""Undoable changes made through the services, for the case's QUndoStack.

A change runs once before its command is pushed, so a change the services refuse (a validation
error) never reaches the stack and the caller can show the message next to the field. The
stack's later undo and redo replay it through the services; deletions are soft in the core, so
undoing a deletion is a restore.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from casefiles.errors import CaseFileError

MERGEABLE_ID = 1


class ServiceCommand(QUndoCommand):
    """One user action. `forward` does it again, `backward` undoes it, `after` tells the
    widgets what changed (it runs after every step, and on failure too)."""

    def __init__(
        self,
        text: str,
        *,
        forward: Callable[[], None],
        backward: Callable[[], None],
        after: Callable[[], None],
        on_error: Callable[[CaseFileError], None],
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._forward = forward
        self._backward = backward
        self._after = after
        self._on_error = on_error
        self._merge_key = merge_key
        self._already_done = True  # by the caller, before the push

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._step(self._forward)

    def undo(self) -> None:
        self._step(self._backward)

    def _step(self, action: Callable[[], None]) -> None:
        try:
            action()
        except CaseFileError as error:
            # The file no longer matches what this command expects: drop it from the stack.
            self.setObsolete(True)
            self._on_error(error)
        finally:
            self._after()

    def id(self) -> int:
        return MERGEABLE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Successive saves of one text field (while typing) are one step to undo."""
        if not isinstance(other, ServiceCommand) or other._merge_key != self._merge_key:
            return False
        self._forward = other._forward
        return True
