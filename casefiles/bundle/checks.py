"""Safety checks of a bundle's zip, made before anything in it is used: names that could escape
a folder, links and other special files, zip bombs (declared and real sizes, compression
ratio, overlapping entries, total size, number of files)."""

from __future__ import annotations

import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pyzipper

from casefiles.bundle.errors import BadBundle
from casefiles.errors import CaseFileMissing, PassphraseNeeded, PermissionDenied, WrongPassphrase
from casefiles.language.phrase import Phrase, phrase
from casefiles.storage.file_reading import NotAFile, open_regular

MiB = 1024 * 1024
MAX_MEMBERS = 50_000
MAX_MEMBER_BYTES = 512 * MiB
MAX_TOTAL_BYTES = 64 * 1024 * MiB
# Photos hardly compress and text about 10:1; only a bomb goes past 100:1 at this size.
MAX_RATIO = 100
RATIO_FLOOR = MiB
MAX_NAME_BYTES = 1024
CHUNK = MiB
_LOCAL_HEADER = 30  # fixed part of a local file header, before its name and extra field
_DRIVE = re.compile(r"^[A-Za-z]:")

# What zipfile raises on damaged archives, besides its own BadZipFile.
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    struct.error,
    NotImplementedError,
    IndexError,
    KeyError,
    OverflowError,
    # pyzipper (encrypted bundles): its own zip errors, and RuntimeError for a bad HMAC.
    pyzipper.BadZipFile,
    pyzipper.LargeZipFile,
    RuntimeError,
)


class _OwnZip(zipfile.ZipFile):
    """A zip read from a file it opened itself: closing the zip closes the file."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle  # first: a failed __init__ still runs close() when collected
        super().__init__(handle)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._handle.close()


class _OwnAESZip(pyzipper.AESZipFile):
    """An encrypted (WinZip AES) zip read from a file it opened itself, like _OwnZip."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        super().__init__(handle)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._handle.close()


def open_zip(path: Path, password: str | None = None) -> zipfile.ZipFile:
    """Open a bundle's zip and check every entry's name, kind and sizes, or refuse it. Only a
    regular file is opened: a FIFO or a device named x.zip would hang the reader. An
    encrypted bundle (WinZip AES) needs its `password`."""
    try:
        handle = open_regular(path)
    except FileNotFoundError:
        raise CaseFileMissing(phrase("open.missing", path=str(path))) from None
    except PermissionError:
        raise PermissionDenied(phrase("open.no_permission", path=str(path))) from None
    except NotAFile as error:
        raise BadBundle(phrase("bundle.not_a_bundle", path=path, kind=error.kind_phrase)) from None
    except OSError as error:
        raise BadBundle(
            phrase("bundle.cannot_read", name=path.name, error=error.strerror)
        ) from None
    try:
        archive: zipfile.ZipFile = _OwnZip(handle)
        if _encrypted(archive):
            archive.close()
            archive = _open_encrypted(path, password)
    except ZIP_ERRORS:
        handle.close()
        raise BadBundle(phrase("bundle.not_zip", name=path.name)) from None
    try:
        check_members(archive)
    except BaseException:
        archive.close()
        raise
    return archive


def is_encrypted_bundle(path: Path) -> bool:
    """Whether the zip at `path` holds encrypted entries (False for anything unreadable)."""
    try:
        with _OwnZip(open_regular(path)) as archive:
            return _encrypted(archive)
    except ZIP_ERRORS:
        return False
    except (OSError, NotAFile):  # open_zip says what is wrong with it
        return False


def _encrypted(archive: zipfile.ZipFile) -> bool:
    """Every entry encrypted: an encrypted bundle (one with only some is refused as forged)."""
    members = [m for m in archive.infolist() if not m.is_dir()]
    return bool(members) and all(member.flag_bits & 0x1 for member in members)


def _open_encrypted(path: Path, password: str | None) -> zipfile.ZipFile:
    """The AES zip, with its password checked on its first entry (WinZip AES keeps a check
    value for that)."""
    if not password:
        raise PassphraseNeeded(phrase("bundle.needs_passphrase", name=path.name))
    archive = _OwnAESZip(open_regular(path))
    archive.setpassword(password.encode("utf-8"))
    members = [m for m in archive.infolist() if not m.is_dir()]
    if not all(
        m.flag_bits & 0x1 and getattr(m, "wz_aes_vendor_id", None) == b"AE" for m in members
    ):
        archive.close()
        raise BadBundle(phrase("bundle.mixed", name=path.name))
    try:
        if members:
            archive.open(members[0]).close()
    except RuntimeError:
        archive.close()
        raise WrongPassphrase(phrase("bundle.wrong_passphrase", name=path.name)) from None
    return archive


