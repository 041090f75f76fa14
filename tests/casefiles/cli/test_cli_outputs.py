"""Attacks on the commands that write files: no output ever replaces a file that is there, the
case file being read, or a name SQLite owns. Each is refused with exit 2 and one line, and the
file under attack is byte-identical afterwards."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests import photo_factory as factory
from tests.casefiles.cli.test_cli import run
from tests.helpers import folder_state, sha256_of

WHEN = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr, result.stderr


def output_commands(case: Path, target: Path) -> dict[str, list[str | Path]]:
    return {
        "summary": ["summary", case, "-o", target],
        "export": ["export", case, "-o", target],
        "backup": ["backup", case, "-o", target],
    }


@pytest.mark.parametrize("command", ["summary", "export", "backup"])
def test_an_existing_file_is_never_replaced(demo_path: Path, tmp_path: Path, command: str) -> None:
    target = tmp_path / "Hesabat — звіт.pdf"
    target.write_bytes(b"a letter the consul wrote yesterday\n")
    before = sha256_of(demo_path)
    result = run(*output_commands(demo_path, target)[command])
    assert_one_line_refusal(result, "already exists")
    assert target.read_bytes() == b"a letter the consul wrote yesterday\n"
    assert sha256_of(demo_path) == before


@pytest.mark.parametrize("command", ["summary", "export", "backup"])
def test_the_case_file_being_read_is_never_the_output(demo_path: Path, command: str) -> None:
    before = sha256_of(demo_path)
    result = run(*output_commands(demo_path, demo_path)[command])
    assert_one_line_refusal(result, "choose another name")
    assert sha256_of(demo_path) == before


@pytest.mark.parametrize("command", ["summary", "export", "backup"])
@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal", ".lock"])
def test_names_sqlite_or_the_lock_own_are_refused_even_when_free(
    demo_path: Path, command: str, suffix: str
) -> None:
    # SQLite deletes or replays X.casefile-wal when X is next opened: a "checked copy" written
    # there would vanish, or damage X.
    target = demo_path.with_name(demo_path.name + suffix)
    assert not target.exists()
    state = folder_state(demo_path.parent)
    result = run(*output_commands(demo_path, target)[command])
    assert_one_line_refusal(result, "choose another name")
    assert folder_state(demo_path.parent) == state


def test_a_hard_link_to_the_case_file_is_refused(demo_path: Path) -> None:
    link = demo_path.with_name("looks-new.pdf")
    os.link(demo_path, link)
    before = sha256_of(demo_path)
    result = run("summary", demo_path, "-o", link)
    assert_one_line_refusal(result, "is a file Casefiles is using")
    assert sha256_of(demo_path) == before


def test_a_dangling_symlink_is_not_followed(demo_path: Path, tmp_path: Path) -> None:
    victim = tmp_path / "elsewhere" / "victim.pdf"
    victim.parent.mkdir()
    link = tmp_path / "out.pdf"
    link.symlink_to(victim)
    result = run("summary", demo_path, "-o", link)
    assert_one_line_refusal(result, "already exists")
    assert not victim.exists() and link.is_symlink()


def test_export_photos_onto_an_existing_file_is_a_message(demo_path: Path, tmp_path: Path) -> None:
    photo = factory.camera_jpeg(tmp_path / "pəncərə.jpg", when=WHEN)
    assert run("add-photos", demo_path, "--incident", "KYIV-2025-004", photo).returncode == 0
    target = tmp_path / "out.txt"
    target.write_text("keep", encoding="utf-8")
    result = run("export-photos", demo_path, "--incident", "KYIV-2025-004", "-o", target)
    assert_one_line_refusal(result, "is a file, not a folder")
    assert target.read_text(encoding="utf-8") == "keep"


def test_export_photos_never_writes_a_sqlite_name_beside_a_case_file(
    demo_path: Path, tmp_path: Path
) -> None:
    # A photo imported as "demo.casefile-wal", exported into the case file's own folder, must
    # not land where SQLite would replay it into demo.casefile.
    (tmp_path / "camera").mkdir()
    photo = factory.camera_jpeg(tmp_path / "camera" / "demo.casefile-wal", when=WHEN)
    assert run("add-photos", demo_path, "--incident", "KYIV-2025-004", photo).returncode == 0
    result = run("export-photos", demo_path, "--incident", "KYIV-2025-004", "-o", demo_path.parent)
    assert result.returncode == 0, result.stderr
    wal = demo_path.with_name("demo.casefile-wal")  # SQLite's own, left by the reader
    assert not wal.exists() or wal.read_bytes() != photo.read_bytes()
    assert demo_path.with_name("demo.casefile-wal.bin").read_bytes() == photo.read_bytes()
    assert run("verify", demo_path).returncode == 0


# The window asks before replacing and passes replace=True; even then the open case file and
# the files beside it are never replaced.


def test_a_confirmed_copy_replaces_a_plain_file(demo_path: Path, tmp_path: Path) -> None:
    from casefiles.storage.backup import save_copy
    from casefiles.storage.store import CaseFile

    target = tmp_path / "old copy.casefile"
    target.write_bytes(b"an old copy")
    with CaseFile.open(demo_path, read_only=True) as case:
        result = save_copy(case, target, replace=True)
        with CaseFile.open(target, read_only=True) as copy:
            assert copy.fingerprint() == result.fingerprint == case.fingerprint()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_a_confirmed_copy_never_replaces_the_open_case_file(demo_path: Path, suffix: str) -> None:
    from casefiles.errors import AlreadyExists
    from casefiles.storage.backup import save_copy
    from casefiles.storage.store import CaseFile

    with CaseFile.open(demo_path) as case:  # for writing: the lock exists
        case.fingerprint()  # a connection: -wal and -shm exist
        target = Path(str(case.path) + suffix)
        assert target.exists()
        before = target.read_bytes() if suffix in ("", ".lock") else None
        with pytest.raises(AlreadyExists, match="choose another name"):
            save_copy(case, target, replace=True)
        if before is not None:
            assert target.read_bytes() == before


def test_a_confirmed_copy_never_replaces_a_folder(demo_path: Path, tmp_path: Path) -> None:
    from casefiles.errors import AlreadyExists
    from casefiles.storage.backup import save_copy
    from casefiles.storage.store import CaseFile

    folder = tmp_path / "Sənədlər.casefile"
    folder.mkdir()
    with (
        CaseFile.open(demo_path, read_only=True) as case,
        pytest.raises(AlreadyExists, match="not a plain file"),
    ):
        save_copy(case, folder, replace=True)
    assert folder.is_dir()
