"""Photo import: files into an incident (or scans of a letter into a correspondence item).

Originals first. A pipeline: worker threads read, hash and inspect the next files while the
calling thread writes the current ones. Photos are committed in small batches (at most
BATCH_FILES and about 64 MB a transaction), so a crash, a full disk or a cancel leaves every
photo wholly present or absent, while a commit's fsync and its rewritten index pages are paid
once a batch. Each file is read once, and its metadata is read from those same bytes: what is
hashed is what is inspected and stored. Original bytes go unchanged into the content-addressed
blob table. The thumbnail and preview are not made here: `photo_derivation` makes them
afterwards on every core (decoding is what costs).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections import deque
from collections.abc import Generator, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from sqlalchemy import Select, bindparam, insert, select
from sqlalchemy.orm import Session

from casefiles import clock, memory
from casefiles.domain.vocabulary import EvidenceKind
from casefiles.errors import DiskFull, NotFound
from casefiles.integrity import audit
from casefiles.language.catalogue import ENGLISH, Phrases
from casefiles.language.phrase import Phrase, phrase
from casefiles.photos.decoder_warnings import decoder_warnings
from casefiles.photos.photo_metadata import PhotoMetadata, UnsupportedImage, read_metadata
from casefiles.progress import Cancelled, Progress
from casefiles.services import _common as common
from casefiles.services import evidence_records as records
from casefiles.storage.file_reading import NotAFile, open_regular
from casefiles.storage.models import (
    Blob,
    Correspondence,
    DamageItem,
    DerivedImage,
    EvidenceItem,
    Incident,
)
from casefiles.storage.store import CaseFile

MAX_FILE_BYTES = 100 * 1024 * 1024
PREFETCH = 3  # files prepared ahead of the writer: bounds memory to a few photos
# One transaction holds at most this many files and (but for a single larger file) bytes: the
# issue's bound, so that a crash or a full disk loses at most about 64 MB of one import.
BATCH_FILES = 16
BATCH_BYTES = 64 * 1024 * 1024
# SQLite's page cache for a batch, in KiB: the whole batch. With SQLite's default (2 MB) a
# batch spilled to the -wal file as it went, and the commit then read back every frame after
# the first one written twice to checksum them again (~1 ms of the writer's CPU a photo).
BATCH_CACHE_KIB = BATCH_BYTES * 5 // 4 // 1024
Outcome = Literal["imported", "duplicate", "refused"]
_BLOBS = Blob.metadata.tables[Blob.__tablename__]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """`reason` and `warnings` are in the language the import was asked for (English for the
    command line, the interface's in the window)."""

    file: Path
    outcome: Outcome
    sha256: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    evidence_uuid: str | None = None


class ImportStopped(DiskFull):
    """The disk filled up during an import. `outcomes` has one per file: those written, and
    "not saved" for the one that failed and the rest; the message names what was not saved."""

    def __init__(self, outcomes: list[ImportOutcome], unsaved: list[Path]) -> None:
        saved = sum(o.outcome in ("imported", "duplicate") for o in outcomes)
        names = ", ".join(path.name for path in unsaved[:3])
        more = phrase("import.and_more", number=len(unsaved) - 3) if len(unsaved) > 3 else ""
        super().__init__(
            phrase("import.disk_full", len(outcomes), saved=saved, names=names, more=more)
        )
        self.outcomes = outcomes


@dataclass(frozen=True, slots=True)
class Prepared:
    """One file made ready for writing, off the writer's thread."""

    path: Path
    refusal: Phrase | None = None
    data: bytes = b""
    sha256: str = ""
    metadata: PhotoMetadata | None = None
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


def _megabytes(size: int) -> Phrase:
    return phrase("import.megabytes", amount=round(size / (1024 * 1024)))


def prepare(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Prepared:
    """Read, hash and inspect one file. Never raises for a bad file: refuses it.

    The bytes are read once, with a bound, and everything after works on them: what is
    hashed is what is inspected and stored, even if the file changes meanwhile."""
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                return Prepared(
                    path,
                    refusal=phrase(
                        "import.too_large", limit=_megabytes(max_bytes), size=_megabytes(size)
                    ),
                )
            # Its size and one byte more, to see whether it grew meanwhile (then up to the
            # limit): asking for max_bytes at once allocates 100 MB of new pages every file.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    except NotAFile as error:
        return Prepared(path, refusal=phrase("import.not_a_file", kind=error.kind_phrase))
    except FileNotFoundError:
        return Prepared(path, refusal=phrase("import.missing"))
    except PermissionError:
        return Prepared(path, refusal=phrase("import.no_permission"))
    except OSError as error:
        return Prepared(path, refusal=phrase("import.unreadable", error=error.strerror))
    if len(data) > max_bytes:  # it grew after its size was read
        return Prepared(path, refusal=phrase("import.grew", limit=_megabytes(max_bytes)))
    return prepare_bytes(path, data)


def prepare_bytes(path: Path, data: bytes) -> Prepared:
    """Hash and inspect bytes already read (named `path`), with the same refusals as a
    file: a bundle's evidence goes through the checks add-photos makes, from memory."""
    if not data:
        return Prepared(path, refusal=phrase("import.empty"))
    with decoder_warnings() as noted:
        prepared = _inspect(path, data)
    if not noted or prepared.metadata is None:
        return prepared
    # Kept with what the file said about itself (the sidecar and the viewer show it), and
    # said on this import's outcome.
    prepared.metadata.raw["decoder_warnings"] = list(noted)
    return replace(prepared, decoder_warnings=tuple(noted))


def _inspect(path: Path, data: bytes) -> Prepared:
    try:
        # Headers only: decoding the pixels is the derivation's work, done after the import.
        metadata = read_metadata(data, check_pixels=False)
    except UnsupportedImage as error:
        return Prepared(path, refusal=error.phrase)
    return Prepared(path, data=data, sha256=hashlib.sha256(data).hexdigest(), metadata=metadata)


def import_files(
    case: CaseFile,
    incident: str,
    paths: Sequence[Path],
    *,
    damage: str | None = None,
    progress: Progress | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    phrases: Phrases = ENGLISH,
) -> list[ImportOutcome]:
    """Import files and folders into an incident, optionally tied to one of its damage items.

    One outcome per file processed, in order, worded in `phrases`' language. Usable from a
    worker thread. `progress` is told each file's name once it is committed; when it raises
    Cancelled the import stops there: what was written stays (its batch's later files too, with
    their outcomes), and fewer outcomes come back."""
    with case.reading() as session:
        target = common.fetch(session, Incident, incident, what="incident")
        damage_id = None
        if damage is not None:
            item = common.fetch(session, DamageItem, damage, what="damage item")
            if item.incident_id != target.id:
                raise NotFound(phrase("not_found.damage_elsewhere"))
            damage_id = item.id
        owner = records.Owner(incident_id=target.id, damage_id=damage_id)
        setting = records.setting_of(session, target.uuid)  # each photo is checked against it
    return _import(case, owner, setting, paths, progress, max_bytes, phrases)


def import_scans(
    case: CaseFile,
    correspondence: str,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    phrases: Phrases = ENGLISH,
) -> list[ImportOutcome]:
    """Import scans or photos of a letter (a note verbale, a summons) into its correspondence
    item: the same checks, outcomes, progress and cancel as `import_files`."""
    with case.reading() as session:
        letter = common.fetch(session, Correspondence, correspondence, what="correspondence item")
        owner = records.Owner(correspondence_id=letter.id)
    return _import(case, owner, None, paths, progress, max_bytes, phrases)


def _import(
    case: CaseFile,
    owner: records.Owner,
    setting: records.Setting | None,
    paths: Sequence[Path],
    progress: Progress | None,
    max_bytes: int,
    phrases: Phrases,
) -> list[ImportOutcome]:
    files = collect_files(paths)
    if progress is not None and files:  # how many there are, before the first is written
        try:
            progress(0, len(files), files[0].name)
        except Cancelled:
            return []
    outcomes: list[ImportOutcome] = []
    stored = _stored(owner)
    # Each photo's buffers and each batch's pages serve the next; handed back at the end.
    preparing = ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1)))
    with memory.reused(), preparing as pool:
        ready = _prepared(pool, files, max_bytes)
        following = next(ready, None)
        while following is not None:
            batch: list[ImportOutcome] = []
            # Batches grow from one file (the derivation starts on the first photo at once)
            # to BATCH_FILES: a commit, its fsync and its rewritten index pages per batch.
            most = min(BATCH_FILES, max(1, len(outcomes)))
            size = 0
            try:
                with case.transaction() as session, _cached_whole(session):
                    while following is not None and len(batch) < most:
                        if batch and size + len(following.data) > BATCH_BYTES:
                            break
                        batch.append(
                            _write(session, case, owner, stored, setting, following, phrases)
                        )
                        size += len(following.data)
                        following = next(ready, None)
            except DiskFull:
                ready.close()  # the files prepared ahead are not written
                unsaved = files[len(outcomes) :]
                not_saved = phrases("import.not_saved")
                outcomes += [ImportOutcome(path, "refused", reason=not_saved) for path in unsaved]
                raise ImportStopped(outcomes, unsaved) from None
            outcomes += batch
            if progress is None:
                continue
            try:
                for done, outcome in enumerate(batch, start=len(outcomes) - len(batch) + 1):
                    progress(done, len(files), outcome.file.name)
            except Cancelled:
                ready.close()
                break
    return outcomes


