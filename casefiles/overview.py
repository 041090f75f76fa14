"""Counts and identity of a case file, for `casefiles info` and the window's status line."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from casefiles.models import Correspondence, DamageItem, EvidenceItem, Incident, Note, Site
from casefiles.services import mission as mission_service
from casefiles.store import CaseFile
from casefiles.vocabulary import EvidenceKind


@dataclass(frozen=True, slots=True)
class Overview:
    mission: str
    sites: int
    incidents: int
    damage_items: int
    photos: int
    notes: int
    correspondence: int
    schema_version: int
    fingerprint: str


def overview(case: CaseFile) -> Overview:
    with case.reading() as session:

        def live(model: type[Site | Incident | DamageItem | Note | Correspondence]) -> int:
            return (
                session.scalar(
                    select(func.count()).select_from(model).where(model.deleted.is_(False))
                )
                or 0
            )

        photos = session.scalar(
            select(func.count())
            .select_from(EvidenceItem)
            .where(EvidenceItem.deleted.is_(False), EvidenceItem.kind == EvidenceKind.PHOTO)
        )
        return Overview(
            mission=mission_service.get(case).name,
            sites=live(Site),
            incidents=live(Incident),
            damage_items=live(DamageItem),
            photos=photos or 0,
            notes=live(Note),
            correspondence=live(Correspondence),
            schema_version=case.version.schema,
            fingerprint=case.fingerprint(),
        )
