"""What a kill -9 or a power cut leaves behind: hidden partial files beside the case file or the
output (a bundle being zipped, a case file being imported, a copy, a PDF), some as large as the
file they were becoming and some holding copies of evidence with its GPS. The next start of a
command in that folder removes them, once their process is gone and they have been quiet for
the lock's ten minutes; and nothing is ever written to the system's temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from casefiles.storage.locking import STALE_AFTER_S
from tests.casefiles.cli.test_cli import SCRIPT, run


def ended_pid() -> int:
    """The pid of a process that has ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_the_next_command_removes_what_killed_writers_left(demo_path: Path, tmp_path: Path) -> None:
    dead = ended_pid()
    folder = demo_path.parent
    left = [
        folder / f".Hesabat.zip.writing-{dead}",  # a bundle being zipped
        folder / f".Nazirlik.casefile.importing-{dead}",  # a case file made from a bundle
        folder / f".Nazirlik.casefile.importing-{dead}-wal",
        folder / f".Nazirlik.casefile.importing-{dead}.lock",
        folder / f".copy.casefile.copying-{dead}",  # Save a copy
        folder / f".copy.casefile.copying-{dead}-journal",
        folder / f".Xülasə.pdf.partial-{dead}",  # a summary
    ]
    kept = [
        folder / f".recent.zip.writing-{dead}",  # quiet for a minute only: maybe another host
        folder / f".busy.zip.writing-{os.getppid()}",  # its process is alive
        folder / ".hidden notes.txt",  # not ours
        folder / f".plain.{dead}",
    ]
    for path in [*left, *kept]:
        path.write_bytes(b"GPS 50.4501 30.5234 and half a photo")
        age(path, STALE_AFTER_S + 60)
    age(kept[0], 60)
    result = run("summary", demo_path, "-o", tmp_path / "new summary.pdf")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in left if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []


def test_a_killed_export_s_partial_zip_is_removed_at_the_next_export(
    demo_path: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen(
        [str(SCRIPT), "export", str(demo_path), "-o", str(out / "Hesabat.zip")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    partial = out / f".Hesabat.zip.writing-{child.pid}"
    deadline = time.monotonic() + 60
    while not partial.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    child.kill()
    child.wait()
    if not partial.exists():  # the export won the race: nothing was left to clean
        assert (out / "Hesabat.zip").exists()
        return
    age(partial, STALE_AFTER_S + 60)
    result = run("export", demo_path, "-o", out / "Hesabat 2.zip")
    assert result.returncode == 0, result.stderr
    assert not partial.exists()
    assert sorted(p.name for p in out.iterdir()) == ["Hesabat 2.zip"]


def test_nothing_goes_to_the_system_temporary_folder(demo_path: Path, tmp_path: Path) -> None:
    temp = tmp_path / "system temp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))

    def casefiles(*args: str | Path) -> None:
        done = subprocess.run(
            [str(SCRIPT), *map(str, args)], capture_output=True, text=True, env=env, timeout=300
        )
        assert done.returncode == 0, done.stderr

    casefiles("export", demo_path, "-o", tmp_path / "bundle.zip")  # with its summary PDF
    casefiles("import-bundle", tmp_path / "bundle.zip", tmp_path / "Nazirlik.casefile")
    assert sorted(temp.rglob("*")) == []
