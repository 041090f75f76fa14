"""The shipped font: registered under its own family, covering Azerbaijani and Ukrainian, with
the tab given its own glyph so that spaces copy out of a PDF as spaces."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont
from pytestqt.qtbot import QtBot

from ui.printing.font_file import FontFileError, adjusted_font
from ui.printing.fonts import FAMILY, FONT_DIR, FONT_FILES, MONO_FAMILY, document_font

LETTERS = "əƏğĞıİşŞçÇöÖüÜ АаБбВвГгҐґДдЕеЄєЖжЗзИиІіЇїЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЬьЮюЯя"
PUBLISHED = {  # the files as published, unchanged (see resources/fonts/README.md)
    "DejaVuSans.ttf": "abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322",
    "DejaVuSans-Bold.ttf": "0d977336a6d5fba34eab8e3199eb218327161b5143749f802982c2bc34df0c96",
    "DejaVuSansMono.ttf": "0f5db4f1749979d961019838b160bec74abdf7f9eca69553fe1aa856bbff49a4",
}


@pytest.mark.parametrize("name", FONT_FILES)
def test_the_adjusted_font_changes_only_the_name_and_the_tab(qtbot: QtBot, name: str) -> None:
    original = (FONT_DIR / name).read_bytes()
    assert hashlib.sha256(original).hexdigest() == PUBLISHED[name]

    before = QRawFont(original, 12)
    after = QRawFont(adjusted_font(original, FAMILY), 12)

    assert after.isValid() and after.familyName() == FAMILY
    assert before.glyphIndexesForString("\t ") == [3, 3]  # Qt's fallback: tab drawn as space
    assert after.glyphIndexesForString("\t ") == [2, 3]
    sample = LETTERS + " Səfirliyin “Київ” — 50.4619° №12 ✓ ⚠"
    assert after.glyphIndexesForString(sample) == before.glyphIndexesForString(sample)
    assert 0 not in after.glyphIndexesForString(LETTERS)  # glyph 0: missing


def test_something_else_is_refused() -> None:
    with pytest.raises(FontFileError):
        adjusted_font(b"%PDF-1.7 not a font", FAMILY)


def test_documents_use_the_shipped_font_even_beside_a_system_dejavu(qtbot: QtBot) -> None:
    font = document_font(9.5, bold=True)

    assert QFontInfo(font).family() == FAMILY
    assert QFontInfo(font).bold()
    assert font.featureValue(font.Tag("liga")) == 0
    assert FAMILY in QFontDatabase.families()


def test_hashes_use_the_shipped_monospaced_font(qtbot: QtBot) -> None:
    font = document_font(7.8, mono=True)

    assert QFontInfo(font).family() == MONO_FAMILY
    assert QFontInfo(font).fixedPitch()
