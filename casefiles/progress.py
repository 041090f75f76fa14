"""How long work tells how far it got, and how it is stopped: one type for every operation of
the core that takes a while (importing photos, bundles out and in, building a summary).

The caller passes a `Progress`; the work calls it after each step. To stop the work the caller
raises `Cancelled` from inside that call: each operation says what it leaves behind then (an
export leaves nothing, a photo import keeps the photos already written).
"""

from __future__ import annotations

from typing import Protocol

from casefiles.errors import CaseFileError


class Cancelled(CaseFileError):
    """The person stopped the work."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, label: str = "") -> None:
        """`done` of `total` steps (0 of 0: not known yet); `label` names what is at hand: a
        stage of the work or the file being read. May raise Cancelled."""
