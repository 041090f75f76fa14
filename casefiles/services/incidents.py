"""Incidents: what hit which site, when (as precisely as known), and what followed."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casefiles import audit, search
from casefiles.errors import NotFound, ValidationError
from casefiles.models import DamageItem, EvidenceItem, Incident, Site
from casefiles.records import IncidentRecord
from casefiles.services import _common as common
from casefiles.services import mission as mission_service
from casefiles.store import CaseFile
from casefiles.timespan import TimeSpan, zone
from casefiles.vocabulary import (
    Impact,
    IncidentStatus,
    IncidentType,
    Precision,
    Severity,
)

_REFERENCE = re.compile(r"[^\s]{1,64}")


def _reference(value: Any) -> str | None:
    cleaned: str = common.text(max_length=64)(value)
    if not cleaned:
        return None
    if not _REFERENCE.fullmatch(cleaned):
        raise ValueError("may not contain spaces")
    return cleaned


VALIDATORS: dict[str, common.Validator] = {
    "reference": _reference,
    "title": common.text(required=True, max_length=500),
    "site": common.text(required=True),
    "span": common.span_field,
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
    """Cleaned fields as column values: the span split, the site uuid turned into its row id."""
    columns = dict(cleaned)
    if "span" in columns:
        span: TimeSpan = columns.pop("span")
        columns.update(time_start=span.start, time_end=span.end, time_precision=span.precision)
    if "site" in columns:
        site = session.scalar(
            select(Site).where(Site.uuid == columns.pop("site"), Site.deleted.is_(False))
        )
        if site is None:
            raise ValidationError({"site": "choose one of the case file's sites"})
        columns["site_id"] = site.id
    return columns


def _check_uxo(incident: Incident) -> None:
    if incident.uxo_depth_m is not None and incident.uxo_found is not True:
        raise ValidationError(
            {"uxo_depth_m": "give a depth only when unexploded ordnance was found"}
        )


def next_reference(session: Session, prefix: str, year: int) -> str:
    """PREFIX-YEAR-NNN, one past the highest number already used for that prefix and year."""
    stem = f"{prefix}-{year}-"
    used = session.scalars(select(Incident.reference).where(Incident.reference.like(f"{stem}%")))
    numbers = [int(ref[len(stem) :]) for ref in used if ref[len(stem) :].isdigit()]
    return f"{stem}{max(numbers, default=0) + 1:03d}"


def create(case: CaseFile, **values: Any) -> IncidentRecord:
    cleaned = common.validate(common.with_span(case, values), VALIDATORS)
    with case.transaction() as session:
        columns = _columns(session, cleaned)
        if columns["reference"] is None:
            mission = mission_service.get(case)
            year = columns["time_start"].astimezone(zone(mission.timezone)).year
            columns["reference"] = next_reference(session, mission.reference_prefix, year)
        elif session.scalar(select(Incident.id).where(Incident.reference == columns["reference"])):
            raise ValidationError({"reference": f"{columns['reference']} is already used"})
        incident = Incident(**columns)
        _check_uxo(incident)
        common.add(case, session, incident)
        search.reindex(session, incident.id)
        return _record(session, incident)


def update(case: CaseFile, uuid: str, **values: Any) -> IncidentRecord:
    cleaned = common.validate(common.with_span(case, values), VALIDATORS, partial=True)
    with case.transaction() as session:
        incident = common.fetch(session, Incident, uuid, what="incident")
        columns = _columns(session, cleaned)
        if "reference" in columns:
            reference = columns["reference"]
            if reference is None:
                raise ValidationError({"reference": "is required"})
            clash = session.scalar(
                select(Incident.id).where(
                    Incident.reference == reference, Incident.id != incident.id
                )
            )
            if clash:
                raise ValidationError({"reference": f"{reference} is already used"})
        before = incident.snapshot()
        for name, value in columns.items():
            setattr(incident, name, value)
        _check_uxo(incident)
        if audit.record_update(session, case.user, incident, before):
            search.reindex(session, incident.id)
        return _record(session, incident)


def delete(case: CaseFile, uuid: str) -> None:
    _set_deleted(case, uuid, True)


def restore(case: CaseFile, uuid: str) -> None:
    _set_deleted(case, uuid, False)


def _set_deleted(case: CaseFile, uuid: str, deleted: bool) -> None:
    with case.transaction() as session:
        incident = common.fetch(session, Incident, uuid, what="incident")
        common.set_deleted(case, session, incident, deleted)
        search.reindex(session, incident.id)


def get(case: CaseFile, uuid: str) -> IncidentRecord:
    with case.reading() as session:
        return _record(session, common.fetch(session, Incident, uuid, what="incident"))


def get_by_reference(case: CaseFile, reference: str) -> IncidentRecord:
    with case.reading() as session:
        incident = session.scalar(select(Incident).where(Incident.reference == reference))
        if incident is None:
            raise NotFound(f"There is no incident {reference} in this case file.")
        return _record(session, incident)


def list_incidents(case: CaseFile, *, include_deleted: bool = False) -> list[IncidentRecord]:
    """All incidents, oldest first."""
    query = select(Incident).order_by(Incident.time_start, Incident.id)
    if not include_deleted:
        query = query.where(Incident.deleted.is_(False))
    with case.reading() as session:
        return records(session, session.scalars(query).all())


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
        if not ids:
            return []
        found = {i.id: i for i in session.scalars(select(Incident).where(Incident.id.in_(ids)))}
        return records(session, [found[i] for i in ids if i in found])


def records(session: Session, incidents: Iterable[Incident]) -> list[IncidentRecord]:
    """Records for many incidents with two grouped queries, not two per incident."""
    incidents = list(incidents)
    ids = [i.id for i in incidents]
    sites = {s.id: s for s in session.scalars(select(Site))}
    worst: dict[int, Severity] = {}
    photos: dict[int | None, int] = defaultdict(int)
    for chunk_start in range(0, len(ids), 30_000):  # SQLite's limit on bound parameters
        chunk = ids[chunk_start : chunk_start + 30_000]
        for incident_id, severity in session.execute(
            select(DamageItem.incident_id, DamageItem.severity).where(
                DamageItem.incident_id.in_(chunk), DamageItem.deleted.is_(False)
            )
        ):
            level = Severity(severity)
            if incident_id not in worst or level.rank > worst[incident_id].rank:
                worst[incident_id] = level
        for owner_id, number in session.execute(
            select(EvidenceItem.incident_id, func.count())
            .where(EvidenceItem.incident_id.in_(chunk), EvidenceItem.deleted.is_(False))
            .group_by(EvidenceItem.incident_id)
        ):
            photos[owner_id] = number
    return [_to_record(i, sites[i.site_id], worst.get(i.id), photos[i.id]) for i in incidents]


def _record(session: Session, incident: Incident) -> IncidentRecord:
    return records(session, [incident])[0]


def _to_record(
    incident: Incident, site: Site, worst: Severity | None, photo_count: int
) -> IncidentRecord:
    return IncidentRecord(
        uuid=incident.uuid,
        reference=incident.reference,
        title=incident.title,
        site_uuid=site.uuid,
        site_name=site.name,
        span=TimeSpan(incident.time_start, incident.time_end, Precision(incident.time_precision)),
        incident_type=IncidentType(incident.incident_type),
        impact=Impact(incident.impact),
        distance_m=incident.distance_m,
        distance_words=incident.distance_words,
        description=incident.description,
        staff_killed=incident.staff_killed,
        staff_injured=incident.staff_injured,
        others_injured=incident.others_injured,
        uxo_found=incident.uxo_found,
        uxo_depth_m=incident.uxo_depth_m,
        status=IncidentStatus(incident.status),
        deleted=incident.deleted,
        worst_severity=worst,
        photo_count=photo_count,
    )
