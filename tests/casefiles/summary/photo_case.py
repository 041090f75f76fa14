"""A demo case file with real camera JPEGs in one incident, for the summary's tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from casefiles.domain.records import EvidenceRecord
from casefiles.services import evidence_changes, evidence_reading, incidents, photo_import
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory

NOVEMBER = "KYIV-2025-004"
MARKUP = '<b>bold</b> <img src=file:///etc/passwd> &amp; <a href="x">link</a>'


def add_photos(case: CaseFile, folder: Path, reference: str = NOVEMBER) -> list[EvidenceRecord]:
    """Three photos: one with time offset and GPS, one upright from a portrait orientation
    tag and no GPS, one without any time zone; the last captioned with markup."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [
        factory.camera_jpeg(
            folder / "IMG_0001.jpg", when=datetime(2025, 11, 14, 7, 40), size=(800, 600)
        ),
        factory.camera_jpeg(
            folder / "IMG_0002.jpg", when=datetime(2025, 11, 14, 8, 5), gps=None, orientation=6
        ),
        factory.camera_jpeg(
            folder / "IMG_0003.jpg", when=datetime(2025, 11, 15, 9, 30), offset=None
        ),
    ]
    incident = incidents.get_by_reference(case, reference)
    outcomes = photo_import.import_files(case, incident.uuid, paths)
    assert [outcome.outcome for outcome in outcomes] == ["imported"] * 3
    records = [
        r
        for r in evidence_reading.list_evidence(case, incident.uuid)
        if r.original_filename.startswith("IMG_")
    ]
    evidence_changes.set_caption(
        case, records[0].uuid, "Crack in the chancery wall, seen from the yard"
    )
    evidence_changes.set_caption(case, records[2].uuid, MARKUP)
    return [evidence_reading.get(case, r.uuid) for r in records]
