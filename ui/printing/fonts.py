"""The typefaces of printed documents, registered with Qt from resources/fonts: DejaVu Sans,
and DejaVu Sans Mono for hashes.

Documents never depend on the machine's fonts: the shipped fonts are registered under family
names of their own (see font_file.py) and every QFont here names one of those families.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase

from casefiles.resources import FONT_DIR
from ui.printing.font_file import adjusted_font

FAMILY = "Casefiles DejaVu Sans"
MONO_FAMILY = "Casefiles DejaVu Sans Mono"  # hashes: every digit the same width, as on a screen
FONT_FILES = {
    "DejaVuSans.ttf": FAMILY,
    "DejaVuSans-Bold.ttf": FAMILY,
    "DejaVuSansMono.ttf": MONO_FAMILY,
}


class FontMissing(RuntimeError):
    """The shipped fonts are missing or unreadable: the installation is broken."""


def register_fonts() -> str:
    """Register the shipped fonts with the running QGuiApplication, once; the family name."""
    if QFontDatabase.hasFamily(FAMILY) and QFontDatabase.hasFamily(MONO_FAMILY):
        return FAMILY
    for name, family in FONT_FILES.items():
        try:
            data = (FONT_DIR / name).read_bytes()
        except OSError as error:
            message = QCoreApplication.translate("Printing", "The font %1 cannot be read: %2")
            raise FontMissing(
                message.replace("%1", str(FONT_DIR / name)).replace("%2", str(error))
            ) from None
        font_id = QFontDatabase.addApplicationFontFromData(adjusted_font(data, family))
        if font_id < 0 or family not in QFontDatabase.applicationFontFamilies(font_id):
            message = QCoreApplication.translate("Printing", "Qt refused the font %1.")
            raise FontMissing(message.replace("%1", str(FONT_DIR / name)))
    return FAMILY


def document_font(point_size: float, *, bold: bool = False, mono: bool = False) -> QFont:
    """The document typeface at `point_size`, without ligatures: "fi" must copy out as f, i."""
    register_fonts()
    font = QFont(MONO_FAMILY if mono else FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setKerning(True)
    return font
