"""Importing a bundle: into a new case file, or merged into an existing one by stable uuid.

The whole bundle is checked first (zip safety, SHA256SUMS, every file's hash, the manifest,
the audit chain and every record against it), then written in ONE transaction, so a refusal
or a crash leaves the target as it was. Each record added gets its own audit entry in the
target (action "import", holding the record as stored), and one "import-bundle" entry says
which bundle they came from.

Merge rule: a record whose uuid is already in the case file with the same content is left as
it is; the same uuid with different content is a conflict, and a bundle with any conflict is
refused as a whole, listing them. Importing the same bundle twice therefore adds nothing and
writes nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casefiles.bundle import manifest as layout
from casefiles.bundle.errors import BadBundle, MergeConflict
from casefiles.bundle.manifest import (
    ALL_MODELS,
    FILE,
    INCIDENT_LINKS,
    TABLES,
    Manifest,
    column_values,
    content,
    row_of,
)
from casefiles.bundle.reader import Bundle, CheckedFile, open_bundle
from casefiles.bundle.verify import refuse_unless_intact
from casefiles.errors import DiskFull, ReadOnly
from casefiles.integrity import audit
from casefiles.integrity.signing import PublicKey
from casefiles.language.phrase import Listing, Phrase, StoredFields, phrase
from casefiles.photos.derived_images import (
    DerivationFailed,
    Derived,
    make_thumbnail_and_preview,
)
from casefiles.photos.photo_metadata import CANNOT_READ, NOT_SUPPORTED, REASON_KEYS, TRUNCATED
from casefiles.progress import Progress
from casefiles.services.photo_import import prepare_bytes
from casefiles.storage import search, store
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_writing import check_new_file, publish, remove_with_sidecars
from casefiles.storage.locking import lock_path
from casefiles.storage.models import (
    Audited,
    Blob,
    Correspondence,
    DamageItem,
    DerivedImage,
    EvidenceItem,
    Incident,
    Mission,
    Note,
)
from casefiles.storage.sqlite_errors import write_errors
from casefiles.storage.store import CaseFile

# (stage, done, total): "checking" every file of the bundle, then "writing" its new photos.
MAX_LISTED_CONFLICTS = 3


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    created: bool
    added: dict[str, int] = field(default_factory=dict)  # table -> records added
    unchanged: dict[str, int] = field(default_factory=dict)  # already there, identical
    new_originals: int = 0
    fingerprint: str = ""
    signed_by: str = ""  # the exporter, with their key's fingerprint

    @property
    def added_anything(self) -> bool:
        return any(self.added.values())


def import_bundle(
    bundle_path: Path | str,
    target: Path | str,
    *,
    progress: Progress | None = None,
    password: str | None = None,
    key: CaseKey | None = None,
) -> ImportResult:
    """Create `target` from the bundle, or merge the bundle into it when it exists. An
    encrypted bundle needs its `password`; `key` is the target's (existing or new)."""
    target = Path(target)
    if target.exists():
        with CaseFile.open(target, key=key) as case:
            return merge_bundle(case, bundle_path, progress=progress, password=password)
    return create_from_bundle(bundle_path, target, progress=progress, password=password, key=key)


def create_from_bundle(
    bundle_path: Path | str,
    target: Path | str,
    *,
    progress: Progress | None = None,
    password: str | None = None,
    key: CaseKey | None = None,
    trusted: Sequence[PublicKey] = (),
) -> ImportResult:
    """A new case file holding the bundle, encrypted with `key` when given. It appears under
    its name only when complete."""
    target = Path(target)
    check_new_file(target)
    with open_bundle(
        Path(bundle_path), password
    ) as bundle:  # a bad bundle is refused before anything
        _refuse_copies(bundle.manifest)  # is made; the files' hashes are checked in the merge
    partial = target.with_name(f".{target.name}.importing-{os.getpid()}")
    try:
        with write_errors(target):
            store.write_schema(partial, key)
        with CaseFile.open(partial, key=key) as case:
            result = merge_bundle(
                case, bundle_path, progress=progress, password=password, trusted=trusted
            )
            with write_errors(target):
                _checkpoint(case)
        publish(partial, target)
    finally:
        remove_with_sidecars(partial)
        lock_path(partial).unlink(missing_ok=True)
    return replace(result, path=target, created=True)


