"""Thumbnails and previews, made after the originals are safe: a queue that decodes on every
core (processes, since decoding holds the GIL for much of its time) and writes each photo's
derived images with an audit entry of its own that records their SHA-256 (a few photos share a
commit: `derive_pending`).

There is no queue table: a photo without derived images and without a recorded failure is
pending, so a queue stopped by a crash, a cancel or a closed window resumes at the next run.
A photo whose images cannot be made keeps its reason (`derivation_error`, audited) and is not
tried again. Processes are started with "spawn" on every platform (a fork of a process with
Qt or SQLite threads is unsafe); the frozen build calls multiprocessing.freeze_support().

Each process reads the original it decodes from the case file itself (`derivation_process`).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, exists, func, insert, select
from sqlalchemy.orm import Session, aliased

from casefiles.integrity import audit
from casefiles.language.catalogue import Phrases
from casefiles.photos.camera_preview import HEAD_BYTES
from casefiles.photos.camera_preview import camera_preview as embedded_preview
from casefiles.photos.derived_images import (
    NO_MEMORY,
    DerivationFailed,
    Derived,
    turned,
)
from casefiles.photos.photo_metadata import REASON_KEYS
from casefiles.progress import Cancelled, Progress
from casefiles.services import _common as common
from casefiles.services import derivation_process, evidence_reading
from casefiles.services import evidence_records as records
from casefiles.storage.models import (
    DERIVED_HASHES,
    Blob,
    DerivedImage,
    EvidenceItem,
    PhotoView,
    derived_hashes,
)
from casefiles.storage.store import CaseFile

T = TypeVar("T")
# (photos done, photos in all): "in all" grows while an import is still adding photos.
PER_WORKER = 2  # photos sent ahead to each process: bounds memory to a few photos each
HELD = 16  # while an import runs: photos sent ahead, and pictures held then written together
WORKER_STOPPED = "the process making it stopped (the image may need more memory than there is)"
# Why no picture was made: stored in English (audited), said by its catalogue key.
FAILURE_KEYS: dict[str, str] = {
    **REASON_KEYS,
    NO_MEMORY: "derivation.no_memory",
    WORKER_STOPPED: "derivation.worker_stopped",
}
_IDLE_WAIT_S = 0.05


def failure_words(reason: str, phrases: Phrases) -> str:
    """A photo's stored `derivation_error` in `phrases`' language; as stored when the core
    has no words for it (a reason written by another version)."""
    key = FAILURE_KEYS.get(reason)
    return reason if key is None else phrases(key)


@dataclass(frozen=True, slots=True)
class DerivationRun:
    """What one run of the queue did; `left` photos are still pending (it was cancelled)."""

    made: int = 0
    failed: int = 0
    left: int = 0


def workers() -> int:
    return max(1, os.cpu_count() or 1)


@contextmanager
def process_pool(count: int | None = None) -> Iterator[ProcessPoolExecutor]:
    """Processes of one's own that decode; shut down without starting photos left waiting."""
    pool = _new_pool(count)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(count: int | None = None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=count or workers(),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=derivation_process.start,
        initargs=(os.getpid(),),
    )


