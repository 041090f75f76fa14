"""The outcome of `casefiles verify`, for a case file and a bundle alike: lines, or one JSON
object with the keys other tools read (intact, findings, warnings, fingerprint, signers)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from casefiles.integrity.signing import person_label, spoken

if TYPE_CHECKING:
    from casefiles.integrity.findings import Finding
    from casefiles.integrity.signatures import SignerCount


def print_verification(
    args: argparse.Namespace,
    findings: list[Finding],
    warnings: list[str],
    fingerprint: str | None,
    signers: list[SignerCount],
    intact_line: str | None = None,
) -> int:
    """The outcome in lines or, with --json, as one object; exit 1 when anything was found."""
    if args.json:
        print(
            json.dumps(
                {
                    "intact": not findings,
                    "findings": [{"check": f.check, "message": f.message} for f in findings],
                    "warnings": warnings,
                    "fingerprint": fingerprint,
                    "signers": [signer.as_json() for signer in signers],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 1 if findings else 0
    for finding in findings:
        print(f"{finding.check}: {finding.message}")
    if findings:
        print(f"{len(findings)} problem(s) found in {args.path.name}.")
    else:
        print(intact_line or f"{args.path.name} is intact. Fingerprint {fingerprint}")
    for warning in warnings:
        print(f"warning: {warning}")
    for signer in signers:
        print(
            f"Signed by {person_label(signer.name, signer.role)} (key "
            f"{spoken(signer.key_fingerprint)}): {signer.entries} entries."
        )
    return 1 if findings else 0
