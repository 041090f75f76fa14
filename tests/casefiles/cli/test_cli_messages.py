"""Attacks that used to end in an internal error (exit 3, or a traceback): each is one line a
person can act on, exit 2 (1 for verify's findings), and the file attacked is unchanged."""

from __future__ import annotations

import sqlite3
import subprocess
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from casefiles.domain.timespan import TimeSpan, zone
from casefiles.errors import ValidationError
from casefiles.services import incidents
from casefiles.storage.file_format import APPLICATION_ID, PAGE_SIZE
from casefiles.storage.migrate import create_schema
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.casefiles.cli.test_cli import run
from tests.helpers import sha256_of

WHEN = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def assert_one_line(result: subprocess.CompletedProcess[str], words: str, code: int = 2) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr, result.stderr


def edit(path: Path, *statements: str) -> None:
    """Change the SQLite file behind the app's back."""
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


# A file with Casefiles' id and version table, and nothing else ----------------------------------


@pytest.fixture
def bare(tmp_path: Path) -> Path:
    path = tmp_path / "boş.casefile"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("CREATE TABLE casefile_meta (key TEXT PRIMARY KEY, value TEXT)")
    connection.executemany(
        "INSERT INTO casefile_meta VALUES (?, ?)",
        [("schema_version", "2"), ("min_reader_schema", "1"), ("min_writer_schema", "2")],
    )
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["incidents"],
        ["search", "strike"],
        ["export", "-o", "{out}.zip"],
        ["summary", "-o", "{out}.pdf"],
        ["backup", "-o", "{out}.casefile"],
        ["add-photos", "--incident", "KYIV-2025-004", "{photo}"],
    ],
)
def test_a_file_with_only_the_version_table_is_refused(
    bare: Path, tmp_path: Path, command: list[str]
) -> None:
    photo = factory.camera_jpeg(tmp_path / "photo.jpg", when=WHEN)
    args = [a.format(out=tmp_path / "out", photo=photo) for a in command]
    before = sha256_of(bare)
    result = run(args[0], bare, *args[1:])
    assert_one_line(result, "boş.casefile is not a complete case file: it has no")
    assert sha256_of(bare) == before
    assert not list(tmp_path.glob("out*"))


# Bundles --------------------------------------------------------------------------------------


def test_an_empty_zip_is_refused(demo_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "boş.zip"
    zipfile.ZipFile(empty, "w").close()
    before = sha256_of(demo_path)
    assert_one_line(run("import-bundle", empty, tmp_path / "new.casefile"), "zip file is empty")
    assert not (tmp_path / "new.casefile").exists()
    assert_one_line(run("import-bundle", empty, demo_path), "zip file is empty")
    assert sha256_of(demo_path) == before
    checked = run("verify", empty)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert "the zip file is empty" in checked.stdout


# Dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "day"), [("--from", "0001-01-01"), ("--to", "9999-12-31"), ("--from", "1899-12-31")]
)
def test_a_summary_period_out_of_range_is_a_message(
    demo_path: Path, tmp_path: Path, option: str, day: str
) -> None:
    result = run("summary", demo_path, "-o", tmp_path / "s.pdf", option, day)
    assert_one_line(result, f"{day}: the year must be between 1900 and 2999")
    assert not (tmp_path / "s.pdf").exists()


@pytest.mark.parametrize("when", ["0001", "0001-01-01 00:00", "9999-12-31 23:59", "9999"])
def test_an_incident_at_the_ends_of_the_calendar_is_a_validation_error(
    new_case: CaseFile, when: str
) -> None:
    from casefiles.services import sites

    site = sites.create(new_case, kind="chancery", name="Səfirlik")
    with pytest.raises(ValidationError, match="the year must be between 1900 and 2999"):
        incidents.create(new_case, title="Zərbə", site=site.uuid, span=when)
    assert incidents.list_incidents(new_case) == []


@pytest.mark.parametrize("local", [datetime(1, 1, 1, 0, 0), datetime(9999, 12, 31, 23, 59)])
def test_the_window_s_time_editor_gets_a_value_error_not_an_overflow(local: datetime) -> None:
    # The editor builds a TimeSpan itself and shows a ValueError beside the field.
    with pytest.raises(ValueError, match="the year must be between"):
        TimeSpan.at_minute(local, zone("Asia/Baku"))


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("0001-01-01T00:00:00.000000+00:00", "0001-01-01T00:01:00.000000+00:00"),
        ("9999-12-31T23:59:00.000000+00:00", "9999-12-31T23:59:59.999999+00:00"),
    ],
)
def test_an_incident_edited_to_the_ends_of_the_calendar_is_a_message(
    demo_path: Path, tmp_path: Path, start: str, end: str
) -> None:
    edit(
        demo_path,
        f"UPDATE incidents SET time_start = '{start}', time_end = '{end}' "
        "WHERE reference = 'KYIV-2024-001'",
    )
    for args in (["incidents"], ["summary", "-o", tmp_path / "s.pdf"]):
        result = run(args[0], demo_path, *args[1:])
        assert_one_line(result, "is outside the years 1900 to 2999")
    findings = run("verify", demo_path)
    assert findings.returncode == 1 and "time_start" in findings.stdout


# Time zones -----------------------------------------------------------------------------------


def test_an_unknown_mission_time_zone_is_a_message(demo_path: Path, tmp_path: Path) -> None:
    edit(demo_path, "UPDATE mission SET timezone = 'Mars/Olympus_Mons'")
    for args in (["incidents"], ["summary", "-o", tmp_path / "s.pdf"]):
        result = run(args[0], demo_path, *args[1:])
        assert_one_line(result, "'Mars/Olympus_Mons' is not a known time zone")


# Migration ------------------------------------------------------------------------------------


def test_a_failed_migration_says_the_file_was_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "Köhnə.casefile"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    create_schema(path, revision="0001")
    # Schema 2 adds the search index: a table of that name already there makes it fail.
    edit(path, "CREATE TABLE incident_search (x)")
    before = sha256_of(path)
    photo = factory.camera_jpeg(tmp_path / "photo.jpg", when=WHEN)
    result = run("add-photos", path, "--incident", "KYIV-2025-001", photo)
    assert_one_line(result, "could not be updated to this version's format")
    assert "it was not changed" in result.stderr
    assert sha256_of(path) == before
    (copy,) = tmp_path.glob("Köhnə.before-schema-*.casefile")
    assert copy.name in result.stderr


# A damaged case file is never written into -------------------------------------------------------


def test_add_photos_refuses_a_case_file_with_a_damaged_page(
    demo_path: Path, tmp_path: Path
) -> None:
    connection = sqlite3.connect(demo_path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'incidents'")
    (page,) = root.fetchone()
    connection.close()
    data = bytearray(demo_path.read_bytes())
    start = (page - 1) * PAGE_SIZE
    data[start + 8 : start + 12] = b"\xff\xf0\xff\xf0"  # the page's first cell pointers
    demo_path.write_bytes(data)
    photo = factory.camera_jpeg(tmp_path / "photo.jpg", when=WHEN)
    result = run("add-photos", demo_path, "--incident", "KYIV-2025-004", photo)
    assert_one_line(result, "demo.casefile is damaged")
    assert "it was not changed" in result.stderr
    assert demo_path.read_bytes() == data
    assert not demo_path.with_name("demo.casefile.lock").exists()
