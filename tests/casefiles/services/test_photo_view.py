"""Rotate view: a photo whose file records no rotation, shown on its side, is turned for
display. A setting kept beside the photo and audited; the original and its stored derived
copies are never touched; thumbnail and preview follow it."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, text

from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.errors import ValidationError
from casefiles.integrity.verify import verify
from casefiles.services import (
    evidence_changes,
    evidence_reading,
    incidents,
    photo_derivation,
    photo_import,
    sites,
)
from casefiles.storage.models import DerivedImage
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory

KYIV = zone("Europe/Kyiv")


@pytest.fixture
def incident(new_case: CaseFile) -> IncidentRecord:
    site = sites.create(new_case, kind="chancery", name="Səfirlik binası")
    return incidents.create(
        new_case, title="Ракетний удар", site=site.uuid, span="2025-11-14 night",
        incident_type="missile_strike",
    )  # fmt: skip


def size_of(data: bytes | None) -> tuple[int, int]:
    assert data is not None
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def stored_copies(case: CaseFile) -> list[bytes]:
    with case.reading() as session:
        return list(session.scalars(select(DerivedImage.data).order_by(DerivedImage.id)))


def test_rotating_the_view_turns_what_is_shown_and_nothing_stored(
    new_case: CaseFile, incident: IncidentRecord, tmp_path: Path
) -> None:
    # Taken upright on a phone that wrote no orientation: the file lies on its side.
    file = factory.camera_jpeg(
        tmp_path / "yan.jpg", when=datetime(2025, 11, 14, 7, 30, tzinfo=KYIV), size=(640, 480)
    )
    photo_import.import_files(new_case, incident.uuid, [file])
    photo_derivation.derive_pending(new_case)
    (photo,) = evidence_reading.list_evidence(new_case, incident.uuid)
    assert photo.display_rotation == 0
    before = stored_copies(new_case)
    assert size_of(evidence_reading.derived_image(new_case, photo.uuid, "preview")) == (640, 480)

    turned = evidence_changes.set_display_rotation(new_case, photo.uuid, 90)

    assert turned.display_rotation == 90
    assert size_of(evidence_reading.derived_image(new_case, photo.uuid, "preview")) == (480, 640)
    thumbnail = size_of(evidence_reading.derived_image(new_case, photo.uuid, "thumbnail"))
    assert thumbnail[0] < thumbnail[1]
    assert stored_copies(new_case) == before  # the derived copies as they were made
    original = evidence_reading.original_bytes(new_case, photo.uuid)
    assert hashlib.sha256(original).hexdigest() == photo.sha256 == file_sha256(file)
    assert verify(new_case) == []

    evidence_changes.set_display_rotation(new_case, photo.uuid, 0)
    assert size_of(evidence_reading.derived_image(new_case, photo.uuid, "preview")) == (640, 480)
    with pytest.raises(ValidationError, match="must be 0, 90, 180 or 270 degrees"):
        evidence_changes.set_display_rotation(new_case, photo.uuid, 45)
    assert verify(new_case) == []


def test_the_setting_is_audited_and_an_edit_behind_the_apps_back_is_found(
    new_case: CaseFile, incident: IncidentRecord, tmp_path: Path
) -> None:
    file = factory.camera_jpeg(tmp_path / "a.jpg", when=datetime(2025, 11, 14, tzinfo=KYIV))
    photo_import.import_files(new_case, incident.uuid, [file])
    (photo,) = evidence_reading.list_evidence(new_case, incident.uuid)
    evidence_changes.set_display_rotation(new_case, photo.uuid, 270)
    with new_case.reading() as session:
        entries = session.execute(
            text(
                "SELECT action, entity_type, changes FROM audit_log "
                "WHERE entity_type = 'photo_view'"
            )
        ).all()
    assert [(action, kind) for action, kind, _changes in entries] == [("create", "photo_view")]
    assert '"rotation":270' in entries[0][2]
    path = new_case.path
    new_case.close()
    with CaseFile.open(path) as reopened:
        (again,) = evidence_reading.list_evidence(reopened, incident.uuid)
        assert again.display_rotation == 270
    # Turned back behind the app's back, with the sqlite3 shell: the log says otherwise.
    connection = sqlite3.connect(path)
    (view_uuid,) = connection.execute("SELECT uuid FROM photo_views").fetchone()
    connection.execute("UPDATE photo_views SET rotation = 0")
    connection.commit()
    connection.close()
    with CaseFile.open(path, read_only=True) as reopened:
        assert [f.message for f in verify(reopened)] == [
            f"The photo view ({view_uuid}) differs from the audit log in: rotation."
        ]


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
