"""Opening a bundle for reading: the zip's safety checks, its layout, SHA256SUMS and the manifest.

Anything that makes the bundle unusable is refused here with BadBundle; whether each file's
bytes match their hashes is checked as they are read (`files`)."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casefiles.bundle import manifest as layout
from casefiles.bundle.checks import chunks, open_zip, read_member
from casefiles.bundle.errors import BadBundle
from casefiles.bundle.manifest import Manifest
from casefiles.bundle.signature import ManifestSignature, parse_signature
from casefiles.language.phrase import phrase

_SUM_LINE = re.compile(r"([0-9a-f]{64}) [ *](.+)")


@dataclass(frozen=True, slots=True)
class CheckedFile:
    name: str
    data: bytes
    sha256: str
    expected: str  # from SHA256SUMS

    @property
    def intact(self) -> bool:
        return self.sha256 == self.expected


class Bundle:
    """An open bundle whose layout and manifest are valid. Use as a context manager."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self._archive = archive
        self.members = {m.filename: m for m in archive.infolist() if not m.is_dir()}
        self.sums = _sums(self._read(layout.SUMS))
        self._check_listed()
        manifest_bytes = self._read(layout.MANIFEST)
        if hashlib.sha256(manifest_bytes).hexdigest() != self.sums[layout.MANIFEST]:
            raise BadBundle(phrase("bundle.sum_mismatch", name=layout.MANIFEST, sums=layout.SUMS))
        self.manifest: Manifest = layout.parse(manifest_bytes)
        self.manifest_sha256 = self.sums[layout.MANIFEST]
        self._check_layout()
        self.signature = self._signature()

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _read(self, name: str) -> bytes:
        member = self.members.get(name)
        if member is None:
            raise BadBundle(phrase("bundle.has_no", name=name))
        return read_member(self._archive, member)

    def _check_listed(self) -> None:
        files = set(self.members) - {layout.SUMS}
        unlisted = sorted(files - self.sums.keys())
        if unlisted:
            raise BadBundle(phrase("bundle.unlisted", name=unlisted[0], sums=layout.SUMS))
        absent = sorted(self.sums.keys() - files)
        if absent:
            raise BadBundle(phrase("bundle.listed_missing", name=absent[0], sums=layout.SUMS))

    def _check_layout(self) -> None:
        """Exactly the files the manifest lists, each with the hash and size it states; checked
        before any file is read, so an unknown file refuses the bundle at once."""
        listed = self.manifest.files
        for name, member in self.members.items():
            if name in (layout.MANIFEST, layout.SUMS, layout.SIGNATURE):
                continue
            entry = listed.get(name)
            if entry is None:
                raise BadBundle(phrase("bundle.not_in_manifest", name=name))
            if member.file_size != entry["size_bytes"]:
                raise BadBundle(phrase("bundle.wrong_size", name=name))
            if self.sums[name] != entry["sha256"]:
                raise BadBundle(phrase("bundle.sums_differ", name=name, sums=layout.SUMS))
        missing = sorted(listed.keys() - self.members.keys())
        if missing:
            raise BadBundle(phrase("bundle.missing", name=missing[0]))

    def _signature(self) -> ManifestSignature | None:
        """manifest.sig as it stands; None when the bundle has none. Whether it checks is
        bundle.verify's question."""
        if layout.SIGNATURE not in self.members:
            return None
        data = self._read(layout.SIGNATURE)
        if hashlib.sha256(data).hexdigest() != self.sums[layout.SIGNATURE]:
            raise BadBundle(phrase("bundle.sum_mismatch", name=layout.SIGNATURE, sums=layout.SUMS))
        return parse_signature(data)

    def files(self, names: list[str] | None = None) -> Iterator[CheckedFile]:
        """Each file (all listed in SHA256SUMS by default) with its real hash, read whole."""
        for name in sorted(self.sums) if names is None else names:
            digest = hashlib.sha256()
            parts = []
            for chunk in chunks(self._archive, self.members[name]):
                digest.update(chunk)
                parts.append(chunk)
            yield CheckedFile(name, b"".join(parts), digest.hexdigest(), self.sums[name])

    def original(self, name: str) -> bytes:
        """One evidence file's bytes, refused unless they match their SHA-256."""
        checked = next(self.files([name]))
        if not checked.intact:
            raise BadBundle(phrase("bundle.hash_mismatch", name=name))
        return checked.data


def open_bundle(path: Path, password: str | None = None) -> Bundle:
    archive = open_zip(path, password)
    try:
        return Bundle(path, archive)
    except BaseException:
        archive.close()
        raise


def _sums(data: bytes) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadBundle(phrase("bundle.sums_not_text", sums=layout.SUMS)) from None
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _SUM_LINE.fullmatch(line)
        if match is None:
            raise BadBundle(phrase("bundle.sums_line", number=number, sums=layout.SUMS))
        digest, name = match.groups()
        if name in sums or name == layout.SUMS:
            raise BadBundle(phrase("bundle.sums_twice", name=name, sums=layout.SUMS))
        sums[name] = digest
    if layout.MANIFEST not in sums:
        raise BadBundle(phrase("bundle.sums_no_manifest", name=layout.MANIFEST, sums=layout.SUMS))
    return sums
