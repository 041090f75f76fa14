"""Scans of letters (a note verbale, a summons) kept with their correspondence item."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import create_from_bundle
from casefiles.errors import NotFound
from casefiles.integrity.verify import verify
from casefiles.services import (
    correspondence,
    evidence_changes,
    evidence_reading,
    incidents,
    photo_derivation,
    photo_import,
)
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.helpers import blob_count


@pytest.fixture
def case(demo_path: Path) -> CaseFile:
    opened = CaseFile.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def summons(case: CaseFile) -> str:
    """The demo's summons after the November 2025 strike."""
    (item,) = [c for c in correspondence.list_correspondence(case) if c.kind == "summons"]
    return item.uuid


def test_a_scan_belongs_to_its_letter_and_to_no_incident(
    case: CaseFile, summons: str, tmp_path: Path
) -> None:
    scan = factory.png_without_metadata(tmp_path / "Nota 14.11.2025 — нота.png")
    (outcome,) = photo_import.import_scans(case, summons, [scan])
    assert outcome.outcome == "imported"
    photo_derivation.derive_pending(case)
    # A letter has no incident time or site: a scan without a capture time is not suspicious.
    assert outcome.warnings == ()
    (record,) = evidence_reading.list_scans(case, summons)
    assert record.uuid == outcome.evidence_uuid
    assert record.original_filename == "Nota 14.11.2025 — нота.png"
    assert (record.correspondence_uuid, record.incident_uuid) == (summons, None)
    assert evidence_reading.original_bytes(case, record.uuid) == scan.read_bytes()
    assert evidence_reading.derived_image(case, record.uuid, "thumbnail") is not None
    for incident in incidents.list_incidents(case):
        assert record.uuid not in {
            p.uuid for p in evidence_reading.list_evidence(case, incident.uuid)
        }
    assert verify(case) == []


def test_duplicates_bad_files_and_removal(case: CaseFile, summons: str, tmp_path: Path) -> None:
    scan = factory.png_without_metadata(tmp_path / "Çağırış.png", size=(400, 560))
    bad = factory.text_as_jpg(tmp_path / "məktub.jpg")
    first, refused = photo_import.import_scans(case, summons, [scan, bad])
    assert (first.outcome, refused.outcome) == ("imported", "refused")
    assert refused.reason
    blobs = blob_count(case)
    (again,) = photo_import.import_scans(case, summons, [scan])
    assert again.outcome == "duplicate" and "correspondence item" in (again.reason or "")
    # The same bytes as an incident's photo: linked, not stored twice.
    strike = incidents.get_by_reference(case, "KYIV-2025-004")
    (linked,) = photo_import.import_files(case, strike.uuid, [scan])
    assert linked.outcome == "duplicate" and blob_count(case) == blobs
    assert len(evidence_reading.list_scans(case, summons)) == 1

    evidence_changes.delete_many(case, [first.evidence_uuid or ""])
    assert evidence_reading.list_scans(case, summons) == []
    evidence_changes.restore_many(case, [first.evidence_uuid or ""])
    assert len(evidence_reading.list_scans(case, summons)) == 1
    assert verify(case) == []


def test_an_unknown_letter_is_refused(case: CaseFile, tmp_path: Path) -> None:
    scan = factory.png_without_metadata(tmp_path / "scan.png")
    with pytest.raises(NotFound):
        photo_import.import_scans(case, "00000000-0000-0000-0000-000000000000", [scan])


def test_scans_travel_in_a_bundle(case: CaseFile, summons: str, tmp_path: Path) -> None:
    scan = factory.png_without_metadata(tmp_path / "Нота № 72.png")
    photo_import.import_scans(case, summons, [scan])
    bundle = tmp_path / "handover.zip"
    export_bundle(case, bundle)
    create_from_bundle(bundle, tmp_path / "received.casefile")
    with CaseFile.open(tmp_path / "received.casefile", read_only=True) as received:
        (record,) = evidence_reading.list_scans(received, summons)
        assert record.original_filename == "Нота № 72.png"
        assert evidence_reading.original_bytes(received, record.uuid) == scan.read_bytes()
        assert verify(received) == []
