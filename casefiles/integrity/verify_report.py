"""A verification's findings as a report a person reads and keeps: what was checked, when, the
result in words and every finding with what it refers to, in the language of the catalogue it
is given (its header says which). Saved as a plain UTF-8 text file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from casefiles.integrity.findings import Finding
from casefiles.language.catalogue import ENGLISH, Phrases
from casefiles.language.phrase import Phrase
from casefiles.storage.file_writing import check_new_file, written_whole
from casefiles.storage.sqlite_errors import write_errors


def check_words(check: str, *, phrases: Phrases = ENGLISH) -> str:
    """What a check looked at, in words ("audit chain": "The audit log"); a check the
    catalogue does not know is shown by its own name."""
    key = f"check.{check.replace(' ', '_')}"
    return phrases(key) if key in phrases.table else check[:1].upper() + check[1:]


def outcome(findings: Sequence[Finding], *, phrases: Phrases = ENGLISH) -> str:
    """The result in one line."""
    if not findings:
        return phrases("verify.intact")
    return phrases.plural("verify.problems", len(findings))


def report_text(
    path: Path,
    fingerprint: str | None,
    findings: Sequence[Finding],
    checked_at: datetime,
    *,
    warnings: Sequence[Phrase] = (),
    phrases: Phrases = ENGLISH,
) -> str:
    """The report: names of tables, columns, files and records and hashes stay as they are."""
    lines = [
        phrases("verify.title", name=path.name),
        phrases("verify.language"),
        phrases("verify.case_file", path=path),
        phrases("verify.checked", time=f"{checked_at.astimezone(UTC):%Y-%m-%d %H:%M:%S}"),
        phrases("verify.checks"),
        phrases("verify.result", outcome=outcome(findings, phrases=phrases)),
    ]
    if fingerprint:
        lines.append(phrases("verify.fingerprint", fingerprint=fingerprint))
    for number, finding in enumerate(findings, start=1):
        lines.append(
            f"{number}. {check_words(finding.check, phrases=phrases)}: {finding.said(phrases)}"
        )
    lines += [phrases("verify.warning", warning=warning.said(phrases)) for warning in warnings]
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
