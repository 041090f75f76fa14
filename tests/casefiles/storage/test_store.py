"""Creating, opening and refusing case files; the file stays byte-identical when refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casefiles.errors import (
    AlreadyExists,
    CaseFileDamaged,
    CaseFileMissing,
    NewerVersion,
    NotACaseFile,
    PermissionDenied,
    ReadOnly,
    ValidationError,
)
from casefiles.services import mission, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.file_format import APPLICATION_ID, PAGE_SIZE, SCHEMA_VERSION
from casefiles.storage.store import CaseFile
from tests.helpers import folder_state, sha256_of, shared_temp_dir, unprivileged


def test_a_new_case_file_has_the_storage_settings(new_case: CaseFile) -> None:
    connection = sqlite3.connect(new_case.path)
    pragmas = {
        name: connection.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("page_size", "journal_mode", "application_id", "user_version")
    }
    connection.close()
    assert pragmas == {
        "page_size": PAGE_SIZE,
        "journal_mode": "wal",
        "application_id": APPLICATION_ID,
        "user_version": SCHEMA_VERSION,
    }
    with new_case.reading() as session:
        connection = session.connection().connection.driver_connection
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert new_case.meta("min_reader_schema") == "1"


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    existing = tmp_path / "notes.casefile"
    existing.write_text("precious", encoding="utf-8")
    with pytest.raises(AlreadyExists):
        create_case_file(existing, "Mission")
    assert existing.read_text(encoding="utf-8") == "precious"


def test_create_validates_the_mission_and_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="timezone: 'Mars/Olympus' is not a known"):
        create_case_file(tmp_path / "x.casefile", "Mission", timezone="Mars/Olympus")
    assert list(tmp_path.iterdir()) == []


def test_reopened_case_file_reads_back_azerbaijani_and_cyrillic(tmp_path: Path) -> None:
    path = tmp_path / "Bakı — Київ.casefile"
    with create_case_file(path, "Səfirlik İçərişəhər", city="Київ", timezone="Europe/Kyiv") as case:
        sites.create(case, kind="residence", name="Rezidensiya ğ ı İ ş ə", address="вул. Січових")
    with CaseFile.open(path) as case:
        assert mission.get(case).name == "Səfirlik İçərişəhər"
        assert mission.get(case).city == "Київ"
        (site,) = sites.list_sites(case)
        assert (site.name, site.address) == ("Rezidensiya ğ ı İ ş ə", "вул. Січових")


def test_read_only_open_refuses_changes_and_says_why(new_case: CaseFile) -> None:
    new_case.close()
    with CaseFile.open(new_case.path, read_only=True) as case:
        assert case.read_only
        with pytest.raises(ReadOnly, match="read-only"):
            sites.create(case, kind="chancery", name="X")


def _another_programs_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()


def _truncated_case(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (
            lambda p, s: p.write_text("Dear colleagues, ...", encoding="utf-8"),
            NotACaseFile,
            "not a case file",
        ),
        (lambda p, s: p.write_bytes(b""), NotACaseFile, "empty"),
        (lambda p, s: _another_programs_database(p), NotACaseFile, "another program"),
        (lambda p, s: _truncated_case(p, s), CaseFileDamaged, "cut short"),
        (lambda p, s: p.write_bytes(s.read_bytes()[:60]), CaseFileDamaged, "cut short"),
    ],
    ids=["text", "empty", "other-sqlite", "truncated-half", "truncated-header"],
)
def test_bad_files_are_refused_and_left_byte_identical(
    tmp_path: Path, demo_original: Path, make: object, error: type[Exception], words: str
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "bad.casefile"
    make(path, demo_original)  # type: ignore[operator]
    before = folder_state(folder)
    for read_only in (False, True):
        with pytest.raises(error, match=words) as raised:
            CaseFile.open(path, read_only=read_only)
        assert "\n" not in str(raised.value)
    assert folder_state(folder) == before


def test_a_file_with_a_damaged_schema_page_is_refused(tmp_path: Path, demo_original: Path) -> None:
    data = bytearray(demo_original.read_bytes())
    data[100:4000] = b"\xff" * 3900  # inside page 1, after the header: the schema
    path = tmp_path / "damaged.casefile"
    path.write_bytes(bytes(data))
    before = sha256_of(path)
    with pytest.raises((CaseFileDamaged, NotACaseFile)):
        CaseFile.open(path, read_only=True)
    assert sha256_of(path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CaseFileMissing, match="no file"):
        CaseFile.open(tmp_path / "nowhere.casefile")
    with pytest.raises(NotACaseFile, match="folder"):
        CaseFile.open(tmp_path)


def test_file_without_read_permission(demo_original: Path) -> None:
    with shared_temp_dir() as folder:
        path = folder / "secret.casefile"
        path.write_bytes(demo_original.read_bytes())
        path.chmod(0o000)
        with unprivileged(), pytest.raises(PermissionDenied, match="permission to read"):
            CaseFile.open(path, read_only=True)
        path.chmod(0o644)
        assert sha256_of(path) == sha256_of(demo_original)


def test_file_without_write_permission_opens_read_only_on_request(demo_original: Path) -> None:
    with shared_temp_dir() as folder:
        path = folder / "archived.casefile"
        path.write_bytes(demo_original.read_bytes())
        path.chmod(0o444)
        with unprivileged():
            with pytest.raises(PermissionDenied, match="read-only"):
                CaseFile.open(path)
            with CaseFile.open(path, read_only=True) as case:
                assert mission.get(case).name.startswith("Embassy")
        assert sha256_of(path) == sha256_of(demo_original)


def test_read_only_folder_still_opens_read_only(demo_original: Path) -> None:
    with shared_temp_dir() as folder:
        path = folder / "usb.casefile"
        path.write_bytes(demo_original.read_bytes())
        folder.chmod(0o555)
        with unprivileged():
            with pytest.raises(PermissionDenied):
                CaseFile.open(path)
            with CaseFile.open(path, read_only=True) as case:
                assert case.read_only
                assert len(sites.list_sites(case)) == 4
        folder.chmod(0o777)
        assert sorted(p.name for p in folder.iterdir()) == ["usb.casefile"]


def _pretend_newer(path: Path, min_reader: int, min_writer: int) -> None:
    connection = sqlite3.connect(path)
    connection.executemany(
        "UPDATE casefile_meta SET value = ? WHERE key = ?",
        [
            (str(SCHEMA_VERSION + 3), "schema_version"),
            (str(min_reader), "min_reader_schema"),
            (str(min_writer), "min_writer_schema"),
            ("9.0", "min_reader_app"),
            ("8.0", "min_writer_app"),
        ],
    )
    connection.commit()
    connection.close()


def test_file_from_a_newer_version_that_this_one_can_read_opens_read_only(demo_path: Path) -> None:
    _pretend_newer(demo_path, min_reader=1, min_writer=SCHEMA_VERSION + 3)
    before = sha256_of(demo_path)
    with CaseFile.open(demo_path) as case:
        assert case.read_only
        assert "newer Casefiles" in (case.read_only_reason or "")
        assert "8.0" in (case.read_only_reason or "")
    assert sha256_of(demo_path) == before


def test_file_from_a_newer_version_that_this_one_cannot_read_is_refused_safely(
    demo_path: Path,
) -> None:
    _pretend_newer(demo_path, min_reader=SCHEMA_VERSION + 3, min_writer=SCHEMA_VERSION + 3)
    before = folder_state(demo_path.parent)
    with pytest.raises(NewerVersion) as raised:
        CaseFile.open(demo_path)
    message = str(raised.value)
    assert "9.0" in message and "safe" in message and "not changed" in message
    assert folder_state(demo_path.parent) == before
