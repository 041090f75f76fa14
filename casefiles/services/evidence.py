"""Photo evidence: import into an incident (or scans of a letter into a correspondence item),
read, caption, delete, and originals out.

Import is a pipeline: worker threads read, hash, inspect and thumbnail the next files while the
calling thread writes the current one, each photo in its own transaction, so a crash or a
cancel leaves every photo wholly present or absent. Original bytes are stored unchanged in the
content-addressed blob table; thumbnails and previews are stored beside them as derived images.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, insert, select
from sqlalchemy.orm import Session

from casefiles import clock
from casefiles.domain.records import EvidenceRecord
from casefiles.domain.timespan import TimeSpan, zone
from casefiles.domain.vocabulary import EvidenceKind, Precision
from casefiles.errors import AlreadyExists, DiskFull, NotFound, PermissionDenied, ValidationError
from casefiles.integrity import audit
from casefiles.photos.decoder_warnings import decoder_warnings
from casefiles.photos.derived_images import (
    DerivationFailed,
    Derived,
    make_thumbnail_and_preview,
    turned,
)
from casefiles.photos.evidence_checks import consistency_warnings
from casefiles.photos.photo_metadata import (
    CANNOT_READ,
    NOT_SUPPORTED,
    TRUNCATED,
    PhotoMetadata,
    UnsupportedImage,
    read_metadata,
    time_is_file_date,
)
from casefiles.progress import Cancelled, Progress
from casefiles.services import _common as common
from casefiles.storage.file_reading import NotAFile, open_regular
from casefiles.storage.file_writing import SQLITE_SIDECARS
from casefiles.storage.models import (
    Blob,
    Correspondence,
    DamageItem,
    DerivedImage,
    EvidenceItem,
    Incident,
    Mission,
    PhotoView,
    Site,
)
from casefiles.storage.store import CaseFile

MAX_FILE_BYTES = 100 * 1024 * 1024
NOT_SAVED = "not saved: the disk is full"
PREFETCH = 3  # files prepared ahead of the writer: bounds memory to a few photos
Outcome = Literal["imported", "duplicate", "refused"]
Purpose = Literal["thumbnail", "preview"]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    file: Path
    outcome: Outcome
    sha256: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    evidence_uuid: str | None = None


class ImportStopped(DiskFull):
    """The disk filled up during an import. `outcomes` has one per file: those written, and
    "not saved" for the one that failed and the rest; the message names what was not saved."""

    def __init__(self, outcomes: list[ImportOutcome]) -> None:
        saved = sum(o.outcome in ("imported", "duplicate") for o in outcomes)
        unsaved = [o.file.name for o in outcomes if o.reason == NOT_SAVED]
        more = f" and {len(unsaved) - 3} more" if len(unsaved) > 3 else ""
        super().__init__(
            f"The disk is full: {saved} of {len(outcomes)} files were imported; not saved: "
            f"{', '.join(unsaved[:3])}{more}. Free some space and import those again."
        )
        self.outcomes = outcomes


@dataclass(frozen=True, slots=True)
class _Owner:
    """Where imported evidence goes: an incident (and maybe one of its damage items), or a
    correspondence item on its own (a scanned note verbale belongs to the letter)."""

    incident_id: int | None = None
    damage_id: int | None = None
    correspondence_id: int | None = None

    def holds(self) -> ColumnElement[bool]:
        """The evidence rows already in this owner, for spotting a duplicate."""
        if self.incident_id is not None:
            return EvidenceItem.incident_id == self.incident_id
        return and_(
            EvidenceItem.correspondence_id == self.correspondence_id,
            EvidenceItem.incident_id.is_(None),
        )


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One file made ready for writing, off the writer's thread."""

    path: Path
    refusal: str | None = None
    data: bytes = b""
    sha256: str = ""
    metadata: PhotoMetadata | None = None
    thumbnail: Derived | None = None
    preview: Derived | None = None
    derivation_error: str | None = None
    decoder_warnings: tuple[str, ...] = ()


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named and files inside folders named (recursively), in a stable order: as given,
    and within a folder sorted by path. Hidden files inside folders are skipped."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                (p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)),
                key=lambda p: str(p.relative_to(path)).casefold(),
            )
            found.extend(inside)
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def prepare(path: Path, max_bytes: int = MAX_FILE_BYTES) -> _Prepared:
    """Read, hash, inspect and thumbnail one file. Never raises for a bad file: refuses it.

    The bytes are read once, with a bound, and everything after works on them: what is
    hashed is what is inspected and stored, even if the file changes meanwhile."""
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                return _Prepared(
                    path,
                    refusal=f"larger than the {_megabytes(max_bytes)} limit ({_megabytes(size)})",
                )
            data = handle.read(max_bytes + 1)
    except NotAFile as error:
        return _Prepared(path, refusal=f"this is {error.kind}, not a file")
    except FileNotFoundError:
        return _Prepared(path, refusal="the file does not exist (it may have been moved)")
    except PermissionError:
        return _Prepared(path, refusal="you do not have permission to read this file")
    except OSError as error:
        return _Prepared(path, refusal=f"the file could not be read ({error.strerror})")
    if len(data) > max_bytes:  # it grew after its size was read
        return _Prepared(path, refusal=f"larger than the {_megabytes(max_bytes)} limit")
    return prepare_bytes(path, data)


