"""Every heading, column, field and vocabulary label uses the glossary's term wherever its
English holds one (docs/glossary.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casefiles.language.catalogue import Language, phrases_for
from casefiles.language.english import WORDS as SOURCE

GLOSSARY = Path(__file__).parents[3] / "docs" / "glossary.md"
COLUMNS = (Language.AZ, Language.UK, Language.RU)  # after English, in the table's order
# Labels on paper and in the window: short texts where a term must read the same everywhere.
LABEL_PREFIXES = (
    "heading.", "column.", "field.", "footer.", "check.", "summary.", "report.",
    "finding.", "record.", "entity.",  # verify's findings, as the window says them
)  # fmt: skip


def _fold(text: str) -> str:
    return text.replace("İ", "i").casefold()  # "İş" is "iş", not "i̇ş"


def _glossary() -> list[tuple[list[str], dict[Language, list[str]]]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("English", "---"):
            continue
        forms = [[_fold(form.strip()) for form in cell.split(";")] for cell in cells]
        rows.append((forms[0], dict(zip(COLUMNS, forms[1:], strict=True))))
    return rows


def _labels() -> dict[str, str]:
    return {
        key: text
        for key, text in SOURCE.items()
        if key.startswith(LABEL_PREFIXES) or key[:1].isupper()  # vocabulary: "SiteKind.…"
    }


def test_the_glossary_has_the_key_terms() -> None:
    terms = {english[0] for english, _translations in _glossary()}
    assert {
        "case file", "incident", "damage item", "evidence", "note verbale", "summons",
        "fingerprint", "audit log", "bundle", "site", "chancery", "consulate", "residence",
        "drone", "missile", "protest",
    } <= terms  # fmt: skip


@pytest.mark.parametrize("language", COLUMNS)
def test_every_label_with_a_term_uses_the_glossary_translation(language: Language) -> None:
    say = phrases_for(language)
    checked = 0
    for english, translations in _glossary():
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, english)) + r")\b")
        for key, text in _labels().items():
            if pattern.search(_fold(text)):
                translated = _fold(say.table[key])
                assert any(form in translated for form in translations[language]), (
                    f"{key}: '{say.table[key]}' does not use the glossary's "
                    f"'{translations[language][0]}' for '{english[0]}'"
                )
                checked += 1
    assert checked > 40  # the headings, columns and labels that hold a term
