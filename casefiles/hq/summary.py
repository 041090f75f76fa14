"""`casefiles hq summary`: a cross-mission summary, built as the desktop's SummaryDocument so the
same renderer draws it (ui.printing): a cover with damage totals per currency, one chronology
and one timeline with a lane per mission and site, and a section per mission with its totals,
costed damage and letters. Photos stay in the missions' own summaries.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from casefiles import clock
from casefiles.domain import wording
from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import (
    CorrespondenceKind,
    DamageElement,
    Direction,
    Impact,
    IncidentStatus,
    IncidentType,
    Precision,
    Severity,
    SiteKind,
)
from casefiles.hq.queries import list_missions
from casefiles.hq.rows import in_list
from casefiles.hq.schema import (
    audit_entries,
    correspondence,
    correspondence_incidents,
    damage_items,
    incidents,
    missions,
    sites,
)
from casefiles.hq.verify import verify
from casefiles.language.catalogue import Language, Phrases, phrases_for
from casefiles.storage.file_format import GENESIS_HASH
from casefiles.summary.build import chronology_row
from casefiles.summary.document import (
    Cover,
    DamageRow,
    DocumentKind,
    Field,
    IncidentSection,
    Letter,
    SiteRow,
    SummaryDocument,
    TimelineSource,
)
from casefiles.summary.rendering import ImageSource

PROTESTED = (IncidentStatus.PROTEST_SENT, IncidentStatus.ANSWER_RECEIVED)
_LANE = " · "  # between a mission's name and its site's: one timeline lane per pair
UTC_ZONE = ZoneInfo("UTC")  # missions lie in several zones: the summary speaks UTC


def images(_connection: Connection) -> ImageSource:
    """No pictures: the cross-mission summary lists no photos."""
    return lambda _uuid: None


def build_hq_summary(
    connection: Connection,
    mission_ids: Sequence[int] | None,
    date_from: date | None,
    date_to: date | None,
    language: Language = Language.EN,
) -> SummaryDocument:
    say = phrases_for(language)
    chosen = [
        m for m in list_missions(connection) if mission_ids is None or m.id in set(mission_ids)
    ]
    ids = [m.id for m in chosen]
    start = None if date_from is None else datetime.combine(date_from, time(), UTC)
    end = None if date_to is None else datetime.combine(date_to + timedelta(days=1), time(), UTC)
    site_records = _sites(connection, ids)
    records = _incidents(connection, ids, site_records, start, end)
    damage = _damage(connection, [r.uuid for _mission, r in records])
    totals = _totals(damage)
    printed_at = clock.now()
    by_mission: dict[int, list[IncidentRecord]] = defaultdict(list)
    for mission_id, record in records:
        by_mission[mission_id].append(record)
    findings = verify(connection, ids)
    sections = tuple(
        _section(connection, mission, by_mission[mission.id], damage, site_records, say)
        for mission in chosen
    )
    all_incidents = [record for _mission, record in records]
    period = (
        say(
            "hq.period",
            first=say.dates.long(date_from) if date_from else say("hq.period.first"),
            last=say.dates.long(date_to) if date_to else say("hq.period.last"),
        )
        if date_from or date_to
        else wording.period([r.span for r in all_incidents], UTC_ZONE, phrases=say)
    )
    utc = printed_at.astimezone(UTC)
    printed = say("hq.printed", day=say.dates.long(utc.date()), time=f"{utc:%H:%M}")
    facts = (
        Field(say("field.period_covered"), period),
        Field(say("field.missions"), str(len(chosen))),
        Field(say("field.incidents"), str(len(all_incidents))),
        Field(say("field.damage_estimates"), _money_lines(totals.get(None, {}), say)),
        Field(say("field.printed"), printed),
        Field(
            say("field.integrity"),
            say("hq.integrity.passed")
            if not findings
            else say.plural("hq.integrity.failed", len(findings)),
        ),
    )
    title = say("hq.title")
    cover = Cover(
        title=title,
        scope=say("hq.scope.all" if mission_ids is None else "hq.scope.chosen"),
        mission_lines=tuple(m.name for m in chosen),
        facts=facts,
        sites=tuple(
            SiteRow(
                name=site.name,
                kind=say.label(site.kind),
                address=site.address,
                coordinates=wording.coordinates(site.latitude, site.longitude, phrases=say),
                notified=wording.partial_date(site.coordinates_notified, phrases=say),
            )
            for _mission, site in site_records.values()
        ),
    )
    return SummaryDocument(
        kind=DocumentKind.CASE_SUMMARY,
        language=language,
        title=title,
        mission=", ".join(m.name for m in chosen) or say("hq.no_mission"),
        classification=" / ".join(sorted(_classifications(connection, ids))),
        fingerprint=_fingerprint(connection, ids),
        printed_at=printed_at,
        printed_at_words=printed,
        cover=cover,
        case_notes=(),
        chronology=tuple(chronology_row(r, UTC_ZONE, say) for r in all_incidents),
        timeline=TimelineSource(
            incidents=tuple(all_incidents),
            sites=tuple(site for _mission, site in site_records.values()),
            timezone="UTC",
        ),
        incidents=sections,
        correspondence_log=(),
        correspondence_scope="",
        evidence_index=(),
    )


def _sites(connection: Connection, ids: list[int]) -> dict[str, tuple[int, SiteRecord]]:
    query = (
        select(sites, missions.c.name.label("mission_name"))
        .join(missions, missions.c.id == sites.c.mission_id)
        .where(sites.c.mission_id.in_(ids))
        .order_by(missions.c.name, sites.c.id)
    )
    found = {}
    for row in connection.execute(query).mappings():
        found[row["uuid"]] = (
            row["mission_id"],
            SiteRecord(
                uuid=row["uuid"],
                kind=SiteKind(row["kind"]),
                name=f"{row['mission_name']}{_LANE}{row['name']}",
                address=row["address"],
                latitude=row["latitude"],
                longitude=row["longitude"],
                coordinates_notified=row["coordinates_notified"],
                deleted=row["deleted"],
            ),
        )
    return {uuid: value for uuid, value in found.items() if not value[1].deleted}


def _incidents(
    connection: Connection,
    ids: list[int],
    site_records: dict[str, tuple[int, SiteRecord]],
    start: datetime | None,
    end: datetime | None,
) -> list[tuple[int, IncidentRecord]]:
    query = (
        select(incidents)
        .where(incidents.c.mission_id.in_(ids), incidents.c.deleted.is_(False))
        .order_by(incidents.c.time_start, incidents.c.reference)
    )
    if start is not None:
        query = query.where(incidents.c.time_end > start)
    if end is not None:
        query = query.where(incidents.c.time_start < end)
    found = []
    for row in connection.execute(query).mappings():
        site = site_records.get(row["site_uuid"])
        record = IncidentRecord(
            uuid=row["uuid"],
            reference=row["reference"],
            title=row["title"],
            site_uuid=row["site_uuid"],
            site_name=site[1].name if site else "",
            span=TimeSpan(
                row["time_start"].astimezone(UTC),
                row["time_end"].astimezone(UTC),
                Precision(row["time_precision"]),
            ),
            incident_type=IncidentType(row["incident_type"]),
            impact=Impact(row["impact"]),
            distance_m=row["distance_m"],
            distance_words=row["distance_words"],
            description=row["description"],
            staff_killed=row["staff_killed"],
            staff_injured=row["staff_injured"],
            others_injured=row["others_injured"],
            uxo_found=row["uxo_found"],
            uxo_depth_m=row["uxo_depth_m"],
            status=IncidentStatus(row["status"]),
            deleted=False,
            worst_severity=(
                None if row["worst_severity"] is None else Severity(row["worst_severity"])
            ),
            photo_count=row["photo_count"],
        )
        found.append((row["mission_id"], record))
    return found


def _damage(connection: Connection, incident_uuids: list[str]) -> list[dict[str, Any]]:
    query = (
        select(damage_items, incidents.c.reference)
        .join(incidents, incidents.c.uuid == damage_items.c.incident_uuid)
        .where(in_list(damage_items.c.incident_uuid, incident_uuids))
        .where(damage_items.c.deleted.is_(False))
        .order_by(incidents.c.time_start, damage_items.c.id)
    )
    return [dict(row) for row in connection.execute(query).mappings()]


def _totals(damage: list[dict[str, Any]]) -> dict[int | None, dict[str | None, Decimal]]:
    """Estimated costs added up per currency, per mission and (key None) over all."""
    totals: dict[int | None, dict[str | None, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for item in damage:
        if item["cost_amount"] is None:
            continue
        try:
            amount = Decimal(item["cost_amount"])
        except InvalidOperation:
            continue  # hq verify reports a record that differs from its chain
        currency = item["cost_currency"] or None
        totals[item["mission_id"]][currency] += amount
        totals[None][currency] += amount
    return totals


def _money_lines(totals: dict[str | None, Decimal], say: Phrases) -> str:
    if not totals:
        return say("damage.none")
    return "; ".join(
        wording.money(amount, currency or say("hq.no_currency"), phrases=say)
        for currency, amount in sorted(totals.items(), key=lambda item: item[0] or "")
    )


def _section(
    connection: Connection,
    mission: Any,
    records: list[IncidentRecord],
    damage: list[dict[str, Any]],
    site_records: dict[str, tuple[int, SiteRecord]],
    say: Phrases,
) -> IncidentSection:
    own = [item for item in damage if item["mission_id"] == mission.id]
    totals = _totals(own).get(mission.id, {})
    protested = sum(record.status in PROTESTED for record in records)
    place = ", ".join(part for part in (mission.city, mission.host_country) if part)
    details = (
        Field(say("field.incidents"), str(len(records))),
        Field(say("field.protested"), say.plural("hq.protested", protested)),
        Field(say("field.damage_estimates"), _money_lines(totals, say)),
        Field(say("field.sites"), str(mission.sites)),
        Field(say("field.bundles"), str(mission.bundles)),
        Field(say("field.newest_fingerprint"), mission.fingerprint or wording.DASH),
    )
    rows = tuple(
        DamageRow(
            element=f"{item['reference']}: {say.label(DamageElement(item['element']))}",
            site=site_records[item["site_uuid"]][1].name.split(_LANE, 1)[-1]
            if item["site_uuid"] in site_records
            else "",
            severity=say.label(Severity(item["severity"])),
            description=item["description"],
            cost=wording.money(Decimal(item["cost_amount"]), item["cost_currency"], phrases=say)
            if item["cost_amount"] is not None
            else wording.DASH,
        )
        for item in own
    )
    incidents_words = say.plural("hq.incidents", len(records))
    return IncidentSection(
        reference=mission.name,
        title=f"{incidents_words}, {place}" if place else incidents_words,
        details=details,
        description="",
        damage=rows,
        photos=(),
        notes=(),
        correspondence=_letters(connection, mission.id, records, say),
    )


def _letters(
    connection: Connection, mission_id: int, records: list[IncidentRecord], say: Phrases
) -> tuple[Letter, ...]:
    references = {record.uuid: record.reference for record in records}
    links: dict[str, list[str]] = defaultdict(list)
    for letter, incident in connection.execute(
        select(
            correspondence_incidents.c.correspondence_uuid, correspondence_incidents.c.incident_uuid
        )
        .join(
            correspondence, correspondence.c.uuid == correspondence_incidents.c.correspondence_uuid
        )
        .where(correspondence.c.mission_id == mission_id)
    ):
        if incident in references:
            links[letter].append(references[incident])
    letters = []
    for row in connection.execute(
        select(correspondence)
        .where(correspondence.c.mission_id == mission_id, correspondence.c.deleted.is_(False))
        .order_by(correspondence.c.date_start)
    ).mappings():
        if records and row["uuid"] not in links:
            continue
        span = TimeSpan(
            row["date_start"].astimezone(UTC),
            row["date_end"].astimezone(UTC),
            Precision(row["date_precision"]),
        )
        letters.append(
            Letter(
                when=wording.span_words(span, UTC_ZONE, phrases=say),
                kind=say(
                    "letter.kind",
                    kind=say.label(CorrespondenceKind(row["kind"])),
                    direction=say(f"direction.{Direction(row['direction']).value}"),
                ),
                reference_number=row["reference_number"],
                counterpart=row["counterpart"],
                summary=row["summary"],
                incidents=wording.incident_references(sorted(links[row["uuid"]])),
            )
        )
    return tuple(letters)


def _classifications(connection: Connection, ids: list[int]) -> set[str]:
    return {
        value
        for value in connection.scalars(
            select(missions.c.classification).where(missions.c.id.in_(ids))
        )
        if value
    }


def _fingerprint(connection: Connection, ids: list[int]) -> str:
    """The headquarters fingerprint of what is summarised: SHA-256 over each mission's uuid and
    the hash of its newest audit entry held here, in uuid order."""
    heads = []
    for mission_id, uuid in connection.execute(
        select(missions.c.id, missions.c.uuid).where(missions.c.id.in_(ids)).order_by("uuid")
    ):
        head = connection.scalar(
            select(audit_entries.c.hash)
            .where(audit_entries.c.mission_id == mission_id)
            .order_by(audit_entries.c.seq.desc())
            .limit(1)
        )
        heads.append((uuid, head))
    digest = hashlib.sha256()
    for uuid, head in heads:
        digest.update(f"{uuid}:{head or GENESIS_HASH}\n".encode())
    return digest.hexdigest()
