"""Originals out: each photo's original, byte-identical, into a folder with a JSON sidecar of
its hash, what it said about itself and who imported it. Never overwrites a file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from casefiles.domain.records import EvidenceRecord
from casefiles.errors import AlreadyExists, NotFound, PermissionDenied
from casefiles.language.phrase import phrase
from casefiles.services import evidence_reading
from casefiles.storage.file_writing import SQLITE_SIDECARS
from casefiles.storage.store import CaseFile


def sidecar(record: EvidenceRecord, raw_metadata: dict[str, object]) -> dict[str, object]:
    """What travels beside an exported original: its hash, what it said, who imported it."""
    return {
        "sha256": record.sha256,
        "original_filename": record.original_filename,
        "size_bytes": record.size_bytes,
        "media_type": record.media_type,
        "caption": record.caption,
        "import": {
            "imported_by": record.imported_by,
            "imported_at": record.imported_at.isoformat(),
            "from_file_name": record.original_filename,
        },
        "metadata": {
            "capture_time": record.capture_time,
            "capture_offset_known": record.capture_offset_known,
            "gps_latitude": record.gps_latitude,
            "gps_longitude": record.gps_longitude,
            "gps_altitude": record.gps_altitude,
            "camera_make": record.camera_make,
            "camera_model": record.camera_model,
            "software": record.software,
            "orientation": record.orientation,
            "pixel_width": record.pixel_width,
            "pixel_height": record.pixel_height,
            "raw": raw_metadata,
        },
        "warnings": list(record.warnings),
    }


def export_original(case: CaseFile, uuid: str, folder: Path) -> Path:
    """Write the original, byte-identical, into `folder` with a sidecar `<name>.json`.
    Never overwrites: a name already taken gets a numbered suffix. Returns the file written."""
    record = evidence_reading.get(case, uuid)
    data = evidence_reading.original_bytes(case, uuid)
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise NotFound(phrase("not_found.original_changed", name=record.original_filename))
    target = _free_name(folder, record.original_filename)
    _write_new(target, data)
    side = target.with_name(target.name + ".json")
    _write_new(
        side,
        json.dumps(
            sidecar(record, evidence_reading.metadata(case, uuid)), ensure_ascii=False, indent=2
        ).encode("utf-8"),
    )
    return target


def export_incident(case: CaseFile, incident: str, folder: Path) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise AlreadyExists(phrase("write.not_a_folder", folder=str(folder)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PermissionDenied(
            phrase("write.cannot_make_folder", folder=str(folder), error=error.strerror)
        ) from None
    return [
        export_original(case, record.uuid, folder)
        for record in evidence_reading.list_evidence(case, incident)
    ]


def _free_name(folder: Path, name: str) -> Path:
    safe = Path(name).name or "photo"
    if safe.endswith(SQLITE_SIDECARS):  # beside a case file, SQLite would take it for its own
        safe += ".bin"
    candidate = folder / safe
    stem, suffix = Path(safe).stem, Path(safe).suffix
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".json").exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def _write_new(path: Path, data: bytes) -> None:
    with path.open("xb") as handle:
        handle.write(data)
