"""The bundle's records as CSV tables for spreadsheets.

UTF-8 with a byte order mark, so Excel reads Azerbaijani and Cyrillic; codes shown as their
words; links shown by what a person knows them by; deleted records left out (they stay in
manifest.json). A text cell that starts like a formula gets a leading apostrophe, so that a
spreadsheet shows it instead of running it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from casefiles.bundle.manifest import FILE, INCIDENT_LINKS, TABLES, fields
from casefiles.domain.wording import code_words
from casefiles.storage.models import Audited, Incident, Mission, Site

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LEFT_OUT = {"metadata_json"}  # the full metadata, readable in manifest.json


def csv_tables(manifest: Mapping[str, Any]) -> dict[str, bytes]:
    """File name (under tables/) -> CSV bytes."""
    names = {
        Incident: {row["uuid"]: row["reference"] for row in manifest["incidents"]},
        Site: {row["uuid"]: row["name"] for row in manifest["sites"]},
    }
    tables = {"mission.csv": _table(Mission, [manifest["mission"]], names)}
    for table, model in TABLES.items():
        live = [row for row in manifest[table] if not row["deleted"]]
        tables[f"{table}.csv"] = _table(model, live, names)
    tables["audit_log.csv"] = _audit_table(manifest["audit_log"])
    return tables


def _table(
    model: type[Audited],
    rows: list[dict[str, Any]],
    names: Mapping[type[Audited], Mapping[str, str]],
) -> bytes:
    header: list[str] = []
    for field in fields(model):
        if field.name in _LEFT_OUT or field.name == "deleted":
            continue
        header.append(field.name)
        if field.target in names:
            header.append(field.name.removesuffix("_uuid"))  # e.g. "site": the site's name
    if model is TABLES["correspondence"]:
        header.append("incidents")
    if model is TABLES["evidence"]:
        header.append("file")
    lines = []
    for row in rows:
        line: list[Any] = []
        for field in fields(model):
            if field.name in _LEFT_OUT or field.name == "deleted":
                continue
            value = row[field.name]
            code = field.vocabulary(value) if field.vocabulary and value else None
            line.append(value if code is None else code_words(code))
            known = names.get(field.target) if field.target is not None else None
            if known is not None:
                line.append(known.get(value, "") if value else "")
        if INCIDENT_LINKS in row:
            line.append("; ".join(names[Incident].get(u, u) for u in row[INCIDENT_LINKS]))
        if FILE in row:
            line.append(row[FILE]["path"])
        lines.append(line)
    return _csv(header, lines)


def _audit_table(entries: list[dict[str, Any]]) -> bytes:
    header = ["id", "at", "user", "action", "entity_type", "entity_uuid", "changes_json",
              "prev_hash", "hash", "redacted", "key_id", "signature"]  # fmt: skip
    return _csv(header, [[entry[key] for key in header] for entry in entries])


def _csv(header: list[str], lines: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[_cell(value) for value in line] for line in lines])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return str(value)
