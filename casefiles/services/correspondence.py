"""Correspondence: notes verbales, summonses, meetings, calls, statements; linked to incidents."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles.domain.records import CorrespondenceRecord
from casefiles.domain.vocabulary import CorrespondenceKind, Direction
from casefiles.errors import FieldProblem, ValidationError
from casefiles.integrity import audit
from casefiles.language.phrase import phrase
from casefiles.services import _common as common
from casefiles.storage import search
from casefiles.storage.models import Correspondence, Incident
from casefiles.storage.store import CaseFile


def _uuids(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise FieldProblem(phrase("field.not_incident_list"))
    return list(dict.fromkeys(value))


def _validators(case: CaseFile) -> dict[str, common.Validator]:
    return {
        "kind": common.choice(CorrespondenceKind),
        "direction": common.choice(Direction),
        "span": common.span_field(case),
        "reference_number": common.text(max_length=200),
        "counterpart": common.text(max_length=500),
        "summary": common.text(),
        "incidents": _uuids,
    }


def _apply(session: Session, item: Correspondence, cleaned: dict[str, Any]) -> set[int]:
    """Set the fields; returns the ids of every incident linked before or after."""
    touched = {i.id for i in item.incidents}
    for name, value in cleaned.items():
        if name == "incidents":
            linked = list(session.scalars(select(Incident).where(Incident.uuid.in_(value))))
            if len(linked) != len(value):
                raise ValidationError({"incidents": phrase("field.foreign_incident")})
            item.incidents = linked
        else:
            setattr(item, name, value)
    return touched | {i.id for i in item.incidents}


def create(case: CaseFile, **values: Any) -> CorrespondenceRecord:
    cleaned = common.validate(values, _validators(case))
    with case.transaction() as session:
        item = Correspondence()
        touched = _apply(session, item, cleaned)
        common.add(case, session, item)
        for incident_id in touched:
            search.reindex(session, incident_id)
        return to_record(item)


def update(case: CaseFile, uuid: str, **values: Any) -> CorrespondenceRecord:
    cleaned = common.validate(values, _validators(case), partial=True)
    with case.transaction() as session:
        item = common.fetch(session, Correspondence, uuid, what="correspondence item")
        before = item.snapshot()
        touched = _apply(session, item, cleaned)
        if audit.record_update(session, case.user, item, before):
            for incident_id in touched:
                search.reindex(session, incident_id)
        return to_record(item)


def _linked(item: Correspondence) -> list[int]:
    return [incident.id for incident in item.incidents]


def delete(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(
        case, Correspondence, uuid, True, what="correspondence item", incidents=_linked
    )


def restore(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(
        case, Correspondence, uuid, False, what="correspondence item", incidents=_linked
    )


def list_correspondence(case: CaseFile, incident: str | None = None) -> list[CorrespondenceRecord]:
    """All correspondence, or that linked to one incident; oldest first."""
    with case.reading() as session:
        query = select(Correspondence).where(Correspondence.deleted.is_(False))
        if incident is not None:
            query = query.where(Correspondence.incidents.any(Incident.uuid == incident))
        query = query.order_by(Correspondence.span.start, Correspondence.id)
        return [to_record(item) for item in session.scalars(query)]


def get(case: CaseFile, uuid: str) -> CorrespondenceRecord:
    with case.reading() as session:
        return to_record(common.fetch(session, Correspondence, uuid, what="correspondence item"))


def to_record(item: Correspondence) -> CorrespondenceRecord:
    return CorrespondenceRecord(
        uuid=item.uuid,
        kind=CorrespondenceKind(item.kind),
        direction=Direction(item.direction),
        span=item.span,
        reference_number=item.reference_number,
        counterpart=item.counterpart,
        summary=item.summary,
        incident_uuids=tuple(sorted(i.uuid for i in item.incidents)),
        deleted=item.deleted,
    )