def _checkpoint(case: CaseFile) -> None:
    """Move everything from the -wal file into the case file itself, which alone gets the
    target's name. On a full disk SQLite cannot, and says so."""
    raw = case.engine.raw_connection()
    try:
        busy, _frames, _moved = raw.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA wal_checkpoint(TRUNCATE)"
        ).fetchone()
    finally:
        raw.close()
    if busy or os.path.getsize(f"{case.path}-wal"):
        raise DiskFull(phrase("write.disk_full_merge", name=case.path.name))


def merge_bundle(
    case: CaseFile,
    bundle_path: Path | str,
    *,
    progress: Progress | None = None,
    password: str | None = None,
    trusted: Sequence[PublicKey] = (),
) -> ImportResult:
    """Add the bundle's records that the case file does not hold yet, in one transaction;
    with `trusted` keys, only from a bundle signed by one of them."""
    if case.read_only_reason is not None:
        raise ReadOnly(phrase("read_only.refused", reason=case.read_only_reason))
    with open_bundle(Path(bundle_path), password) as bundle:
        _refuse_copies(bundle.manifest)
        signed_by = _check(bundle, progress, trusted)
        with case.transaction() as session:
            merge = _Merge(session, case.user, bundle, progress)
            merge.plan()
            if merge.new or merge.new_links:
                merge.write()
            fingerprint = audit.head_hash(session)
    return ImportResult(
        path=case.path,
        created=False,
        added=merge.added,
        unchanged=merge.unchanged,
        new_originals=merge.new_originals,
        fingerprint=fingerprint,
        signed_by=signed_by,
    )


def _refuse_copies(manifest: Manifest) -> None:
    if manifest.strip_location:
        raise BadBundle(phrase("bundle.copies"))


def _check(bundle: Bundle, progress: Progress | None, trusted: Sequence[PublicKey]) -> str:
    """Every check a verify makes; the first problem refuses the bundle. Returns who signed
    it, with their key's fingerprint."""
    done = itertools.count(1)

    def report(_checked: CheckedFile) -> None:
        if progress is not None:
            progress(next(done), len(bundle.sums), "checking")

    signed_by = refuse_unless_intact(bundle, trusted, report)
    return f"{signed_by.person} (key {signed_by.key.spoken})"


def _derive(data: bytes, item: EvidenceItem) -> tuple[Derived, Derived] | None:
    """The checks add-photos makes (an image of a kind it reads, whole, of the type its record
    says), then its thumbnail and preview; None when none could be made. From the bytes in
    memory: a copy of the evidence (GPS and all) in a temporary folder would outlive a killed
    process there."""
    name = item.original_filename
    ready = prepare_bytes(Path(name), data)
    if ready.refusal is not None:
        raise BadBundle(phrase("bundle.not_evidence", name=name, reason=ready.refusal))
    if ready.metadata is not None and ready.metadata.media_type != item.media_type:
        found, recorded = ready.metadata.media_type, item.media_type
        raise BadBundle(phrase("bundle.wrong_type", name=name, found=found, recorded=recorded))
    try:
        # This decode reads every byte, so it also proves the file whole.
        return make_thumbnail_and_preview(data)
    except DerivationFailed as error:
        if error.reason in (TRUNCATED, NOT_SUPPORTED, CANNOT_READ):
            reason = phrase(REASON_KEYS[error.reason])
            raise BadBundle(phrase("bundle.not_evidence", name=name, reason=reason)) from None
        return None  # too large to shrink here: the original still counts, without a picture


