"""The summary in Azerbaijani, Ukrainian and Russian: real PDFs read back with pdftotext carry
none of the English labels, and the user's own text exactly as typed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefiles.domain.records import EvidenceRecord
from casefiles.language.catalogue import Language, phrases_for
from casefiles.language.english import WORDS as SOURCE
from casefiles.services import incidents, notes
from casefiles.services.incidents import list_incidents as listed
from casefiles.storage.store import CaseFile
from casefiles.summary import SummaryDocument
from casefiles.summary.build import build_case_summary
from tests.casefiles.summary.photo_case import NOVEMBER
from tests.helpers import require
from tests.ui.printing.conftest import images_of
from tests.ui.printing.test_printing_cli import run
from ui.printing.pdf import write_pdf

# Typed by the user: printed byte for byte in every language, never translated.
USER_TEXT = "Səfirliyin İş otağı: ğ ı İ ş ə — Посольство, вікна вибито; ґ є ї Ёё"
TRANSLATED = [Language.AZ, Language.UK, Language.RU]
# What the catalogue puts on paper in English that a translation must replace: headings,
# columns, fields, footer and vocabulary labels (without placeholders, at least two letters).
LABEL_PREFIXES = ("heading.", "column.", "field.", "footer.", "summary.", "paragraph.", "photo.")


def english_labels(language: Language) -> set[str]:
    say = phrases_for(language)
    return {
        text
        for key, text in SOURCE.items()
        if (key.startswith(LABEL_PREFIXES) or key[:1].isupper())
        and "{" not in text
        and len(text) > 3
        and say.table[key] != text  # "Status", "GPS" are the same word in some languages
    }


def user_texts(case: CaseFile, document: SummaryDocument) -> str:
    """Everything on paper the user typed (the demo's texts are English): a label that also
    appears in them cannot be told apart from them, so it is not looked for."""
    letters = [
        *document.correspondence_log,
        *(x for s in document.incidents for x in s.correspondence),
    ]
    texts = [
        document.mission, document.classification, *document.cover.mission_lines,
        *(f"{site.name} {site.address}" for site in document.cover.sites),
        *(f"{i.title} {i.description} {i.distance_words}" for i in listed(case)),
        *(d.description for s in document.incidents for d in s.damage),
        *(n.text for s in document.incidents for n in s.notes),
        *(n.text for n in document.case_notes),
        *(f"{p.caption} {p.original_filename}" for p in document.photos),
        *(e.original_filename for e in document.evidence_index),
        *(f"{x.summary} {x.counterpart} {x.reference_number}" for x in letters),
    ]  # fmt: skip
    return "\n".join(texts)


def pdftotext(path: Path) -> str:
    require(shutil.which("pdftotext") is not None, "pdftotext (apt-get install poppler-utils)")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _holds(text: str, label: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text) is not None


@pytest.fixture
def noted(case: CaseFile, photos: list[EvidenceRecord]) -> CaseFile:
    notes.create(case, USER_TEXT, target=incidents.get_by_reference(case, NOVEMBER).uuid)
    return case


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translated_summary_has_no_english_label_and_keeps_the_user_text(
    qtbot: QtBot, noted: CaseFile, tmp_path: Path, language: Language
) -> None:
    document = build_case_summary(noted, language=language)
    pdf = tmp_path / f"{language}.pdf"  # kept for a look: pdftoppm -png
    write_pdf(document, pdf, images=images_of(noted))
    text = pdftotext(pdf)

    say = phrases_for(language)
    for key in ("summary.title", "heading.chronology", "heading.evidence_index"):
        assert say(key) in text
    assert say("footer.page", number=1, total=text.count(say("footer.fingerprint"))) in text
    typed = user_texts(noted, document)
    labels = [label for label in english_labels(language) if not _holds(typed, label)]
    assert len(labels) > 100
    leftovers = [label for label in labels if _holds(text, label)]
    assert leftovers == [], leftovers
    assert USER_TEXT in text
    printed = [n for s in document.incidents for n in s.notes if n.text == USER_TEXT]
    assert [n.text.encode() for n in printed] == [USER_TEXT.encode()]
    # The photos' consistency warnings are worded in the summary's language too.
    english = [w for photo in build_case_summary(noted).photos for w in photo.warnings]
    translated = [w for photo in document.photos for w in photo.warnings]
    assert english and len(translated) == len(english)
    assert not set(translated) & set(english), translated


def test_summary_language_on_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    azerbaijani = tmp_path / "az.pdf"
    result = run("summary", demo_path, "-o", azerbaijani, "--language", "az")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {azerbaijani}")  # the command's own words: English
    text = pdftotext(azerbaijani)
    assert "İş üzrə xülasə" in text and "Case summary" not in text
    report = tmp_path / "ru.pdf"
    result = run("summary", demo_path, "-o", report, "--incident", NOVEMBER, "--language", "ru")
    assert result.returncode == 0, result.stderr
    assert f"Отчёт об инциденте {NOVEMBER}" in pdftotext(report)
    result = run("summary", demo_path, "-o", tmp_path / "de.pdf", "--language", "de")
    assert result.returncode == 2
    assert "'de' is not a summary language; use en, az, uk, ru" in result.stderr
    assert not (tmp_path / "de.pdf").exists()
