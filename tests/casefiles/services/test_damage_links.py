"""Photos linked to damage items: the audited service, and `casefiles damage` that lists the ids
`add-photos --damage ID` takes (issue 13)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from casefiles.errors import ValidationError
from casefiles.integrity import audit
from casefiles.integrity.verify import verify
from casefiles.services import damage, evidence_changes, evidence_reading, incidents, photo_import
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.casefiles.cli.test_cli import run

NOVEMBER = "KYIV-2025-004"
OTHER = "KYIV-2025-003"
WHEN = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def test_a_photo_is_linked_unlinked_and_audited(demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_path) as case:
        incident = incidents.get_by_reference(case, NOVEMBER)
        item = damage.create(case, incident.uuid, element="windows", severity="severe",
                             description="Pəncərələr qırılıb")  # fmt: skip
        photo = factory.camera_jpeg(tmp_path / "pəncərə.jpg", when=WHEN)
        (outcome,) = photo_import.import_files(case, incident.uuid, [photo])
        listed = evidence_reading.list_evidence(case, incident.uuid)
        uuid = next(r.uuid for r in listed if r.sha256 == outcome.sha256)

        linked = evidence_changes.set_damage(case, uuid, item.uuid)
        assert linked.damage_uuid == item.uuid
        assert evidence_reading.get(case, uuid).damage_uuid == item.uuid
        with case.reading() as session:
            last = audit.history(session, uuid)[-1]
        assert last.action == "update" and set(last.changes) == {"damage_item_uuid"}

        assert evidence_changes.set_damage(case, uuid, None).damage_uuid is None
        assert verify(case) == []  # every change went through the audit log


def test_a_photo_cannot_show_another_incidents_damage(demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_path) as case:
        mine = incidents.get_by_reference(case, NOVEMBER)
        other = incidents.get_by_reference(case, OTHER)
        foreign = damage.create(case, other.uuid, element="roof", severity="minor")
        gone = damage.create(case, mine.uuid, element="doors", severity="minor")
        damage.delete(case, gone.uuid)
        photo_import.import_files(
            case, mine.uuid, [factory.camera_jpeg(tmp_path / "a.jpg", when=WHEN)]
        )
        photo = evidence_reading.list_evidence(case, mine.uuid)[-1]
        fingerprint = case.fingerprint()

        with pytest.raises(ValidationError) as elsewhere:
            evidence_changes.set_damage(case, photo.uuid, foreign.uuid)
        assert elsewhere.value.errors == {"damage": "belongs to another incident than the photo"}
        with pytest.raises(ValidationError) as deleted:
            evidence_changes.set_damage(case, photo.uuid, gone.uuid)
        assert set(deleted.value.errors) == {"damage"}
        assert case.fingerprint() == fingerprint  # nothing was written


def test_damage_lists_the_ids_that_add_photos_takes(demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_path) as case:
        incident = incidents.get_by_reference(case, NOVEMBER)
        before = damage.list_damage(case, incident.uuid)
        item = damage.create(case, incident.uuid, element="exterior_walls", severity="moderate",
                             description="Стіна\nтріснула")  # fmt: skip

    listed = run("damage", demo_path, "--incident", NOVEMBER, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [row["id"] for row in rows] == [*(d.uuid for d in before), item.uuid]
    assert rows[-1] == {
        "id": item.uuid,
        "element": "exterior_walls",
        "severity": "moderate",
        "description": "Стіна\nтріснула",
        "cost_amount": None,
        "cost_currency": None,
        "photos": 0,
    }

    photo = factory.camera_jpeg(tmp_path / "divar.jpg", when=WHEN)
    added = run("add-photos", demo_path, "--incident", NOVEMBER, photo, "--damage", item.uuid)
    assert added.returncode == 0, added.stderr

    text = run("damage", demo_path, "--incident", NOVEMBER)
    assert text.returncode == 0
    assert f"{item.uuid}  Exterior walls, moderate, 1 photo: Стіна тріснула" in text.stdout

    missing = run("damage", demo_path, "--incident", "KYIV-1999-001")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr
