"""Large buffers reused, not asked of the system afresh for every photo.

glibc's malloc hands buffers of a few megabytes (a photo's bytes, its decoded pixels, SQLite's
pages for a batch) back to the system when they are freed, so the next photo's buffers are new
pages, each zeroed by the kernel at its first touch: 0.6 ms of CPU a megabyte on this project's
machine, some 7,000 pages a photo in a derivation process. Kept in the heap instead, they serve
the next photo: a decode took 10-15 % less CPU (docs/photo-import-speed.md, "Session 10").
What is kept goes back to the system when the work ends (`give_back`). Elsewhere than glibc
(Windows, macOS) both do nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
from collections.abc import Iterator

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_FROM_THE_HEAP = 32 * 1024 * 1024  # below this, buffers come from the heap (glibc's maximum)
_KEPT = 128 * 1024 * 1024  # free memory kept at the heap's top: a batch of photos' pages
_USUAL = 128 * 1024  # glibc's own starting value of both


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(None)  # the symbols already loaded: libc's own on Linux
        libc.mallopt  # noqa: B018  (an AttributeError where malloc is not glibc's)
        libc.malloc_trim  # noqa: B018
    except (OSError, AttributeError, TypeError):
        return None
    return libc


def reuse_freed_memory() -> None:
    """From now on this process keeps freed buffers for its next ones."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, _FROM_THE_HEAP)
        libc.mallopt(_M_TRIM_THRESHOLD, _KEPT)


def give_back() -> None:
    """Hand the free memory kept so far back to the system."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


@contextlib.contextmanager
def reused() -> Iterator[None]:
    """Freed buffers kept for reuse inside; after, malloc as usual again and what was kept
    handed back (the app's process lives on with the window)."""
    reuse_freed_memory()
    try:
        yield
    finally:
        libc = _glibc()
        if libc is not None:
            libc.mallopt(_M_MMAP_THRESHOLD, _USUAL)
            libc.mallopt(_M_TRIM_THRESHOLD, _USUAL)
        give_back()
