"""Originals out, on a fresh case file: the sidecar's every field, the names chosen, the folder
refused. Fast enough to run against every mutant of evidence_export.py (tools/mutation.sh)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from casefiles.errors import AlreadyExists, PermissionDenied
from casefiles.services import (
    evidence_changes,
    evidence_export,
    evidence_reading,
    incidents,
    photo_import,
    sites,
)
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory

KYIV_WINTER = timezone(timedelta(hours=2))
STRIKE_MORNING = datetime(2025, 11, 14, 9, 30, tzinfo=KYIV_WINTER)
CHANCERY = (50.4619, 30.4826, 170.0)


@pytest.fixture
def incident(new_case: CaseFile) -> str:
    site = sites.create(new_case, kind="chancery", name="Səfirlik binası")
    return incidents.create(new_case, title="Zərbə", site=site.uuid, span="2025-11-14").uuid


def test_the_sidecar_says_everything_the_record_holds(
    new_case: CaseFile, incident: str, tmp_path: Path
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    photo = factory.camera_jpeg(source / "Şəkil вікна.jpg", when=STRIKE_MORNING, gps=CHANCERY)
    (outcome,) = photo_import.import_files(new_case, incident, [photo])
    uuid = outcome.evidence_uuid or ""
    evidence_changes.set_caption(new_case, uuid, "Вибиті вікна — pəncərələr")
    record = evidence_reading.get(new_case, uuid)
    out = tmp_path / "out"
    out.mkdir()

    written = evidence_export.export_original(new_case, uuid, out)

    assert written == out / "Şəkil вікна.jpg"
    assert written.read_bytes() == photo.read_bytes()
    text = (out / "Şəkil вікна.jpg.json").read_text(encoding="utf-8")
    # Written as UTF-8 text a person can read, indented by two.
    assert '"caption": "Вибиті вікна — pəncərələr"' in text
    assert text.startswith('{\n  "sha256": ')
    sidecar = json.loads(text)
    raw = evidence_reading.metadata(new_case, uuid)
    assert sidecar_exif(raw)["OffsetTimeOriginal"] == "+02:00"
    assert sidecar == {
        "sha256": hashlib.sha256(photo.read_bytes()).hexdigest(),
        "original_filename": "Şəkil вікна.jpg",
        "size_bytes": photo.stat().st_size,
        "media_type": "image/jpeg",
        "caption": "Вибиті вікна — pəncərələr",
        "import": {
            "imported_by": new_case.user,
            "imported_at": record.imported_at.isoformat(),
            "from_file_name": "Şəkil вікна.jpg",
        },
        "metadata": {
            "capture_time": STRIKE_MORNING.isoformat(),
            "capture_offset_known": True,
            "gps_latitude": pytest.approx(CHANCERY[0], abs=1e-5),
            "gps_longitude": pytest.approx(CHANCERY[1], abs=1e-5),
            "gps_altitude": pytest.approx(CHANCERY[2]),
            "camera_make": "Samsung",
            "camera_model": "SM-S918B",
            "software": "S918BXXU3BWK1",
            "orientation": 1,
            "pixel_width": 640,
            "pixel_height": 480,
            "raw": json.loads(json.dumps(raw)),
        },
        "warnings": list(record.warnings),
    }
    assert isinstance(sidecar["warnings"], list)


def test_the_warnings_travel_in_the_sidecar(
    new_case: CaseFile, incident: str, tmp_path: Path
) -> None:
    """A photo taken a year after the incident carries its warning out with it."""
    photo = factory.camera_jpeg(tmp_path / "Пізніше.jpg", when=STRIKE_MORNING.replace(year=2026))
    (outcome,) = photo_import.import_files(new_case, incident, [photo])
    out = tmp_path / "out"
    evidence_export.export_incident(new_case, incident, out)
    sidecar = json.loads((out / "Пізніше.jpg.json").read_text(encoding="utf-8"))
    record = evidence_reading.get(new_case, outcome.evidence_uuid or "")
    assert record.warnings and sidecar["warnings"] == list(record.warnings)


def test_a_whole_incident_goes_into_a_new_nested_folder_and_again_beside_itself(
    new_case: CaseFile, incident: str, tmp_path: Path
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    first = factory.camera_jpeg(source / "İlk.jpg", when=STRIKE_MORNING)
    second = factory.png_without_metadata(source / "Другий.png")
    photo_import.import_files(new_case, incident, [first, second])
    out = tmp_path / "Sənədlər" / "Çıxış"

    once = evidence_export.export_incident(new_case, incident, out)
    again = evidence_export.export_incident(new_case, incident, out)

    assert sorted(p.name for p in once) == ["İlk.jpg", "Другий.png"]
    assert sorted(p.name for p in again) == ["İlk (2).jpg", "Другий (2).png"]
    assert (out / "İlk (2).jpg").read_bytes() == first.read_bytes()
    assert (out / "Другий (2).png").read_bytes() == second.read_bytes()
    assert len(list(out.iterdir())) == 8


def test_a_file_where_the_folder_should_be_is_refused(
    new_case: CaseFile, incident: str, tmp_path: Path
) -> None:
    taken = tmp_path / "Çıxış"
    taken.write_bytes(b"someone's file")
    with pytest.raises(AlreadyExists, match=r"Çıxış is a file, not a folder; give a folder"):
        evidence_export.export_incident(new_case, incident, taken)
    assert taken.read_bytes() == b"someone's file"
    with pytest.raises(PermissionDenied, match=r"Çıxış/a cannot be made: Not a directory\.$"):
        evidence_export.export_incident(new_case, incident, taken / "a")


def test_names_are_free_plain_and_never_a_sqlite_sidecar(tmp_path: Path) -> None:
    free = evidence_export._free_name
    assert free(tmp_path, "../../başqa/Şəkil.jpg") == tmp_path / "Şəkil.jpg"
    assert free(tmp_path, "") == tmp_path / "photo"
    assert free(tmp_path, "iş.casefile-wal") == tmp_path / "iş.casefile-wal.bin"
    assert free(tmp_path, "iş.casefile-shm") == tmp_path / "iş.casefile-shm.bin"
    assert free(tmp_path, "iş.casefile-journal") == tmp_path / "iş.casefile-journal.bin"
    (tmp_path / "Фото.jpg").write_bytes(b"")
    assert free(tmp_path, "Фото.jpg") == tmp_path / "Фото (2).jpg"
    (tmp_path / "Фото (2).jpg.json").write_bytes(b"")  # its sidecar alone takes the name too
    assert free(tmp_path, "Фото.jpg") == tmp_path / "Фото (3).jpg"


def test_a_file_made_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "Şəkil.jpg"
    target.write_bytes(b"made meanwhile")
    with pytest.raises(FileExistsError):
        evidence_export._write_new(target, b"original")
    assert target.read_bytes() == b"made meanwhile"
    fresh = tmp_path / "Новий.jpg"
    evidence_export._write_new(fresh, b"original")
    assert fresh.read_bytes() == b"original"


def sidecar_exif(raw: dict[str, object]) -> dict[str, object]:
    exif = raw["exif"]
    assert isinstance(exif, dict)
    return exif
