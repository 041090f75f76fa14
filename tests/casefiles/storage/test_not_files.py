"""Attacks with names that are not files: a FIFO named like a photo, a bundle or a case file
(opening it blocks until someone writes), a link to /dev/zero (endless bytes, st_size 0), a
folder where the lock should be. Each is refused in one line, nothing waits, and the case
file is as it was."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from casefiles.services import correspondence, evidence_reading, incidents, photo_import
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.casefiles.cli.test_cli import SCRIPT
from tests.helpers import folder_state, sha256_of

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")

WHEN = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))
PATIENCE_S = 60  # far longer than any refusal takes; a hang fails the test instead of the run


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=PATIENCE_S,
    )


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr, result.stderr


@pytest.fixture
def fifo_maker() -> Iterator[list[Path]]:
    """Make FIFOs by appending to the list; any still blocking a reader after PATIENCE_S is
    opened for writing and closed, so that a regression fails a test instead of hanging."""
    made: list[Path] = []
    stop = threading.Event()

    def unblock() -> None:
        if stop.wait(PATIENCE_S):
            return
        for path in made:
            with contextlib.suppress(OSError):  # no reader waiting: nothing to unblock
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    watchdog = threading.Thread(target=unblock, daemon=True)
    watchdog.start()
    yield made
    stop.set()


def make_fifo(made: list[Path], path: Path) -> Path:
    os.mkfifo(path)
    made.append(path)
    return path


def zero_link(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


# add-photos: the command line, the service the window calls, and scans ------------------------


def test_add_photos_refuses_a_fifo_and_a_device_without_waiting(
    demo_path: Path, tmp_path: Path, fifo_maker: list[Path]
) -> None:
    good = factory.camera_jpeg(tmp_path / "Şəkil.jpg", when=WHEN)
    pipe = make_fifo(fifo_maker, tmp_path / "x.jpg")
    zero = zero_link(tmp_path / "нуль.jpg")
    started = time.monotonic()
    result = run("add-photos", demo_path, "--incident", "KYIV-2025-004", pipe, zero, good)
    assert time.monotonic() - started < PATIENCE_S
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert f"refused   {pipe}: this is a pipe (FIFO), not a file" in lines
    assert f"refused   {zero}: this is a device, not a file" in lines
    assert lines[-1] == "1 imported, 0 duplicate, 2 refused, of 3 files"
    assert not demo_path.with_name(demo_path.name + ".lock").exists()  # the lock was let go


def test_a_fifo_inside_a_folder_is_skipped(
    demo_path: Path, tmp_path: Path, fifo_maker: list[Path]
) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    factory.camera_jpeg(folder / "a.jpg", when=WHEN)
    make_fifo(fifo_maker, folder / "b.jpg")
    result = run("add-photos", demo_path, "--incident", "KYIV-2025-004", folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "1 imported, 0 duplicate, 0 refused, of 1 files"


def test_the_import_service_refuses_them_for_photos_and_for_scans(
    demo_path: Path, tmp_path: Path, fifo_maker: list[Path]
) -> None:
    # The window's import (drop or Ctrl+I) and its scans go through these two services.
    pipe = make_fifo(fifo_maker, tmp_path / "scan.jpg")
    zero = zero_link(tmp_path / "zero.png")
    with CaseFile.open(demo_path) as case:
        incident = incidents.get_by_reference(case, "KYIV-2025-004")
        letter = correspondence.list_correspondence(case)[0]
        photos_before = evidence_reading.list_evidence(case, incident.uuid)
        scans_before = evidence_reading.list_scans(case, letter.uuid)
        for outcomes in (
            photo_import.import_files(case, incident.uuid, [pipe, zero]),
            photo_import.import_scans(case, letter.uuid, [pipe, zero]),
        ):
            assert [(o.outcome, o.reason) for o in outcomes] == [
                ("refused", "this is a pipe (FIFO), not a file"),
                ("refused", "this is a device, not a file"),
            ]
        assert evidence_reading.list_evidence(case, incident.uuid) == photos_before
        assert evidence_reading.list_scans(case, letter.uuid) == scans_before


# import-bundle, verify and opening -------------------------------------------------------------


def test_import_bundle_refuses_a_fifo_and_a_device(
    demo_path: Path, tmp_path: Path, fifo_maker: list[Path]
) -> None:
    before = sha256_of(demo_path)
    pipe = make_fifo(fifo_maker, tmp_path / "bundle.zip")
    zero = zero_link(tmp_path / "zero.zip")
    for bundle, kind in ((pipe, "a pipe (FIFO)"), (zero, "a device")):
        new = run("import-bundle", bundle, tmp_path / "new.casefile")
        assert_one_line_refusal(new, f"{bundle} is {kind}, not a bundle.")
        assert not (tmp_path / "new.casefile").exists()
        merged = run("import-bundle", bundle, demo_path)
        assert_one_line_refusal(merged, f"{bundle} is {kind}, not a bundle.")
    assert sha256_of(demo_path) == before


def test_verify_and_info_refuse_a_fifo_named_like_a_case_file(
    tmp_path: Path, fifo_maker: list[Path]
) -> None:
    pipe = make_fifo(fifo_maker, tmp_path / "case.casefile")
    zero = zero_link(tmp_path / "zero.casefile")
    for command in ("info", "verify", "incidents"):
        for path, kind in ((pipe, "a pipe (FIFO)"), (zero, "a device")):
            result = run(command, path)
            assert result.returncode in (1, 2), result.stderr  # verify: a finding
            assert "Traceback" not in result.stderr + result.stdout
            assert f"is {kind}, not a case file" in result.stderr + result.stdout


def test_a_folder_where_the_lock_should_be_is_a_message(demo_path: Path, tmp_path: Path) -> None:
    lock = demo_path.with_name(demo_path.name + ".lock")
    lock.mkdir()
    (lock / "kept.txt").write_text("not ours to remove", encoding="utf-8")
    os.utime(lock, (0, 0))  # as old as a stale lock can be
    state = folder_state(tmp_path)
    photo = factory.camera_jpeg(tmp_path / "camera.jpg", when=WHEN)
    result = run("add-photos", demo_path, "--incident", "KYIV-2025-004", photo)
    assert_one_line_refusal(result, "is a folder, not a lock file")
    assert (lock / "kept.txt").read_text(encoding="utf-8") == "not ours to remove"
    photo.unlink()
    assert folder_state(tmp_path) == state
