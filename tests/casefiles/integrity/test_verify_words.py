"""Verify's findings and warnings in every language of the catalogue: a case file edited behind
the app's back with sqlite3 is checked once, and each finding is said in Azerbaijani, Ukrainian
and Russian with none of its English left, the user's own text and the identifiers as stored,
and in English exactly as `casefiles verify` prints it."""

from __future__ import annotations

import contextlib
import sqlite3
import string
from datetime import date
from pathlib import Path

import pytest

from casefiles import clock
from casefiles.integrity import anchors
from casefiles.integrity.findings import Finding
from casefiles.integrity.verify import check, verify_warnings
from casefiles.language.catalogue import ENGLISH, Language, phrases_for
from casefiles.language.english import WORDS as SOURCE
from casefiles.language.phrase import Moment, Phrase
from casefiles.storage.store import CaseFile
from tests.helpers import older_copy, tamper_behind_the_app, unsigned

TRANSLATIONS = [language for language in Language if language is not Language.EN]
CAPTION = "Şüşələr qırılıb — вибиті вікна"
TRIGGER = "CREATE TRIGGER səssiz AFTER INSERT ON notes BEGIN SELECT 1; END"


def tampered(path: Path) -> None:
    """What someone with the sqlite3 shell might do: a caption rewritten in two scripts, an
    incident's title changed, an audit entry removed, a signature swapped for another entry's, a
    trigger added and a stored original overwritten."""
    tamper_behind_the_app(path, CAPTION)
    with contextlib.closing(sqlite3.connect(path)) as raw, raw:
        raw.execute(TRIGGER)
        raw.execute("UPDATE blobs SET data = zeroblob(length(data)) WHERE rowid = 2")
    raw.close()


def english_pieces(detail: Phrase) -> list[str]:
    """The words of a phrase's English templates, nested ones included: what must not be left
    in a translation (pieces without a letter, such as " (", are not words)."""
    templates = [SOURCE.get(detail.key) or SOURCE[f"{detail.key}#other"]]
    pieces = [
        text.strip()
        for template in templates
        for text, *_field in string.Formatter().parse(template)
        if any(c.isalpha() for c in text)
    ]
    for value in detail.values.values():
        if isinstance(value, Phrase) and not value.key.startswith("record."):
            pieces += english_pieces(value)
        elif isinstance(value, Phrase):  # a record's label: its words, not its user text
            pieces += [p for p in english_pieces(value) if len(p) > 2]
    return pieces


def without_values(said: str, detail: Phrase) -> str:
    """`said` without the values given as they are (names, captions, uuids)."""
    for value in detail.values.values():
        if isinstance(value, Phrase):
            said = without_values(said, value)
        else:
            said = said.replace(str(value), "")
    return said


@pytest.fixture
def findings(demo_path: Path) -> list[Finding]:
    tampered(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        found = check(case).findings
    checks = {finding.check for finding in found}
    assert checks == {"schema", "blob", "audit chain", "signature", "row", "search index"}
    return found


def test_english_is_what_the_command_line_prints(findings: list[Finding]) -> None:
    said = [finding.said(ENGLISH) for finding in findings]
    assert said == [finding.message for finding in findings]
    assert "The trigger səssiz is not part of a case file." in said
    assert any(f"“{CAPTION}”" in text and "caption" in text for text in said)
    assert any(text.startswith("Audit entry ") and "bad signature" in text for text in said)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_finding_is_said_in_the_language(findings: list[Finding], language: Language) -> None:
    phrases = phrases_for(language)
    for finding in findings:
        said = finding.said(phrases)
        assert isinstance(finding.detail, Phrase), finding.message
        assert said != finding.message
        words = without_values(said, finding.detail)  # a caption may hold English words
        left = [piece for piece in english_pieces(finding.detail) if piece in words]
        assert left == [], (said, left)
    captioned = [f.said(phrases) for f in findings if CAPTION in f.message]
    assert captioned and all(CAPTION in text for text in captioned)
    # Names and identifiers as stored (the trigger's name, hashes); the fields in the language's
    # words, where the command line keeps the names they are stored under.
    assert any("səssiz" in f.said(phrases) for f in findings if f.check == "schema")
    differs = [f.said(phrases) for f in findings if f.check == "row" and "caption" in f.message]
    assert differs and all(phrases("stored_field.caption") in text for text in differs)


@pytest.mark.parametrize("language", list(Language))
def test_warnings_in_the_language_with_the_day_in_words(
    demo_path: Path, tmp_path: Path, language: Language
) -> None:
    """An older copy and entries written before signing: the day CLDR's way, the counts in the
    plural form the number takes."""
    phrases = phrases_for(language)
    backup = older_copy(demo_path, tmp_path / "Köhnə nüsxə.casefile")
    unsigned(backup)
    with CaseFile.open(backup, read_only=True) as copy:
        report = check(copy)
        warnings = verify_warnings(copy, report)
        entries = len(anchors.held(copy))
    assert [w.key for w in warnings] == ["verify_warning.unsigned", "verify_warning.older_copy"]
    unsigned_words, older = (warning.said(phrases) for warning in warnings)
    assert str(entries) in unsigned_words
    if language is Language.EN:
        assert unsigned_words == (
            f"{entries} audit entries were written before entries were signed: the hash chain "
            "checks them, no signature does."
        )
        assert older.startswith(f"this copy is older than the one seen on {date.today():%Y-%m-%d}")
        return
    today = clock.now().astimezone().date()
    assert phrases.dates.long(today) in older
    assert "this copy" not in older and "audit entries" not in unsigned_words


def test_a_moment_is_said_with_the_days_of_the_language() -> None:
    moment = Moment(clock.now())
    local = moment.at.astimezone()
    russian = phrases_for(Language.RU)
    assert moment.said(russian) == f"{russian.dates.long(local.date())}, {local:%H:%M}"
    assert moment.said(russian).replace("\u202f", " ").endswith(f" г., {local:%H:%M}")
