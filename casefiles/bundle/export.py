"""Export bundles: one zip that anyone can check by hand and any Casefiles can import.

Everything is read in one read transaction, so the bundle is one consistent state of the case
file even while it is being changed. The zip is written under a temporary name, verified like
any bundle, flushed to the disk, and only then given its name (never replacing a file).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import unicodedata
import uuid as uuid_module
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyzipper
from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles import __version__, clock
from casefiles.bundle import manifest as layout
from casefiles.bundle.manifest import FILE, INCIDENT_LINKS, TABLES, row_of
from casefiles.bundle.readme import readme
from casefiles.bundle.signature import EXPORT, EXPORT_ABANDONED, make_signature
from casefiles.bundle.strip import redact_entry, redact_row, shareable_copy
from casefiles.bundle.tables import csv_tables
from casefiles.bundle.verify import verify_bundle
from casefiles.errors import CaseFileDamaged, CaseFileError, NotFound
from casefiles.integrity import anchors
from casefiles.integrity.audit import head_hash
from casefiles.integrity.signing import Signer
from casefiles.language.phrase import phrase
from casefiles.progress import Cancelled, Progress
from casefiles.storage.file_writing import check_new_file, written_whole
from casefiles.storage.models import (
    Audited,
    AuditEntry,
    Blob,
    Correspondence,
    DamageItem,
    EvidenceItem,
    Incident,
    Mission,
    Note,
    Person,
    Site,
    jsonable,
)
from casefiles.storage.sqlite_errors import write_errors
from casefiles.storage.store import CaseFile

_UNSAFE_IN_NAME = re.compile(r"[^\w\-. ()]+")
_MAX_NAME = 100


class StripAndSummary(CaseFileError):
    pass


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    files: int
    evidence_files: int
    size_bytes: int
    source_fingerprint: str
    summary_included: bool


def export_bundle(
    case: CaseFile,
    target: Path | str,
    *,
    incidents: Sequence[str] | None = None,
    strip_location: bool = False,
    pdf: bytes | None = None,
    progress: Progress | None = None,
    password: str | None = None,
) -> ExportResult:
    """Write the case file, or only the incidents with these references, as a bundle.

    `pdf` is the printed summary of the same selection, when a renderer is available (the
    core cannot draw it). `strip_location` leaves GPS, coordinates and device data out of
    everything in the bundle, so a summary, which shows positions, cannot go with it.

    With a `password`, every entry is encrypted with AES-256 (WinZip AES, which 7-Zip and
    most zip tools open) and the originals' file names are left out of the entry names, which
    a zip never encrypts."""
    target = Path(target)
    if strip_location and pdf is not None:
        raise StripAndSummary(phrase("export.strip_and_summary"))
    check_new_file(target)
    bundle_uuid = str(uuid_module.uuid4())
    selection = {
        "incidents": None if incidents is None else list(dict.fromkeys(incidents)),
        "strip_location": strip_location,
    }
    signer = case.signer()
    if not case.read_only:  # the log says what left, and which summary went with it
        anchors.log(
            case, EXPORT, case.fingerprint(), bundle_uuid=bundle_uuid, bundle_name=target.name,
            selection=selection,
            summary_sha256=None if pdf is None else hashlib.sha256(pdf).hexdigest(),
        )  # fmt: skip
    try:
        with write_errors(target), written_whole(target, stage="writing", sync=True) as partial:
            with case.reading() as session:
                writer = _Writer(session, case, strip_location, progress, password)
                writer.bundle_uuid, writer.signer = bundle_uuid, signer
                manifest = writer.write(partial, incidents, pdf, target.name)
            report = verify_bundle(partial, password)
            if report.findings:
                detail = report.findings[0].detail
                raise CaseFileDamaged(phrase("export.check_failed", finding=detail))
    except BaseException as error:
        _log_abandoned(case, bundle_uuid, error)
        raise
    anchors.remember(case, "export", manifest["source"]["fingerprint"])
    return ExportResult(
        path=target,
        files=report.files,
        evidence_files=len({row[FILE]["path"] for row in manifest["evidence"]}),
        size_bytes=target.stat().st_size,
        source_fingerprint=manifest["source"]["fingerprint"],
        summary_included=pdf is not None,
    )


def _log_abandoned(case: CaseFile, bundle_uuid: str, error: BaseException) -> None:
    """The log already says this bundle left; say that it did not. Best effort: when the case
    cannot be written now (the disk that failed the bundle, say), the reason for that is the
    error the person sees, and verify shows the export entry without its bundle."""
    outcome = "cancelled" if isinstance(error, (Cancelled, KeyboardInterrupt)) else "failed"
    with contextlib.suppress(CaseFileError, OSError):
        anchors.log(
            case, EXPORT_ABANDONED, case.fingerprint(), bundle_uuid=bundle_uuid, outcome=outcome
        )


def _role(path: str) -> str:
    if path.startswith(layout.EVIDENCE_DIR):
        return "evidence"
    if path.startswith(layout.TABLES_DIR):
        return "table"
    return "readme" if path == layout.README else "summary"


def evidence_name(sha256: str, original: str, taken: set[str]) -> str:
    """evidence/<first 16 of the SHA-256>_<original name, made safe for any file system>."""
    name = unicodedata.normalize("NFC", original.replace("\\", "/").rsplit("/", 1)[-1])
    safe = _UNSAFE_IN_NAME.sub("_", name).strip(" .") or "file"
    if len(safe) > _MAX_NAME:
        stem, dot, suffix = safe.rpartition(".")
        suffix = suffix[:10] if dot else ""
        safe = (stem if dot else safe)[: _MAX_NAME - len(suffix) - 1].rstrip(" .") + (
            f".{suffix}" if suffix else ""
        )
    for prefix in (sha256[:16], sha256):  # the full hash only if two files would collide
        candidate = f"{layout.EVIDENCE_DIR}{prefix}_{safe}"
        if candidate.casefold() not in taken:
            taken.add(candidate.casefold())
            return candidate
    raise CaseFileDamaged(phrase("export.same_name", name=safe))


class _Writer:
    """Selects the records and writes the zip, inside the caller's read transaction."""

    def __init__(
        self,
        session: Session,
        case: CaseFile,
        strip: bool,
        progress: Progress | None,
        password: str | None = None,
    ) -> None:
        self.password = password
        self.session = session
        self.case = case
        self.strip = strip
        self.progress = progress
        self.sums: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        self.stamp = clock.now()
        self.bundle_uuid = str(uuid_module.uuid4())
        self.signer: Signer | None = None

    def write(
        self, partial: Path, references: Sequence[str] | None, pdf: bytes | None, name: str
    ) -> dict[str, Any]:
        chosen = self._select(references)
        with self._open(partial) as archive:
            self.archive = archive
            files = self._write_evidence(chosen[EvidenceItem])
            manifest = self._manifest(chosen, files, references, pdf is not None)
            manifest["bundle_name"] = name
            for table, data in csv_tables(manifest).items():
                self._add(layout.TABLES_DIR + table, data, compress=True)
            self._add(layout.README, readme(manifest, name), compress=True)
            if pdf is not None:
                self._add(layout.SUMMARY, pdf, compress=True)
            manifest[layout.FILES] = [
                {"path": path, "sha256": digest, "size_bytes": self.sizes[path],
                 "role": _role(path)}
                for path, digest in sorted(self.sums.items())
            ]  # fmt: skip
            text = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            self._add(layout.MANIFEST, text, compress=True)
            if self.signer is not None:
                signature = make_signature(self.signer, hashlib.sha256(text).hexdigest())
                self._add(layout.SIGNATURE, signature, compress=True)
            sums = "".join(f"{digest}  {path}\n" for path, digest in sorted(self.sums.items()))
            self._add(layout.SUMS, sums.encode("utf-8"), compress=True)
        return manifest

    def _open(self, partial: Path) -> zipfile.ZipFile:
        if self.password is None:
            return zipfile.ZipFile(partial, "x", allowZip64=True)
        archive = pyzipper.AESZipFile(
            partial,
            "x",
            allowZip64=True,
            encryption=pyzipper.WZ_AES,
            encryption_kwargs={"nbits": 256},
        )
        archive.setpassword(self.password.encode("utf-8"))
        return archive  # type: ignore[no-any-return]

    def _add(self, name: str, data: bytes, *, compress: bool) -> None:
        info_class = zipfile.ZipInfo if self.password is None else pyzipper.zipfile_aes.AESZipInfo
        info = info_class(name, date_time=self.stamp.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o100644 << 16  # a plain file, readable by all
        self.archive.writestr(info, data)
        if name not in (layout.SUMS, layout.MANIFEST):
            self.sums[name] = hashlib.sha256(data).hexdigest()
            self.sizes[name] = len(data)
        elif name == layout.MANIFEST:
            self.sums[name] = hashlib.sha256(data).hexdigest()

    # What goes in ------------------------------------------------------------------------------

    def _select(self, references: Sequence[str] | None) -> dict[type[Audited], list[Any]]:
        every: dict[type[Audited], list[Any]] = {
            model: list(self.session.scalars(select(model).order_by(model.id)))
            for model in TABLES.values()
        }
        if references is None:
            return every
        incidents = []
        for reference in dict.fromkeys(references):
            found = [i for i in every[Incident] if i.reference == reference]
            if not found:
                raise NotFound(phrase("not_found.reference", reference=reference))
            incidents += found
        incident_ids = {i.id for i in incidents}
        letters = {
            c.id for c in every[Correspondence] if any(i.id in incident_ids for i in c.incidents)
        }
        evidence = [
            e
            for e in every[EvidenceItem]
            if e.incident_id in incident_ids
            or (e.incident_id is None and e.correspondence_id in letters)
        ]
        letters |= {e.correspondence_id for e in evidence if e.correspondence_id is not None}
        damage = [d for d in every[DamageItem] if d.incident_id in incident_ids]
        site_ids = {i.site_id for i in incidents} | {d.site_id for d in damage if d.site_id}
        return {
            Site: [s for s in every[Site] if s.id in site_ids],
            Incident: sorted(incidents, key=lambda i: i.id),
            DamageItem: damage,
            Correspondence: [c for c in every[Correspondence] if c.id in letters],
            EvidenceItem: evidence,
            Note: [
                n
                for n in every[Note]
                if n.incident_id in incident_ids
                or n.correspondence_id in letters
                or n.site_id in site_ids
            ],
        }

    def _write_evidence(self, items: list[EvidenceItem]) -> dict[str, dict[str, Any]]:
        """Each original (or its shareable copy) once, stored uncompressed: photos do not
        compress. Returns its description by SHA-256."""
        files: dict[str, dict[str, Any]] = {}
        taken: set[str] = set()
        todo = list(dict.fromkeys(item.sha256 for item in items))
        first = {item.sha256: item for item in reversed(items)}
        for done, sha256 in enumerate(todo, start=1):
            item = first[sha256]
            data = self.session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
            if data is None or hashlib.sha256(data).hexdigest() != sha256:
                raise CaseFileDamaged(
                    phrase("export.original_damaged", name=item.original_filename)
                )
            derived = None
            name = item.original_filename
            if self.strip:
                data, suffix, derived = shareable_copy(
                    data, item.media_type, item.orientation, item.original_filename
                )
                name = f"{Path(name).stem or 'file'}{suffix}"
            if self.password is not None:  # entry names are never encrypted in a zip
                name = f"file{Path(name).suffix}"
            path = evidence_name(sha256, name, taken)
            self._add(path, data, compress=False)
            files[sha256] = {
                "path": path,
                "sha256": hashlib.sha256(data).hexdigest(),
                "size_bytes": len(data),
                "derived": derived,
            }
            if self.progress is not None:
                self.progress(done, len(todo))
        return files

    def _manifest(
        self,
        chosen: dict[type[Audited], list[Any]],
        files: dict[str, dict[str, Any]],
        references: Sequence[str] | None,
        with_summary: bool,
    ) -> dict[str, Any]:
        mission = self.session.scalar(select(Mission).order_by(Mission.id).limit(1))
        if mission is None:
            raise NotFound(phrase("not_found.mission"))
        incident_uuids = {i.uuid for i in chosen[Incident]}
        data: dict[str, Any] = {
            "format": layout.FORMAT,
            "format_version": layout.FORMAT_VERSION,
            "bundle_uuid": self.bundle_uuid,
            "created_at": jsonable(self.stamp),
            "created_by": self.case.user if self.signer is None else self.signer.person,
            "app_version": __version__,
            "source": {
                "file_name": self.case.path.name,
                "fingerprint": head_hash(self.session),
                "schema_version": self.case.version.schema,
            },
            "selection": {
                "incidents": None if references is None else list(dict.fromkeys(references)),
                "strip_location": self.strip,
            },
            "summary_pdf": layout.SUMMARY if with_summary else None,
            "mission": row_of(mission),
        }
        for table, model in TABLES.items():
            rows = []
            for entity in chosen[model]:
                row = row_of(entity)
                if self.strip:
                    row = redact_row(model, row)
                if INCIDENT_LINKS in row:  # a bundle speaks only of the incidents it holds
                    row[INCIDENT_LINKS] = [u for u in row[INCIDENT_LINKS] if u in incident_uuids]
                if model is EvidenceItem:
                    row[FILE] = dict(files[entity.sha256])
                rows.append(row)
            data[table] = rows
        included = (
            {mission.uuid}
            | {entity.uuid for entities in chosen.values() for entity in entities}
            | set(self.session.scalars(select(Person.uuid)))  # whose keys sign the entries
        )
        data["audit_log"] = self._audit_log(None if references is None else included)
        return data

    def _audit_log(self, included: set[str] | None) -> list[dict[str, Any]]:
        entries = []
        for entry in self.session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            if included is not None and entry.entity_uuid not in included:
                continue
            changes_json = entry.changes
            withheld: dict[str, str | None] = {}
            if self.strip:
                changes_json, withheld = redact_entry(
                    entry.action, entry.entity_type, entry.changes
                )
            entries.append(
                {
                    "id": entry.id,
                    "at": jsonable(entry.at),
                    "user": entry.user,
                    "action": entry.action,
                    "entity_type": entry.entity_type,
                    "entity_uuid": entry.entity_uuid,
                    "changes_json": changes_json,
                    "prev_hash": entry.prev_hash,
                    "hash": entry.hash,
                    "redacted": bool(withheld),
                    "withheld": withheld,
                    "key_id": entry.key_id,
                    "signature": entry.signature,
                }
            )
        return entries
