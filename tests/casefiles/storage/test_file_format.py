"""What makes a file a case file, checked with nothing but files in tmp_path: each refusal in
its own words. Fast enough to run against every mutant of file_format.py (tools/mutation.sh)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from casefiles import __version__
from casefiles.errors import (
    CaseFileDamaged,
    CaseFileError,
    CaseFileMissing,
    NewerVersion,
    NotACaseFile,
    PassphraseNeeded,
    PermissionDenied,
)
from casefiles.storage.file_format import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    FileVersion,
    check_encrypted,
    check_header,
    check_structure,
    read_only_connection,
    read_version,
)
from casefiles.storage.store import CaseFile
from tests.helpers import shared_temp_dir, unprivileged

CHECKS = [check_header, check_encrypted]


@pytest.mark.parametrize("check", CHECKS)
def test_a_missing_file_is_named(check: Callable[[Path], None], tmp_path: Path) -> None:
    path = tmp_path / "Səfirlik.casefile"
    with pytest.raises(CaseFileMissing) as refused:
        check(path)
    assert str(refused.value) == f"There is no file at {path}."


@pytest.mark.parametrize("check", CHECKS)
def test_a_file_the_user_may_not_read_is_said_so(check: Callable[[Path], None]) -> None:
    with shared_temp_dir() as shared:
        path = shared / "Посольство.casefile"
        path.write_bytes(b"SQLite format 3\x00" + bytes(84))
        path.chmod(0o600)
        with unprivileged(), pytest.raises(PermissionDenied) as refused:
            check(path)
        assert str(refused.value) == f"You do not have permission to read {path}."


@pytest.mark.parametrize("check", CHECKS)
def test_a_loop_of_links_is_a_message_not_a_traceback(
    check: Callable[[Path], None], tmp_path: Path
) -> None:
    path = tmp_path / "Döngü.casefile"
    path.symlink_to(path.name)
    with pytest.raises(CaseFileDamaged) as refused:
        check(path)
    assert str(refused.value) == f"{path} cannot be read: Too many levels of symbolic links."


def test_a_file_cut_short_beside_an_empty_wal_is_damaged(
    demo_original: Path, tmp_path: Path
) -> None:
    """Only a -wal file with frames can hold the pages page 1 promises; an empty one cannot."""
    data = demo_original.read_bytes()
    path = tmp_path / "Kəsik.casefile"
    path.write_bytes(data[: len(data) // 2])
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"")
    promised = int.from_bytes(data[28:32], "big") * 65536  # pages of 64 KiB (stored as 1)
    with pytest.raises(CaseFileDamaged) as refused:
        check_header(path)
    assert str(refused.value) == (
        f"Kəsik.casefile is damaged: it is cut short ({len(data) // 2:,} of {promised:,} bytes)."
    )
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # a WAL header: its frames may follow
    check_header(path)


def _small_pages(path: Path) -> bytes:
    """A database of this app's kind (application id "CASE") with 4 KiB pages, as a copy made
    by another SQLite tool may have."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA page_size = 4096")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE t (x)")
    connection.executemany("INSERT INTO t VALUES (?)", [("Səfirlik " * 100,)] * 40)
    connection.commit()
    connection.close()
    return path.read_bytes()


def test_the_page_size_is_read_from_the_header(tmp_path: Path) -> None:
    path = tmp_path / "Kiçik.casefile"
    data = _small_pages(path)
    assert int.from_bytes(data[16:18], "big") == 4096
    check_header(path)  # whole: 4 KiB times its pages
    path.write_bytes(data[:-4096])
    pages = int.from_bytes(data[28:32], "big")
    with pytest.raises(CaseFileDamaged) as refused:
        check_header(path)
    assert str(refused.value) == (
        f"Kiçik.casefile is damaged: it is cut short ({len(data) - 4096:,} of "
        f"{4096 * pages:,} bytes)."
    )


def test_every_byte_of_the_page_count_counts(demo_original: Path, tmp_path: Path) -> None:
    """A page count past 2**24 (a forged or damaged header) is not read as a small one."""
    data = bytearray(demo_original.read_bytes())
    data[28:32] = (2**24 + 1).to_bytes(4, "big")
    path = tmp_path / "Saxta.casefile"
    path.write_bytes(bytes(data))
    with pytest.raises(CaseFileDamaged, match=r"it is cut short \("):
        check_header(path)


