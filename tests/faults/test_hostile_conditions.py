"""A full disk, a read-only case file, folder or file system, and paths with spaces and other
scripts: each ends with a clear message and an intact case file.

The disk fills up for real on a small tmpfs (root on Linux; skipped elsewhere) and, everywhere,
through SQLite's max_page_count on the import's own connections.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import create_from_bundle, import_bundle, merge_bundle
from casefiles.bundle.verify import verify_bundle
from casefiles.errors import DiskFull, PermissionDenied, ReadOnly
from casefiles.integrity.verify import verify
from casefiles.services import evidence_reading, incidents, notes, photo_import
from casefiles.storage import backup
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.faults.killing import WHEN, case_with_incident, problems
from tests.filesystems import files_in, small_filesystem
from tests.helpers import have, sha256_of, shared_temp_dir, unprivileged

pytestmark = pytest.mark.faults

SCRIPT = Path(sys.executable).with_name("casefiles")
FULL = "The disk is full"


def _photos(case: Path, incident: str) -> int:
    with CaseFile.open(case, read_only=True) as opened:
        return len(evidence_reading.list_evidence(opened, incident))


# A full disk ---------------------------------------------------------------------------------


def test_the_disk_fills_up_in_the_middle_of_an_import(tmp_path: Path) -> None:
    """max_page_count on the import's connections: SQLite's own "database or disk is full"."""
    case = tmp_path / "case.casefile"
    incident = case_with_incident(case)
    folder = tmp_path / "photos"
    folder.mkdir()
    for number in range(12):  # each takes a few 64 KiB pages
        factory.camera_jpeg(folder / f"photo {number}.jpg", when=WHEN, size=(1200 + number, 900))
    with CaseFile.open(case) as opened:
        with opened.reading() as session:
            pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()

        @event.listens_for(opened.engine, "connect")
        def _small_disk(connection: object, _record: object) -> None:
            connection.execute(f"PRAGMA max_page_count={pages + 3}")  # type: ignore[attr-defined]

        opened.engine.dispose()  # new connections from here on: all limited
        with pytest.raises(
            photo_import.ImportStopped, match=f"^{FULL}: [0-9]+ of 12 files were imported"
        ) as full:
            photo_import.import_files(opened, incident, [folder])
    assert problems(case) == []
    stored = _photos(case, incident)
    assert 0 < stored < 12
    # Which photos are in, and which are not, file by file.
    outcomes = full.value.outcomes
    assert [o.outcome for o in outcomes] == ["imported"] * stored + ["refused"] * (12 - stored)
    assert {o.reason for o in outcomes[stored:]} == {"not saved: the disk is full"}
    assert f"not saved: {outcomes[stored].file.name}" in str(full.value)
    with CaseFile.open(case) as opened:  # with room again, the rest comes in
        outcomes = photo_import.import_files(opened, incident, [folder])
        assert sum(o.outcome == "duplicate" for o in outcomes) == stored
    assert _photos(case, incident) == 12 and problems(case) == []


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    """About 3 MB of photos: more than the small disks below can take."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for number in range(14):
        factory.photo_like_jpeg(folder / f"photo {number}.jpg", megapixels=0.5, seed=number)
    return folder


