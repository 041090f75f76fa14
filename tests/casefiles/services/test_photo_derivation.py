"""The derivation queue: thumbnails and previews made after the originals are safe, on every
core; killed, cancelled or failing, the originals stay whole and the queue knows where it is."""

from __future__ import annotations

import hashlib
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PIL import Image
from sqlalchemy import text

from casefiles.errors import PassphraseNeeded
from casefiles.integrity.verify import check, verify
from casefiles.language.catalogue import Language, phrases_for
from casefiles.photos.derived_images import DerivationFailed
from casefiles.progress import Cancelled
from casefiles.services import (
    derivation_process,
    evidence_changes,
    evidence_reading,
    incidents,
    photo_derivation,
    photo_import,
    sites,
)
from casefiles.services.mission import create_case_file
from casefiles.storage import encryption
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary
from tests import photo_factory as factory
from tests.casefiles.cli.test_cli import run
from tests.faults.killing import problems

ROOT = Path(__file__).parents[3]
WHEN = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))
REFERENCE = "KYIV-2025-004"
DERIVER = """
import sys
import time
from casefiles.services import photo_derivation
from casefiles.storage.store import CaseFile
case = CaseFile.open(sys.argv[1])
photo_derivation.derive_pending(case, progress=lambda done, total, label: print(done, flush=True))
print("finished", flush=True)
"""


def _import_photos(path: Path, folder: Path, count: int) -> list[str]:
    folder.mkdir()
    for number in range(count):
        factory.camera_jpeg(
            folder / f"şəkil {number:02}.jpg", when=WHEN, size=(1400 + number, 1000)
        )
    with CaseFile.open(path) as case:
        november = incidents.get_by_reference(case, REFERENCE).uuid
        outcomes = photo_import.import_files(case, november, [folder])
        assert photo_derivation.pending_count(case) == count  # originals only, so far
    return [o.evidence_uuid or "" for o in outcomes]


