"""Building bad bundles from good ones: change files, names, headers or sizes."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SUMS = "SHA256SUMS"


def files_of(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(target: Path, files: dict[str, bytes], *, resum: bool = True) -> Path:
    """A zip of `files` in order; SHA256SUMS recomputed from them unless `resum` is false."""
    if resum:
        files = dict(files)
        files[SUMS] = "".join(
            f"{hashlib.sha256(data).hexdigest()}  {name}\n"
            for name, data in sorted(files.items())
            if name != SUMS
        ).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            stored = name.startswith("evidence/")
            archive.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return target


def rebuild(
    source: Path,
    target: Path,
    change: Callable[[dict[str, bytes]], None],
    *,
    resum: bool = True,
) -> Path:
    files = files_of(source)
    change(files)
    return write_zip(target, files, resum=resum)


def with_manifest(source: Path, target: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """The bundle with its manifest edited (and SHA256SUMS made to agree)."""

    def change(files: dict[str, bytes]) -> None:
        manifest = json.loads(files["manifest.json"])
        edit(manifest)
        files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()

    return rebuild(source, target, change)


def patch_central_directory(path: Path, name: str, **fields: int) -> None:
    """Overwrite fields of `name`'s central directory header in place: flag_bits,
    compress_size, file_size, external_attr or header_offset."""
    offsets = {"flag_bits": (8, "<H"), "compress_size": (20, "<I"), "file_size": (24, "<I"),
               "external_attr": (38, "<I"), "header_offset": (42, "<I")}  # fmt: skip
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        start = archive.start_dir  # type: ignore[attr-defined]
    position = start
    while data[position : position + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, position + 28)
        entry_name = bytes(data[position + 46 : position + 46 + name_length]).decode()
        if entry_name == name:
            for field, value in fields.items():
                offset, layout = offsets[field]
                struct.pack_into(layout, data, position + offset, value)
            path.write_bytes(bytes(data))
            return
        position += 46 + name_length + extra_length + comment_length
    raise KeyError(name)


def header_offset(path: Path, name: str) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(name).header_offset
