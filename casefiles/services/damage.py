"""Damage items: what was damaged in an incident, how badly, and what it may cost."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles.domain.records import DamageRecord
from casefiles.domain.vocabulary import DamageElement, Severity
from casefiles.errors import FieldProblem, ValidationError
from casefiles.integrity import audit
from casefiles.language.phrase import phrase
from casefiles.services import _common as common
from casefiles.storage import search
from casefiles.storage.models import DamageItem, Incident, Site
from casefiles.storage.store import CaseFile


def _amount(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise FieldProblem(phrase("field.not_amount")) from None
    if not amount.is_finite() or amount < 0:
        raise FieldProblem(phrase("field.negative"))
    return amount


def _currency(value: Any) -> str | None:
    code: str = common.text(max_length=3)(value)
    if not code:
        return None
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise FieldProblem(phrase("field.not_currency"))
    return code.upper()  # ASCII only, checked above: safe to upper-case


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise FieldProblem(phrase("field.not_date")) from None


VALIDATORS: dict[str, common.Validator] = {
    "element": common.choice(DamageElement),
    "severity": common.choice(Severity, default=Severity.NOT_ASSESSED.value),
    "description": common.text(),
    "site": common.text(),
    "cost_amount": _amount,
    "cost_currency": _currency,
    "cost_estimated_on": _date,
}


def _columns(session: Session, cleaned: dict[str, Any]) -> dict[str, Any]:
    columns = dict(cleaned)
    if "site" in columns:
        site_uuid = columns.pop("site")
        columns["site_id"] = None
        if site_uuid:
            site = session.scalar(select(Site).where(Site.uuid == site_uuid))
            if site is None:
                raise ValidationError({"site": phrase("field.not_a_site")})
            columns["site_id"] = site.id
    return columns


def create(case: CaseFile, incident: str, **values: Any) -> DamageRecord:
    cleaned = common.validate(values, VALIDATORS)
    with case.transaction() as session:
        parent = common.fetch(session, Incident, incident, what="incident")
        item = DamageItem(incident_id=parent.id, **_columns(session, cleaned))
        common.check_rules(item)
        common.add(case, session, item)
        search.reindex(session, parent.id)
        return to_record(session, item)


def update(case: CaseFile, uuid: str, **values: Any) -> DamageRecord:
    cleaned = common.validate(values, VALIDATORS, partial=True)
    with case.transaction() as session:
        item = common.fetch(session, DamageItem, uuid, what="damage item")
        before = item.snapshot()
        for name, value in _columns(session, cleaned).items():
            setattr(item, name, value)
        common.check_rules(item)
        audit.record_update(session, case.user, item, before)
        search.reindex(session, item.incident_id)
        return to_record(session, item)


def _its_incident(item: DamageItem) -> tuple[int]:
    return (item.incident_id,)


def delete(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, DamageItem, uuid, True, what="damage item", incidents=_its_incident)


def restore(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, DamageItem, uuid, False, what="damage item", incidents=_its_incident)


def list_damage(case: CaseFile, incident: str) -> list[DamageRecord]:
    with case.reading() as session:
        parent = common.fetch(session, Incident, incident, what="incident")
        items = session.scalars(
            select(DamageItem)
            .where(DamageItem.incident_id == parent.id, DamageItem.deleted.is_(False))
            .order_by(DamageItem.id)
        )
        return [to_record(session, item) for item in items]


def to_record(session: Session, item: DamageItem) -> DamageRecord:
    incident_uuid = session.scalar(select(Incident.uuid).where(Incident.id == item.incident_id))
    site_uuid = None
    if item.site_id is not None:
        site_uuid = session.scalar(select(Site.uuid).where(Site.id == item.site_id))
    return DamageRecord(
        uuid=item.uuid,
        incident_uuid=incident_uuid or "",
        site_uuid=site_uuid,
        element=DamageElement(item.element),
        severity=Severity(item.severity),
        description=item.description,
        cost_amount=item.cost_amount,
        cost_currency=item.cost_currency,
        cost_estimated_on=item.cost_estimated_on,
        deleted=item.deleted,
    )