def prepare_bytes(path: Path, data: bytes) -> _Prepared:
    """Inspect and thumbnail bytes already read (named `path`), with the same refusals as a
    file: a bundle's evidence goes through the checks add-photos makes, from memory."""
    if not data:
        return _Prepared(path, refusal="the file is empty (0 bytes)")
    with decoder_warnings() as noted:
        prepared = _inspect(path, data)
    if not noted or prepared.metadata is None:
        return prepared
    # Kept with what the file said about itself (the sidecar and the viewer show it), and
    # said on this import's outcome.
    prepared.metadata.raw["decoder_warnings"] = list(noted)
    return replace(
        prepared, decoder_warnings=tuple(f"The image decoder warned: {text}" for text in noted)
    )


def _inspect(path: Path, data: bytes) -> _Prepared:
    try:
        metadata = read_metadata(data, check_pixels=False)
    except UnsupportedImage as error:
        return _Prepared(path, refusal=error.reason)
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        # This decode reads every byte, so it also proves the file whole.
        thumbnail, preview = make_thumbnail_and_preview(data)
    except DerivationFailed as error:
        if error.reason in (TRUNCATED, NOT_SUPPORTED, CANNOT_READ):
            return _Prepared(path, refusal=error.reason)
        # A valid image that cannot be shrunk here (too large, out of memory) is still
        # evidence: import it with a placeholder and the reason.
        return _Prepared(
            path, data=data, sha256=sha256, metadata=metadata, derivation_error=error.reason
        )
    return _Prepared(
        path, data=data, sha256=sha256, metadata=metadata, thumbnail=thumbnail, preview=preview
    )


