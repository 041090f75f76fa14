"""Reading headquarters: the missions, their incidents across missions, the timeline query,
and search. Read-only: nothing here writes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Engine, func, or_, select, text

from casefiles.errors import NotFound
from casefiles.hq.migrate import check_schema
from casefiles.hq.schema import bundles, incidents, missions, sites
from casefiles.hq.search_text import matching
from casefiles.storage.search import Snippet


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction on an up-to-date headquarters schema: the command line and the
    desktop read through this, so neither can write."""
    with engine.connect() as connection:
        connection.execute(text("SET TRANSACTION READ ONLY"))
        check_schema(connection)
        yield connection


@dataclass(frozen=True, slots=True)
class MissionSummary:
    id: int
    uuid: str
    name: str
    city: str
    host_country: str
    timezone: str
    sites: int
    incidents: int
    bundles: int
    last_import: datetime | None
    fingerprint: str | None  # of the newest bundle imported

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "uuid": self.uuid,
            "city": self.city,
            "host_country": self.host_country,
            "sites": self.sites,
            "incidents": self.incidents,
            "bundles": self.bundles,
            "last_import": None if self.last_import is None else self.last_import.isoformat(),
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True, slots=True)
class HqIncident:
    """An incident as the lists show it, with its mission."""

    uuid: str
    mission: str
    mission_uuid: str
    timezone: str
    reference: str
    title: str
    start: datetime
    end: datetime
    precision: str
    site: str
    site_uuid: str
    incident_type: str
    impact: str
    status: str

    def as_json(self) -> dict[str, Any]:
        """The keys of `casefiles incidents --json`, and the mission."""
        return {
            "reference": self.reference,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "site": self.site,
            "type": self.incident_type,
            "status": self.status,
            "mission": self.mission,
        }


def list_missions(connection: Connection) -> list[MissionSummary]:
    def counted(table: Any) -> Any:
        return (
            select(func.count())
            .where(table.c.mission_id == missions.c.id, table.c.deleted.is_(False))
            .scalar_subquery()
        )

    newest = (
        select(bundles.c.imported_at, bundles.c.source_fingerprint)
        .where(bundles.c.mission_uuid == missions.c.uuid)
        .order_by(bundles.c.imported_at.desc(), bundles.c.id.desc())
        .limit(1)
        .lateral()
    )
    bundle_count = (
        select(func.count()).where(bundles.c.mission_uuid == missions.c.uuid).scalar_subquery()
    )
    query = (
        select(
            missions.c.id, missions.c.uuid, missions.c.name, missions.c.city,
            missions.c.host_country, missions.c.timezone, counted(sites), counted(incidents),
            bundle_count, newest.c.imported_at, newest.c.source_fingerprint,
        )
        .outerjoin(newest, newest.c.imported_at.is_not(None))
        .order_by(missions.c.name, missions.c.id)
    )  # fmt: skip
    return [MissionSummary(*row) for row in connection.execute(query)]


def mission_ids(connection: Connection, names: Sequence[str]) -> list[int]:
    """The missions named (by name or uuid); NotFound names the first unknown one."""
    found: list[int] = []
    for name in names:
        ids = connection.scalars(
            select(missions.c.id).where(or_(missions.c.name == name, missions.c.uuid == name))
        ).all()
        if not ids:
            known = ", ".join(connection.scalars(select(missions.c.name).order_by(missions.c.name)))
            raise NotFound(
                f"headquarters holds no mission named '{name}'"
                + (f"; it holds: {known}" if known else "; it holds no mission yet")
            )
        found += ids
    return found


def _incident_query() -> Any:
    return (
        select(
            incidents.c.uuid, missions.c.name, missions.c.uuid, missions.c.timezone,
            incidents.c.reference, incidents.c.title, incidents.c.time_start,
            incidents.c.time_end, incidents.c.time_precision, sites.c.name, sites.c.uuid,
            incidents.c.incident_type, incidents.c.impact, incidents.c.status,
        )
        .join(missions, missions.c.id == incidents.c.mission_id)
        .join(sites, sites.c.uuid == incidents.c.site_uuid)
        .where(incidents.c.deleted.is_(False))
    )  # fmt: skip