def _prepared(
    pool: ThreadPoolExecutor, files: list[Path], max_bytes: int
) -> Generator[Prepared, None, None]:
    """Each file prepared, in order, by the pool's threads PREFETCH files ahead of the writer;
    closed, the files still waiting are not started."""
    pending = deque(pool.submit(prepare, path, max_bytes) for path in files[:PREFETCH])
    rest = iter(files[PREFETCH:])
    try:
        while pending:
            prepared = pending.popleft().result()
            with contextlib.suppress(StopIteration):
                pending.append(pool.submit(prepare, next(rest), max_bytes))
            yield prepared
    finally:
        for future in pending:
            future.cancel()


@contextlib.contextmanager
def _cached_whole(session: Session) -> Generator[None, None, None]:
    """A batch's pages held in memory until its commit writes them once. The connection's own
    cache size comes back before the commit, so that its pages, written, are freed: the
    pooled connection does not keep a batch's worth of memory."""
    connection = session.connection()
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BATCH_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(usual)}")


def _stored(owner: records.Owner) -> Select[str, str | None]:
    """One read per file, built once per import: whether its original is stored (a row), and
    the live item of these bytes already in `owner` (the duplicate), if any."""
    duplicate = select(EvidenceItem.uuid).where(
        EvidenceItem.sha256 == Blob.sha256, owner.holds(), EvidenceItem.deleted.is_(False)
    )
    return select(Blob.sha256, duplicate.limit(1).scalar_subquery()).where(
        Blob.sha256 == bindparam("sha256")
    )


