"""Importing photos into an incident: outcomes, metadata, derived images, warnings, export."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from casefiles.errors import NotFound
from casefiles.integrity import audit
from casefiles.integrity.verify import verify
from casefiles.progress import Cancelled
from casefiles.services import (
    evidence_changes,
    evidence_export,
    evidence_reading,
    incidents,
    photo_derivation,
    photo_import,
)
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.helpers import blob_count

KYIV_WINTER = timezone(timedelta(hours=2))
STRIKE_MORNING = datetime(2025, 11, 14, 9, 30, tzinfo=KYIV_WINTER)  # after the night of the 14th
CHANCERY = (50.4619, 30.4826, 170.0)


@pytest.fixture
def case(demo_path: Path) -> CaseFile:
    opened = CaseFile.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def november(case: CaseFile) -> str:
    """A photo-less incident at the chancery on the night of 14 November 2025."""
    strike = incidents.get_by_reference(case, "KYIV-2025-004")
    return incidents.create(
        case,
        title="Debris found the morning after",
        site=strike.site_uuid,
        span=strike.span,
        incident_type="interception_debris",
    ).uuid


def _camera_photos(
    folder: Path, name: str, count: int, size: tuple[int, int] = (200, 150)
) -> list[Path]:
    """`count` distinct camera JPEGs named `name` with their number (distinct widths make
    distinct pictures)."""
    width, height = size
    return [
        factory.camera_jpeg(folder / name.format(n), when=STRIKE_MORNING, size=(width + n, height))
        for n in range(count)
    ]


def test_a_camera_photo_is_stored_unchanged_with_what_it_says(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    photo = factory.camera_jpeg(tmp_path / "Şəkil İçəri ğ.jpg", when=STRIKE_MORNING, gps=CHANCERY)
    (outcome,) = photo_import.import_files(case, november, [photo])
    assert outcome.outcome == "imported" and outcome.reason is None
    assert evidence_reading.get(case, outcome.evidence_uuid or "").derived_pending
    assert photo_derivation.derive_pending(case) == photo_derivation.DerivationRun(made=1)
    assert outcome.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert outcome.warnings == ()
    record = evidence_reading.get(case, outcome.evidence_uuid or "")
    assert record.original_filename == "Şəkil İçəri ğ.jpg"
    assert record.imported_by == case.user and record.media_type == "image/jpeg"
    assert datetime.fromisoformat(record.capture_time or "") == STRIKE_MORNING
    assert record.capture_offset_known
    assert (record.gps_latitude, record.gps_longitude) == pytest.approx(CHANCERY[:2], abs=1e-5)
    assert record.gps_altitude == pytest.approx(170.0)
    assert (record.camera_make, record.camera_model) == ("Samsung", "SM-S918B")
    assert evidence_reading.original_bytes(case, record.uuid) == photo.read_bytes()
    assert evidence_reading.metadata(case, record.uuid)["exif"]["OffsetTimeOriginal"] == "+02:00"
    thumbnail = Image.open(
        io.BytesIO(evidence_reading.derived_image(case, record.uuid, "thumbnail") or b"")
    )
    assert max(thumbnail.size) == 256 or thumbnail.size == (640, 480)
    assert incidents.get(case, november).photo_count == 1
    assert verify(case) == []


def test_orientation_is_applied_to_derived_images_only(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    photo = factory.orientation_jpeg(tmp_path / "rotated.jpg", 6, portrait=True)
    (outcome,) = photo_import.import_files(case, november, [photo])
    photo_derivation.derive_pending(case)
    record = evidence_reading.get(case, outcome.evidence_uuid or "")
    preview = Image.open(
        io.BytesIO(evidence_reading.derived_image(case, record.uuid, "preview") or b"")
    )
    assert record.orientation == 6
    assert preview.height > preview.width  # shown upright: portrait
    assert (record.pixel_width or 0) > (record.pixel_height or 0)  # stored as the camera wrote
    assert evidence_reading.original_bytes(case, record.uuid) == photo.read_bytes()


def test_every_kind_of_file_gets_an_outcome_and_refused_ones_leave_nothing(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    folder = tmp_path / "USB Фото"
    (folder / "day two").mkdir(parents=True)
    factory.camera_jpeg(folder / "a_camera.jpg", when=STRIKE_MORNING)
    factory.heic_with_time(folder / "b_iphone.heic", STRIKE_MORNING)
    factory.png_without_metadata(folder / "c_screen.png")
    factory.truncated_jpeg(folder / "d_truncated.jpg")
    factory.empty_file(folder / "e_empty.jpg")
    factory.text_as_jpg(folder / "f_letter.jpg")
    factory.big_file(folder / "g_huge.jpg", 3 * 1024 * 1024)
    factory.camera_jpeg(folder / "day two" / "h_фото.jpg", when=STRIKE_MORNING, size=(300, 200))
    (folder / ".hidden.jpg").write_bytes(b"thumbs")
    blobs_before = blob_count(case)

    outcomes = photo_import.import_files(case, november, [folder], max_bytes=2 * 1024 * 1024)
    assert photo_derivation.derive_pending(case) == photo_derivation.DerivationRun(4, 1)

    by_name = {o.file.name: o for o in outcomes}
    assert [o.file.name for o in outcomes] == [
        "a_camera.jpg",
        "b_iphone.heic",
        "c_screen.png",
        "d_truncated.jpg",
        "h_фото.jpg",
        "e_empty.jpg",
        "f_letter.jpg",
        "g_huge.jpg",
    ]  # sorted by path: "day two/" after "d_"
    assert {n: o.outcome for n, o in by_name.items()} == {
        "a_camera.jpg": "imported",
        "b_iphone.heic": "imported",
        "c_screen.png": "imported",
        "d_truncated.jpg": "imported",  # headers whole: kept as received, without a picture
        "e_empty.jpg": "refused",
        "f_letter.jpg": "refused",
        "g_huge.jpg": "refused",
        "h_фото.jpg": "imported",
    }
    truncated = evidence_reading.get(case, by_name["d_truncated.jpg"].evidence_uuid or "")
    assert truncated.derivation_error == "unreadable or truncated image"
    assert not truncated.derived_pending
    assert evidence_reading.derived_image(case, truncated.uuid, "thumbnail") is None
    assert by_name["e_empty.jpg"].reason == "the file is empty (0 bytes)"
    assert "not an image of a supported kind" in (by_name["f_letter.jpg"].reason or "")
    assert by_name["g_huge.jpg"].reason == "larger than the 2 MB limit (3 MB)"
    assert "The file gives no capture time." in by_name["c_screen.png"].warnings
    heic = evidence_reading.get(case, by_name["b_iphone.heic"].evidence_uuid or "")
    assert heic.media_type == "image/heic"
    assert datetime.fromisoformat(heic.capture_time or "") == STRIKE_MORNING
    assert evidence_reading.derived_image(case, heic.uuid, "thumbnail") is not None
    assert blob_count(case) == blobs_before + 5
    assert len(evidence_reading.list_evidence(case, november)) == 5
    assert verify(case) == []


def _grows_once_its_size_is_read(monkeypatch: pytest.MonkeyPatch, path: Path, more: bytes) -> None:
    """Another program appends to `path` right after the import has read its size (the
    import's own os.fstat; opening the file checks its kind with another)."""

    class _AppendedAfterFstat:
        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        def fstat(self, descriptor: int) -> os.stat_result:
            size = os.fstat(descriptor)
            with path.open("ab") as writer:
                writer.write(more)
            return size

    monkeypatch.setattr(photo_import, "os", _AppendedAfterFstat())


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    photo = factory.big_file(tmp_path / "şəkil.jpg", 3 * 1024 * 1024 // 2)
    _grows_once_its_size_is_read(monkeypatch, photo, bytes(1024 * 1024))

    prepared = photo_import.prepare(photo, max_bytes=2 * 1024 * 1024)

    assert prepared.refusal is not None
    assert prepared.refusal.said() == "larger than the 2 MB limit"
    assert prepared.data == b""


def test_a_file_that_grows_within_the_limit_while_read_is_taken_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    photo = factory.camera_jpeg(tmp_path / "фото.jpg", when=STRIKE_MORNING)
    _grows_once_its_size_is_read(monkeypatch, photo, b"appended by a camera app")

    prepared = photo_import.prepare(photo)

    assert prepared.refusal is None
    assert prepared.data == photo.read_bytes()  # what is hashed and stored is all it held
    assert prepared.data.endswith(b"appended by a camera app")
    assert prepared.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()


def test_the_same_bytes_again_are_a_duplicate(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    photo = factory.camera_jpeg(tmp_path / "window.jpg", when=STRIKE_MORNING)
    copy = tmp_path / "window (copy).jpg"
    copy.write_bytes(photo.read_bytes())
    first, again = photo_import.import_files(case, november, [photo, copy])
    photo_derivation.derive_pending(case)
    assert (first.outcome, again.outcome) == ("imported", "duplicate")
    assert again.reason == "already in this incident"
    assert again.evidence_uuid == first.evidence_uuid
    elsewhere = incidents.get_by_reference(case, "KYIV-2025-003").uuid
    blobs = blob_count(case)
    (linked,) = photo_import.import_files(case, elsewhere, [copy])
    assert linked.outcome == "duplicate" and "linked" in (linked.reason or "")
    assert linked.evidence_uuid not in (None, first.evidence_uuid)
    assert blob_count(case) == blobs
    # The derived images of the known original are copied, not made again.
    assert not evidence_reading.get(case, linked.evidence_uuid or "").derived_pending
    assert evidence_reading.derived_image(case, linked.evidence_uuid or "", "thumbnail") is not None


def test_consistency_warnings(case: CaseFile, november: str, tmp_path: Path) -> None:
    edited = factory.camera_jpeg(
        tmp_path / "edited.jpg", when=STRIKE_MORNING, software="Adobe Photoshop 25.1 (Windows)"
    )
    far = factory.camera_jpeg(tmp_path / "far.jpg", when=STRIKE_MORNING, gps=(46.48, 30.72, 5.0))
    early = factory.camera_jpeg(
        tmp_path / "early.jpg",
        when=datetime(2025, 10, 1, 12, 0, tzinfo=KYIV_WINTER),
        gps=CHANCERY,
    )
    no_offset = factory.camera_jpeg(
        tmp_path / "local.jpg", when=STRIKE_MORNING.replace(tzinfo=None), offset=None, gps=None
    )
    outcomes = photo_import.import_files(case, november, [edited, far, early, no_offset])
    warnings = {o.file.name: " | ".join(o.warnings) for o in outcomes}
    assert "editing software (Adobe Photoshop 25.1 (Windows))" in warnings["edited.jpg"]
    assert "GPS position is 443 km from Embassy chancery, Kyiv" in warnings["far.jpg"]
    assert "before the incident (night of 13–14 Nov 2025, local time)" in warnings["early.jpg"]
    assert warnings["local.jpg"] == "The capture time has no time zone; it is read as local time."
    # Warnings follow the incident: widen its time and the early photo fits.
    incidents.update(case, november, span="2025")
    (early_record,) = [
        r
        for r in evidence_reading.list_evidence(case, november)
        if r.original_filename == "early.jpg"
    ]
    assert early_record.warnings == ()


def test_cancel_between_files_keeps_what_was_written(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    photos = _camera_photos(tmp_path, "p{:02}.jpg", 10)
    names: list[str] = []

    def progress(done: int, total: int, label: str = "") -> None:
        assert total == 10
        if done:  # the first report, before any file is written, only counts them
            names.append(label)
        if done == 4:
            raise Cancelled

    outcomes = photo_import.import_files(case, november, photos, progress=progress)
    assert len(outcomes) == 4 and names == ["p00.jpg", "p01.jpg", "p02.jpg", "p03.jpg"]
    assert [r.original_filename for r in evidence_reading.list_evidence(case, november)] == [
        "p00.jpg",
        "p01.jpg",
        "p02.jpg",
        "p03.jpg",
    ]
    assert verify(case) == []


def test_photos_are_committed_in_batches_and_told_once_committed(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    """The first photo alone (the derivation starts on it at once), then batches that grow
    to BATCH_FILES photos a transaction; progress names a file only once another connection
    can read it, and each photo keeps its own audit entry."""
    photos = _camera_photos(tmp_path, "şəkil {:02}.jpg", 40)
    outside = sqlite3.connect(f"file:{case.path}?mode=ro", uri=True)  # sees commits only
    count = "SELECT count(*) FROM evidence_items WHERE original_filename LIKE 'şəkil %'"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, label: str = "") -> None:
        seen.append((done, outside.execute(count).fetchone()[0]))

    try:
        outcomes = photo_import.import_files(case, november, photos, progress=progress)
    finally:
        outside.close()
    assert [o.outcome for o in outcomes] == ["imported"] * 40
    assert all(committed >= done for done, committed in seen)
    assert seen[1] == (1, 1)
    commits = sorted({committed for _done, committed in seen} - {0})
    steps = [later - earlier for earlier, later in itertools.pairwise([0, *commits])]
    assert steps[:3] == [1, 1, 2] and max(steps) == photo_import.BATCH_FILES
    assert sum(steps) == 40 and len(steps) < 40
    with case.reading() as session:
        for outcome in outcomes:
            assert [r.action for r in audit.history(session, outcome.evidence_uuid)] == ["create"]
    assert verify(case) == []


def test_a_batch_leaves_the_connection_with_its_own_page_cache(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    """A batch is held in SQLite's page cache until its commit; the connection gets its own
    small cache back, so that an open case file does not keep a batch's worth of memory."""

    def cache_size() -> int:
        with case.reading() as session:
            return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())

    usual = cache_size()
    photos = _camera_photos(tmp_path, "фото {}.jpg", 6, size=(300, 200))
    after_batches: list[int] = []
    outcomes = photo_import.import_files(
        case, november, photos, progress=lambda *_: after_batches.append(cache_size())
    )
    assert [o.outcome for o in outcomes] == ["imported"] * 6
    assert usual != -photo_import.BATCH_CACHE_KIB
    assert after_batches and set(after_batches) == {usual}


def test_a_cancel_inside_a_batch_keeps_the_whole_batch_with_its_outcomes(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    photos = _camera_photos(tmp_path, "p{:02}.jpg", 10)

    def progress(done: int, total: int, label: str = "") -> None:
        if done == 3:  # the third and fourth photos were committed together
            raise Cancelled

    outcomes = photo_import.import_files(case, november, photos, progress=progress)
    assert [o.file.name for o in outcomes] == ["p00.jpg", "p01.jpg", "p02.jpg", "p03.jpg"]
    stored = [r.original_filename for r in evidence_reading.list_evidence(case, november)]
    assert stored == ["p00.jpg", "p01.jpg", "p02.jpg", "p03.jpg"]
    assert verify(case) == []


def test_import_from_a_worker_thread(case: CaseFile, november: str, tmp_path: Path) -> None:
    photo = factory.camera_jpeg(tmp_path / "thread.jpg", when=STRIKE_MORNING)
    results: list[photo_import.ImportOutcome] = []
    worker = threading.Thread(
        target=lambda: results.extend(photo_import.import_files(case, november, [photo]))
    )
    worker.start()
    worker.join(timeout=60)
    assert [o.outcome for o in results] == ["imported"]


def test_originals_out_are_byte_identical_with_a_sidecar(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    photo = factory.camera_jpeg(source / "Київ вікна.jpg", when=STRIKE_MORNING, gps=CHANCERY)
    (outcome,) = photo_import.import_files(case, november, [photo])
    evidence_changes.set_caption(case, outcome.evidence_uuid or "", "Вибиті вікна — pəncərələr")
    out = tmp_path / "out"
    first = evidence_export.export_incident(case, november, out)
    second = evidence_export.export_incident(case, november, out)  # never overwrites
    assert [p.name for p in first + second] == ["Київ вікна.jpg", "Київ вікна (2).jpg"]
    assert first[0].read_bytes() == photo.read_bytes()
    sidecar = json.loads((out / "Київ вікна.jpg.json").read_text(encoding="utf-8"))
    assert sidecar["sha256"] == outcome.sha256
    assert sidecar["caption"] == "Вибиті вікна — pəncərələr"
    assert sidecar["import"]["imported_by"] == case.user
    assert sidecar["import"]["from_file_name"] == "Київ вікна.jpg"
    assert sidecar["metadata"]["capture_time"] == STRIKE_MORNING.isoformat()
    assert sidecar["metadata"]["raw"]["gps"]["GPSLatitudeRef"] == "N"


def test_an_altered_original_is_never_handed_out_as_the_original(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    """Bytes changed behind the app's back, same length, the stored hash left as it was: the
    export refuses rather than write them with a sidecar that vouches for the old hash."""
    import sqlite3

    photo = factory.camera_jpeg(tmp_path / "Pəncərə.jpg", when=STRIKE_MORNING)
    (outcome,) = photo_import.import_files(case, november, [photo])
    path = case.path
    case.close()
    connection = sqlite3.connect(path)
    forged = bytearray(photo.read_bytes())
    forged[-3] ^= 0xFF
    connection.execute(
        "UPDATE blobs SET data = ? WHERE sha256 = ?", (bytes(forged), outcome.sha256)
    )
    connection.commit()
    connection.close()
    out = tmp_path / "out"
    out.mkdir()
    with (
        CaseFile.open(path, read_only=True) as reopened,
        pytest.raises(
            NotFound,
            match=r"^The stored original of Pəncərə\.jpg does not match its SHA-256; run "
            r"verify on the case file\.$",
        ),
    ):
        evidence_export.export_original(reopened, outcome.evidence_uuid or "", out)
    assert list(out.iterdir()) == []


def test_caption_edits_and_deletion_are_audited(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    photo = factory.camera_jpeg(tmp_path / "x.jpg", when=STRIKE_MORNING)
    (outcome,) = photo_import.import_files(case, november, [photo])
    uuid = outcome.evidence_uuid or ""
    evidence_changes.set_caption(case, uuid, "<b>not bold</b>")
    evidence_changes.delete_many(case, [uuid])
    assert evidence_reading.list_evidence(case, november) == []
    evidence_changes.restore_many(case, [uuid])
    assert evidence_reading.get(case, uuid).caption == "<b>not bold</b>"
    assert verify(case) == []


def test_photos_are_taken_out_and_put_back_in_one_transaction(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    photos = _camera_photos(tmp_path, "вікно {}.jpg", 3, size=(300, 200))
    uuids = [o.evidence_uuid or "" for o in photo_import.import_files(case, november, photos)]
    fingerprint = case.fingerprint()
    with pytest.raises(NotFound):  # one unknown photo: none is taken out
        evidence_changes.delete_many(case, [*uuids[:2], "no-such-photo"])
    assert len(evidence_reading.list_evidence(case, november)) == 3
    assert case.fingerprint() == fingerprint
    evidence_changes.delete_many(case, uuids[:2])
    assert [r.uuid for r in evidence_reading.list_evidence(case, november)] == uuids[2:]
    evidence_changes.restore_many(case, uuids[:2])
    assert [r.uuid for r in evidence_reading.list_evidence(case, november)] == uuids
    assert verify(case) == []


def test_a_caption_edited_behind_the_apps_back_is_found(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    import sqlite3

    photo = factory.camera_jpeg(tmp_path / "x.jpg", when=STRIKE_MORNING)
    photo_import.import_files(case, november, [photo])
    path = case.path
    case.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE evidence_items SET caption = 'staged'")
    connection.execute("UPDATE blobs SET data = zeroblob(10)")
    connection.commit()
    connection.close()
    with CaseFile.open(path, read_only=True) as reopened:
        messages = [f.message for f in verify(reopened)]
    assert any("differs from the audit log in: caption" in m for m in messages)
    assert any("does not match its SHA-256" in m for m in messages)


def test_a_photo_with_only_the_file_date_gets_it_with_its_own_warning(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    edited = factory.file_date_only_jpeg(
        tmp_path / "redaktə edilib.jpg", datetime(2025, 11, 16, 18, 5, 0), offset="+02:00"
    )
    (outcome,) = photo_import.import_files(case, november, [edited])
    record = evidence_reading.get(case, outcome.evidence_uuid or "")
    assert record.capture_time == "2025-11-16T18:05:00+02:00"
    assert record.capture_time_is_file_date is True
    assert outcome.warnings == (
        "The file gives no capture time; the time shown is the file's date, which may be when "
        "it was last edited.",
        "The file names editing software (Adobe Photoshop 25.0).",
    )


def test_a_file_date_before_the_incident_is_flagged(
    case: CaseFile, november: str, tmp_path: Path
) -> None:
    older = factory.file_date_only_jpeg(tmp_path / "old.jpg", datetime(2025, 11, 1, 12, 0))
    (outcome,) = photo_import.import_files(case, november, [older])
    assert "The file is dated 12 days before the incident" in " ".join(outcome.warnings)
    assert "The capture time has no time zone; it is read as local time." in outcome.warnings
