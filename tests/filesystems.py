"""Real small or read-only file systems for tests of a full or read-only disk.

A tmpfs of a few hundred KiB fills up for real, so the error comes from the kernel, not from a
simulation. Mounting needs root on Linux; elsewhere the tests that use it are skipped (and fail
in CI, which runs as root).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.helpers import require


@contextlib.contextmanager
def small_filesystem(folder: Path, size_kib: int, *, read_only: bool = False) -> Iterator[Path]:
    """A tmpfs of `size_kib` mounted at `folder` (created), unmounted afterwards."""
    require(sys.platform == "linux" and os.geteuid() == 0, "root on Linux to mount a tmpfs")
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kib}k,mode=0777" + (",ro" if read_only else "")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "casefiles-test", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        require(False, f"a tmpfs mount ({mounted.stderr.decode().strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
