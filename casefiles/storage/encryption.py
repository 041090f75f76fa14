"""Encrypted case files: SQLCipher 4 with the same storage settings as a plain case file.

An encrypted case file starts with its 16-byte salt; every page after that is AES-256 with an
HMAC-SHA512, so nothing in it says what it is. How a file is told apart (docs/encryption.md):

1. It starts with "SQLite format 3": a plain file, checked by its header as before.
2. Else, when it is a whole number of 64 KiB pages whose first page does not compress (random
   bytes): an encrypted case file, or some other random-looking file; only the passphrase can
   tell which. It needs a passphrase (`PassphraseNeeded`).
3. Anything else (empty, text, a zip, a photo): not a case file.

With a passphrase, SQLCipher checks page 1's HMAC: a failure is `WrongPassphrase` (a random
file of the right size fails the same way, and the message says both). A page 1 that decrypts
but has another application id is another program's encrypted database.

The key is derived once per unlock exactly as SQLCipher 4 does it (PBKDF2-HMAC-SHA512, 256,000
iterations, the file's salt) and given to each connection as a raw key, so a pool of connections
does not pay the derivation again. The file opens with the passphrase in any SQLCipher 4 tool
(`PRAGMA key = 'passphrase'; PRAGMA cipher_page_size = 65536;`).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import zlib
from pathlib import Path
from typing import Any, cast

import sqlcipher3.dbapi2 as sqlcipher

from casefiles.errors import CaseFileError, PassphraseNeeded
from casefiles.language.phrase import phrase
from casefiles.storage.file_reading import NotAFile, open_regular

KDF_ITERATIONS = 256_000  # SQLCipher 4's default (PBKDF2-HMAC-SHA512)
SALT_BYTES = 16
KEY_BYTES = 32
CIPHER_PAGE_SIZE = 65536  # the plain case file's page size; see file_format.PAGE_SIZE
# A first page of random bytes does not shrink; any structured file does, by far.
_RANDOM_COMPRESSION = 0.98
_SAMPLE_BYTES = 4096

# Both libraries' errors: a plain file is read through sqlite3, an encrypted one through
# sqlcipher3. The same file is never open in both at once (two SQLite libraries in one
# process do not see each other's POSIX locks).
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher.OperationalError,
)
DBAPI: Any = sqlcipher  # the DB-API module SQLAlchemy is given for encrypted engines


class KeyForgotten(CaseFileError):
    """The key was dropped (the case was locked); unlock again."""


class CaseKey:
    """The derived key of one encrypted case file, never the passphrase itself.

    The key bytes live in one bytearray that `forget` overwrites. Python cannot promise more:
    the hex text handed to SQLCipher for each connection is an immutable str that lives until
    the garbage collector reuses its memory, and SQLCipher keeps its own copy per connection
    until that connection is closed (it wipes it then)."""

    __slots__ = ("_key", "salt")

    def __init__(self, key: bytes | bytearray, salt: bytes) -> None:
        if len(key) != KEY_BYTES or len(salt) != SALT_BYTES:
            raise ValueError("a key is 32 bytes and a salt 16")
        self._key = bytearray(key)
        self.salt = bytes(salt)

    def pragma_value(self) -> str:
        """The raw key with its salt, as SQLCipher's PRAGMA key takes it: x'<key><salt>'."""
        if not any(self._key):
            raise KeyForgotten(phrase("key.forgotten"))
        return f"x'{self._key.hex()}{self.salt.hex()}'"

    def forget(self) -> None:
        for index in range(len(self._key)):
            self._key[index] = 0

    @property
    def forgotten(self) -> bool:
        return not any(self._key)

    def __repr__(self) -> str:  # never the key in a log or a traceback
        return "CaseKey(…)"


def derive_key(passphrase: str, salt: bytes) -> CaseKey:
    """SQLCipher 4's own derivation of a passphrase (about 0.3 s of CPU here)."""
    if not passphrase:
        raise PassphraseNeeded(phrase("key.empty"))
    secret = bytearray(passphrase.encode("utf-8"))
    try:
        return CaseKey(hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, KEY_BYTES), salt)
    finally:
        secret[:] = bytes(len(secret))


def new_key(passphrase: str) -> CaseKey:
    """The key of a new encrypted file, with a fresh random salt."""
    return derive_key(passphrase, secrets.token_bytes(SALT_BYTES))


def read_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def looks_encrypted(path: Path) -> bool:
    """Whether `path` can be an encrypted case file: whole 64 KiB pages of random bytes."""
    try:
        with open_regular(path) as handle:  # never a FIFO or a device: they would hang
            size = os.fstat(handle.fileno()).st_size
            sample = handle.read(_SAMPLE_BYTES)
    except (OSError, NotAFile):
        return False
    if size == 0 or size % CIPHER_PAGE_SIZE or len(sample) < _SAMPLE_BYTES:
        return False
    return len(zlib.compress(sample, 6)) >= len(sample) * _RANDOM_COMPRESSION


def configure(connection: Any, key: CaseKey) -> None:
    """Key a fresh SQLCipher connection; the same settings on every connection, always first."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # its errors are ours to word
    connection.execute(f'PRAGMA key = "{key.pragma_value()}"')
    connection.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")


def connect(database: str | Path, key: CaseKey | None, **options: Any) -> sqlite3.Connection:
    """A connection to a plain file (sqlite3) or, with a key, to an encrypted one (sqlcipher3,
    which has sqlite3's interface)."""
    if key is None:
        plain: sqlite3.Connection = sqlite3.connect(database, **options)
        return plain
    connection = sqlcipher.connect(str(database), **options)
    try:
        configure(connection, key)
    except BaseException:
        connection.close()
        raise
    return cast(sqlite3.Connection, connection)


def is_wrong_key(error: BaseException) -> bool:
    """SQLCipher's answer to a key that does not open page 1."""
    return isinstance(error, sqlcipher.DatabaseError) and "not a database" in str(error)


def sqlcipher_connect(uri: str, key: CaseKey | None) -> Any:
    """A SQLCipher connection even to a plain file: conversions attach one file to the other,
    and only SQLCipher's `sqlcipher_export` copies between a plain and an encrypted file."""
    connection = sqlcipher.connect(uri, uri=True)
    try:
        if key is None:
            connection.execute("PRAGMA cipher_log_level = NONE")
        else:
            configure(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def configure_attached(connection: Any, schema: str) -> None:
    """The cipher settings of a database just attached with a key, before its first page."""
    connection.execute(f"PRAGMA {schema}.cipher_page_size = {CIPHER_PAGE_SIZE}")
