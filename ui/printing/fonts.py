"""The one typeface of printed documents, registered with Qt from resources/fonts.

Documents never depend on the machine's fonts: the shipped DejaVu Sans is registered under a
family name of its own (see font_file.py) and every QFont here names that family.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from casefiles.resources import FONT_DIR
from ui.printing.font_file import adjusted_font

FAMILY = "Casefiles DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class FontMissing(RuntimeError):
    """The shipped fonts are missing or unreadable: the installation is broken."""


def register_fonts() -> str:
    """Register the shipped fonts with the running QGuiApplication, once; the family name."""
    if QFontDatabase.hasFamily(FAMILY):
        return FAMILY
    for name in FONT_FILES:
        try:
            data = (FONT_DIR / name).read_bytes()
        except OSError as error:
            raise FontMissing(f"The font {FONT_DIR / name} cannot be read: {error}") from None
        font_id = QFontDatabase.addApplicationFontFromData(adjusted_font(data, FAMILY))
        if font_id < 0 or FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
            raise FontMissing(f"Qt refused the font {FONT_DIR / name}.")
    return FAMILY


def document_font(point_size: float, *, bold: bool = False) -> QFont:
    """The document typeface at `point_size`, without ligatures: "fi" must copy out as f, i."""
    font = QFont(register_fonts())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setKerning(True)
    return font
