"""Headquarters rows and bundle manifest rows, each way: the same fields, so a record read back
from PostgreSQL compares with a bundle's, and the bundle's checks run on it unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY, TEXT

from casefiles.bundle.manifest import INCIDENT_LINKS, fields
from casefiles.hq.schema import RECORD_TABLES, correspondence_incidents
from casefiles.storage.models import Audited, Correspondence, jsonable


def to_database(model: type[Audited], row: Mapping[str, Any]) -> dict[str, Any]:
    """A validated manifest row as column values of its headquarters table."""
    values: dict[str, Any] = {}
    for field in fields(model):
        value = row[field.name]
        if value is not None and field.kind == "datetime":
            value = datetime.fromisoformat(value)
        elif value is not None and field.kind == "date":
            value = date.fromisoformat(value)
        values[field.name] = value
    return values


def to_manifest(model: type[Audited], record: Mapping[Any, Any]) -> dict[str, Any]:
    """A headquarters row as the manifest row it came from (without its file description)."""
    return {field.name: jsonable(record[field.name]) for field in fields(model)}


def read_rows(
    connection: Connection,
    model: type[Audited],
    *,
    uuids: Iterable[str] | None = None,
    mission_id: int | None = None,
) -> dict[str, tuple[int | None, dict[str, Any]]]:
    """Rows of one table as manifest rows, by uuid, with the mission that holds each: those
    with the given uuids, or all of one mission."""
    table = RECORD_TABLES[model]
    query = select(table)
    if uuids is not None:
        query = query.where(in_list(table.c.uuid, uuids))
    if mission_id is not None:
        column = table.c.id if "mission_id" not in table.c else table.c.mission_id
        query = query.where(column == mission_id)
    found = {}
    for record in connection.execute(query).mappings():
        owner = record["mission_id"] if "mission_id" in record else record["id"]
        found[record["uuid"]] = (owner, to_manifest(model, record))
    if model is Correspondence and found:
        links: dict[str, list[str]] = {uuid: [] for uuid in found}
        query = select(
            correspondence_incidents.c.correspondence_uuid,
            correspondence_incidents.c.incident_uuid,
        ).where(in_list(correspondence_incidents.c.correspondence_uuid, found))
        for letter, incident in connection.execute(query):
            links[letter].append(incident)
        for uuid, (_owner, row) in found.items():
            row[INCIDENT_LINKS] = sorted(links[uuid])
    return found


def in_list(column: ColumnElement[Any], values: Iterable[str]) -> ColumnElement[bool]:
    """`column = ANY(array)`: one parameter however many values (IN has a limit of 65,535)."""
    return column == any_(bindparam(None, list(values), type_=ARRAY(TEXT)))
