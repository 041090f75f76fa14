"""Checking the signatures of an audit log, a case file's or a bundle's.

The register of people is read from the log itself (each person's "create" entry holds their
public key), so a key is known from the entry that registers it on. Entries written before
signing began are unsigned and reported as such; once one entry is signed, every later one
must be. What a signature cannot show, the signers' list does: whose keys they are, to be
compared with the keys people hold (docs/threat-model.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casefiles.integrity.signing import ENTRY, PublicKey, person_label
from casefiles.language.phrase import Phrase, phrase

if TYPE_CHECKING:
    from casefiles.integrity.findings import Finding

_REGISTERING = ("create", "import")


@dataclass(frozen=True, slots=True)
class SignedEntry:
    number: int
    user: object
    action: object
    entity_type: object
    changes: dict[str, Any] | None
    hash: object
    key_id: object
    signature: object


@dataclass(frozen=True, slots=True)
class Registered:
    name: str
    role: str
    key: PublicKey

    @property
    def person(self) -> str:
        return person_label(self.name, self.role)


@dataclass(frozen=True, slots=True)
class SignerCount:
    name: str
    role: str
    key_fingerprint: str
    entries: int

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "key_fingerprint": self.key_fingerprint,
            "entries": self.entries,
        }


@dataclass(frozen=True, slots=True)
class SignatureReport:
    findings: list[Finding]
    warnings: list[Phrase]
    signers: list[SignerCount]
    register: dict[str, Registered]  # by key id


def check_signatures(entries: Iterable[SignedEntry]) -> SignatureReport:
    from casefiles.integrity.findings import Finding

    findings: list[Finding] = []
    register: dict[str, Registered] = {}
    counts: dict[str, int] = {}
    unsigned = 0
    first_signed: int | None = None
    for entry in entries:
        number = entry.number
        if entry.entity_type == "person" and entry.action in _REGISTERING:
            person = _registered(entry.changes)
            if person is None:
                findings.append(
                    Finding("signature", phrase("finding.no_public_key", number=number))
                )
            else:
                register.setdefault(person.key.key_id, person)
        if entry.signature is None and entry.key_id is None:
            if first_signed is None:
                unsigned += 1
            else:
                findings.append(
                    Finding(
                        "signature", phrase("finding.unsigned", number=number, first=first_signed)
                    )
                )
            continue
        if first_signed is None:
            first_signed = number
        signer = register.get(entry.key_id) if isinstance(entry.key_id, str) else None
        if signer is None:
            findings.append(
                Finding("signature", phrase("finding.unknown_key", number=number, key=entry.key_id))
            )
            continue
        if not (
            isinstance(entry.signature, str)
            and isinstance(entry.hash, str)
            and signer.key.verifies(entry.signature, ENTRY + entry.hash.encode("ascii", "replace"))
        ):
            findings.append(
                Finding(
                    "signature",
                    phrase("finding.bad_signature", number=number, person=signer.person),
                )
            )
            continue
        if entry.user != signer.person:
            findings.append(
                Finding(
                    "signature",
                    phrase(
                        "finding.wrong_signer", number=number, user=entry.user, person=signer.person
                    ),
                )
            )
        counts[signer.key.key_id] = counts.get(signer.key.key_id, 0) + 1
    warnings = [phrase("verify_warning.unsigned", unsigned)] if unsigned else []
    signers = [
        SignerCount(person.name, person.role, person.key.fingerprint, counts[key_id])
        for key_id, person in register.items()
        if key_id in counts
    ]
    return SignatureReport(findings, warnings, signers, register)


def _registered(changes: dict[str, Any] | None) -> Registered | None:
    if changes is None:
        return None
    name, role, public = changes.get("name"), changes.get("role"), changes.get("public_key")
    if not (isinstance(name, str) and isinstance(role, str) and isinstance(public, str)):
        return None
    try:
        key = PublicKey.from_hex(public)
    except ValueError:
        return None
    if changes.get("key_id") != key.key_id:
        return None
    return Registered(name, role, key)
