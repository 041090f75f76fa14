"""Save a copy and the automatic rotating backups."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from casefiles import settings
from casefiles.bundle.export import export_bundle
from casefiles.cli import bundle_commands
from casefiles.errors import AlreadyExists, CaseFileMissing, DiskFull, PermissionDenied, WriteFailed
from casefiles.integrity import audit
from casefiles.integrity.verify import verify
from casefiles.services import notes
from casefiles.storage import backup, file_writing
from casefiles.storage.store import CaseFile
from tests.filesystems import files_in, small_filesystem
from tests.helpers import sha256_of, shared_temp_dir, unprivileged


def test_a_copy_of_an_open_case_file_is_checked_and_identical_in_content(
    demo_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "USB stick" / "Посольство копія.casefile"
    target.parent.mkdir()
    with CaseFile.open(demo_path) as case:
        before = case.fingerprint()
        result = backup.save_copy(case, target)
        assert result.fingerprint == before
        # The case file's log records the copy's fingerprint (an anchor against rollback).
        with case.reading() as session:
            newest = audit.history(session)[-1]
        assert (newest.action, newest.changes) == (
            "backup",
            {"fingerprint": before, "copy": target.name},
        )
    assert result.path == target
    assert result.size_bytes == target.stat().st_size
    # Nothing beside the copy: no partial file, no -wal or -shm.
    assert files_in(target.parent) == [target.name]
    with CaseFile.open(target, read_only=True) as copy:
        assert copy.fingerprint() == result.fingerprint
        assert verify(copy) == []


def test_save_copy_refuses_to_overwrite(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "existing.casefile"
    target.write_bytes(b"something precious")
    with CaseFile.open(demo_path, read_only=True) as case:
        with pytest.raises(AlreadyExists, match="already exists"):
            backup.save_copy(case, target)
        with pytest.raises(AlreadyExists):
            backup.save_copy(case, demo_path)
    assert target.read_bytes() == b"something precious"
    assert sorted(files_in(tmp_path)) == ["demo.casefile", "existing.casefile"]


def test_a_copy_taken_while_another_thread_writes_is_one_consistent_state(
    demo_path: Path, tmp_path: Path
) -> None:
    stop = threading.Event()
    fingerprints: list[str] = []
    with CaseFile.open(demo_path) as case:

        def keep_writing() -> None:
            while not stop.is_set():
                notes.create(case, "Written while a copy is being made")
                fingerprints.append(case.fingerprint())

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            results = [backup.save_copy(case, tmp_path / f"copy {n}.casefile") for n in range(3)]
        finally:
            stop.set()
            writer.join()
    assert fingerprints, "the writer never ran"
    for result in results:
        with CaseFile.open(result.path, read_only=True) as copy:
            assert verify(copy) == []
            assert copy.fingerprint() == result.fingerprint


def test_save_copy_into_a_missing_or_read_only_folder(demo_original: Path, tmp_path: Path) -> None:
    with (
        CaseFile.open(demo_original, read_only=True) as case,
        pytest.raises(CaseFileMissing, match="does not exist"),
    ):
        backup.save_copy(case, tmp_path / "nowhere" / "copy.casefile")
    with shared_temp_dir() as folder:
        source = folder / "case.casefile"
        shutil.copyfile(demo_original, source)
        locked = folder / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        with (
            unprivileged(),
            CaseFile.open(source, read_only=True) as case,
            pytest.raises(PermissionDenied, match="permission to write"),
        ):
            backup.save_copy(case, locked / "copy.casefile")
        assert files_in(locked) == []


def test_save_copy_from_a_read_only_folder(demo_original: Path) -> None:
    with shared_temp_dir() as folder:
        source_folder = folder / "read only"
        source_folder.mkdir()
        shutil.copyfile(demo_original, source_folder / "case.casefile")
        source_folder.chmod(0o555)
        before = sha256_of(source_folder / "case.casefile")
        with unprivileged(), CaseFile.open(source_folder / "case.casefile", read_only=True) as case:
            result = backup.save_copy(case, folder / "copy.casefile")
        assert sha256_of(source_folder / "case.casefile") == before
        assert files_in(source_folder) == ["case.casefile"]
        with CaseFile.open(result.path, read_only=True) as copy:
            assert verify(copy) == []


def test_save_copy_onto_a_full_disk_says_so_and_leaves_nothing(
    demo_original: Path, tmp_path: Path
) -> None:
    with small_filesystem(tmp_path / "stick", 512) as stick:
        with (
            CaseFile.open(demo_original, read_only=True) as case,
            pytest.raises(DiskFull, match="The disk is full"),
        ):
            backup.save_copy(case, stick / "copy.casefile")
        assert files_in(stick) == []


# Automatic backups ----------------------------------------------------------------------------


def test_automatic_backups_rotate_and_skip_an_unchanged_case(demo_path: Path) -> None:
    with CaseFile.open(demo_path) as case:
        first = backup.automatic_backup(case, keep=3)
        assert first is not None
        assert first.path.parent.parent == settings.data_dir() / "backups" / _mission_uuid(case)
        # Nothing changed since: no second copy of the same state.
        assert backup.automatic_backup(case, keep=3) is None
        made = [first]
        for number in range(4):
            notes.create(case, f"Change {number}")
            result = backup.automatic_backup(case, keep=3)
            assert result is not None
            made.append(result)
        kept = backup.list_backups(case)
    assert kept == [result.path for result in made[-3:]]
    assert all(not result.path.exists() for result in made[:-3])
    with CaseFile.open(kept[-1], read_only=True) as newest:
        assert newest.fingerprint() == made[-1].fingerprint
        assert verify(newest) == []


def test_copies_cut_short_in_the_backups_folder_are_removed_once_their_process_is_gone(
    demo_path: Path,
) -> None:
    with CaseFile.open(demo_path) as case:
        folder = backup.backups_folder(case)
        folder.mkdir(parents=True)
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        )
        dead_pid = int(dead.stdout)  # that process has ended
        cut_short = [
            folder / f".20251114T031200000000Z Səfirlik abc.casefile.copying-{dead_pid}",
            folder / f".20251114T031200000000Z Səfirlik abc.casefile.copying-{dead_pid}-journal",
        ]
        in_progress = folder / f".other.casefile.copying-{os.getppid()}"  # a live process
        forgotten = folder / f".old.casefile.copying-{os.getppid()}"  # live pid, but a day old
        unrelated = folder / "Посольство notes.txt"
        for path in [*cut_short, in_progress, forgotten, unrelated]:
            path.write_bytes(b"partial")
        day_and_more = time.time() - file_writing.LEFTOVER_AFTER_S - 60
        os.utime(forgotten, (day_and_more, day_and_more))

        assert backup.automatic_backup(case, keep=3) is not None
        left = {path.name for path in folder.iterdir()}
    assert not any(path.name in left for path in [*cut_short, forgotten])
    assert {in_progress.name, unrelated.name} <= left
    assert len(backup.list_backups(case)) == 1


def test_copies_of_one_case_file_keep_their_own_backups(demo_path: Path) -> None:
    # Same mission, two files: the consul's copy on a USB stick and the one on the laptop.
    stick = demo_path.with_name("USB copy.casefile")
    shutil.copyfile(demo_path, stick)
    made: dict[Path, list[Path]] = {demo_path: [], stick: []}
    for number in range(3):
        for path in (demo_path, stick):
            with CaseFile.open(path) as case:
                notes.create(case, f"{path.stem}: change {number}")
                result = backup.automatic_backup(case, keep=2)
                assert result is not None
                made[path].append(result.path)
    for path, backups in made.items():
        with CaseFile.open(path, read_only=True) as case:
            assert backup.list_backups(case) == backups[-2:]
    # A rename keeps the file, and so its backups.
    renamed = stick.rename(stick.with_name("Renamed.casefile"))
    with CaseFile.open(renamed, read_only=True) as case:
        assert backup.list_backups(case) == made[stick][-2:]


def test_the_number_kept_is_a_setting_and_zero_turns_backups_off(demo_path: Path) -> None:
    assert backup.backups_to_keep() == backup.DEFAULT_KEEP
    settings.save({"backups_to_keep": 0})
    with CaseFile.open(demo_path) as case:
        assert backup.automatic_backup(case) is None
        assert backup.list_backups(case) == []
    settings.save({"backups_to_keep": "lots"})  # a damaged setting falls back to the default
    assert backup.backups_to_keep() == backup.DEFAULT_KEEP
    settings.save({"backups_to_keep": 2})
    assert backup.backups_to_keep() == 2


def _mission_uuid(case: CaseFile) -> str:
    from casefiles.services import mission

    return mission.get(case).uuid


def test_an_automatic_backup_that_cannot_be_written_is_a_warning_not_a_stop(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (settings.data_dir() / "backups").write_text("a file where the folder should be")
    with CaseFile.open(demo_path) as case, pytest.raises(WriteFailed, match="cannot be"):
        backup.automatic_backup(case)
    # The import goes on, and says that no backup was made.
    with CaseFile.open(demo_path, read_only=True) as case:
        bundle = export_bundle(case, tmp_path / "b.zip").path
    parser = argparse.ArgumentParser()
    bundle_commands.register(parser.add_subparsers())
    args = parser.parse_args(["import-bundle", str(bundle), str(demo_path)])
    assert args.run(args) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("casefiles: warning: no automatic backup was made:")
    assert "Nothing to add" in captured.out