class _SharedPool:
    """One pool for the process, started at first use: starting processes costs more than a
    photo takes, and the app derives after every import. Idle processes only wait."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def get(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None or getattr(self._pool, "_broken", False):
                self._pool = _new_pool()
            return self._pool


_shared = _SharedPool()
_TWIN = aliased(EvidenceItem)
# Another item of the same original has its pictures. Built once: an alias's columns cost
# SQLAlchemy more to set up than the query takes to run.
_HAS_TWIN = exists().where(
    DerivedImage.evidence_id == _TWIN.id,
    _TWIN.sha256 == EvidenceItem.sha256,
    _TWIN.id != EvidenceItem.id,
)


def is_pending() -> ColumnElement[bool]:
    has_derived = exists().where(DerivedImage.evidence_id == EvidenceItem.id)
    return EvidenceItem.derivation_error.is_(None) & ~has_derived


def pending_count(case: CaseFile) -> int:
    with case.reading() as session:
        return session.scalar(select(func.count()).where(is_pending())) or 0


def pending_uuids(case: CaseFile) -> list[str]:
    """The photos whose thumbnail and preview are still to be made, in import order."""
    with case.reading() as session:
        query = select(EvidenceItem.uuid).where(is_pending()).order_by(EvidenceItem.id)
        return list(session.scalars(query))


def places_in_queue(case: CaseFile) -> dict[str, int]:
    """Each pending photo's place in the queue (1 is next), in the order the queue takes them;
    the first `working_places()` are being made."""
    with case.reading() as session:
        query = select(EvidenceItem.uuid).where(is_pending()).order_by(EvidenceItem.id)
        return {uuid: place for place, uuid in enumerate(session.scalars(query), start=1)}


def working_places() -> int:
    """How many photos the queue has in the works at once."""
    return PER_WORKER * workers()


def camera_preview(case: CaseFile, uuid: str) -> bytes | None:
    """The camera's own small picture from a pending photo's EXIF, upright and turned as the
    photo is shown, to show until its thumbnail is made; None once the photo has its pictures
    (or a reason why not), or when it carries no usable one. Read from the original's first
    bytes; never stored, never a derived image."""
    with case.reading() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        if not session.scalar(select(is_pending()).where(EvidenceItem.id == item.id)):
            return None
        head = session.scalar(
            select(func.substr(Blob.data, 1, HEAD_BYTES)).where(Blob.sha256 == item.sha256)
        )
        rotation = records.display_rotation(session, item)
    picture = embedded_preview(head) if head else None
    return turned(picture, rotation) if picture is not None and rotation else picture


def derive_pending(
    case: CaseFile,
    *,
    progress: Progress | None = None,
    more_coming: Callable[[], bool] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> DerivationRun:
    """Make the derived images of every pending photo, in import order. Keeps looking while
    `more_coming()` is true (an import running beside it); stops between photos when
    `progress` raises Cancelled. Usable from a worker thread.

    Originals first: while an import runs, the pictures made are held (HELD photos at a time)
    and written together between two of its batches (the write lock serves in turn), so the
    importer waits for one such commit every HELD photos, not one a photo. Otherwise they
    are written as each round of photos sent ends (a commit per photo costs more than
    writing its pictures), or when nothing is left in the works; each photo with its own
    audit entry."""
    pool = pool or _shared.get()
    limit = PER_WORKER * workers()
    in_flight: dict[Future[tuple[Derived, Derived]], int] = {}
    finished: list[tuple[int, tuple[Derived, Derived] | str]] = []  # made, or why not
    after = 0  # the highest row id taken: pending photos are taken in id order
    made = failed = 0
    while True:
        importing = more_coming is not None and more_coming()
        # An import's writer holds the write lock for a batch of photos at a time, and storing
        # waits for it: HELD photos are sent ahead then, so that the processes keep decoding.
        ahead = HELD if importing else limit
        if len(in_flight) < ahead:
            chosen, copied = _next_originals(case, after, ahead - len(in_flight))
            made += copied
            for evidence_id, sha256 in chosen:
                after = max(after, evidence_id)
                task = pool.submit(derivation_process.derive_stored, case.path, case.key, sha256)
                in_flight[task] = evidence_id
        held = HELD if importing else limit
        if finished and (len(finished) >= held or not (importing or in_flight)):
            now_made, now_failed = _store(case, finished)
            made, failed = made + now_made, failed + now_failed
            finished.clear()
        if progress is not None:
            waiting = _count_waiting(case, after) + len(in_flight) + len(finished)
            try:
                progress(made + failed, made + failed + waiting, "")
            except Cancelled:
                for future in in_flight:
                    future.cancel()
                now_made, now_failed = _store(case, finished)  # made already: kept
                return DerivationRun(made + now_made, failed + now_failed, pending_count(case))
        if not in_flight:
            if not importing and not _count_waiting(case, after):
                return DerivationRun(made, failed)
            time.sleep(_IDLE_WAIT_S)
            continue
        done, _ = wait(in_flight, timeout=_IDLE_WAIT_S * 4, return_when=FIRST_COMPLETED)
        for future in done:
            evidence_id = in_flight.pop(future)
            try:
                finished.append((evidence_id, future.result()))
            except DerivationFailed as error:
                finished.append((evidence_id, error.reason))
            except BrokenProcessPool:
                finished.append((evidence_id, WORKER_STOPPED))


def derive_alongside(
    case: CaseFile, work: Callable[[], T], progress: Progress | None = None
) -> tuple[T, DerivationRun]:
    """Run `work()` (an import) on this thread while the queue makes derived images on every
    core beside it; return both when every photo it added has its images (or its reason)."""
    done = threading.Event()
    outcome: list[DerivationRun | BaseException] = []

    def derive() -> None:
        try:
            outcome.append(
                derive_pending(case, progress=progress, more_coming=lambda: not done.is_set())
            )
        except BaseException as error:  # reported on the calling thread
            outcome.append(error)

    worker = threading.Thread(target=derive, name="photo-derivation")
    worker.start()
    try:
        result = work()
    finally:
        done.set()
        worker.join()
    (run,) = outcome
    if isinstance(run, BaseException):
        raise run
    return result, run


def preview_source(case: CaseFile, uuids: Iterable[str]) -> Callable[[str], bytes | None]:
    """The previews a document prints, as its renderer asks for them: the stored ones, and
    at the first call those still pending made in memory on every core. Nothing is written:
    a summary may be printed from a read-only file, and must not change the fingerprint it
    prints."""
    wanted = set(uuids)
    made: dict[str, bytes] = {}
    lock = threading.Lock()
    ready = False

    def make_waiting() -> None:
        with case.reading() as session:
            query = select(EvidenceItem.uuid, EvidenceItem.sha256).where(is_pending())
            waiting = {uuid: sha256 for uuid, sha256 in session.execute(query) if uuid in wanted}
        if not waiting:
            return
        pool = _shared.get()
        futures = {
            uuid: pool.submit(derivation_process.derive_stored, case.path, case.key, sha256)
            for uuid, sha256 in waiting.items()
        }
        for uuid, future in futures.items():
            try:
                made[uuid] = future.result()[1].data
            except (DerivationFailed, BrokenProcessPool):
                continue  # printed as a photo without a picture

    def preview(uuid: str) -> bytes | None:
        nonlocal ready
        with lock:
            if not ready:
                make_waiting()
                ready = True
        if uuid not in made:
            return evidence_reading.derived_image(case, uuid, "preview")
        with case.reading() as session:
            rotation = session.scalar(
                select(PhotoView.rotation)
                .join(EvidenceItem, EvidenceItem.id == PhotoView.evidence_id)
                .where(EvidenceItem.uuid == uuid)
            )
        return turned(made[uuid], rotation) if rotation else made[uuid]

    return preview


def _next_originals(case: CaseFile, after: int, count: int) -> tuple[list[tuple[int, str]], int]:
    """Up to `count` pending photos after row `after`, each with its original's SHA-256; and
    how many were settled on the way without a decode (a twin's pictures copied). Twins are
    found in the same read (indexed), so the common case, no twin, takes no write lock."""
    with case.reading() as session:
        query = (
            select(EvidenceItem.id, EvidenceItem.sha256, _HAS_TWIN)
            .where(is_pending(), EvidenceItem.id > after)
            .order_by(EvidenceItem.id)
            .limit(count)
        )
        rows = list(session.execute(query))
    chosen: list[tuple[int, str]] = []
    for evidence_id, sha256, twinned in rows:
        if twinned:
            _copy_from_twin(case, evidence_id, sha256)
        else:
            chosen.append((evidence_id, sha256))
    return chosen, len(rows) - len(chosen)


def _count_waiting(case: CaseFile, after: int) -> int:
    with case.reading() as session:
        query = select(func.count()).where(is_pending(), EvidenceItem.id > after)
        return session.scalar(query) or 0


def _copy_from_twin(case: CaseFile, evidence_id: int, sha256: str) -> None:
    """Another item of the same original has its pictures: copy them."""
    twins = (
        select(DerivedImage)
        .join(EvidenceItem, EvidenceItem.id == DerivedImage.evidence_id)
        .where(EvidenceItem.sha256 == sha256, EvidenceItem.id != evidence_id)
    )
    with case.transaction() as session:
        pictures = {twin.purpose: twin for twin in session.scalars(twins)}
        _write(
            session,
            case,
            evidence_id,
            [
                (purpose, Derived(d.width, d.height, d.data, d.media_type))
                for purpose, d in pictures.items()
            ],
        )


def _store(
    case: CaseFile, finished: list[tuple[int, tuple[Derived, Derived] | str]]
) -> tuple[int, int]:
    """The pictures made (or why none could be) of several photos, in one transaction:
    (made, failed)."""
    made = failed = 0
    with case.transaction() as session:
        for evidence_id, result in finished:
            if isinstance(result, str):
                _write_failure(session, case, evidence_id, result)
                failed += 1
            else:
                thumbnail, preview = result
                _write(session, case, evidence_id, [("thumbnail", thumbnail), ("preview", preview)])
                made += 1
    return made, failed


def _write(
    session: Session, case: CaseFile, evidence_id: int, pictures: list[tuple[str, Derived]]
) -> None:
    row = session.execute(
        select(EvidenceItem.uuid, EvidenceItem.sha256).where(
            EvidenceItem.id == evidence_id, is_pending()
        )
    ).one_or_none()
    if row is None:
        return  # made meanwhile (another window, another run), or gone: nothing to do
    uuid, sha256 = row
    session.execute(
        insert(DerivedImage),
        [
            {
                "evidence_id": evidence_id,
                "purpose": purpose,
                "derived_from_sha256": sha256,
                "width": derived.width,
                "height": derived.height,
                "media_type": derived.media_type,
                "data": derived.data,
            }
            for purpose, derived in pictures
        ],
    )
    # The change record_update would find between two snapshots, without taking them: a
    # pending photo has no derived images, and nothing else of it changes here.
    made = derived_hashes((purpose, derived.data) for purpose, derived in pictures)
    audit.append(
        session, case.user, "derive", EvidenceItem.audit_name, uuid, {DERIVED_HASHES: [{}, made]}
    )


def _write_failure(session: Session, case: CaseFile, evidence_id: int, reason: str) -> None:
    item = session.get(EvidenceItem, evidence_id)
    if item is None or item.derivation_error is not None:
        return
    before = item.snapshot()
    item.derivation_error = reason
    audit.record_update(session, case.user, item, before, "derive")