def test_killed_while_deriving_then_reopened_the_queue_resumes(
    demo_path: Path, tmp_path: Path
) -> None:
    uuids = _import_photos(demo_path, tmp_path / "photos", 16)
    child = subprocess.Popen(
        [sys.executable, "-c", DERIVER, str(demo_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip().isdigit() and int(line) >= 3:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()

    assert problems(demo_path) == []  # verify passes; each photo has both pictures or neither
    with CaseFile.open(demo_path) as case:
        left = photo_derivation.pending_count(case)
        assert 0 < left <= 16 - 3
        assert check(case).pending_pictures == set(photo_derivation.pending_uuids(case))
        for uuid in uuids:  # every original intact, whatever the kill interrupted
            data = evidence_reading.original_bytes(case, uuid)
            assert evidence_reading.get(case, uuid).size_bytes == len(data)
        run_ = photo_derivation.derive_pending(case)
        assert run_ == photo_derivation.DerivationRun(made=left)
        assert photo_derivation.pending_count(case) == 0
        assert all(evidence_reading.derived_image(case, u, "thumbnail") for u in uuids)
        assert verify(case) == []


def test_cancel_stops_between_photos_and_the_rest_stay_pending(
    demo_path: Path, tmp_path: Path
) -> None:
    _import_photos(demo_path, tmp_path / "photos", 10)
    with CaseFile.open(demo_path) as case:
        seen: list[int] = []

        def progress(done: int, total: int, label: str = "") -> None:
            if seen:  # Cancel, pressed once the run has begun
                raise Cancelled
            seen.append(done)

        run_ = photo_derivation.derive_pending(case, progress=progress)
        assert run_.left == photo_derivation.pending_count(case) > 0
        assert run_.made + run_.left == 10 and run_.failed == 0
        assert verify(case) == []
        assert photo_derivation.derive_pending(case).made == run_.left
        assert photo_derivation.pending_count(case) == 0


def test_a_photo_whose_pictures_cannot_be_made_keeps_its_reason(
    demo_path: Path, tmp_path: Path
) -> None:
    cut = factory.truncated_jpeg(tmp_path / "yarımçıq — обрізане.jpg")
    with CaseFile.open(demo_path) as case:
        november = incidents.get_by_reference(case, REFERENCE).uuid
        (outcome,) = photo_import.import_files(case, november, [cut])
        assert outcome.outcome == "imported"  # the original is kept as received
        uuid = outcome.evidence_uuid or ""
        assert evidence_reading.get(case, uuid).derived_pending
        assert photo_derivation.derive_pending(case) == photo_derivation.DerivationRun(failed=1)
        record = evidence_reading.get(case, uuid)
        assert record.derivation_error == "unreadable or truncated image"
        assert not record.derived_pending
        assert evidence_reading.derived_image(case, uuid, "thumbnail") is None
        assert evidence_reading.original_bytes(case, uuid) == cut.read_bytes()
        # Not tried again at the next run; the reason is audited; nothing is "pending".
        assert photo_derivation.derive_pending(case) == photo_derivation.DerivationRun()
        with case.reading() as session:
            (changes,) = session.execute(
                text("SELECT changes FROM audit_log WHERE action = 'derive' AND entity_uuid = :u"),
                {"u": uuid},
            ).one()
        assert json.loads(changes)["derivation_error"] == [None, record.derivation_error]
        report = check(case)
        assert report.findings == [] and report.pending_pictures == frozenset()
        # On paper in the summary's language, like the placeholder in the window.
        russian = phrases_for(Language.RU)
        printed = [
            photo.no_picture
            for section in build_case_summary(case, language=Language.RU).incidents
            for photo in section.photos
            if photo.no_picture
        ]
        reason = photo_derivation.failure_words(record.derivation_error, russian)
        assert printed == [russian("photo.no_picture", reason=reason)]
        assert reason != record.derivation_error


def test_add_photos_makes_every_picture_before_it_exits(demo_path: Path, tmp_path: Path) -> None:
    good = [
        factory.camera_jpeg(tmp_path / f"вікно {n}.jpg", when=WHEN, size=(900 + n, 600))
        for n in range(3)
    ]
    cut = factory.truncated_jpeg(tmp_path / "cut.jpg")
    result = run("add-photos", demo_path, "--incident", REFERENCE, *good, cut)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "4 imported, 0 duplicate, 0 refused, of 4 files"
    assert result.stderr.strip() == (
        "casefiles: no thumbnail or preview could be made for 1 photo(s); their originals are "
        "kept, each with the reason (shown in the app and the summary)"
    )
    with CaseFile.open(demo_path, read_only=True) as case:
        assert photo_derivation.pending_count(case) == 0
        november = incidents.get_by_reference(case, REFERENCE).uuid
        shown = {
            r.original_filename: evidence_reading.derived_image(case, r.uuid, "preview") is not None
            for r in evidence_reading.list_evidence(case, november)
            if not r.original_filename.startswith(REFERENCE)  # the demo's own photos
        }
        assert shown == {f"вікно {n}.jpg": True for n in range(3)} | {"cut.jpg": False}
        assert verify(case) == []


POOL_OWNER = """
import os, sys, time
from concurrent.futures import wait
from casefiles.services import photo_derivation
pool = photo_derivation._shared.get()
wait([pool.submit(os.getpid) for _ in range(4)])
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers; it has ended all the same.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def test_the_workers_end_when_the_app_is_killed() -> None:
    """Killed (SIGKILL, a crash), the app never tells its workers to stop: they must end by
    themselves, not linger holding memory and the app's output pipes."""
    app = subprocess.Popen(
        [sys.executable, "-c", POOL_OWNER], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert app.stdout is not None
    workers = [int(pid) for pid in app.stdout.readline().split()]
    assert workers and all(_alive(pid) for pid in workers)
    app.send_signal(signal.SIGKILL)
    app.wait()
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def test_the_camera_preview_shows_while_pending_and_is_never_stored(
    demo_path: Path, tmp_path: Path
) -> None:
    magenta = (200, 30, 160)
    photo = factory.jpeg_with_camera_preview(
        tmp_path / "kamera — камера.jpg", preview_colour=magenta
    )
    with CaseFile.open(demo_path) as case:
        november = incidents.get_by_reference(case, REFERENCE).uuid
        (outcome,) = photo_import.import_files(case, november, [photo])
        uuid = outcome.evidence_uuid or ""
        fingerprint = case.fingerprint()

        shown = photo_derivation.camera_preview(case, uuid)
        assert shown is not None and _centre(shown) == pytest.approx(magenta, abs=6)
        assert evidence_reading.derived_image(case, uuid, "thumbnail") is None
        assert case.fingerprint() == fingerprint  # showing it wrote nothing
        assert check(case).pending_pictures == {uuid}  # still pending, not evidence
        evidence_changes.set_display_rotation(case, uuid, 90)
        turned = photo_derivation.camera_preview(case, uuid)
        assert turned is not None and Image.open(io.BytesIO(turned)).size == (120, 160)

        assert photo_derivation.derive_pending(case) == photo_derivation.DerivationRun(made=1)
        assert photo_derivation.camera_preview(case, uuid) is None  # the real one is made
        thumbnail = evidence_reading.derived_image(case, uuid, "thumbnail")
        assert thumbnail is not None and _centre(thumbnail) != pytest.approx(magenta, abs=6)
        assert verify(case) == []


T = TypeVar("T")


class _NotingPool(ProcessPoolExecutor):
    """The queue's own kind of pool (spawned, niced processes that read the case file), which
    notes the original of each photo sent to it."""

    def __init__(self) -> None:
        super().__init__(
            max_workers=photo_derivation.workers(),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=derivation_process.start,
            initargs=(os.getpid(),),
        )
        self.sent: list[str] = []

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        self.sent.append(args[2])  # derive_stored(path, key, sha256)
        return super().submit(fn, *args, **kwargs)


@pytest.mark.parametrize("importing", [True, False], ids=["importing", "alone"])
def test_while_an_import_runs_the_queue_sends_more_photos_ahead(
    demo_path: Path, tmp_path: Path, importing: bool
) -> None:
    """HELD photos go to the processes while an import runs (so they keep decoding while a
    store waits for the importer's batch), PER_WORKER a process otherwise (memory)."""
    ahead = photo_derivation.HELD if importing else photo_derivation.working_places()
    count = max(photo_derivation.HELD, photo_derivation.working_places()) + 3
    _import_photos(demo_path, tmp_path / "photos", count)
    originals = [  # in import order: the folder's files sorted by name
        hashlib.sha256(photo.read_bytes()).hexdigest()
        for photo in sorted((tmp_path / "photos").iterdir())
    ]
    looks = iter([importing])  # an import running at the queue's first look, ended after
    first_round: list[list[str]] = []
    with CaseFile.open(demo_path) as case, _NotingPool() as pool:

        def progress(done: int, total: int, label: str = "") -> None:
            if not first_round:
                first_round.append(list(pool.sent))

        run_ = photo_derivation.derive_pending(
            case, progress=progress, more_coming=lambda: next(looks, False), pool=pool
        )
        assert run_ == photo_derivation.DerivationRun(made=count)
        assert photo_derivation.pending_count(case) == 0
    assert first_round == [originals[:ahead]]  # the first photos, in import order
    assert sorted(pool.sent) == sorted(originals)  # then the rest, each photo once


def test_places_in_the_queue_follow_the_import_order(demo_path: Path, tmp_path: Path) -> None:
    uuids = _import_photos(demo_path, tmp_path / "photos", 5)
    with CaseFile.open(demo_path) as case:
        assert photo_derivation.places_in_queue(case) == {u: n for n, u in enumerate(uuids, 1)}
        assert photo_derivation.working_places() >= 1
        photo_derivation.derive_pending(case)
        assert photo_derivation.places_in_queue(case) == {}


def test_an_encrypted_case_files_photos_are_made_by_processes_given_its_key(
    tmp_path: Path,
) -> None:
    """The processes read each original from the file themselves: with an encrypted file they
    need its key, and forget their copy."""
    folder = tmp_path / "şəkillər"
    folder.mkdir()
    for number in range(3):
        factory.camera_jpeg(folder / f"фото {number}.jpg", when=WHEN, size=(1200 + number, 900))
    key = encryption.new_key("bərk parol — пароль")
    path = tmp_path / "Səfirlik.casefile"
    with create_case_file(path, "Səfirlik", key=key, timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Səfirlik binası")
        strike = incidents.create(case, title="Dron hücumu", site=site.uuid, span="2025-11-14")
        outcomes, run = photo_derivation.derive_alongside(
            case, lambda: photo_import.import_files(case, strike.uuid, [folder])
        )
        assert run == photo_derivation.DerivationRun(made=3)
        assert not key.forgotten  # the app's own key is untouched
        for outcome in outcomes:
            thumbnail = evidence_reading.derived_image(
                case, outcome.evidence_uuid or "", "thumbnail"
            )
            assert thumbnail is not None and thumbnail.startswith(b"\xff\xd8")
        assert check(case).findings == []
    assert not path.read_bytes().startswith(b"SQLite format 3")  # still encrypted
    # Without the key a process cannot read the original at all.
    with pytest.raises(PassphraseNeeded):
        derivation_process.derive_stored(path, None, outcomes[0].sha256 or "")


def test_a_derivation_process_reads_the_original_and_never_writes_the_file(
    demo_path: Path, tmp_path: Path
) -> None:
    """Called as a process calls it, on a closed case file: the pictures come from the stored
    original, and the file is byte for byte as it was, with no -wal or -shm left beside it."""
    photo = factory.camera_jpeg(tmp_path / "şəkil.jpg", when=WHEN, size=(1600, 1200))
    with CaseFile.open(demo_path) as case:
        november = incidents.get_by_reference(case, REFERENCE).uuid
        (outcome,) = photo_import.import_files(case, november, [photo])
    before = demo_path.read_bytes()
    siblings = sorted(p.name for p in demo_path.parent.iterdir())
    thumbnail, preview = derivation_process.derive_stored(demo_path, None, outcome.sha256 or "")
    assert (thumbnail.width, thumbnail.height) == (256, 192)
    assert (preview.width, preview.height) == (1600, 1200)
    with pytest.raises(DerivationFailed) as missing:
        derivation_process.derive_stored(demo_path, None, "0" * 64)
    assert missing.value.reason == derivation_process.NO_ORIGINAL
    assert demo_path.read_bytes() == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == siblings
    with CaseFile.open(demo_path) as case:
        assert photo_derivation.pending_count(case) == 1  # nothing was stored by the process
        assert verify(case) == []


def _centre(data: bytes) -> tuple[int, ...]:
    with Image.open(io.BytesIO(data)) as image:
        return tuple(image.convert("RGB").getpixel((image.width // 2, image.height // 2)))


def _resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmRSS for {pid}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc, Linux's /proc")
def test_an_idle_derivation_process_hands_back_the_memory_it_kept_for_the_next_photo(
    demo_path: Path, tmp_path: Path
) -> None:
    """A process keeps a photo's freed buffers for the next one (memory.reuse_freed_memory),
    and once it has had nothing to do for IDLE_GIVE_BACK_S it hands them back: the pool lives
    as long as the app."""
    photo = factory.photo_like_jpeg(tmp_path / "Xarkiv konsulluğu.jpg", megapixels=12)
    with CaseFile.open(demo_path) as case:
        november = incidents.get_by_reference(case, REFERENCE).uuid
        (outcome,) = photo_import.import_files(case, november, [photo])
    with photo_derivation.process_pool(1) as pool:
        pid = pool.submit(os.getpid).result()
        started = _resident_kib(pid)
        pool.submit(derivation_process.derive_stored, demo_path, None, outcome.sha256).result()
        kept = _resident_kib(pid)
        deadline = time.monotonic() + derivation_process.IDLE_GIVE_BACK_S + 10
        while _resident_kib(pid) > kept - 10_000 and time.monotonic() < deadline:
            time.sleep(0.2)
        given_back = _resident_kib(pid)
    assert kept > started + 20_000  # a 12-MP decode's buffers, kept
    assert given_back < kept - 10_000