def _write(
    session: Session,
    case: CaseFile,
    owner: records.Owner,
    stored: Select[str, str | None],
    setting: records.Setting | None,
    ready: Prepared,
    phrases: Phrases,
) -> ImportOutcome:
    """One file into the batch's transaction: its original, its row and audit entry."""
    if ready.refusal is not None or ready.metadata is None:
        reason = None if ready.refusal is None else ready.refusal.said(phrases)
        return ImportOutcome(ready.path, "refused", reason=reason)
    found = session.execute(stored, {"sha256": ready.sha256}).one_or_none()
    known_blob, existing = (False, None) if found is None else (True, found[1])
    if existing is not None:
        where = "in_incident" if owner.incident_id is not None else "in_correspondence"
        return ImportOutcome(
            ready.path,
            "duplicate",
            ready.sha256,
            reason=phrases(f"import.{where}"),
            evidence_uuid=existing,
        )
    if not known_blob:
        # Core insert: the ORM would keep the bytes in its identity map.
        session.execute(
            insert(_BLOBS),
            {"sha256": ready.sha256, "size": len(ready.data), "data": ready.data},
        )
    item = _evidence_item(case, ready, owner)
    session.add(item)
    session.flush()  # the derived images refer to its row id
    if known_blob:
        _copy_derived(session, item, ready.sha256)
    audit.record_create(session, case.user, item)  # records the derived images' hashes
    # From the row as written, against the incident read once for the whole import.
    warnings = records.item_warnings(item, setting, phrases) + tuple(
        phrases("import.decoder_warned", text=text) for text in ready.decoder_warnings
    )
    if known_blob:
        return ImportOutcome(
            ready.path,
            "duplicate",
            ready.sha256,
            reason=phrases("import.linked"),
            warnings=warnings,
            evidence_uuid=item.uuid,
        )
    return ImportOutcome(
        ready.path, "imported", ready.sha256, warnings=warnings, evidence_uuid=item.uuid
    )


def _evidence_item(case: CaseFile, ready: Prepared, owner: records.Owner) -> EvidenceItem:
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
    )


def _copy_derived(session: Session, item: EvidenceItem, sha256: str) -> None:
    """A second evidence item for known bytes shares nothing but the blob; copy its derived
    images when they are made (otherwise it waits for the derivation like any other)."""
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