class _Merge:
    """Plans and writes one bundle into one transaction of the target."""

    def __init__(
        self, session: Session, user: str, bundle: Bundle, progress: Progress | None
    ) -> None:
        self.session = session
        self.user = user
        self.bundle = bundle
        self.manifest: Manifest = bundle.manifest
        self.progress = progress
        self.new: dict[type[Audited], list[dict[str, Any]]] = {}
        self.new_links: dict[str, list[str]] = {}  # letter uuid -> incident uuids to link
        self.added: dict[str, int] = {}
        self.unchanged: dict[str, int] = {}
        self.new_originals = 0
        self.ids: dict[type[Audited], dict[str, int]] = {
            model: {uuid: row_id for uuid, row_id in session.execute(select(model.uuid, model.id))}
            for model in ALL_MODELS
        }

    # Planning ----------------------------------------------------------------------------------

    def plan(self) -> None:
        conflicts: list[Phrase] = []
        mission = self.session.scalar(select(Mission).order_by(Mission.id).limit(1))
        theirs = self.manifest.mission
        if mission is not None and mission.uuid != theirs["uuid"]:
            raise MergeConflict(phrase("bundle.other_mission", name=theirs["name"]), [])
        tables: list[tuple[str, type[Audited], list[dict[str, Any]]]] = [
            ("mission", Mission, [theirs]),
            *((table, model, self.manifest.rows(table)) for table, model in TABLES.items()),
        ]
        bundle_incidents = {row["uuid"] for row in self.manifest.rows("incidents")}
        for table, model, rows in tables:
            existing = self._existing(model, [row["uuid"] for row in rows])
            fresh = []
            for row in rows:
                ours = existing.get(row["uuid"])
                if ours is None:
                    fresh.append(row)
                    continue
                ours_row = row_of(ours)
                differing = _differences(ours_row, row, bundle_incidents)
                if differing:
                    conflicts.append(_conflict(model, row, differing))
                elif INCIDENT_LINKS in row:
                    missing = sorted(set(row[INCIDENT_LINKS]) - set(ours_row[INCIDENT_LINKS]))
                    if missing:  # incidents a partial bundle left out before
                        self.new_links[ours.uuid] = missing
            self.new[model] = fresh
            self.unchanged[table] = len(rows) - len(fresh)
        conflicts += self._reference_clashes()
        if conflicts:
            listed = Listing(tuple(conflicts[:MAX_LISTED_CONFLICTS]))
            more = len(conflicts) - MAX_LISTED_CONFLICTS
            raise MergeConflict(
                phrase(
                    "bundle.conflicts",
                    len(conflicts),
                    listed=listed,
                    more=phrase("bundle.conflicts_more", number=more) if more > 0 else "",
                ),
                conflicts,
            )
        self.new = {model: rows for model, rows in self.new.items() if rows}

    def _existing(self, model: type[Audited], uuids: list[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for start in range(0, len(uuids), 30_000):  # SQLite's limit on bound parameters
            chunk = uuids[start : start + 30_000]
            for entity in self.session.scalars(select(model).where(model.uuid.in_(chunk))):
                found[entity.uuid] = entity
        return found

    def _reference_clashes(self) -> list[Phrase]:
        used = {
            reference: uuid
            for reference, uuid in self.session.execute(select(Incident.reference, Incident.uuid))
        }
        return [
            phrase("bundle.reference_used", reference=row["reference"])
            for row in self.new.get(Incident, [])
            if used.get(row["reference"], row["uuid"]) != row["uuid"]
        ]

    # Writing ----------------------------------------------------------------------------------

    def write(self) -> None:
        touched: set[int] = set()
        tables: list[tuple[str, type[Audited]]] = [("mission", Mission), *TABLES.items()]
        for table, model in tables:
            rows = self.new.get(model, [])
            for done, row in enumerate(rows, start=1):
                entity = self._add(model, row)
                touched |= _incidents_of(entity)
                if model is EvidenceItem and self.progress is not None:
                    self.progress(done, len(rows), "writing")
            self.added[table] = len(rows)
        for letter_uuid, incident_uuids in self.new_links.items():
            letter = self.session.get_one(Correspondence, self.ids[Correspondence][letter_uuid])
            before = letter.snapshot()
            added = [self.session.get_one(Incident, self.ids[Incident][u]) for u in incident_uuids]
            letter.incidents = [*letter.incidents, *added]
            audit.record_update(self.session, self.user, letter, before, "import-links")
            touched |= _incidents_of(letter)
        if self.new_links:
            self.added["correspondence links"] = sum(map(len, self.new_links.values()))
        for incident_id in sorted(touched):
            search.reindex(self.session, incident_id)
        audit.append(
            self.session,
            self.user,
            "import-bundle",
            "bundle",
            self.manifest.bundle_uuid,
            {
                "bundle_file": self.bundle.path.name,
                "manifest_sha256": self.bundle.sums[layout.MANIFEST],
                "created_at": self.manifest.data["created_at"],
                "created_by": self.manifest.data["created_by"],
                "source_file": self.manifest.data["source"]["file_name"],
                "source_fingerprint": self.manifest.source_fingerprint,
                "added": self.added,
            },
        )

    def _add(self, model: type[Audited], row: dict[str, Any]) -> Audited:
        entity = model(**column_values(model, row, self.ids))
        if isinstance(entity, Correspondence):
            entity.incidents = [
                self.session.get_one(Incident, self.ids[Incident][u]) for u in row[INCIDENT_LINKS]
            ]
        original = self._original(row) if isinstance(entity, EvidenceItem) else None
        self.session.add(entity)
        self.session.flush()
        self.ids[model][entity.uuid] = entity.id
        if isinstance(entity, EvidenceItem):
            self._derived(entity, original)  # before the entry, which records their hashes
        audit.append(
            self.session, self.user, "import", model.audit_name, entity.uuid, entity.snapshot()
        )
        return entity

    def _original(self, row: dict[str, Any]) -> bytes | None:
        """Store the original unless the case file has it; the bytes when it was stored."""
        sha256 = row["sha256"]
        if self.session.scalar(select(Blob.sha256).where(Blob.sha256 == sha256)) is not None:
            return None
        data = self.bundle.original(row[FILE]["path"])  # its hash is checked again as it is read
        if hashlib.sha256(data).hexdigest() != sha256:  # a blob always matches its key
            name = row["original_filename"]
            raise BadBundle(phrase("bundle.not_original", path=row[FILE]["path"], name=name))
        self.session.execute(insert(Blob).values(sha256=sha256, size=len(data), data=data))
        self.new_originals += 1
        return data

    def _derived(self, item: EvidenceItem, original: bytes | None) -> None:
        """Thumbnail and preview: made from an original just stored (one photo in memory at a
        time), or shared with an item of the same original already in the case file."""
        made = None if original is None else _derive(original, item)
        if made is not None:
            pictures = [
                {"purpose": purpose, "width": d.width, "height": d.height,
                 "media_type": d.media_type, "data": d.data}
                for purpose, d in zip(("thumbnail", "preview"), made, strict=True)
            ]  # fmt: skip
        else:
            known = self.session.scalars(
                select(DerivedImage).where(DerivedImage.derived_from_sha256 == item.sha256)
            )
            pictures = list(
                {
                    d.purpose: {"purpose": d.purpose, "width": d.width, "height": d.height,
                                "media_type": d.media_type, "data": d.data}
                    for d in known
                }.values()
            )  # fmt: skip
        for picture in pictures:
            self.session.execute(
                insert(DerivedImage).values(
                    evidence_id=item.id, derived_from_sha256=item.sha256, **picture
                )
            )


def _differences(ours: dict[str, Any], theirs: dict[str, Any], incidents: set[str]) -> list[str]:
    ours, theirs = content(ours), content(theirs)
    if INCIDENT_LINKS in ours:
        # A bundle speaks only of the incidents it holds: a link to one of them that it lacks
        # is a conflict; links it adds (to incidents an earlier partial bundle left out) merge.
        known = [u for u in ours[INCIDENT_LINKS] if u in incidents]
        consistent = set(known) <= set(theirs[INCIDENT_LINKS])
        ours[INCIDENT_LINKS] = theirs[INCIDENT_LINKS] if consistent else known
    return sorted(key for key in theirs if ours.get(key) != theirs[key])


def _conflict(model: type[Audited], row: dict[str, Any], differing: list[str]) -> Phrase:
    """A record held here in another version; its fields are named as stored."""
    label = row.get("reference") or row.get("name") or row["uuid"]
    record = phrase(f"entity.{model.audit_name}")
    named = StoredFields(tuple(differing))
    return phrase("bundle.differ", record=record, label=label, fields=named)


def _describe(model: type[Audited], row: dict[str, Any], differing: list[str]) -> str:
    """The same in English (the headquarters' import lists its conflicts so)."""
    return _conflict(model, row, differing).english


def _incidents_of(entity: Audited) -> set[int]:
    """The incidents whose search entry this record is part of."""
    if isinstance(entity, Incident):
        return {entity.id}
    if isinstance(entity, DamageItem | Note) and entity.incident_id is not None:
        return {entity.incident_id}
    if isinstance(entity, Correspondence):
        return {incident.id for incident in entity.incidents}
    return set()
