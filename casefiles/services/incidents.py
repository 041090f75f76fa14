"""Incidents: what hit which site, when (as precisely as known), and what followed."""

from __future__ import annotations

from typing import Any, Literal, overload

from sqlalchemy import ColumnElement, Select, func, select, true
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from casefiles.domain import rules
from casefiles.domain.records import IncidentRecord
from casefiles.domain.vocabulary import (
    Impact,
    IncidentStatus,
    IncidentType,
    Severity,
)
from casefiles.errors import FieldProblem, NotFound, ValidationError
from casefiles.integrity import audit
from casefiles.language.phrase import phrase
from casefiles.services import _common as common
from casefiles.services import mission as mission_service
from casefiles.storage import search
from casefiles.storage.models import DamageItem, EvidenceItem, Incident, Site
from casefiles.storage.store import CaseFile


def _reference(value: Any) -> str | None:
    cleaned: str = common.text(max_length=rules.REFERENCE_MAX)(value)
    if not cleaned:
        return None
    if not rules.is_reference(cleaned):
        raise FieldProblem(phrase("field.reference_rule"))
    return cleaned


def _validators(case: CaseFile) -> dict[str, common.Validator]:
    return {
        "reference": _reference,
        "title": common.text(required=True, max_length=500),
        "site": common.text(required=True),
        "span": common.span_field(case),
    } | _FIELDS


_FIELDS: dict[str, common.Validator] = {
    "incident_type": common.choice(IncidentType, default=IncidentType.UNKNOWN),
    "impact": common.choice(Impact, default=Impact.UNKNOWN),
    "distance_m": common.number(minimum=0, maximum=1_000_000),
    "distance_words": common.text(max_length=200),
    "description": common.text(),
    "staff_killed": common.count(),
    "staff_injured": common.count(),
    "others_injured": common.count(),
    "uxo_found": common.optional_bool(),
    "uxo_depth_m": common.number(minimum=0, maximum=1000),
    "status": common.choice(IncidentStatus, default=IncidentStatus.DRAFT),
}


def _columns(session: Session, cleaned: dict[str, Any]) -> dict[str, Any]:
    """Cleaned fields as column values: the site uuid turned into its row id."""
    columns = dict(cleaned)
    if "site" in columns:
        site = session.scalar(
            select(Site).where(Site.uuid == columns.pop("site"), Site.deleted.is_(False))
        )
        if site is None:
            raise ValidationError({"site": phrase("field.not_a_site")})
        columns["site_id"] = site.id
    return columns


def next_reference(session: Session, prefix: str, year: int) -> str:
    """PREFIX-YEAR-NNN, one past the highest number already used for that prefix and year."""
    stem = f"{prefix}-{year}-"
    used = session.scalars(select(Incident.reference).where(Incident.reference.like(f"{stem}%")))
    numbers = [int(ref[len(stem) :]) for ref in used if ref[len(stem) :].isdigit()]
    return f"{stem}{max(numbers, default=0) + 1:03d}"


def create(case: CaseFile, **values: Any) -> IncidentRecord:
    cleaned = common.validate(values, _validators(case))
    with case.transaction() as session:
        columns = _columns(session, cleaned)
        if columns["reference"] is None:
            mission = mission_service.get(case)
            year = columns["span"].start.astimezone(mission.tz).year
            columns["reference"] = next_reference(session, mission.reference_prefix, year)
        elif session.scalar(select(Incident.id).where(Incident.reference == columns["reference"])):
            raise ValidationError(
                {"reference": phrase("field.used", reference=columns["reference"])}
            )
        incident = Incident(**columns)
        common.check_rules(incident)
        common.add(case, session, incident)
        search.reindex(session, incident.id)
        return _record(session, incident)


def update(case: CaseFile, uuid: str, **values: Any) -> IncidentRecord:
    cleaned = common.validate(values, _validators(case), partial=True)
    with case.transaction() as session:
        incident = common.fetch(session, Incident, uuid, what="incident")
        columns = _columns(session, cleaned)
        if "reference" in columns:
            reference = columns["reference"]
            if reference is None:
                raise ValidationError({"reference": phrase("field.required")})
            clash = session.scalar(
                select(Incident.id).where(
                    Incident.reference == reference, Incident.id != incident.id
                )
            )
            if clash:
                raise ValidationError({"reference": phrase("field.used", reference=reference)})
        before = incident.snapshot()
        for name, value in columns.items():
            setattr(incident, name, value)
        common.check_rules(incident)
        if audit.record_update(session, case.user, incident, before):
            search.reindex(session, incident.id)
        return _record(session, incident)


def _itself(incident: Incident) -> tuple[int]:
    return (incident.id,)


def delete(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, Incident, uuid, True, what="incident", incidents=_itself)


def restore(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, Incident, uuid, False, what="incident", incidents=_itself)


def get(case: CaseFile, uuid: str) -> IncidentRecord:
    with case.reading() as session:
        return _record(session, common.fetch(session, Incident, uuid, what="incident"))


def get_by_reference(case: CaseFile, reference: str) -> IncidentRecord:
    with case.reading() as session:
        incident = session.scalar(select(Incident).where(Incident.reference == reference))
        if incident is None:
            raise NotFound(phrase("not_found.reference", reference=reference))
        return _record(session, incident)


def list_incidents(case: CaseFile, *, include_deleted: bool = False) -> list[IncidentRecord]:
    """All incidents, oldest first."""
    condition = true() if include_deleted else Incident.deleted.is_(False)
    with case.reading() as session:
        return _select_records(session, condition, whole_table=True)


