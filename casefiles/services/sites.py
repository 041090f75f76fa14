"""Sites: the premises (and national assets) that incidents happen at."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import select

from casefiles.domain.records import SiteRecord
from casefiles.domain.vocabulary import SiteKind
from casefiles.errors import FieldProblem
from casefiles.language.phrase import phrase
from casefiles.services import _common as common
from casefiles.storage.models import Site
from casefiles.storage.store import CaseFile

_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _partial_date(value: Any) -> str | None:
    """'2022', '2022-04' or '2022-04-15': as precise as the date is known, never more."""
    cleaned: str = common.text(max_length=10)(value)
    if not cleaned:
        return None
    if not _PARTIAL_DATE.fullmatch(cleaned):
        raise FieldProblem(phrase("field.not_partial_date"))
    parts = [int(p) for p in cleaned.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        raise FieldProblem(phrase("field.no_such_month", value=cleaned))
    if len(parts) > 2:
        try:
            date(*parts)
        except ValueError:
            raise FieldProblem(phrase("field.no_such_day", value=cleaned)) from None
    return cleaned


VALIDATORS: dict[str, common.Validator] = {
    "kind": common.choice(SiteKind),
    "name": common.text(required=True, max_length=300),
    "address": common.text(max_length=1000),
    "latitude": common.number(minimum=-90, maximum=90),
    "longitude": common.number(minimum=-180, maximum=180),
    "coordinates_notified": _partial_date,
}


def create(case: CaseFile, **values: Any) -> SiteRecord:
    cleaned = common.validate(values, VALIDATORS)
    with case.transaction() as session:
        return to_record(common.add(case, session, Site(**cleaned)))


def update(case: CaseFile, uuid: str, **values: Any) -> SiteRecord:
    cleaned = common.validate(values, VALIDATORS, partial=True)
    with case.transaction() as session:
        site = common.fetch(session, Site, uuid, what="site")
        common.change(case, session, site, cleaned)
        return to_record(site)


def delete(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, Site, uuid, True, what="site")


def restore(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, Site, uuid, False, what="site")


def get(case: CaseFile, uuid: str) -> SiteRecord:
    with case.reading() as session:
        return to_record(common.fetch(session, Site, uuid, what="site"))


def list_sites(case: CaseFile, *, include_deleted: bool = False) -> list[SiteRecord]:
    query = select(Site).order_by(Site.id)
    if not include_deleted:
        query = query.where(Site.deleted.is_(False))
    with case.reading() as session:
        return [to_record(site) for site in session.scalars(query)]


def to_record(site: Site) -> SiteRecord:
    return SiteRecord(
        uuid=site.uuid,
        kind=SiteKind(site.kind),
        name=site.name,
        address=site.address,
        latitude=site.latitude,
        longitude=site.longitude,
        coordinates_notified=site.coordinates_notified,
        deleted=site.deleted,
    )
