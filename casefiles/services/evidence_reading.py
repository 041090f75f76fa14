"""Reading evidence: an incident's photos and a letter's scans as records with their warnings,
what a file said about itself, its thumbnail and preview as shown, and its original bytes."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import select

from casefiles.domain.records import EvidenceRecord
from casefiles.errors import NotFound
from casefiles.language.catalogue import ENGLISH, Phrases
from casefiles.language.phrase import phrase
from casefiles.photos.derived_images import turned
from casefiles.services import _common as common
from casefiles.services import evidence_records as records
from casefiles.storage.models import Blob, Correspondence, DerivedImage, EvidenceItem, Incident
from casefiles.storage.store import CaseFile

Purpose = Literal["thumbnail", "preview"]


def list_evidence(
    case: CaseFile, incident: str, phrases: Phrases = ENGLISH
) -> list[EvidenceRecord]:
    """The incident's evidence in import order, each with its consistency warnings in the
    language of `phrases`."""
    with case.reading() as session:
        target = common.fetch(session, Incident, incident, what="incident")
        setting = records.setting_of(session, incident)
        return [
            records.with_warnings(session, records.to_record(session, item), setting, phrases)
            for item in records.live_items(session, records.Owner(incident_id=target.id))
        ]


def list_scans(case: CaseFile, correspondence: str) -> list[EvidenceRecord]:
    """The scans of a correspondence item, in import order (no warnings: a letter has no
    incident time or site to check them against)."""
    with case.reading() as session:
        letter = common.fetch(session, Correspondence, correspondence, what="correspondence item")
        return [
            records.to_record(session, item)
            for item in records.live_items(session, records.Owner(correspondence_id=letter.id))
        ]


def get(case: CaseFile, uuid: str, phrases: Phrases = ENGLISH) -> EvidenceRecord:
    with case.reading() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        return records.with_warnings(session, records.to_record(session, item), None, phrases)


def metadata(case: CaseFile, uuid: str) -> dict[str, object]:
    """The full metadata the file carried, as read at import."""
    with case.reading() as session:
        return records.stored_metadata(common.fetch(session, EvidenceItem, uuid, what="photo"))


def derived_image(case: CaseFile, uuid: str, purpose: Purpose) -> bytes | None:
    """The thumbnail or preview as shown (JPEG, upright, turned by the photo's display
    rotation), or None when none could be made. The stored copy is never changed."""
    with case.reading() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        data = session.scalar(
            select(DerivedImage.data).where(
                DerivedImage.evidence_id == item.id, DerivedImage.purpose == purpose
            )
        )
        rotation = records.display_rotation(session, item)
    return turned(data, rotation) if data is not None and rotation else data


def original_bytes(case: CaseFile, uuid: str) -> bytes:
    with case.reading() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        data = session.scalar(select(Blob.data).where(Blob.sha256 == item.sha256))
        if data is None:
            raise NotFound(phrase("not_found.original", name=item.original_filename))
        return data