def check_members(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if not members:
        raise BadBundle(phrase("bundle.empty"))
    # An encrypted bundle's entries are all WinZip AES (none added in clear); checked on open.
    encrypted = isinstance(archive, pyzipper.AESZipFile)
    if len(members) > MAX_MEMBERS:
        raise BadBundle(phrase("bundle.too_many", limit=MAX_MEMBERS))
    seen: set[str] = set()
    total = 0
    for member in members:
        name = member.filename
        problem = name_problem(name)
        if problem is not None:
            raise BadBundle(phrase("bundle.bad_name", name=repr(name), problem=problem))
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            raise BadBundle(phrase("bundle.twice", name=repr(name)))
        seen.add(folded)
        _check_kind(member, encrypted)
        total += member.file_size
        _check_sizes(member, total)
    _check_no_overlap(members, archive.start_dir)  # where the entries' data must end


def name_problem(name: str) -> Phrase | None:
    """Why a zip entry's name is unsafe, or None."""
    if not name:
        return phrase("bundle.name.none")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return phrase("bundle.name.control")
    if "\\" in name:
        return phrase("bundle.name.backslash")
    if name.startswith("/") or _DRIVE.match(name):
        return phrase("bundle.name.absolute")
    if ":" in name:
        return phrase("bundle.name.colon")
    if any(part in ("", ".", "..") for part in name.removesuffix("/").split("/")):
        return phrase("bundle.name.outside")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return phrase("bundle.name.long")
    return None


def _check_kind(member: zipfile.ZipInfo, encrypted: bool) -> None:
    name = member.filename
    if member.flag_bits & 0x1 and not encrypted:
        raise BadBundle(phrase("bundle.encrypted_entry", name=repr(name)))
    if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BadBundle(phrase("bundle.compression", name=repr(name)))
    kind = stat.S_IFMT(member.external_attr >> 16)
    if kind == stat.S_IFLNK:
        raise BadBundle(phrase("bundle.link", name=repr(name)))
    allowed = (0, stat.S_IFDIR) if member.is_dir() else (0, stat.S_IFREG)
    if kind not in allowed:
        raise BadBundle(phrase("bundle.not_plain", name=repr(name)))
    if member.is_dir() and member.file_size:
        raise BadBundle(phrase("bundle.folder_content", name=repr(name)))


def _aes_overhead(member: zipfile.ZipInfo) -> int:
    """WinZip AES adds a salt (8, 12 or 16 bytes by key length), a 2-byte check and a 10-byte
    authentication code to each encrypted entry."""
    if not member.flag_bits & 0x1:
        return 0
    return {1: 8, 2: 12, 3: 16}.get(getattr(member, "wz_aes_strength", 3), 16) + 2 + 10


def _check_sizes(member: zipfile.ZipInfo, total: int) -> None:
    name, size, packed = member.filename, member.file_size, member.compress_size
    if size > MAX_MEMBER_BYTES:
        raise BadBundle(phrase("bundle.entry_too_large", name=repr(name), limit=MAX_MEMBER_BYTES))
    if total > MAX_TOTAL_BYTES:
        raise BadBundle(phrase("bundle.total_too_large", limit=MAX_TOTAL_BYTES))
    if member.compress_type == zipfile.ZIP_STORED and packed != size + _aes_overhead(member):
        raise BadBundle(phrase("bundle.two_sizes", name=repr(name)))
    if size > RATIO_FLOOR and size > MAX_RATIO * max(packed, 1):
        raise BadBundle(phrase("bundle.ratio", name=repr(name), ratio=MAX_RATIO))


def _check_no_overlap(members: list[zipfile.ZipInfo], end_of_data: int) -> None:
    """Entries whose data overlap let a small zip expand to many large files (a zip bomb)."""
    ordered = sorted(members, key=lambda m: m.header_offset)
    for current, following in zip(ordered, [*ordered[1:], None], strict=True):
        # zipfile decoded the name from these bytes, so encoding it back always succeeds.
        encoding = "utf-8" if current.flag_bits & 0x800 else "cp437"
        name_length = len(current.orig_filename.encode(encoding))
        end = current.header_offset + _LOCAL_HEADER + name_length + current.compress_size
        limit = end_of_data if following is None else following.header_offset
        if end > limit:
            raise BadBundle(phrase("bundle.overlap", name=repr(current.filename)))


def chunks(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's bytes, checked against its declared size and CRC as they are read."""
    name, expected, seen = member.filename, member.file_size, 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(CHUNK):
                seen += len(chunk)
                if seen > expected:
                    raise BadBundle(phrase("bundle.larger_than_declared", name=repr(name)))
                yield chunk
    except BadBundle:
        raise
    except ZIP_ERRORS:
        raise BadBundle(phrase("bundle.not_whole", name=repr(name))) from None
    if seen != expected:
        raise BadBundle(phrase("bundle.shorter", name=repr(name)))


def read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    return b"".join(chunks(archive, member))
