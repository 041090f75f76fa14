"""Merging bundles by stable uuid: new records come in with their audit entries, identical ones
are left alone, and a bundle that disagrees with the case file is refused whole."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles.bundle.errors import MergeConflict
from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import create_from_bundle, import_bundle, merge_bundle
from casefiles.errors import AlreadyExists, CaseFileMissing, PermissionDenied, ReadOnly
from casefiles.integrity.verify import verify
from casefiles.services import (
    correspondence,
    damage,
    evidence_reading,
    incidents,
    notes,
    photo_import,
    sites,
)
from casefiles.storage.models import AuditEntry
from casefiles.storage.store import CaseFile
from tests.faults.killing import photo_batch
from tests.helpers import folder_state, sha256_of, shared_temp_dir, unprivileged

REFERENCE = "KYIV-2025-004"


@pytest.fixture
def ministry(demo_bundle: Path, tmp_path: Path) -> Path:
    """The ministry's case file, made from the embassy's first bundle."""
    return create_from_bundle(demo_bundle, tmp_path / "ministry" / "Nazirlik.casefile").path


@pytest.fixture(autouse=True)
def _ministry_folder(tmp_path: Path) -> None:
    (tmp_path / "ministry").mkdir()


def test_a_later_bundle_adds_only_what_is_new_each_with_its_audit_entry(
    demo_path: Path, ministry: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_path) as embassy:
        november = incidents.get_by_reference(embassy, REFERENCE)
        chancery = november.site_uuid
        fresh = incidents.create(
            embassy, title="Drone debris on the roof", site=chancery, span="2025-12-02 night",
            incident_type="interception_debris", impact="debris",
        )  # fmt: skip
        damage.create(embassy, fresh.uuid, element="roof", severity="minor")
        notes.create(embassy, "Ремонт даху розпочато; koordinatlar yoxlanılıb.", fresh.uuid)
        correspondence.create(
            embassy, kind="note_verbale", direction="sent", span="2025-12",
            summary="Protest about the debris", incidents=[fresh.uuid, november.uuid],
        )  # fmt: skip
        photo_import.import_files(embassy, fresh.uuid, [photo_batch(tmp_path / "new", 0, 2)])
        later = export_bundle(embassy, tmp_path / "later.zip").path
    with CaseFile.open(ministry) as case:
        before = case.fingerprint()
        result = merge_bundle(case, later)
        assert result.added == {
            "mission": 0, "sites": 0, "incidents": 1, "damage_items": 1,
            "correspondence": 1, "evidence": 2, "notes": 1,
        }  # fmt: skip
        assert result.new_originals == 2
        assert verify(case) == []
        with case.reading() as session:
            entries = list(
                session.scalars(
                    select(AuditEntry).where(AuditEntry.id > _entry_id(session, before))
                )
            )
        assert [e.action for e in entries] == ["import"] * 6 + ["import-bundle"]
        assert json.loads(entries[-1].changes)["bundle_file"] == "later.zip"
        # The new records are searchable and complete.
        found = incidents.search_incidents(case, "Ремонт")
        assert [r.reference for r in found] == [fresh.reference]
        photos = evidence_reading.list_evidence(case, fresh.uuid)
        assert len(photos) == 2
        assert all(evidence_reading.derived_image(case, p.uuid, "preview") for p in photos)
        letters = correspondence.list_correspondence(case, november.uuid)
        assert any(letter.summary == "Protest about the debris" for letter in letters)


def _entry_id(session: Session, hash_: str) -> int:
    entry = session.scalar(select(AuditEntry.id).where(AuditEntry.hash == hash_))
    assert entry is not None
    return entry


def test_a_record_changed_on_both_sides_is_a_conflict_and_nothing_is_imported(
    demo_path: Path, ministry: Path, tmp_path: Path
) -> None:
    with CaseFile.open(ministry) as case:
        uuid = incidents.get_by_reference(case, REFERENCE).uuid
        incidents.update(case, uuid, status="answer_received")
    with CaseFile.open(demo_path) as embassy:
        notes.create(embassy, "A new note that must not come in alone")
        incidents.update(embassy, uuid, status="closed")
        later = export_bundle(embassy, tmp_path / "later.zip").path
    state = folder_state(ministry.parent)
    with pytest.raises(MergeConflict, match=rf"1 record\(s\) differ.*incident {REFERENCE}: status"):
        import_bundle(later, ministry)
    assert folder_state(ministry.parent) == state


def test_a_bundle_of_another_mission_is_refused(demo_bundle: Path, new_case: CaseFile) -> None:
    before = new_case.fingerprint()
    with pytest.raises(MergeConflict, match="another mission"):
        merge_bundle(new_case, demo_bundle)
    assert new_case.fingerprint() == before


def test_an_incident_reference_taken_by_another_incident_is_a_conflict(
    demo_original: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_original, read_only=True) as case:
        part = export_bundle(case, tmp_path / "part.zip", incidents=[REFERENCE]).path
    target = tmp_path / "other.casefile"
    create_from_bundle(part, target)
    with CaseFile.open(target) as case:
        site = sites.list_sites(case)[0].uuid
        incidents.create(case, reference="KYIV-2024-001", title="Ours", site=site, span="2024-01")
    before = sha256_of(target)
    with CaseFile.open(demo_original, read_only=True) as case:
        whole = export_bundle(case, tmp_path / "whole.zip").path
    with pytest.raises(MergeConflict, match="KYIV-2024-001: the reference is used here"):
        import_bundle(whole, target)
    assert sha256_of(target) == before


def test_import_refuses_read_only_targets(demo_bundle: Path, demo_original: Path) -> None:
    with CaseFile.open(demo_original, read_only=True) as case, pytest.raises(ReadOnly):
        merge_bundle(case, demo_bundle)
    with shared_temp_dir() as folder:
        locked = folder / "locked"
        locked.mkdir()
        shutil.copyfile(demo_bundle, folder / "b.zip")
        shutil.copyfile(demo_original, folder / "case.casefile")
        (folder / "case.casefile").chmod(0o444)
        locked.chmod(0o555)
        with unprivileged():
            with pytest.raises(PermissionDenied, match="permission to write"):
                import_bundle(folder / "b.zip", locked / "new.casefile")
            with pytest.raises(PermissionDenied, match="open it read-only"):
                import_bundle(folder / "b.zip", folder / "case.casefile")
        assert list(locked.iterdir()) == []


def test_create_needs_a_folder_and_a_new_name(demo_bundle: Path, tmp_path: Path) -> None:
    with pytest.raises(CaseFileMissing):
        create_from_bundle(demo_bundle, tmp_path / "missing" / "x.casefile")
    (tmp_path / "x.casefile").write_bytes(b"")
    with pytest.raises(AlreadyExists):
        create_from_bundle(demo_bundle, tmp_path / "x.casefile")


def test_progress_while_checking_and_writing(demo_bundle: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    path = tmp_path / "from bundle.casefile"
    create_from_bundle(demo_bundle, path, progress=lambda *step: seen.append(step))
    checks = seen[0][1]
    with zipfile.ZipFile(demo_bundle) as archive:
        originals = sum(name.startswith("evidence/") for name in archive.namelist())
    assert (checks, checks, "checking") in seen and seen[-1] == (originals, originals, "writing")
    import_bundle(demo_bundle, path, progress=lambda *step: seen.append(step))
    assert seen[-1] == (checks, checks, "checking")  # and nothing to write: it is all there


def test_damage_not_assessed_travels_in_a_bundle(new_case: CaseFile, tmp_path: Path) -> None:
    site = sites.create(new_case, kind="residence", name="Rezidensiya")
    incident = incidents.create(
        new_case, title="Уламки дрона", site=site.uuid, span="2025-11", incident_type="unknown"
    )
    damage.create(new_case, incident.uuid, element="grounds")
    bundle = export_bundle(new_case, tmp_path / "bundle.zip").path
    copy = create_from_bundle(bundle, tmp_path / "ministry" / "Nazirlik.casefile").path
    with CaseFile.open(copy, read_only=True) as case:
        (item,) = damage.list_damage(case, incident.uuid)
        assert item.severity.label == "Not assessed"
        assert verify(case) == []
