"""A guard against a PySide6 6.12 defect on Python 3.11: many methods that return nothing
(QPainter.setPen, setFont, drawLine, fillRect, QRectF.setWidth...) drop a reference to None
on every call. None is immortal only from Python 3.12, so on 3.11 its count runs down and the
interpreter aborts ("deallocating None") once a few thousand such calls have been made; a
rendered document makes tens of thousands.

`balanced_none_refcount` holds enough references to None while the work runs, then gives
back what the calls took. It does nothing on Python 3.12 and later.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Iterator

IMMORTAL_NONE = sys.version_info >= (3, 12)
HEADROOM = 2_000_000  # references held during the work: more than any document's calls take
MARGIN = 1_000  # given back on top of what was measured, for references others let go meanwhile


@contextlib.contextmanager
def balanced_none_refcount() -> Iterator[None]:
    if IMMORTAL_NONE:
        yield
        return
    headroom = [None] * HEADROOM
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        taken = before - sys.getrefcount(None)
        if taken > 0:
            none = ctypes.py_object(None)
            for _ in range(taken + MARGIN):
                ctypes.pythonapi.Py_IncRef(none)
        del headroom
