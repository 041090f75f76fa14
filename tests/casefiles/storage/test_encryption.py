"""Encrypted case files: opening, telling files apart, wrong passphrases, conversions."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from casefiles.errors import (
    AlreadyExists,
    CaseFileLocked,
    NotACaseFile,
    PassphraseNeeded,
    WrongPassphrase,
)
from casefiles.services import incidents, sites
from casefiles.services.mission import create_case_file
from casefiles.storage import encryption, file_format
from casefiles.storage.encryption import CaseKey, KeyForgotten
from casefiles.storage.encryption_copies import change_passphrase, convert
from casefiles.storage.file_format import APPLICATION_ID, SQLITE_MAGIC, probe
from casefiles.storage.locking import WriterLock
from casefiles.storage.store import CaseFile
from tests.helpers import folder_state, sha256_of

PASSPHRASE = "Qışda şəhər — зимове місто 2025"
TITLE = "Raket zərbəsi səfirliyə — ракетний удар по посольству"


def _encrypted_case(path: Path, passphrase: str = PASSPHRASE) -> str:
    """An encrypted case file with one incident; its fingerprint."""
    with create_case_file(
        path, "Azərbaycan Səfirliyi", key=encryption.new_key(passphrase), timezone="Europe/Kyiv"
    ) as case:
        site = sites.create(case, kind="chancery", name="Səfirlik binası")
        incidents.create(case, title=TITLE, site=site.uuid, span="2025-11-14 night")
        return case.fingerprint()


def test_encrypted_case_reopens_with_its_passphrase_and_keeps_the_storage_settings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Səfirlik.casefile"
    fingerprint = _encrypted_case(path)

    key = file_format.unlock(path, PASSPHRASE)
    with CaseFile.open(path, key=key) as case:
        assert case.encrypted
        assert [i.title for i in incidents.list_incidents(case)] == [TITLE]
        assert case.fingerprint() == fingerprint
        with case.reading() as session:
            connection = session.connection()
            assert int(connection.exec_driver_sql("PRAGMA page_size").scalar()) == 65536
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert int(connection.exec_driver_sql("PRAGMA synchronous").scalar()) == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    assert path.read_bytes()[:16] == key.salt  # the salt opens the file, nothing else readable


def test_any_sqlcipher_4_tool_opens_it_with_the_passphrase(tmp_path: Path) -> None:
    """The key is derived as SQLCipher 4 derives it (PBKDF2-HMAC-SHA512, 256,000 rounds)."""
    path = tmp_path / "c.casefile"
    _encrypted_case(path)
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
        connection.execute("PRAGMA cipher_page_size = 65536")
        assert connection.execute("SELECT title FROM incidents").fetchall() == [(TITLE,)]
        assert connection.execute("PRAGMA kdf_iter").fetchone() == ("256000",)
    finally:
        connection.close()


def test_encrypted_foreign_and_plain_files_are_told_apart(tmp_path: Path) -> None:
    encrypted = tmp_path / "encrypted.casefile"
    _encrypted_case(encrypted)
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        probe(encrypted)

    text = tmp_path / "notes.casefile"
    text.write_text("Bakı " * 40_000, encoding="utf-8")
    archive = tmp_path / "bundle.casefile"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a.txt", "x" * 70_000)
    odd_size = tmp_path / "random-odd.casefile"
    odd_size.write_bytes(os.urandom(65536 + 100))
    for foreign in (text, archive, odd_size):
        with pytest.raises(NotACaseFile):
            probe(foreign)
        with pytest.raises(NotACaseFile):
            file_format.unlock(foreign, PASSPHRASE)

    # Whole pages of random bytes cannot be told from an encrypted case file without a
    # passphrase, by design; with one, they are refused as not opening.
    random_pages = tmp_path / "random.casefile"
    random_pages.write_bytes(os.urandom(2 * 65536))
    with pytest.raises(PassphraseNeeded):
        probe(random_pages)
    with pytest.raises(WrongPassphrase, match="or it is not an encrypted case file"):
        file_format.unlock(random_pages, PASSPHRASE)

    plain = tmp_path / "plain.casefile"
    create_case_file(plain, "Plain").close()
    assert probe(plain).schema >= 1  # still checked by its header, no passphrase asked
    with pytest.raises(NotACaseFile, match="not an encrypted case file"):
        file_format.unlock(plain, PASSPHRASE)


def test_wrong_passphrase_is_refused_and_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.casefile"
    _encrypted_case(path)
    before = folder_state(tmp_path)
    mtime = path.stat().st_mtime_ns
    for wrong in ("qışda şəhər", PASSPHRASE + " ", "x"):
        with pytest.raises(WrongPassphrase, match=r"does not open c\.casefile"):
            file_format.unlock(path, wrong)
    assert folder_state(tmp_path) == before
    assert path.stat().st_mtime_ns == mtime


def test_another_programs_encrypted_database_is_not_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    key = encryption.new_key(PASSPHRASE)
    connection = encryption.connect(path, key)
    connection.execute("CREATE TABLE casefile_meta (key TEXT, value TEXT)")
    connection.execute("INSERT INTO casefile_meta VALUES ('schema_version', '2')")
    connection.commit()
    connection.close()
    with pytest.raises(NotACaseFile, match="another program"):
        file_format.unlock(path, PASSPHRASE)


def test_a_forgotten_key_opens_nothing() -> None:
    key = encryption.derive_key(PASSPHRASE, bytes(16))
    assert "x'" in key.pragma_value()
    key.forget()
    assert key.forgotten
    with pytest.raises(KeyForgotten):
        key.pragma_value()
    assert "x'" not in repr(key)


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(PassphraseNeeded, match="empty"):
        encryption.new_key("")


def test_encrypt_then_decrypt_through_checked_copies_keeps_everything(tmp_path: Path) -> None:
    plain = tmp_path / "plain.casefile"
    with create_case_file(plain, "Səfirlik", timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Bina")
        incidents.create(case, title=TITLE, site=site.uuid, span="2025-11-14")
        fingerprint = case.fingerprint()
    plain_hash = sha256_of(plain)

    encrypted = tmp_path / "encrypted.casefile"
    key = encryption.new_key(PASSPHRASE)
    assert convert(plain, encrypted, source_key=None, target_key=key) == fingerprint
    assert sha256_of(plain) == plain_hash
    assert not encrypted.read_bytes().startswith(SQLITE_MAGIC)
    reopened = file_format.unlock(encrypted, PASSPHRASE)
    with CaseFile.open(encrypted, key=reopened) as case:
        assert [i.title for i in incidents.list_incidents(case)] == [TITLE]
        assert case.fingerprint() == fingerprint

    decrypted = tmp_path / "decrypted.casefile"
    encrypted_hash = sha256_of(encrypted)
    assert convert(encrypted, decrypted, source_key=reopened, target_key=None) == fingerprint
    assert sha256_of(encrypted) == encrypted_hash
    assert decrypted.read_bytes().startswith(SQLITE_MAGIC)
    with CaseFile.open(decrypted) as case:
        assert case.fingerprint() == fingerprint
        assert [i.title for i in incidents.list_incidents(case)] == [TITLE]


def test_conversion_never_overwrites_and_leaves_nothing_on_a_wrong_key(tmp_path: Path) -> None:
    source = tmp_path / "c.casefile"
    _encrypted_case(source)
    taken = tmp_path / "taken.casefile"
    taken.write_text("keep", encoding="utf-8")
    right = file_format.unlock(source, PASSPHRASE)
    with pytest.raises(AlreadyExists):
        convert(source, taken, source_key=right, target_key=None)
    assert taken.read_text(encoding="utf-8") == "keep"

    wrong = CaseKey(bytes(range(32)), encryption.read_salt(source))
    before = folder_state(tmp_path)
    with pytest.raises(WrongPassphrase):
        convert(source, tmp_path / "new.casefile", source_key=wrong, target_key=None)
    assert folder_state(tmp_path) == before


def test_change_of_passphrase_replaces_the_file_with_a_checked_copy(tmp_path: Path) -> None:
    path = tmp_path / "c.casefile"
    fingerprint = _encrypted_case(path)
    old = file_format.unlock(path, PASSPHRASE)
    new = encryption.new_key("Yeni parol — новий пароль")

    assert change_passphrase(path, old, new) == fingerprint

    with pytest.raises(WrongPassphrase):
        file_format.unlock(path, PASSPHRASE)
    again = file_format.unlock(path, "Yeni parol — новий пароль")
    with CaseFile.open(path, key=again) as case:
        assert case.fingerprint() == fingerprint
        assert [i.title for i in incidents.list_incidents(case)] == [TITLE]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_change_of_passphrase_waits_for_the_writer_to_close(tmp_path: Path) -> None:
    path = tmp_path / "c.casefile"
    _encrypted_case(path)
    old = file_format.unlock(path, PASSPHRASE)
    before = sha256_of(path)
    with CaseFile.open(path, key=old), pytest.raises(CaseFileLocked, match="Close it there"):
        change_passphrase(path, old, encryption.new_key("another"))
    assert sha256_of(path) == before
    assert file_format.unlock(path, PASSPHRASE).salt == old.salt


def test_writer_lock_is_released_after_a_conversion(tmp_path: Path) -> None:
    path = tmp_path / "c.casefile"
    _encrypted_case(path)
    key = file_format.unlock(path, PASSPHRASE)
    convert(path, tmp_path / "plain.casefile", source_key=key, target_key=None)
    lock = WriterLock(path)
    lock.acquire()  # would raise CaseFileLocked if the conversion had kept it
    lock.release()


def test_an_encrypted_cases_backups_are_listed_and_restored_with_its_key(tmp_path: Path) -> None:
    from casefiles.storage.backup import automatic_backup
    from casefiles.storage.backup_listing import automatic_backups, restore_as_new_file

    path = tmp_path / "Səfirlik.casefile"
    fingerprint = _encrypted_case(path)
    key = file_format.unlock(path, PASSPHRASE)
    with CaseFile.open(path, key=key) as case:
        made = automatic_backup(case)
        assert made is not None
        entries = automatic_backups(case)
    assert [(e.path, e.fingerprint, e.problem) for e in entries] == [(made.path, fingerprint, None)]
    restored = tmp_path / "Bərpa.casefile"
    result = restore_as_new_file(made.path, restored, key)
    assert result.fingerprint == fingerprint
    assert not restored.read_bytes().startswith(SQLITE_MAGIC)  # the copy is encrypted too
    with CaseFile.open(
        restored, read_only=True, key=file_format.unlock(restored, PASSPHRASE)
    ) as copy:
        assert [i.title for i in incidents.list_incidents(copy)] == [TITLE]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_never_taken_for_an_encrypted_case_file(tmp_path: Path) -> None:
    fifo = tmp_path / "case.casefile"
    os.mkfifo(fifo)
    assert not encryption.looks_encrypted(fifo)  # returns at once: nothing waits for a writer
    with pytest.raises(NotACaseFile, match="a pipe"):
        file_format.unlock(fifo, PASSPHRASE)
