"""The bundle's manifest.json: its layout, how rows become JSON and back, and its validation.

Rows are the case file's own columns, except that a link to another record is that record's
stable uuid (`incident_id` becomes `incident_uuid`), so a bundle means the same in any case
file. The fields are read from the models, so the format follows the schema. Every value is
checked and put in one canonical form when read, so two equal rows compare equal as JSON.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import re
import uuid as uuid_module
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Float, Integer
from sqlalchemy.sql.elements import KeyedColumnElement

from casefiles.bundle.checks import name_problem
from casefiles.bundle.errors import BadBundle
from casefiles.domain import rules
from casefiles.domain.vocabulary import (
    CorrespondenceKind,
    DamageElement,
    Direction,
    EvidenceKind,
    Impact,
    IncidentStatus,
    IncidentType,
    Precision,
    Severity,
    SiteKind,
    Vocabulary,
)
from casefiles.language.phrase import phrase
from casefiles.storage.models import (
    Audited,
    Correspondence,
    DamageItem,
    DecimalText,
    EvidenceItem,
    Incident,
    IsoDate,
    Mission,
    Note,
    Site,
    UtcDateTime,
    jsonable,
)

FORMAT = "casefiles-bundle"
# 2: every file listed with its role; the bundle's own name (README.txt is made from it).
# 3: signed audit entries, and the exporter's signature over the manifest (manifest.sig).
FORMAT_VERSION = 3
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
SIGNATURE = "manifest.sig"  # the exporter's signature over manifest.json (signing.py)
README = "README.txt"
SUMMARY = "summary.pdf"
EVIDENCE_DIR = "evidence/"
TABLES_DIR = "tables/"

# In the order they are written and merged: each refers only to tables before it.
TABLES: dict[str, type[Audited]] = {
    "sites": Site,
    "incidents": Incident,
    "damage_items": DamageItem,
    "correspondence": Correspondence,
    "evidence": EvidenceItem,
    "notes": Note,
}
ALL_MODELS: tuple[type[Audited], ...] = (Mission, *TABLES.values())
MODELS_BY_AUDIT_NAME: dict[str, type[Audited]] = {model.audit_name: model for model in ALL_MODELS}
VOCABULARIES: dict[tuple[type[Audited], str], type[Vocabulary]] = {
    (Site, "kind"): SiteKind,
    (Incident, "time_precision"): Precision,
    (Incident, "incident_type"): IncidentType,
    (Incident, "impact"): Impact,
    (Incident, "status"): IncidentStatus,
    (DamageItem, "element"): DamageElement,
    (DamageItem, "severity"): Severity,
    (Correspondence, "kind"): CorrespondenceKind,
    (Correspondence, "direction"): Direction,
    (Correspondence, "date_precision"): Precision,
    (EvidenceItem, "kind"): EvidenceKind,
}
INCIDENT_LINKS = "incident_uuids"  # correspondence: the incidents it is about
FILE = "file"  # evidence: where its bytes are in the bundle
FILES = "files"  # every file of the bundle but the manifest and SHA256SUMS, with its role
ROLES = ("evidence", "table", "readme", "summary")
_TOP_LEVEL = {
    "format", "format_version", "bundle_uuid", "bundle_name", "created_at", "created_by",
    "app_version", "source", "selection", "summary_pdf", "mission", *TABLES, "audit_log", FILES,
}  # fmt: skip
_AUDIT_KEYS = {
    "id", "at", "user", "action", "entity_type", "entity_uuid", "changes_json", "prev_hash",
    "hash", "redacted", "withheld", "key_id", "signature",
}  # fmt: skip
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_SIGNATURE = re.compile(r"[0-9a-f]{128}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MAX_INT = 2**63 - 1


@dataclass(frozen=True, slots=True)
class Field:
    """A manifest field of a model: a column, or a link to another record by its uuid."""

    name: str
    column: str
    kind: str  # text, int, float, bool, datetime, date, decimal, uuid, sha256, link
    nullable: bool
    target: type[Audited] | None = None
    vocabulary: type[Vocabulary] | None = None


@functools.cache  # read per row of every table: the models do not change while running
def fields(model: type[Audited]) -> tuple[Field, ...]:
    result = []
    for column in model.__table__.columns:
        if column.key == "id":
            continue
        target = _linked_model(column)
        if target is not None:
            name = column.key.removesuffix("_id") + "_uuid"
            result.append(Field(name, column.key, "link", bool(column.nullable), target))
        else:
            vocabulary = VOCABULARIES.get((model, column.key))
            nullable = bool(column.nullable)
            result.append(Field(column.key, column.key, _kind(column), nullable, None, vocabulary))
    return tuple(result)


def _linked_model(column: KeyedColumnElement[Any]) -> type[Audited] | None:
    for key in column.foreign_keys:
        for model in MODELS_BY_AUDIT_NAME.values():
            if key.column.table is model.__table__:
                return model
    return None


def _kind(column: KeyedColumnElement[Any]) -> str:
    kinds: list[tuple[type[Any], str]] = [
        (UtcDateTime, "datetime"), (IsoDate, "date"), (DecimalText, "decimal"),
        (Boolean, "bool"), (Integer, "int"), (Float, "float"),
    ]  # fmt: skip
    if column.key == "uuid":
        return "uuid"
    if column.key == "sha256":
        return "sha256"
    for type_, kind in kinds:
        if isinstance(column.type, type_):
            return kind
    return "text"


# Out of the case file ---------------------------------------------------------------------------


def row_of(entity: Audited) -> dict[str, Any]:
    """An entity as a manifest row."""
    # Links by uuid; correspondence adds its incident_uuids. No derived images: the reader of
    # a bundle makes its own.
    values = entity.snapshot(derived=False)
    row: dict[str, Any] = {}
    for field in fields(type(entity)):
        row[field.name] = values.pop(field.name)
    row.update(values)
    return row


# Into a case file -------------------------------------------------------------------------------


def column_values(
    model: type[Audited], row: Mapping[str, Any], ids: Mapping[type[Audited], Mapping[str, int]]
) -> dict[str, Any]:
    """A validated manifest row as model keyword arguments; `ids` maps uuids to row ids."""
    values: dict[str, Any] = {}
    for field in fields(model):
        value = row[field.name]
        if value is not None:
            if field.target is not None:
                value = ids[field.target][value]
            elif field.kind == "datetime":
                value = datetime.fromisoformat(value)
            elif field.kind == "date":
                value = date.fromisoformat(value)
            elif field.kind == "decimal":
                value = Decimal(value)
        values[field.column] = value
    return values


def content(row: Mapping[str, Any]) -> dict[str, Any]:
    """What must match for two rows with one uuid to be the same record."""
    return {key: value for key, value in row.items() if key != FILE}


# Reading and validating -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Manifest:
    data: dict[str, Any]

    @property
    def mission(self) -> dict[str, Any]:
        value: dict[str, Any] = self.data["mission"]
        return value

    def rows(self, table: str) -> list[dict[str, Any]]:
        value: list[dict[str, Any]] = self.data[table]
        return value

    @property
    def audit_log(self) -> list[dict[str, Any]]:
        value: list[dict[str, Any]] = self.data["audit_log"]
        return value

    @property
    def complete(self) -> bool:
        """Whether it holds the whole case file (no incidents chosen, nothing left out)."""
        return self.data["selection"]["incidents"] is None

    @property
    def strip_location(self) -> bool:
        return bool(self.data["selection"]["strip_location"])

    @property
    def source_fingerprint(self) -> str:
        return str(self.data["source"]["fingerprint"])

    @property
    def bundle_uuid(self) -> str:
        return str(self.data["bundle_uuid"])

    def evidence_files(self) -> dict[str, dict[str, Any]]:
        """Each file under evidence/ with its description (path, sha256, size, derived)."""
        return {row[FILE]["path"]: row[FILE] for row in self.rows("evidence")}

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        """Every file the bundle holds besides the manifest and SHA256SUMS, by path: its
        sha256, size_bytes and role."""
        return {entry["path"]: entry for entry in self.data[FILES]}


def parse(data: bytes) -> Manifest:
    """Read and check manifest.json, or refuse the bundle saying what is wrong and where."""
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise BadBundle(phrase("bundle.manifest_not_json", name=MANIFEST)) from None
    try:
        return Manifest(_validate(value))
    except _Invalid as error:
        raise BadBundle(phrase("bundle.manifest_invalid", name=MANIFEST, error=error)) from None


def _no_constant(_name: str) -> None:
    """NaN and Infinity are not JSON numbers; the refusal is worded by the caller."""
    raise ValueError


class _Invalid(Exception):
    pass


def _validate(value: Any) -> dict[str, Any]:
    top = _object(value, "the manifest", _TOP_LEVEL)
    if top["format"] != FORMAT:
        raise _Invalid(f"format: it is not a {FORMAT}")
    version = top["format_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Invalid("format_version: must be a whole number")
    if version > FORMAT_VERSION:
        raise BadBundle(phrase("bundle.newer", version=version))
    if version < FORMAT_VERSION:
        raise BadBundle(phrase("bundle.older", version=version))
    _text(top["bundle_name"], "bundle_name")
    _uuid(top["bundle_uuid"], "bundle_uuid")
    _datetime(top["created_at"], "created_at")
    for key in ("created_by", "app_version"):
        _text(top[key], key)
    source = _object(top["source"], "source", {"file_name", "fingerprint", "schema_version"})
    _text(source["file_name"], "source.file_name")
    _hex(source["fingerprint"], "source.fingerprint")
    _int(source["schema_version"], "source.schema_version")
    selection = _object(top["selection"], "selection", {"incidents", "strip_location"})
    if selection["incidents"] is not None:
        _list(selection["incidents"], "selection.incidents")
        for index, reference in enumerate(selection["incidents"]):
            _text(reference, f"selection.incidents[{index}]")
    if not isinstance(selection["strip_location"], bool):
        raise _Invalid("selection.strip_location: must be true or false")
    if top["summary_pdf"] not in (None, "summary.pdf"):
        raise _Invalid("summary_pdf: must be summary.pdf or null")
    top["mission"] = _row(Mission, top["mission"], "mission")
    for table, model in TABLES.items():
        rows = _list(top[table], table)
        top[table] = [_row(model, row, f"{table}[{n}]") for n, row in enumerate(rows)]
    for index, row in enumerate(top["evidence"]):
        # Only a bundle without location holds copies; anywhere else a "derived" file could
        # be anything, and the bytes stored under the original's SHA-256 would not be it.
        if row[FILE]["derived"] is not None and not selection["strip_location"]:
            raise _Invalid(f"evidence[{index}].{FILE}.derived: this bundle holds originals only")
    _check_links(top)
    top["audit_log"] = _audit_log(top["audit_log"])
    top[FILES] = _files(top)
    return top


def _files(top: dict[str, Any]) -> list[dict[str, Any]]:
    """The list of files: each once, with a role that fits its name and the rest of the
    manifest (an evidence file described by a row, the summary only when one is announced)."""
    described = {row[FILE]["path"]: row[FILE] for row in top["evidence"]}
    entries = []
    seen: set[str] = set()
    for index, item in enumerate(_list(top[FILES], FILES)):
        where = f"{FILES}[{index}]"
        entry = _object(item, where, {"path", "sha256", "size_bytes", "role"})
        path = _text(entry["path"], f"{where}.path")
        _hex(entry["sha256"], f"{where}.sha256")
        if _int(entry["size_bytes"], f"{where}.size_bytes") < 0:
            raise _Invalid(f"{where}.size_bytes: must not be negative")
        if path.casefold() in seen:
            raise _Invalid(f"{where}.path: is listed twice")
        seen.add(path.casefold())
        if entry["role"] not in ROLES or _role_of(path, top, described) != entry["role"]:
            raise _Invalid(f"{where}.role: {path} cannot be a file of role {entry['role']!r}")
        if path in described and (
            described[path]["sha256"] != entry["sha256"]
            or described[path]["size_bytes"] != entry["size_bytes"]
        ):
            raise _Invalid(f"{where}: does not match the evidence row that describes {path}")
        entries.append(entry)
    missing = sorted(described.keys() - {entry["path"] for entry in entries})
    if missing:
        raise _Invalid(f"{FILES}: {missing[0]} is not listed")
    if top["summary_pdf"] is not None and SUMMARY not in seen:
        raise _Invalid(f"{FILES}: {SUMMARY} is not listed")
    return entries


def _role_of(path: str, top: dict[str, Any], described: Mapping[str, Any]) -> str | None:
    if path in described:
        return "evidence"
    if path == README:
        return "readme"
    if path == SUMMARY and top["summary_pdf"] == SUMMARY:
        return "summary"
    folder, _, rest = path.partition("/")
    if f"{folder}/" == TABLES_DIR and rest.removesuffix(".csv") in TABLE_FILES:
        return "table"
    return None


def _row(model: type[Audited], value: Any, where: str) -> dict[str, Any]:
    expected = {field.name for field in fields(model)}
    if model is Correspondence:
        expected.add(INCIDENT_LINKS)
    if model is EvidenceItem:
        expected.add(FILE)
    row = _object(value, where, expected)
    for field in fields(model):
        row[field.name] = _field(field, row[field.name], f"{where}.{field.name}")
    if model is Correspondence:
        links = _list(row[INCIDENT_LINKS], f"{where}.{INCIDENT_LINKS}")
        row[INCIDENT_LINKS] = [_uuid(link, f"{where}.{INCIDENT_LINKS}") for link in links]
        if row[INCIDENT_LINKS] != sorted(set(row[INCIDENT_LINKS])):
            raise _Invalid(f"{where}.{INCIDENT_LINKS}: must be sorted and without repeats")
    if model is EvidenceItem:
        row[FILE] = _file(row[FILE], f"{where}.{FILE}")
    _check_row(model, row, where)
    return row


def _field(field: Field, value: Any, where: str) -> Any:
    if value is None:
        if not field.nullable:
            raise _Invalid(f"{where}: is required")
        return None
    checks = {
        "text": _text, "int": _int, "float": _float, "bool": _bool, "datetime": _datetime,
        "date": _date, "decimal": _decimal, "uuid": _uuid, "link": _uuid, "sha256": _hex,
    }  # fmt: skip
    value = checks[field.kind](value, where)
    if field.vocabulary is not None and value not in {m.value for m in field.vocabulary}:
        raise _Invalid(f"{where}: '{value}' is not a known code")
    return value


def _check_row(model: type[Audited], row: dict[str, Any], where: str) -> None:
    """What the services would refuse to store (casefiles.domain.rules), which the app could
    not show. Datetimes are compared in their canonical text, which sorts as time does."""
    columns = {field.column: row[field.name] for field in fields(model)}
    for field, problem in rules.problems(model.__tablename__, columns):
        raise _Invalid(f"{where}.{field}: {problem}")
    if model is EvidenceItem:
        described = row[FILE]
        if described["derived"] is None and (
            described["sha256"] != row["sha256"] or described["size_bytes"] != row["size_bytes"]
        ):
            raise _Invalid(f"{where}.{FILE}: does not describe the original")


# The CSV files under tables/: the mission, each table, and the audit log.
TABLE_FILES = frozenset({"mission", *TABLES, "audit_log"})


def _file(value: Any, where: str) -> dict[str, Any]:
    described = _object(value, where, {"path", "sha256", "size_bytes", "derived"})
    path = _text(described["path"], f"{where}.path")
    if not path.startswith(EVIDENCE_DIR) or "/" in path.removeprefix(EVIDENCE_DIR):
        raise _Invalid(f"{where}.path: must be a file in {EVIDENCE_DIR}")
    problem = name_problem(path)
    if problem is not None or path == EVIDENCE_DIR:
        raise _Invalid(f"{where}.path: {problem.english if problem else 'names no file'}")
    _hex(described["sha256"], f"{where}.sha256")
    if _int(described["size_bytes"], f"{where}.size_bytes") < 0:
        raise _Invalid(f"{where}.size_bytes: must not be negative")
    if described["derived"] is not None:
        _text(described["derived"], f"{where}.derived")
    return described


def _check_links(top: dict[str, Any]) -> None:
    """Every uuid once; every link to a record in the bundle; files named consistently."""
    known: dict[type[Audited], dict[str, dict[str, Any]]] = {Mission: {}}
    seen: set[str] = {top["mission"]["uuid"]}
    for table, model in TABLES.items():
        known[model] = {}
        for index, row in enumerate(top[table]):
            if row["uuid"] in seen:
                raise _Invalid(f"{table}[{index}].uuid: is used twice")
            seen.add(row["uuid"])
            known[model][row["uuid"]] = row
    references = [row["reference"] for row in top["incidents"]]
    if len(references) != len(set(references)):
        raise _Invalid("incidents: an incident reference is used twice")
    for table, model in TABLES.items():
        for index, row in enumerate(top[table]):
            for field in fields(model):
                value = row[field.name]
                if field.target is not None and value not in (None, *known[field.target]):
                    raise _Invalid(f"{table}[{index}].{field.name}: no such record in it")
            for link in row.get(INCIDENT_LINKS, ()):
                if link not in known[Incident]:
                    raise _Invalid(f"{table}[{index}].{INCIDENT_LINKS}: no such incident in it")
    files: dict[str, str] = {}
    for index, row in enumerate(top["evidence"]):
        damage = row["damage_item_uuid"]
        owner = None if damage is None else known[DamageItem][damage]["incident_uuid"]
        if damage is not None and owner != row["incident_uuid"]:
            raise _Invalid(f"evidence[{index}]: its damage item belongs to another incident")
        path, digest = row[FILE]["path"], row[FILE]["sha256"]
        if files.setdefault(path.casefold(), digest) != digest:
            raise _Invalid(f"evidence[{index}].{FILE}.path: names two different files")


def _audit_log(value: Any) -> list[dict[str, Any]]:
    entries = []
    previous = 0
    for index, item in enumerate(_list(value, "audit_log")):
        where = f"audit_log[{index}]"
        entry = _object(item, where, _AUDIT_KEYS)
        if _int(entry["id"], f"{where}.id") <= previous:
            raise _Invalid(f"{where}.id: entries must be in order")
        previous = entry["id"]
        for key in ("at", "user", "action", "entity_type", "entity_uuid", "changes_json"):
            _text(entry[key], f"{where}.{key}")
        _hex(entry["prev_hash"], f"{where}.prev_hash")
        _hex(entry["hash"], f"{where}.hash")
        for key, form in (("key_id", _KEY_ID), ("signature", _SIGNATURE)):
            if entry[key] is not None and not form.fullmatch(_text(entry[key], f"{where}.{key}")):
                raise _Invalid(f"{where}.{key}: is not a {key.replace('_', ' ')}")
        _bool(entry["redacted"], f"{where}.redacted")
        withheld = _object(entry["withheld"], f"{where}.withheld", entry["withheld"] or ())
        for name, digest in withheld.items():
            if digest is not None:
                _hex(digest, f"{where}.withheld.{name}")
        if len({digest is None for digest in withheld.values()}) > 1:
            raise _Invalid(f"{where}.withheld: gives the hashes of some fields but not all")
        try:
            changes = json.loads(entry["changes_json"], parse_constant=_no_constant)
        except (ValueError, RecursionError):
            raise _Invalid(f"{where}.changes_json: is not JSON") from None
        if not isinstance(changes, dict):
            raise _Invalid(f"{where}.changes_json: is not a JSON object")
        entries.append(entry)
    return entries


# Value checks: each returns the value in its canonical form or raises _Invalid -------------------


def _object(value: Any, where: str, keys: Iterable[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(f"{where}: must be an object")
    expected = set(keys)
    missing, extra = expected - value.keys(), value.keys() - expected
    if missing:
        raise _Invalid(f"{where}: {sorted(missing)[0]} is missing")
    if extra:
        raise _Invalid(f"{where}: {sorted(extra)[0]!r} is not a known field")
    return dict(value)


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Invalid(f"{where}: must be a list")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"{where}: must be text")
    return value


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > _MAX_INT:
        raise _Invalid(f"{where}: must be a whole number")
    return value


def _float(value: Any, where: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _Invalid(f"{where}: must be a number")
    try:
        number = float(value)
    except OverflowError:
        raise _Invalid(f"{where}: must be a number") from None
    if not math.isfinite(number):
        raise _Invalid(f"{where}: must be a finite number")
    return number


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"{where}: must be true or false")
    return value


def _datetime(value: Any, where: str) -> str:
    try:
        moment = datetime.fromisoformat(_text(value, where))
    except ValueError:
        raise _Invalid(f"{where}: must be a time such as 2025-11-14T02:00:00+00:00") from None
    if moment.tzinfo is None:
        raise _Invalid(f"{where}: must be a time with its time zone")
    return str(jsonable(moment))


def _date(value: Any, where: str) -> str:
    try:
        return date.fromisoformat(_text(value, where)).isoformat()
    except ValueError:
        raise _Invalid(f"{where}: must be a date such as 2025-11-14") from None


def _decimal(value: Any, where: str) -> str:
    try:
        amount = Decimal(_text(value, where))
    except InvalidOperation:
        raise _Invalid(f"{where}: must be an amount written as text, such as '12500.50'") from None
    if not amount.is_finite():
        raise _Invalid(f"{where}: must be a finite amount")
    return str(amount)


def _uuid(value: Any, where: str) -> str:
    text = _text(value, where)
    with contextlib.suppress(ValueError):
        if str(uuid_module.UUID(text)) == text:
            return text
    raise _Invalid(f"{where}: must be a uuid in lower case")


def _hex(value: Any, where: str) -> str:
    if not _HEX64.fullmatch(_text(value, where)):
        raise _Invalid(f"{where}: must be 64 lower-case hexadecimal digits")
    return str(value)
