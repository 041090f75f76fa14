"""Changing evidence: caption, the damage a photo shows, its display rotation, and taking
photos out of (and back into) their incident or letter. Each call is one audited transaction;
the batch calls make one transaction of many photos (an undo step, a removal of a selection)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from casefiles.domain.records import EvidenceRecord
from casefiles.errors import ValidationError
from casefiles.language.phrase import phrase
from casefiles.services import _common as common
from casefiles.services import evidence_records as records
from casefiles.storage.models import DamageItem, EvidenceItem, PhotoView
from casefiles.storage.store import CaseFile

_CAPTION = common.text(max_length=2000)


def set_caption(case: CaseFile, uuid: str, caption: str) -> EvidenceRecord:
    cleaned = common.validate({"caption": caption}, {"caption": _CAPTION})
    with case.transaction() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        common.change(case, session, item, cleaned)
        return records.with_warnings(session, records.to_record(session, item))


def set_damage(case: CaseFile, uuid: str, damage: str | None) -> EvidenceRecord:
    """Link the photo to one damage item of its own incident (None: to none); audited."""
    with case.transaction() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        damage_id = None
        if damage is not None:
            target = common.fetch(session, DamageItem, damage, what="damage item")
            if item.incident_id is None or target.incident_id != item.incident_id:
                raise ValidationError({"damage": phrase("field.other_incident")})
            if target.deleted:
                raise ValidationError({"damage": phrase("field.damage_deleted")})
            damage_id = target.id
        common.change(case, session, item, {"damage_item_id": damage_id})
        return records.with_warnings(session, records.to_record(session, item))


ROTATIONS = (0, 90, 180, 270)


def set_display_rotation(case: CaseFile, uuid: str, degrees: int) -> EvidenceRecord:
    """Show the photo turned `degrees` clockwise from upright: a display setting kept beside
    the photo (audited), followed by its thumbnail, preview and the printed summary. The
    original and its stored derived copies are never touched."""
    if degrees not in ROTATIONS:
        raise ValidationError({"rotation": phrase("field.not_rotation")})
    with case.transaction() as session:
        item = common.fetch(session, EvidenceItem, uuid, what="photo")
        view = session.scalar(select(PhotoView).where(PhotoView.evidence_id == item.id))
        if view is None:
            common.add(case, session, PhotoView(evidence_id=item.id, rotation=degrees))
        else:
            common.change(case, session, view, {"rotation": degrees})
        return records.with_warnings(session, records.to_record(session, item))


def delete_many(case: CaseFile, uuids: Sequence[str]) -> None:
    """Take photos out of their incident or letter, in one transaction. Their originals stay
    in the file (evidence is never destroyed), and `restore_many` brings them back."""
    _set_deleted(case, uuids, True)


def restore_many(case: CaseFile, uuids: Sequence[str]) -> None:
    _set_deleted(case, uuids, False)


def _set_deleted(case: CaseFile, uuids: Sequence[str], deleted: bool) -> None:
    with case.transaction() as session:
        for uuid in uuids:
            item = common.fetch(session, EvidenceItem, uuid, what="photo")
            common.set_deleted(case, session, item, deleted)