def test_a_new_file_says_its_versions_and_the_app_that_wrote_it(new_case: CaseFile) -> None:
    path = new_case.path
    new_case.close()
    connection = sqlite3.connect(path)
    try:
        meta = dict(connection.execute("SELECT key, value FROM casefile_meta").fetchall())
    finally:
        connection.close()
    assert {key: meta[key] for key in VERSION_KEYS} == {
        "schema_version": str(SCHEMA_VERSION),
        "min_reader_schema": "1",
        "min_writer_schema": "5",
        "min_reader_app": "0.1.0",
        "min_writer_app": "0.1.0",
        "written_by_app": __version__,
    }


VERSION_KEYS = (
    "schema_version",
    "min_reader_schema",
    "min_writer_schema",
    "min_reader_app",
    "min_writer_app",
    "written_by_app",
)


def test_a_damaged_table_is_found_not_only_a_damaged_schema(tmp_path: Path) -> None:
    """The page of one table made unreadable: sqlite_master alone still checks clean."""
    path = tmp_path / "Zədəli.casefile"
    _small_pages(path)
    connection = sqlite3.connect(path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 't'").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096] = 0xFF  # the page's type: no b-tree page has it
    path.write_bytes(bytes(data))
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA quick_check(sqlite_master)").fetchone()[0] == "ok"
        with pytest.raises(CaseFileDamaged) as refused:
            check_structure(connection, "Zədəli.casefile")
    finally:
        connection.close()
    message = str(refused.value)
    assert message.startswith("Zədəli.casefile is damaged (")
    assert message.endswith(
        "); it was not changed. Run casefiles verify on it, and work on a backup copy."
    )


def test_a_schema_sqlite_cannot_read_is_damage_in_sqlites_words(tmp_path: Path) -> None:
    path = tmp_path / "Sxem.casefile"
    _small_pages(path)
    data = bytearray(path.read_bytes())
    data[100] = 0xFF  # page 1's b-tree header: the schema itself
    path.write_bytes(bytes(data))
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(CaseFileDamaged) as refused:
            check_structure(connection, "Sxem.casefile")
    finally:
        connection.close()
    assert str(refused.value) == (
        "Sxem.casefile is damaged (database disk image is malformed); it was not changed. "
        "Run casefiles verify on it, and work on a backup copy."
    )


def test_a_table_whose_name_has_a_quote_is_checked_too(tmp_path: Path) -> None:
    path = tmp_path / "Dırnaq.casefile"
    _small_pages(path)
    connection = sqlite3.connect(path)
    try:
        connection.execute('CREATE TABLE "a""b" (x)')
        connection.commit()
        check_structure(connection, "Dırnaq.casefile")
    finally:
        connection.close()


def test_sqlites_report_of_a_damaged_table_is_quoted_by_its_first_finding(
    tmp_path: Path,
) -> None:
    """A page saying more cells than it holds: quick_check reports it under a heading."""
    path = tmp_path / "Hesabat.casefile"
    _small_pages(path)
    connection = sqlite3.connect(path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 't'").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 3 : (root - 1) * 4096 + 5] = (200).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    connection = sqlite3.connect(path)
    try:
        (report,) = connection.execute("PRAGMA quick_check(t)").fetchone()
        heading, first, *_ = report.splitlines()
        assert heading == "*** in database main ***" and first.startswith("On tree page")
        with pytest.raises(CaseFileDamaged) as refused:
            check_structure(connection, "Hesabat.casefile")
    finally:
        connection.close()
    assert str(refused.value) == (
        f"Hesabat.casefile is damaged ({first}); it was not changed. Run casefiles verify on "
        "it, and work on a backup copy."
    )


def _version_of(rows: dict[str, str]) -> FileVersion:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE casefile_meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.executemany("INSERT INTO casefile_meta VALUES (?, ?)", rows.items())
        return read_version(connection)
    finally:
        connection.close()


def test_a_files_version_is_read_key_by_key() -> None:
    assert _version_of(
        {"schema_version": "9", "min_reader_schema": "6", "min_writer_schema": "8",
         "min_reader_app": "0.4.0", "min_writer_app": "0.5.0"}
    ) == FileVersion(schema=9, min_reader=6, min_writer=8, min_reader_app="0.4.0",
                     min_writer_app="0.5.0")  # fmt: skip


def test_an_old_file_without_its_minimums_needs_its_own_schema() -> None:
    assert _version_of({"schema_version": "2"}) == FileVersion(
        schema=2,
        min_reader=2,
        min_writer=2,
        min_reader_app="a newer version",
        min_writer_app="a newer version",
    )


def _refusal(kind: type[CaseFileError], check: Callable[[Path], object], path: Path) -> str:
    with pytest.raises(kind) as refused:
        check(path)
    return str(refused.value)


def test_each_file_that_is_no_case_file_is_refused_by_its_header_in_words(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "Boş.casefile"
    empty.write_bytes(b"")
    assert _refusal(NotACaseFile, check_header, empty) == "Boş.casefile is empty, not a case file."
    letter = tmp_path / "Məktub.casefile"
    letter.write_text("Hörmətli həmkarlar — уважаемые коллеги", encoding="utf-8")
    assert _refusal(NotACaseFile, check_header, letter) == (
        "Məktub.casefile is not a case file (it is not a Casefiles database)."
    )
    sealed = tmp_path / "Şifrəli.casefile"
    sealed.write_bytes(os.urandom(2 * 65536))  # whole pages that are not SQLite's: encrypted
    assert _refusal(PassphraseNeeded, check_header, sealed) == (
        "Şifrəli.casefile is encrypted: it needs its passphrase."
    )
    short = tmp_path / "Qısa.casefile"
    short.write_bytes(SQLITE_MAGIC + bytes(40))
    assert _refusal(CaseFileDamaged, check_header, short) == (
        "Qısa.casefile is damaged: it is cut short."
    )
    other = tmp_path / "Kontaktlar.casefile"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    assert _refusal(NotACaseFile, check_header, other) == (
        "Kontaktlar.casefile is a database of another program, not a case file."
    )
    folder = tmp_path / "Qovluq.casefile"
    folder.mkdir()
    for check in CHECKS:
        assert _refusal(NotACaseFile, check, folder) == f"{folder} is a folder, not a case file."
    plain = tmp_path / "Açıq.casefile"
    _small_pages(plain)
    assert _refusal(NotACaseFile, check_encrypted, plain) == (
        "Açıq.casefile is not an encrypted case file."
    )


def _read(path: Path) -> None:
    with read_only_connection(path):
        pass


def _ours(path: Path, *rows: tuple[str, str]) -> None:
    """A database with this app's application id and the version rows given."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE casefile_meta (key TEXT PRIMARY KEY, value TEXT)")
    connection.executemany("INSERT INTO casefile_meta VALUES (?, ?)", rows)
    connection.commit()
    connection.close()


def test_a_database_of_ours_without_its_version_is_not_a_complete_case_file(
    tmp_path: Path,
) -> None:
    bare = tmp_path / "Yarımçıq.casefile"
    _small_pages(bare)  # no casefile_meta table at all
    keyless = tmp_path / "Açarsız.casefile"
    _ours(keyless, ("min_reader_schema", "1"))
    wordy = tmp_path / "Sözlü.casefile"
    _ours(wordy, ("schema_version", "beş"))
    for path in (bare, keyless, wordy):
        assert _refusal(NotACaseFile, _read, path) == (f"{path.name} is not a complete case file.")


def test_a_file_of_a_newer_casefiles_names_the_version_it_needs(tmp_path: Path) -> None:
    path = tmp_path / "Gələcək.casefile"
    _ours(path, ("schema_version", "99"), ("min_reader_schema", str(SCHEMA_VERSION + 1)),
          ("min_reader_app", "9.0"))  # fmt: skip
    before = path.read_bytes()
    assert _refusal(NewerVersion, _read, path) == (
        "Gələcək.casefile was written by a newer Casefiles and needs version 9.0 or later to "
        "open; the file was not changed and its data is safe."
    )
    assert path.read_bytes() == before
    _ours(readable := tmp_path / "Bu gün.casefile", ("schema_version", "99"),
          ("min_reader_schema", str(SCHEMA_VERSION)))  # fmt: skip
    with read_only_connection(readable) as (_, version):
        assert version.schema == 99


def test_a_version_table_sqlite_cannot_read_is_damage_in_sqlites_words(tmp_path: Path) -> None:
    path = tmp_path / "Pozuq.casefile"
    _ours(path, ("schema_version", "5"))
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'casefile_meta'"
    ).fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size] = 0xFF  # the page's type: no b-tree page has it
    path.write_bytes(bytes(data))
    assert _refusal(CaseFileDamaged, _read, path) == (
        "Pozuq.casefile is damaged: database disk image is malformed."
    )
