"""Reading a file the user named: only a regular file, and never more than a bound.

A FIFO named x.jpg blocks whoever opens it until someone writes to it, and a link to /dev/zero
reads forever while its st_size says 0; neither may hang an import that holds the writer lock.
So the kind is checked before opening (opening some devices already does something), opening
never blocks, the kind is checked again on what was opened (the name may have changed in
between), and reading stops one byte past the bound whatever st_size said. Standard library only.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from casefiles.errors import CaseFileError
from casefiles.language.phrase import Phrase, phrase

# Opening a FIFO for reading does not wait for a writer with O_NONBLOCK (POSIX; Windows has no
# FIFOs in the file system).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class NotAFile(CaseFileError):
    """The name is a folder, a device, a pipe or a socket: nothing to read. `kind` says which
    in English, `kind_phrase` in the catalogue's words ("file.kind.fifo")."""

    def __init__(self, path: Path, kind: Phrase) -> None:
        super().__init__(phrase("file.not_a_file", name=path.name, kind=kind))
        self.kind = kind.english
        self.kind_phrase = kind


def _kind(mode: int) -> Phrase | None:
    """What a file that is not a regular file is; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return phrase("file.kind.folder")
    if stat.S_ISFIFO(mode):
        return phrase("file.kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return phrase("file.kind.device")
    if stat.S_ISSOCK(mode):
        return phrase("file.kind.socket")
    return phrase("file.kind.other")


def _refuse(path: Path, mode: int) -> None:
    kind = _kind(mode)
    if kind is not None:
        raise NotAFile(path, kind)


def open_regular(path: Path) -> BinaryIO:
    """Open `path` for reading if it is a regular file (links are followed), else NotAFile.
    OSError for a file that is missing or may not be read."""
    _refuse(path, os.stat(path).st_mode)
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        _refuse(path, os.fstat(descriptor).st_mode)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
