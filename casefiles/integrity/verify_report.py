"""A verification's findings as a report a person reads and keeps: what was checked, when, the
result in words and every finding with what it refers to. Saved as a plain UTF-8 text file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from casefiles.integrity.findings import Finding
from casefiles.storage.file_writing import check_new_file, written_whole
from casefiles.storage.sqlite_errors import write_errors

# What each check looked at, in words (a check not listed is shown by its own name).
CHECK_WORDS = {
    "integrity": "The database itself",
    "blob": "Original photos and files",
    "audit chain": "The audit log",
    "row": "Records against the audit log",
    "signature": "Signatures of the audit log",
}


def check_words(check: str) -> str:
    return CHECK_WORDS.get(check, check[:1].upper() + check[1:])


def outcome(findings: Sequence[Finding]) -> str:
    """The result in one line."""
    if not findings:
        return "Intact: nothing was changed behind the app's back."
    count = len(findings)
    return f"{count} problem{'' if count == 1 else 's'} found: see below."


def report_text(
    path: Path, fingerprint: str | None, findings: Sequence[Finding], checked_at: datetime
) -> str:
    lines = [
        f"Verification of {path.name}",
        f"Case file: {path}",
        f"Checked: {checked_at.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC",
        "Checks: SQLite integrity; every original against its SHA-256; the audit chain; "
        "every record against the audit log.",
        f"Result: {outcome(findings)}",
    ]
    if fingerprint:
        lines.append(f"Fingerprint: {fingerprint}")
    for number, finding in enumerate(findings, start=1):
        lines.append(f"{number}. {check_words(finding.check)}: {finding.message}")
    return "\n".join(lines) + "\n"


def save_report(
    text: str, target: Path, *, replace: bool = False, protect: Iterable[Path] = ()
) -> None:
    """Write the report; an existing file is replaced only when `replace` (the user said so),
    and never the case file in `protect` or its sidecars."""
    check_new_file(target, protect=protect, replace=replace)
    written = written_whole(target, stage="writing", replace=replace, sync=True)
    with write_errors(target), written as partial:
        partial.write_text(text, encoding="utf-8")