def _incident(row: Sequence[Any]) -> HqIncident:
    values = list(row)
    values[6] = values[6].astimezone(UTC)
    values[7] = values[7].astimezone(UTC)
    return HqIncident(*values)


def list_incidents(
    connection: Connection,
    mission_ids: Sequence[int] | None = None,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[HqIncident]:
    """Live incidents of every mission (or of these), oldest first, with their mission and
    site. `start` and `end` keep those whose time overlaps [start, end)."""
    query = _incident_query()
    if mission_ids is not None:
        query = query.where(incidents.c.mission_id.in_(mission_ids))
    if start is not None:
        query = query.where(incidents.c.time_end >= start)
    if end is not None:
        query = query.where(incidents.c.time_start < end)
    query = query.order_by(incidents.c.time_start, missions.c.name, incidents.c.reference)
    return [_incident(row) for row in connection.execute(query)]


@dataclass(frozen=True, slots=True)
class HqLane:
    """One live site of one mission: a lane of the timeline across missions."""

    mission_id: int
    mission: str
    timezone: str  # the mission's
    site_uuid: str
    site: str


def timeline_lanes(
    connection: Connection, mission_ids: Sequence[int] | None = None
) -> list[HqLane]:
    """The lanes in the order they are drawn: missions by name, each mission's sites as its
    case file made them."""
    query = (
        select(missions.c.id, missions.c.name, missions.c.timezone, sites.c.uuid, sites.c.name)
        .join(sites, sites.c.mission_id == missions.c.id)
        .where(sites.c.deleted.is_(False))
        .order_by(missions.c.name, missions.c.id, sites.c.id)
    )
    if mission_ids is not None:
        query = query.where(missions.c.id.in_(mission_ids))
    return [HqLane(*row) for row in connection.execute(query)]


# uuid, site uuid, reference, title, start and end (POSIX seconds), precision, incident type,
# worst severity (None: no damage recorded), photo count.
TimelineRow = tuple[str, str, str, str, float, float, str, str, str | None, int]

# One scan of one table: worst damage and photos are on the row (hq/incident_marks.py), times go
# as float8 (a datetime per value costs more to make than the rest of the row). No ORDER BY:
# the timeline sorts per lane itself, and sorting here cost a fifth of the query.
_TIMELINE = """
    SELECT uuid, site_uuid, reference, title, date_part('epoch', time_start),
           date_part('epoch', time_end), time_precision, incident_type, worst_severity, photo_count
    FROM incidents WHERE NOT deleted"""


def timeline_rows(
    connection: Connection, mission_ids: Sequence[int] | None = None
) -> list[TimelineRow]:
    """Every live incident of every mission (or of these) as a plain tuple, in no order: the
    timeline query. It goes past SQLAlchemy's rows to psycopg's binary tuples, since at 100,000
    incidents building a row object per incident was most of the time."""
    statement, parameters = _TIMELINE, {}
    if mission_ids is not None:
        statement += " AND mission_id = ANY(%(missions)s)"
        parameters["missions"] = [int(number) for number in mission_ids]
    driver = connection.connection.driver_connection
    assert driver is not None, "an open connection has its driver's connection"
    with driver.cursor(binary=True) as cursor:
        cursor.execute(statement, parameters)
        return cast(list[TimelineRow], cursor.fetchall())


def search(
    connection: Connection, query: str, mission_ids: Sequence[int] | None = None
) -> list[tuple[HqIncident, list[Snippet]]]:
    """Incidents of every mission matching `query` as the desktop matches it, oldest first."""
    hits = matching(connection, query, mission_ids)
    if not hits:
        return []
    uuids = [uuid for uuid, _snippets in hits]
    found = {
        row[0]: _incident(row)
        for row in connection.execute(_incident_query().where(incidents.c.uuid.in_(uuids)))
    }
    return [(found[uuid], snippets) for uuid, snippets in hits if uuid in found]
