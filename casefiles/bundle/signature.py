"""A bundle's signatures: its audit entries' (as in a case file), the exporter's over
manifest.json (manifest.sig), and the export's own audit entry, which records the summary's
SHA-256 when the bundle was made.

manifest.json names every file with its SHA-256, so its signature binds the whole bundle to the
person who exported it; the export entry binds summary.pdf to the chain that the fingerprint
covers. Anyone can recompute SHA256SUMS and the manifest's lines; nobody can sign as another.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casefiles.bundle.errors import BadBundle
from casefiles.bundle.manifest import SIGNATURE, SUMMARY, Manifest
from casefiles.integrity.signatures import Registered, SignedEntry, SignerCount, check_signatures
from casefiles.integrity.signing import MANIFEST, PublicKey, Signer, person_label, spoken
from casefiles.language.phrase import Phrase, phrase

if TYPE_CHECKING:
    from casefiles.bundle.reader import Bundle
    from casefiles.integrity.findings import Finding

EXPORT = "export"  # the action of the audit entry an export writes
EXPORT_ABANDONED = "export_abandoned"  # written after it when that bundle was not saved
_KEYS = {"name", "role", "public_key", "manifest_sha256", "signature"}


@dataclass(frozen=True, slots=True)
class ManifestSignature:
    name: str
    role: str
    key: PublicKey
    manifest_sha256: str
    signature: str

    @property
    def person(self) -> str:
        return person_label(self.name, self.role)


def make_signature(signer: Signer, manifest_sha256: str) -> bytes:
    values = {
        "name": signer.name,
        "role": signer.role,
        "public_key": signer.public.raw.hex(),
        "manifest_sha256": manifest_sha256,
        "signature": signer.sign(MANIFEST, manifest_sha256),
    }
    return json.dumps(values, ensure_ascii=False, indent=1).encode("utf-8")


def parse_signature(data: bytes) -> ManifestSignature:
    try:
        values = json.loads(data.decode("utf-8"))
        if not isinstance(values, dict) or values.keys() != _KEYS:
            raise ValueError
        if not all(isinstance(value, str) for value in values.values()):
            raise ValueError
        return ManifestSignature(
            values["name"],
            values["role"],
            PublicKey.from_hex(values["public_key"]),
            values["manifest_sha256"],
            values["signature"],
        )
    except (ValueError, UnicodeDecodeError):
        raise BadBundle(phrase("bundle.not_a_signature", name=SIGNATURE)) from None


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    findings: list[Finding]
    warnings: list[Phrase]
    signers: list[SignerCount]
    signed_by: ManifestSignature | None  # when it checks


def check_bundle_signatures(bundle: Bundle, trusted: Sequence[PublicKey] = ()) -> SignatureCheck:
    """Every audit entry's signature, the manifest's, and the export entry; with `trusted`,
    the manifest must be signed by one of those keys."""
    from casefiles.integrity.findings import Finding

    manifest = bundle.manifest
    entries = manifest.audit_log
    report = check_signatures(_signed(entry) for entry in entries)
    findings = list(report.findings)
    warnings = list(report.warnings)
    signature = bundle.signature
    signed_by = None
    export = _export_entry(manifest)
    if signature is None:
        findings.append(Finding("signature", phrase("finding.bundle_unsigned", file=SIGNATURE)))
    elif not _signature_matches(signature, bundle.manifest_sha256):
        findings.append(
            Finding(
                "signature",
                phrase("finding.manifest_signature", file=SIGNATURE, person=signature.person),
            )
        )
    else:
        signed_by = signature
        problem = _signer_problem(signature, report.register)
        if problem is not None and export is not None:
            findings.append(Finding("signature", problem))
        elif problem is not None:  # exported from a read-only copy by someone not in it
            warnings.append(phrase("verify_warning.signer_unknown", problem=problem))
        if signature.person != manifest.data["created_by"]:
            findings.append(
                Finding(
                    "signature",
                    phrase(
                        "finding.made_by_other",
                        maker=manifest.data["created_by"],
                        person=signature.person,
                    ),
                )
            )
    if export is None:
        warnings.append(phrase("verify_warning.export_unrecorded"))
    else:
        findings += _export_findings(bundle, export, signature)
    if trusted and signed_by is not None:
        keys = {key.fingerprint for key in trusted}
        if signed_by.key.fingerprint not in keys:
            findings.append(
                Finding(
                    "signature",
                    phrase(
                        "finding.bundle_untrusted",
                        person=signed_by.person,
                        key=signed_by.key.spoken,
                    ),
                )
            )
    return SignatureCheck(findings, warnings, report.signers, signed_by)


def _signed(entry: dict[str, Any]) -> SignedEntry:
    try:
        changes = json.loads(entry["changes_json"])
    except ValueError:
        changes = None
    return SignedEntry(
        entry["id"], entry["user"], entry["action"], entry["entity_type"],
        changes if isinstance(changes, dict) else None, entry["hash"], entry["key_id"],
        entry["signature"],
    )  # fmt: skip


def _signature_matches(signature: ManifestSignature, manifest_sha256: str) -> bool:
    return signature.manifest_sha256 == manifest_sha256 and signature.key.verifies(
        signature.signature, MANIFEST + manifest_sha256.encode("ascii")
    )


def _signer_problem(signature: ManifestSignature, register: dict[str, Registered]) -> Phrase | None:
    registered = register.get(signature.key.key_id)
    if registered is None or registered.key != signature.key:
        return phrase(
            "finding.signer_unregistered",
            person=signature.person,
            key=spoken(signature.key.fingerprint),
        )
    if registered.person != signature.person:
        return phrase("finding.signed_as", person=signature.person, holder=registered.person)
    return None


def _export_entry(manifest: Manifest) -> dict[str, Any] | None:
    for entry in reversed(manifest.audit_log):
        if entry["action"] != EXPORT:
            continue
        changes = json.loads(entry["changes_json"])
        if isinstance(changes, dict) and changes.get("bundle_uuid") == manifest.bundle_uuid:
            found: dict[str, Any] = entry
            return found
    return None


def _export_findings(
    bundle: Bundle, entry: dict[str, Any], signature: ManifestSignature | None
) -> list[Finding]:
    from casefiles.integrity.findings import Finding

    findings = []
    number = entry["id"]
    recorded = json.loads(entry["changes_json"])
    listed = bundle.manifest.files.get(SUMMARY)
    summary = None if listed is None else listed["sha256"]
    if recorded.get("summary_sha256") != summary:
        findings.append(
            Finding("signature", phrase("finding.summary_unrecorded", file=SUMMARY, number=number))
        )
    if recorded.get("selection") != bundle.manifest.data["selection"]:
        findings.append(Finding("signature", phrase("finding.selection_unrecorded", number=number)))
    if signature is not None and entry["key_id"] != signature.key.key_id:
        findings.append(Finding("signature", phrase("finding.export_signer", number=number)))
    return findings
