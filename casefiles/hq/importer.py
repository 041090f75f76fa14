"""`casefiles hq import`: missions' bundles merged into the headquarters database.

Each bundle is checked first as `import-bundle` checks it (zip safety, SHA256SUMS, every
file's hash, the manifest, the audit chain and every record against it, the signatures, and
with trusted keys the exporter's among them), then merged in ONE
transaction by uuid, with the rule of `import-bundle`: a record already here with the same
content is left as it is, the same uuid with other content is a conflict, and a bundle with any
conflict is refused whole, listing them. So a failed bundle changes nothing, and importing a
bundle again adds nothing and writes nothing.

Imports may run at once from several processes: a transaction-level advisory lock per mission
lets one bundle of a mission merge at a time, while other missions go on in parallel; originals
are written in the order of their hash, so two imports never wait on each other in a cycle. An
original that another import wrote meanwhile (two missions holding the same photo), a deadlock
or a clash on a uuid that PostgreSQL still reports is retried with a fresh plan.

Every record, link, audit entry and original points to the bundle that brought it
(`bundles`: manifest hash, source fingerprint, exporter, when).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg.errors
from psycopg import sql
from psycopg.types.json import Jsonb
from sqlalchemy import Connection, Engine, Table, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError

from casefiles.bundle import manifest as layout
from casefiles.bundle.errors import BadBundle, MergeConflict
from casefiles.bundle.importer import MAX_LISTED_CONFLICTS, _describe, _differences
from casefiles.bundle.manifest import FILE, INCIDENT_LINKS, TABLES, Manifest
from casefiles.bundle.reader import Bundle, open_bundle
from casefiles.bundle.verify import refuse_unless_intact
from casefiles.errors import CaseFileError
from casefiles.hq.incident_marks import marks_in_bundle, refresh_marks
from casefiles.hq.migrate import check_schema
from casefiles.hq.rows import in_list, read_rows, to_database
from casefiles.hq.schema import (
    RECORD_TABLES,
    audit_entries,
    bundles,
    correspondence_incidents,
    missions,
    originals,
)
from casefiles.hq.search_text import folded, refresh_search_text, sources_in_bundle
from casefiles.integrity.signing import PublicKey
from casefiles.storage.models import (
    Audited,
    Correspondence,
    DamageItem,
    EvidenceItem,
    Incident,
    Mission,
    Note,
)

OUTCOMES = ("imported", "unchanged", "conflict", "refused")
_MISSION_LOCK = 0x43465148  # with the mission's hash: one merge per mission at a time
_RETRIES = 3
_RETRYABLE = (
    psycopg.errors.DeadlockDetected,
    psycopg.errors.SerializationFailure,
    psycopg.errors.UniqueViolation,
)
_ORIGINALS_BATCH_BYTES = 32 * 1024 * 1024
# Which of the bundle's originals are held: a join, not `= ANY(array)`. Prepared after a few
# bundles, the ANY form gets a generic plan that cannot prune the originals' partitions and
# compared every row with the whole array (docs/headquarters.md, "Originals in partitions").
_HELD_ORIGINALS = text(
    "SELECT o.sha256 FROM originals AS o "
    "JOIN unnest(CAST(:wanted AS text[])) AS w (sha256) ON o.sha256 = w.sha256"
)
# Originals by binary COPY: their bytes go as they are, not escaped as text.
_ORIGINAL_TYPES = {"sha256": "text", "size": "int8", "data": "bytea", "bundle_id": "int8"}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one bundle: `outcome` is one of OUTCOMES."""

    bundle: str
    mission: str | None
    outcome: str
    added: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    conflicts: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle": self.bundle,
            "mission": self.mission,
            "outcome": self.outcome,
            "added": self.added,
            "reason": self.reason,
        }


def import_bundle(
    engine: Engine, path: Path, password: str | None = None, trusted: Sequence[PublicKey] = ()
) -> Outcome:
    """Check the bundle at `path` and merge it; never raises for a bad or conflicting bundle.
    With `trusted` keys, only a bundle signed by one of them is taken."""
    mission = None
    try:
        with open_bundle(path, password) as bundle:
            mission = str(bundle.manifest.mission["name"])
            _check(bundle, trusted)
            added = _merge_with_retries(engine, bundle)
    except MergeConflict as error:
        return Outcome(str(path), mission, "conflict", {}, str(error), tuple(error.conflicts))
    except CaseFileError as error:
        return Outcome(str(path), mission, "refused", {}, str(error))
    return Outcome(str(path), mission, "imported" if added else "unchanged", added)


