"""Pillow's warnings about one image (a decompression bomb, a TIFF tag it skipped), collected
as words for that photo's outcome instead of lines on stderr that nobody ties to a file.

Imports read and decode photos on worker threads, and `warnings.catch_warnings` changes the
whole process, so the hook is installed once and each thread collects only its own.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
from collections.abc import Iterator
from typing import Any, TextIO

_collecting = threading.local()
_install = threading.Lock()


def _show(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    found: list[str] | None = getattr(_collecting, "found", None)
    if found is None:  # another thread, or outside an import: as before
        _previous["show"](message, category, filename, lineno, file, line)
    elif str(message) not in found:
        found.append(str(message))


_previous: dict[str, Any] = {}  # the hook found when installing, for everything not ours


@contextlib.contextmanager
def decoder_warnings() -> Iterator[list[str]]:
    """The warnings Pillow gives on this thread inside the block, each once."""
    with _install:
        if warnings.showwarning is not _show:
            _previous["show"] = warnings.showwarning
            warnings.showwarning = _show
            # Every time, not once per place in Pillow's code: each photo gets its own.
            warnings.filterwarnings("always", module=r"PIL(\..*)?$")
    found: list[str] = []
    _collecting.found = found
    try:
        yield found
    finally:
        _collecting.found = None