def search_uuids(case: CaseFile, query: str) -> list[str]:
    """Ids of the incidents matching `query`, best first: what a filter over a list needs,
    without building records for every hit."""
    with case.reading() as session:
        ids = search.search_incident_ids(session, query)
        if not ids:
            return []
        uuids = dict(
            session.execute(select(Incident.id, Incident.uuid).where(Incident.id.in_(ids))).all()
        )
        return [uuids[i] for i in ids if i in uuids]


def search_incidents(case: CaseFile, query: str) -> list[IncidentRecord]:
    """Incidents whose text, damage, notes or correspondence match `query`, best first."""
    with case.reading() as session:
        ids = search.search_incident_ids(session, query)
        found = dict(_select_records(session, Incident.id.in_(ids), with_ids=True))
        return [found[i] for i in ids if i in found]


def search_with_snippets(
    case: CaseFile, query: str
) -> list[tuple[IncidentRecord, list[search.Snippet]]]:
    """Like search_incidents, each with where it matched (see search.snippets)."""
    with case.reading() as session:
        ids = search.search_incident_ids(session, query)
        found = dict(_select_records(session, Incident.id.in_(ids), with_ids=True))
        return [
            (found[i], search.snippets(session, session.get_one(Incident, i), query))
            for i in ids
            if i in found
        ]


def _record(session: Session, incident: Incident) -> IncidentRecord:
    session.flush()
    (record,) = _select_records(session, Incident.id == incident.id)
    return record


_SEVERITY_RANK = sql_case(*((DamageItem.severity == s.value, s.rank) for s in Severity), else_=-1)
_LIVE_DAMAGE = DamageItem.deleted.is_(False)
_LIVE_PHOTOS = EvidenceItem.deleted.is_(False)
_BASE_COLUMNS = (
    Incident.id, Incident.uuid, Incident.reference, Incident.title, Site.uuid, Site.name,
    Incident.span, Incident.incident_type,
    Incident.impact, Incident.distance_m, Incident.distance_words, Incident.description,
    Incident.staff_killed, Incident.staff_injured, Incident.others_injured, Incident.uxo_found,
    Incident.uxo_depth_m, Incident.status, Incident.deleted,
)  # fmt: skip


def _records_query(condition: ColumnElement[bool], whole_table: bool) -> Select[*tuple[Any, ...]]:
    """Worst damage and photo count per incident: grouped once over the tables when listing
    many incidents, looked up by index per incident when reading a few."""
    if whole_table:
        worst = (
            select(DamageItem.incident_id, func.max(_SEVERITY_RANK).label("rank"))
            .where(_LIVE_DAMAGE)
            .group_by(DamageItem.incident_id)
            .subquery()
        )
        photos = (
            select(EvidenceItem.incident_id, func.count().label("count"))
            .where(_LIVE_PHOTOS)
            .group_by(EvidenceItem.incident_id)
            .subquery()
        )
        query = (
            select(*_BASE_COLUMNS, worst.c.rank, func.coalesce(photos.c.count, 0))
            .outerjoin(worst, worst.c.incident_id == Incident.id)
            .outerjoin(photos, photos.c.incident_id == Incident.id)
        )
    else:
        rank = select(func.max(_SEVERITY_RANK)).where(
            DamageItem.incident_id == Incident.id, _LIVE_DAMAGE
        )
        count = select(func.count()).where(EvidenceItem.incident_id == Incident.id, _LIVE_PHOTOS)
        query = select(*_BASE_COLUMNS, rank.scalar_subquery(), count.scalar_subquery())
    return (
        query.join(Site, Site.id == Incident.site_id)
        .where(condition)
        .order_by(Incident.span.start, Incident.id)
    )  # fmt: skip


@overload
def _select_records(
    session: Session,
    condition: ColumnElement[bool],
    *,
    with_ids: Literal[False] = False,
    whole_table: bool = False,
) -> list[IncidentRecord]: ...
@overload
def _select_records(
    session: Session,
    condition: ColumnElement[bool],
    *,
    with_ids: Literal[True],
    whole_table: bool = False,
) -> list[tuple[int, IncidentRecord]]: ...
def _select_records(
    session: Session,
    condition: ColumnElement[bool],
    *,
    with_ids: bool = False,
    whole_table: bool = False,
) -> list[IncidentRecord] | list[tuple[int, IncidentRecord]]:
    """Records straight from columns, oldest first, in one query and without ORM objects:
    a 10,000-incident case file opens on this."""
    query = _records_query(condition, whole_table)
    severities = list(Severity)
    rows = [
        (row[0], IncidentRecord(
            uuid=row[1], reference=row[2], title=row[3], site_uuid=row[4], site_name=row[5],
            span=row[6], incident_type=IncidentType(row[7]), impact=Impact(row[8]),
            distance_m=row[9], distance_words=row[10], description=row[11],
            staff_killed=row[12], staff_injured=row[13], others_injured=row[14],
            uxo_found=row[15], uxo_depth_m=row[16], status=IncidentStatus(row[17]),
            deleted=row[18],
            worst_severity=None if row[19] is None or row[19] < 0 else severities[row[19]],
            photo_count=row[20],
        ))
        for row in session.execute(query)
    ]  # fmt: skip
    if with_ids:
        return rows
    return [record for _id, record in rows]