def _check(bundle: Bundle, trusted: Sequence[PublicKey]) -> None:
    """Every check a verify makes, as `import-bundle` makes them: the signatures too (an
    unsigned or forged bundle is refused), and with `trusted` keys, the exporter's must be one
    of them. The first problem refuses the bundle."""
    if bundle.manifest.strip_location:
        raise BadBundle(
            "The bundle was made without location data: its files are copies, not the "
            "originals, so headquarters does not take it."
        )
    refuse_unless_intact(bundle, trusted)


def _merge_with_retries(engine: Engine, bundle: Bundle) -> dict[str, int]:
    for attempt in range(1, _RETRIES + 1):
        try:
            with engine.begin() as connection:
                check_schema(connection)
                return _Merge(connection, bundle).run()
        except (DBAPIError, psycopg.Error) as error:  # COPY is psycopg's own, not wrapped
            refusal = error.orig if isinstance(error, DBAPIError) else error
            if not isinstance(refusal, _RETRYABLE) or attempt == _RETRIES:
                raise CaseFileError(
                    f"The bundle was not imported: the database refused it "
                    f"({_first_line(refusal)}). Nothing was changed."
                ) from None
    raise AssertionError("unreachable")


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else "no reason"


class _Merge:
    """Plans and writes one bundle in one transaction."""

    def __init__(self, connection: Connection, bundle: Bundle) -> None:
        self.connection = connection
        self.bundle = bundle
        self.manifest: Manifest = bundle.manifest
        self.mission_uuid = str(self.manifest.mission["uuid"])
        self.fresh: dict[type[Audited], list[dict[str, Any]]] = {}
        self.new_links: list[tuple[str, str]] = []  # (letter uuid, incident uuid)
        self.new_entries: list[dict[str, Any]] = []
        self.added: dict[str, int] = {}

    def run(self) -> dict[str, int]:
        self.connection.execute(
            text("SELECT pg_advisory_xact_lock(:key, hashtext(:mission))"),
            {"key": _MISSION_LOCK, "mission": self.mission_uuid},
        )
        self.mission_id: int | None = self.connection.scalar(
            select(missions.c.id).where(missions.c.uuid == self.mission_uuid)
        )
        self._plan()
        if not (any(self.fresh.values()) or self.new_links or self.new_entries):
            return {}
        self._write()
        return self.added

    # Planning ----------------------------------------------------------------------------------

    def _tables(self) -> list[tuple[str, type[Audited], list[dict[str, Any]]]]:
        return [
            ("mission", Mission, [self.manifest.mission]),
            *((table, model, self.manifest.rows(table)) for table, model in TABLES.items()),
        ]

    def _plan(self) -> None:
        conflicts: list[str] = []
        incidents_here = {row["uuid"] for row in self.manifest.rows("incidents")}
        for _table, model, rows in self._tables():
            existing = read_rows(self.connection, model, uuids=[row["uuid"] for row in rows])
            fresh = []
            for row in rows:
                found = existing.get(row["uuid"])
                if found is None:
                    fresh.append(row)
                    continue
                owner, ours = found
                if model is not Mission and owner != self.mission_id:
                    conflicts.append(_describe(model, row, ["uuid"]) + " (another mission's)")
                    continue
                differing = _differences(ours, row, incidents_here)
                if differing:
                    conflicts.append(_describe(model, row, differing))
                elif INCIDENT_LINKS in row:
                    missing = sorted(set(row[INCIDENT_LINKS]) - set(ours[INCIDENT_LINKS]))
                    self.new_links += [(row["uuid"], incident) for incident in missing]
            self.fresh[model] = fresh
        conflicts += self._reference_clashes()
        conflicts += self._plan_audit_log()
        if conflicts:
            listed = "; ".join(conflicts[:MAX_LISTED_CONFLICTS])
            more = len(conflicts) - MAX_LISTED_CONFLICTS
            raise MergeConflict(
                f"The bundle was not imported: {len(conflicts)} record(s) differ from "
                f"headquarters' version: {listed}{f'; and {more} more' if more > 0 else ''}. "
                "Nothing was changed.",
                conflicts,
            )

    def _reference_clashes(self) -> list[str]:
        fresh = self.fresh.get(Incident, [])
        if self.mission_id is None or not fresh:
            return []
        incidents = RECORD_TABLES[Incident]
        used = dict(
            self.connection.execute(
                select(incidents.c.reference, incidents.c.uuid).where(
                    incidents.c.mission_id == self.mission_id,
                    in_list(incidents.c.reference, [row["reference"] for row in fresh]),
                )
            ).all()
        )
        return [
            f"incident {row['reference']}: the reference is used here by another incident"
            for row in fresh
            if used.get(row["reference"], row["uuid"]) != row["uuid"]
        ]

    def _plan_audit_log(self) -> list[str]:
        """Entries new to headquarters; an entry held here with another hash is a conflict
        (the case file was rolled back or rewritten since)."""
        held: dict[int, str] = {}
        if self.mission_id is not None:
            held = dict(
                self.connection.execute(
                    select(audit_entries.c.seq, audit_entries.c.hash).where(
                        audit_entries.c.mission_id == self.mission_id
                    )
                ).all()
            )
        conflicts = []
        for entry in self.manifest.audit_log:
            ours = held.get(entry["id"])
            if ours is None:
                self.new_entries.append(entry)
            elif ours != entry["hash"]:
                conflicts.append(
                    f"audit entry {entry['id']}: differs from the entry headquarters holds "
                    "(the case file was rolled back or rewritten)"
                )
        return conflicts

    # Writing ----------------------------------------------------------------------------------

    def _write(self) -> None:
        data = self.manifest.data
        self.bundle_id: int = self.connection.execute(
            insert(bundles)
            .values(
                bundle_uuid=self.manifest.bundle_uuid,
                mission_uuid=self.mission_uuid,
                file_name=self.bundle.path.name,
                manifest_sha256=self.bundle.sums[layout.MANIFEST],
                source_fingerprint=self.manifest.source_fingerprint,
                complete=self.manifest.complete,
                exported_by=data["created_by"],
                exported_at=datetime.fromisoformat(data["created_at"]),
                app_version=data["app_version"],
                added={},
            )
            .returning(bundles.c.id)
        ).scalar_one()
        if self.fresh[Mission]:
            self.mission_id = self.connection.execute(
                insert(missions)
                .values(bundle_id=self.bundle_id, **to_database(Mission, self.manifest.mission))
                .returning(missions.c.id)
            ).scalar_one()
        self.added["mission"] = len(self.fresh[Mission])
        self._store_originals()
        computed = self._new_incident_columns()
        for table, model in TABLES.items():
            rows = self.fresh[model]
            self._copy(
                RECORD_TABLES[model],
                [
                    to_database(model, row)
                    | {"mission_id": self.mission_id, "bundle_id": self.bundle_id}
                    | (computed[row["uuid"]] if model is Incident else {})
                    for row in rows
                ],
            )
            self.added[table] = len(rows)
        self._link_letters()
        self._append_audit_entries()
        linked_before = {incident for _letter, incident in self.new_links}
        searched = computed.keys() - linked_before
        refresh_search_text(self.connection, sorted(self._touched_incidents() - searched))
        refresh_marks(self.connection, sorted(self._marked_incidents() - computed.keys()))
        self.added = {name: count for name, count in self.added.items() if count}
        self.connection.execute(
            update(bundles).where(bundles.c.id == self.bundle_id).values(added=self.added)
        )

    def _new_incident_columns(self) -> dict[str, dict[str, Any]]:
        """Search text and timeline marks of the incidents new here, from the bundle's rows, so
        each incident is written once, not inserted and then updated twice (each update a new
        row version in every index: measured in docs/headquarters.md). An incident that a
        letter held here already is now linked to gets its text from the database after the
        write, as held incidents do: its search_folded is left empty here."""
        fresh = self.fresh
        texts = sources_in_bundle(
            fresh[Incident], fresh[DamageItem], fresh[Note], fresh[Correspondence]
        )
        marks = marks_in_bundle(fresh[Incident], fresh[DamageItem], fresh[EvidenceItem])
        linked_before = {incident for _letter, incident in self.new_links}
        return {
            uuid: {
                "search_folded": "" if uuid in linked_before else folded(texts.get(uuid, {})),
                "worst_severity": worst,
                "photo_count": photos,
            }
            for uuid, (worst, photos) in marks.items()
        }

    def _store_originals(self) -> None:
        """Originals not held yet, read (and hashed again) from the bundle, in batches, in
        the order of their hash."""
        wanted = {row["sha256"]: row[FILE]["path"] for row in self.fresh[EvidenceItem]}
        held = set(self.connection.scalars(_HELD_ORIGINALS, {"wanted": list(wanted)}))
        batch: list[dict[str, Any]] = []
        size = stored = 0
        for sha256 in sorted(wanted.keys() - held):
            # An original always matches its key: read, it hashes to its SHA256SUMS line.
            if self.bundle.sums.get(wanted[sha256]) != sha256:
                raise BadBundle(
                    f"The bundle is refused: {wanted[sha256]} is not the original it is said to "
                    "be. Nothing was changed."
                )
            data = self.bundle.original(wanted[sha256])
            batch.append(
                {"sha256": sha256, "size": len(data), "data": data, "bundle_id": self.bundle_id}
            )
            size += len(data)
            if size >= _ORIGINALS_BATCH_BYTES:
                stored += self._insert_originals(batch)
                batch, size = [], 0
        stored += self._insert_originals(batch)
        self.added["originals"] = stored

    def _insert_originals(self, batch: list[dict[str, Any]]) -> int:
        """By binary COPY: no escaping of the bytes, no statement per original (less CPU for
        the server and for this process than a prepared INSERT each: docs/headquarters.md). No
        ON CONFLICT: the originals are those not held when the merge began, and one written
        meanwhile by another import is a UniqueViolation, retried."""
        self._copy(originals, batch, binary=_ORIGINAL_TYPES)
        return len(batch)

    def _link_letters(self) -> None:
        links = list(self.new_links)
        for row in self.fresh[Correspondence]:
            links += [(row["uuid"], incident) for incident in row[INCIDENT_LINKS]]
        self._copy(
            correspondence_incidents,
            [
                {"correspondence_uuid": letter, "incident_uuid": incident,
                 "bundle_id": self.bundle_id}
                for letter, incident in links
            ],
        )  # fmt: skip
        self.added["correspondence links"] = len(self.new_links)

    def _append_audit_entries(self) -> None:
        self._copy(
            audit_entries,
            [
                {
                    "mission_id": self.mission_id,
                    "seq": entry["id"],
                    "bundle_id": self.bundle_id,
                    **{key: entry[key] for key in _ENTRY_KEYS},
                    "withheld": Jsonb(entry["withheld"]),
                }
                for entry in self.new_entries
            ],
        )
        self.added["audit entries"] = len(self.new_entries)

    def _copy(
        self, table: Table, rows: list[dict[str, Any]], binary: dict[str, str] | None = None
    ) -> None:
        """Rows in by COPY, in their order (so their ids are in it): less CPU than an INSERT
        per row for the server and the import process alike (measured in docs/headquarters.md).
        Within this transaction, as every other write. `binary`: each column's PostgreSQL
        type, for COPY's binary format."""
        if not rows:
            return
        columns = list(rows[0])
        statement = sql.SQL("COPY {} ({}) FROM STDIN{}").format(
            sql.Identifier(table.name),
            sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(" (FORMAT BINARY)" if binary else ""),
        )
        driver = self.connection.connection.driver_connection
        with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            if binary:
                copy.set_types([binary[column] for column in columns])
            for row in rows:
                copy.write_row([row[column] for column in columns])

    def _touched_incidents(self) -> set[str]:
        """Incidents whose search text takes in something this bundle adds."""
        touched = {row["uuid"] for row in self.fresh[Incident]}
        for model in (DamageItem, Note):
            touched |= {row["incident_uuid"] for row in self.fresh[model] if row["incident_uuid"]}
        for row in self.fresh[Correspondence]:
            touched |= set(row[INCIDENT_LINKS])
        touched |= {incident for _letter, incident in self.new_links}
        return touched

    def _marked_incidents(self) -> set[str]:
        """Incidents whose worst damage or photo count this bundle may change."""
        touched = {row["uuid"] for row in self.fresh[Incident]}
        for model in (DamageItem, EvidenceItem):
            touched |= {row["incident_uuid"] for row in self.fresh[model] if row["incident_uuid"]}
        return touched


_ENTRY_KEYS: Sequence[str] = (
    "at", "user", "action", "entity_type", "entity_uuid", "changes_json", "prev_hash", "hash",
    "redacted", "withheld",
)  # fmt: skip