def test_a_real_disk_fills_up_during_add_photos(tmp_path: Path, photos: Path) -> None:
    case = tmp_path / "case.casefile"
    incident = case_with_incident(case)
    with small_filesystem(tmp_path / "stick", 4096) as stick:
        shutil.copyfile(case, stick / case.name)
        on_stick = stick / case.name
        result = subprocess.run(
            [str(SCRIPT), "add-photos", str(on_stick), "--incident", "CASE-2025-001", str(photos)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2
        # Still full, and still intact: it opens, verifies, every photo whole or absent.
        assert problems(on_stick) == []
        stored = _photos(on_stick, incident)
        assert 0 < stored < 14
        assert result.stderr.startswith(f"casefiles: {FULL}: {stored} of 14 files were imported")
        assert result.stderr.count("\n") == 1
        lines = result.stdout.splitlines()
        assert sum(line.startswith("imported") for line in lines) == stored
        not_saved = [line for line in lines if line.endswith(": not saved: the disk is full")]
        assert len(not_saved) == 14 - stored
        subprocess.run(["mount", "-o", "remount,size=64m", str(stick)], check=True)
        with CaseFile.open(on_stick) as opened:
            photo_import.import_files(opened, incident, [photos])
        assert _photos(on_stick, incident) == 14 and problems(on_stick) == []


def test_a_full_disk_during_bundle_export_and_import_leaves_nothing_behind(
    demo_original: Path, tmp_path: Path, photos: Path
) -> None:
    with CaseFile.open(demo_original, read_only=True) as case:
        first = export_bundle(case, tmp_path / "first.zip").path
    with small_filesystem(tmp_path / "tiny", 512) as tiny:
        with CaseFile.open(demo_original, read_only=True) as case, pytest.raises(DiskFull):
            export_bundle(case, tiny / "bundle.zip")
        assert files_in(tiny) == []
        with pytest.raises(DiskFull, match=FULL):
            create_from_bundle(first, tiny / "new.casefile")
        assert files_in(tiny) == []


def test_a_full_disk_during_a_merge_leaves_the_case_file_as_it_was(
    demo_path: Path, tmp_path: Path, photos: Path
) -> None:
    with CaseFile.open(demo_path) as case:
        first = export_bundle(case, tmp_path / "first.zip").path
        november = incidents.get_by_reference(case, "KYIV-2025-004").uuid
        notes.create(case, "Added after the first bundle", november)
        photo_import.import_files(case, november, [photos])
        later = export_bundle(case, tmp_path / "later.zip").path
    ministry = create_from_bundle(first, tmp_path / "ministry.casefile").path
    with small_filesystem(tmp_path / "stick", ministry.stat().st_size // 1024 + 1024) as stick:
        target = stick / ministry.name
        shutil.copyfile(ministry, target)
        before = sha256_of(target)
        with CaseFile.open(target) as case:
            fingerprint = case.fingerprint()
            with pytest.raises(DiskFull, match=FULL):
                merge_bundle(case, later)
        assert problems(target) == []
        with CaseFile.open(target, read_only=True) as case:
            assert case.fingerprint() == fingerprint
        assert sha256_of(target) == before


# Read-only places --------------------------------------------------------------------------------


@pytest.fixture
def shared(demo_original: Path) -> Iterator[Path]:
    """A folder another user can reach, holding a copy of the demo and a photo."""
    with shared_temp_dir() as folder:
        shutil.copyfile(demo_original, folder / "case.casefile")
        factory.camera_jpeg(folder / "photo.jpg", when=WHEN)
        with CaseFile.open(demo_original, read_only=True) as case:
            export_bundle(case, folder / "bundle.zip")
        yield folder


def test_a_read_only_case_file(shared: Path) -> None:
    case = shared / "case.casefile"
    case.chmod(0o444)
    before = sha256_of(case)
    with unprivileged():
        with pytest.raises(PermissionDenied, match="open it read-only"):
            CaseFile.open(case)
        with pytest.raises(PermissionDenied, match="open it read-only"):
            import_bundle(shared / "bundle.zip", case)
        with CaseFile.open(case, read_only=True) as opened:
            november = incidents.get_by_reference(opened, "KYIV-2025-004").uuid
            with pytest.raises(ReadOnly, match="read-only"):
                photo_import.import_files(opened, november, [shared / "photo.jpg"])
            # Copies out still work.
            backup.save_copy(opened, shared / "copy.casefile")
            export_bundle(opened, shared / "out.zip")
    assert sha256_of(case) == before
    assert verify_bundle(shared / "out.zip").findings == []
    with CaseFile.open(shared / "copy.casefile", read_only=True) as copy:
        assert verify(copy) == []


def test_a_read_only_folder(shared: Path) -> None:
    folder = shared / "read only"
    folder.mkdir()
    shutil.move(shared / "case.casefile", folder / "case.casefile")
    (folder / "case.casefile").chmod(0o666)
    folder.chmod(0o555)
    before = sha256_of(folder / "case.casefile")
    with unprivileged():
        with pytest.raises(PermissionDenied, match="Cannot write in the folder"):
            CaseFile.open(folder / "case.casefile")
        with pytest.raises(PermissionDenied):
            import_bundle(shared / "bundle.zip", folder / "case.casefile")
        with pytest.raises(PermissionDenied, match="permission to write"):
            import_bundle(shared / "bundle.zip", folder / "new.casefile")
        with CaseFile.open(folder / "case.casefile", read_only=True) as opened:
            with pytest.raises(PermissionDenied, match="permission to write"):
                backup.save_copy(opened, folder / "copy.casefile")
            with pytest.raises(PermissionDenied, match="permission to write"):
                export_bundle(opened, folder / "out.zip")
            export_bundle(opened, shared / "out.zip")
    assert files_in(folder) == ["case.casefile"]
    assert sha256_of(folder / "case.casefile") == before


def test_a_read_only_file_system(demo_original: Path, tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "cd", 16384) as disk:
        shutil.copyfile(demo_original, disk / "case.casefile")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(PermissionDenied, match="open it read-only"):
            CaseFile.open(disk / "case.casefile")
        with CaseFile.open(disk / "case.casefile", read_only=True) as opened:
            assert verify(opened) == []
            export_bundle(opened, tmp_path / "out.zip")
            with pytest.raises(PermissionDenied):
                backup.save_copy(opened, disk / "copy.casefile")
        with pytest.raises(PermissionDenied):
            import_bundle(tmp_path / "out.zip", disk / "case.casefile")
        assert files_in(disk) == ["case.casefile"]
    assert verify_bundle(tmp_path / "out.zip").findings == []


# Paths with spaces and other scripts -------------------------------------------------------------


def test_paths_with_spaces_and_non_latin_letters_all_the_way(tmp_path: Path) -> None:
    folder = tmp_path / "Посольство у Києві" / "Səfirlik sənədləri 2025"
    folder.mkdir(parents=True)
    case = folder / "Справа № 1 — Kyiv.casefile"
    incident = case_with_incident(case)
    photos = folder / "Фото з даху"
    photos.mkdir()
    factory.camera_jpeg(photos / "Вікно після вибуху 1.jpg", when=WHEN)
    factory.camera_jpeg(photos / "Şəkil ğ ü ö 2.jpg", when=WHEN, size=(700, 500))
    with CaseFile.open(case) as opened:
        outcomes = photo_import.import_files(opened, incident, [photos])
        assert [o.outcome for o in outcomes] == ["imported", "imported"]
        copy = backup.save_copy(opened, folder / "Копія для флешки.casefile").path
        bundle = export_bundle(opened, folder / "Пакет для МЗС (листопад).zip").path
    target = import_bundle(bundle, folder / "Nazirlik üçün.casefile").path
    for path in (case, copy, target):
        assert problems(path) == []
    assert verify_bundle(bundle).findings == []
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        archive.extractall(folder / "розпаковано")
    assert any(name.endswith("_Вікно після вибуху 1.jpg") for name in names)
    if have("sha256sum"):
        checked = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=folder / "розпаковано", capture_output=True
        )
        assert checked.returncode == 0, checked.stdout


def test_the_writer_lock_appears_whole_also_without_hard_links(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is written beside its name and linked into place, so a process killed while
    taking it leaves no empty lock (found by the kill tests); where the file system has no
    hard links (FAT on USB sticks) it is created in place, as before."""
    lock = demo_path.with_name(demo_path.name + ".lock")
    with CaseFile.open(demo_path):
        assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert files_in(demo_path.parent) == [demo_path.name]

    def no_hard_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    with CaseFile.open(demo_path):
        assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert files_in(demo_path.parent) == [demo_path.name]