def import_files(
    case: CaseFile,
    incident: str,
    paths: Sequence[Path],
    *,
    damage: str | None = None,
    progress: Progress | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[ImportOutcome]:
    """Import files and folders into an incident, optionally tied to one of its damage items.

    One outcome per file processed, in order. Usable from a worker thread. `progress` is told
    each file's name once it is in; when it raises Cancelled the import stops there: what was
    written stays, and fewer outcomes come back."""
    with case.reading() as session:
        target = common.fetch(session, Incident, incident, what="incident")
        damage_id = None
        if damage is not None:
            item = common.fetch(session, DamageItem, damage, what="damage item")
            if item.incident_id != target.id:
                raise NotFound("That damage item belongs to another incident.")
            damage_id = item.id
        owner = _Owner(incident_id=target.id, damage_id=damage_id)
    return _import(case, owner, paths, progress, max_bytes)


def import_scans(
    case: CaseFile,
    correspondence: str,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[ImportOutcome]:
    """Import scans or photos of a letter (a note verbale, a summons) into its correspondence
    item: the same checks, outcomes, progress and cancel as `import_files`."""
    with case.reading() as session:
        letter = common.fetch(session, Correspondence, correspondence, what="correspondence item")
        owner = _Owner(correspondence_id=letter.id)
    return _import(case, owner, paths, progress, max_bytes)


def _import(
    case: CaseFile,
    owner: _Owner,
    paths: Sequence[Path],
    progress: Progress | None,
    max_bytes: int,
) -> list[ImportOutcome]:
    files = collect_files(paths)
    outcomes: list[ImportOutcome] = []
    with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
        pending: deque[Future[_Prepared]] = deque()
        queue = iter(files)
        for path in queue:
            pending.append(pool.submit(prepare, path, max_bytes))
            if len(pending) >= PREFETCH:
                break
        while pending:
            prepared = pending.popleft().result()
            with contextlib.suppress(StopIteration):
                pending.append(pool.submit(prepare, next(queue), max_bytes))
            try:
                outcomes.append(_write(case, owner, prepared))
            except DiskFull:
                for future in pending:
                    future.cancel()
                unsaved = files[len(outcomes) :]
                outcomes += [ImportOutcome(path, "refused", reason=NOT_SAVED) for path in unsaved]
                raise ImportStopped(outcomes) from None
            if progress is None:
                continue
            try:
                progress(len(outcomes), len(files), prepared.path.name)
            except Cancelled:
                for future in pending:
                    future.cancel()
                break
    return outcomes


def _write(case: CaseFile, owner: _Owner, ready: _Prepared) -> ImportOutcome:
    if ready.refusal is not None or ready.metadata is None:
        return ImportOutcome(ready.path, "refused", reason=ready.refusal)
    with case.transaction() as session:
        existing = session.scalar(
            select(EvidenceItem.uuid).where(
                EvidenceItem.sha256 == ready.sha256,
                owner.holds(),
                EvidenceItem.deleted.is_(False),
            )
        )
        if existing is not None:
            where = "incident" if owner.incident_id is not None else "correspondence item"
            return ImportOutcome(
                ready.path,
                "duplicate",
                ready.sha256,
                reason=f"already in this {where}",
                evidence_uuid=existing,
            )
        known_blob = session.scalar(select(Blob.sha256).where(Blob.sha256 == ready.sha256))
        if known_blob is None:
            # Core insert: the ORM would keep the bytes in its identity map.
            session.execute(
                insert(Blob).values(sha256=ready.sha256, size=len(ready.data), data=ready.data)
            )
        item = _evidence_item(case, ready, owner)
        session.add(item)
        session.flush()  # the derived images refer to its row id
        if known_blob is None:
            _store_derived(session, item, ready)
        else:
            _copy_derived(session, item, ready.sha256)
        audit.record_create(session, case.user, item)  # records the derived images' hashes
        record = _with_warnings(session, _to_record(session, item))
    warnings = record.warnings + ready.decoder_warnings
    if known_blob is not None:
        return ImportOutcome(
            ready.path,
            "duplicate",
            ready.sha256,
            reason="the same file is already in the case file; linked to it",
            warnings=warnings,
            evidence_uuid=record.uuid,
        )
    return ImportOutcome(
        ready.path, "imported", ready.sha256, warnings=warnings, evidence_uuid=record.uuid
    )


def _evidence_item(case: CaseFile, ready: _Prepared, owner: _Owner) -> EvidenceItem:
    meta = ready.metadata
    assert meta is not None
    capture = meta.capture_time.isoformat() if meta.capture_time is not None else None
    return EvidenceItem(
        kind=EvidenceKind.PHOTO,
        incident_id=owner.incident_id,
        damage_item_id=owner.damage_id,
        correspondence_id=owner.correspondence_id,
        sha256=ready.sha256,
        original_filename=ready.path.name,
        size_bytes=len(ready.data),
        media_type=meta.media_type,
        imported_at=clock.now(),
        imported_by=case.user,
        capture_time=capture,
        capture_offset_known=meta.capture_offset_known,
        gps_latitude=meta.gps_latitude,
        gps_longitude=meta.gps_longitude,
        gps_altitude=meta.gps_altitude,
        camera_make=meta.camera_make,
        camera_model=meta.camera_model,
        software=meta.software,
        orientation=meta.orientation,
        pixel_width=meta.pixel_width,
        pixel_height=meta.pixel_height,
        metadata_json=json.dumps(meta.raw, ensure_ascii=False, sort_keys=True),
        derivation_error=ready.derivation_error,
    )


def _store_derived(session: Session, item: EvidenceItem, ready: _Prepared) -> None:
    for purpose, derived in (("thumbnail", ready.thumbnail), ("preview", ready.preview)):
        if derived is None:
            continue
        session.execute(
            insert(DerivedImage).values(
                evidence_id=item.id,
                purpose=purpose,
                derived_from_sha256=ready.sha256,
                width=derived.width,
                height=derived.height,
                media_type=derived.media_type,
                data=derived.data,
            )
        )


def _copy_derived(session: Session, item: EvidenceItem, sha256: str) -> None:
    """A second evidence item for known bytes shares nothing but the blob; copy its derived."""
    source = select(DerivedImage).where(DerivedImage.derived_from_sha256 == sha256)
    seen: set[str] = set()
    for derived in session.scalars(source):
        if derived.purpose in seen:
            continue
        seen.add(derived.purpose)
        session.execute(
            insert(DerivedImage).values(
                evidence_id=item.id,
                purpose=derived.purpose,
                derived_from_sha256=sha256,
                width=derived.width,
                height=derived.height,
                media_type=derived.media_type,
                data=derived.data,
            )
        )


# Reading ---------------------------------------------------------------------------------


def list_evidence(case: CaseFile, incident: str) -> list[EvidenceRecord]:
    """The incident's evidence in import order, each with its consistency warnings."""
    with case.reading() as session:
        target = common.fetch(session, Incident, incident, what="incident")
        setting = _setting(session, incident)
        return [
            _with_warnings(session, _to_record(session, item), setting)
            for item in _live_items(session, _Owner(incident_id=target.id))
        ]


def list_scans(case: CaseFile, correspondence: str) -> list[EvidenceRecord]:
    """The scans of a correspondence item, in import order (no warnings: a letter has no
    incident time or site to check them against)."""
    with case.reading() as session:
        letter = common.fetch(session, Correspondence, correspondence, what="correspondence item")
        return [
            _to_record(session, item)
            for item in _live_items(session, _Owner(correspondence_id=letter.id))
        ]


def _live_items(session: Session, owner: _Owner) -> list[EvidenceItem]:
    """The owner's evidence that is not deleted, in import order."""
    query = select(EvidenceItem).where(owner.holds(), EvidenceItem.deleted.is_(False))
    return list(session.scalars(query.order_by(EvidenceItem.id)))


def get(case: CaseFile, uuid: str) -> EvidenceRecord:
    with case.reading() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        return _with_warnings(session, _to_record(session, item))


def metadata(case: CaseFile, uuid: str) -> dict[str, object]:
    """The full metadata the file carried, as read at import."""
    with case.reading() as session:
        return _stored_metadata(common.fetch(session, EvidenceItem, uuid, what="photo"))


def derived_image(case: CaseFile, uuid: str, purpose: Purpose) -> bytes | None:
    """The thumbnail or preview as shown (JPEG, upright, turned by the photo's display
    rotation), or None when none could be made. The stored copy is never changed."""
    with case.reading() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        data = session.scalar(
            select(DerivedImage.data).where(
                DerivedImage.evidence_id == item.id, DerivedImage.purpose == purpose
            )
        )
        rotation = _rotation(session, item)
    return turned(data, rotation) if data is not None and rotation else data


def original_bytes(case: CaseFile, uuid: str) -> bytes:
    with case.reading() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        data = session.scalar(select(Blob.data).where(Blob.sha256 == item.sha256))
        if data is None:
            raise NotFound(f"The original of {item.original_filename} is missing.")
        return data


# Changing ---------------------------------------------------------------------------------

_CAPTION = common.text(max_length=2000)


def set_caption(case: CaseFile, uuid: str, caption: str) -> EvidenceRecord:
    cleaned = common.validate({"caption": caption}, {"caption": _CAPTION})
    with case.transaction() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        common.change(case, session, item, cleaned)
        return _with_warnings(session, _to_record(session, item))


def set_damage(case: CaseFile, uuid: str, damage: str | None) -> EvidenceRecord:
    """Link the photo to one damage item of its own incident (None: to none); audited."""
    with case.transaction() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        damage_id = None
        if damage is not None:
            target = common.fetch(session, DamageItem, damage, what="damage item")
            if item.incident_id is None or target.incident_id != item.incident_id:
                raise ValidationError({"damage": "belongs to another incident than the photo"})
            if target.deleted:
                raise ValidationError({"damage": "was deleted; restore it to link photos to it"})
            damage_id = target.id
        common.change(case, session, item, {"damage_item_id": damage_id})
        return _with_warnings(session, _to_record(session, item))


ROTATIONS = (0, 90, 180, 270)


def set_display_rotation(case: CaseFile, uuid: str, degrees: int) -> EvidenceRecord:
    """Show the photo turned `degrees` clockwise from upright: a display setting kept beside
    the photo (audited), followed by its thumbnail, preview and the printed summary. The
    original and its stored derived copies are never touched."""
    if degrees not in ROTATIONS:
        raise ValidationError({"rotation": "must be 0, 90, 180 or 270 degrees"})
    with case.transaction() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        view = session.scalar(select(PhotoView).where(PhotoView.evidence_id == item.id))
        if view is None:
            common.add(case, session, PhotoView(evidence_id=item.id, rotation=degrees))
        else:
            common.change(case, session, view, {"rotation": degrees})
        return _with_warnings(session, _to_record(session, item))


def _rotation(session: Session, item: EvidenceItem) -> int:
    rotation = session.scalar(select(PhotoView.rotation).where(PhotoView.evidence_id == item.id))
    return rotation or 0


def delete(case: CaseFile, uuid: str) -> None:
    """Take the photo out of the incident. Its original stays in the file (evidence is never
    destroyed), and `restore` brings it back."""
    with case.transaction() as session:
        common.set_deleted(
            case, session, common.fetch(session, EvidenceItem, uuid, what="photo"), True
        )


def restore(case: CaseFile, uuid: str) -> None:
    with case.transaction() as session:
        common.set_deleted(
            case, session, common.fetch(session, EvidenceItem, uuid, what="photo"), False
        )


# Originals out -----------------------------------------------------------------------------


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
    record = get(case, uuid)
    data = original_bytes(case, uuid)
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise NotFound(
            f"The stored original of {record.original_filename} does not match its "
            "SHA-256; run verify on the case file."
        )
    target = _free_name(folder, record.original_filename)
    _write_new(target, data)
    side = target.with_name(target.name + ".json")
    _write_new(
        side,
        json.dumps(sidecar(record, metadata(case, uuid)), ensure_ascii=False, indent=2).encode(
            "utf-8"
        ),
    )
    return target


def export_incident(case: CaseFile, incident: str, folder: Path) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise AlreadyExists(f"{folder} is a file, not a folder; give a folder for the originals.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PermissionDenied(f"The folder {folder} cannot be made: {error.strerror}.") from None
    return [export_original(case, record.uuid, folder) for record in list_evidence(case, incident)]


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


# Records -------------------------------------------------------------------------------------


def _to_record(session: Session, item: EvidenceItem) -> EvidenceRecord:
    def uuid_of(model: type[Incident | DamageItem], row_id: int | None) -> str | None:
        return (
            None if row_id is None else session.scalar(select(model.uuid).where(model.id == row_id))
        )

    correspondence_uuid = None
    if item.correspondence_id is not None:
        correspondence_uuid = session.scalar(
            select(Correspondence.uuid).where(Correspondence.id == item.correspondence_id)
        )
    return EvidenceRecord(
        uuid=item.uuid,
        kind=EvidenceKind(item.kind),
        incident_uuid=uuid_of(Incident, item.incident_id),
        damage_uuid=uuid_of(DamageItem, item.damage_item_id),
        correspondence_uuid=correspondence_uuid,
        sha256=item.sha256,
        original_filename=item.original_filename,
        size_bytes=item.size_bytes,
        media_type=item.media_type,
        imported_at=item.imported_at,
        imported_by=item.imported_by,
        caption=item.caption,
        capture_time=item.capture_time,
        capture_offset_known=item.capture_offset_known,
        gps_latitude=item.gps_latitude,
        gps_longitude=item.gps_longitude,
        gps_altitude=item.gps_altitude,
        camera_make=item.camera_make,
        camera_model=item.camera_model,
        software=item.software,
        orientation=item.orientation,
        pixel_width=item.pixel_width,
        pixel_height=item.pixel_height,
        derivation_error=item.derivation_error,
        deleted=item.deleted,
        capture_time_is_file_date=(
            item.capture_time is not None and time_is_file_date(_stored_metadata(item))
        ),
        display_rotation=_rotation(session, item),
    )


def _stored_metadata(item: EvidenceItem) -> dict[str, Any]:
    try:
        value = json.loads(item.metadata_json or "{}")
    except ValueError:  # edited behind the app's back: verify reports it
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True, slots=True)
class _Setting:
    """What a photo's warnings are checked against: its incident's time and site."""

    span: TimeSpan
    tz: ZoneInfo
    site_position: tuple[float, float] | None
    site_name: str


def _setting(session: Session, incident_uuid: str | None) -> _Setting | None:
    if incident_uuid is None:
        return None
    incident = session.scalar(select(Incident).where(Incident.uuid == incident_uuid))
    if incident is None:
        return None
    site = session.get(Site, incident.site_id)
    position = None
    if site is not None and site.latitude is not None and site.longitude is not None:
        position = (site.latitude, site.longitude)
    return _Setting(
        span=TimeSpan(incident.time_start, incident.time_end, Precision(incident.time_precision)),
        tz=zone(session.scalar(select(Mission.timezone).limit(1)) or "UTC"),
        site_position=position,
        site_name=site.name if site else "the site",
    )


def _with_warnings(
    session: Session, record: EvidenceRecord, setting: _Setting | None = None
) -> EvidenceRecord:
    """The record with its consistency warnings; pass `setting` when checking many photos of
    one incident, so it is read once."""
    setting = setting or _setting(session, record.incident_uuid)
    if setting is None:
        return record
    gps = None
    if record.gps_latitude is not None and record.gps_longitude is not None:
        gps = (record.gps_latitude, record.gps_longitude)
    warnings = consistency_warnings(
        capture_time=record.capture_time,
        capture_offset_known=record.capture_offset_known,
        capture_time_is_file_date=record.capture_time_is_file_date,
        gps=gps,
        software=record.software,
        span=setting.span,
        tz=setting.tz,
        site_position=setting.site_position,
        site_name=setting.site_name,
    )
    return replace(record, warnings=warnings)
