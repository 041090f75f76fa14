"""Plain text measured and broken into lines for one paint device. Never rich text: a user's
"<b>" is four characters to print, not a tag.

Each line is later drawn with one drawText call, so that a PDF reader extracts it as written.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QTextLayout, QTextOption

from casefiles.domain.bidi import isolate
from ui.printing.fonts import document_font
from ui.printing.styles import TextStyle

TAB_WIDTH = 4
REPLACEMENT = "\ufffd"
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")


def printable(text: str) -> str:
    """`text` as it can be printed: newlines made uniform, tabs as spaces, other control
    characters (which have no glyph) shown as the replacement character, and each paragraph
    with direction controls isolated, so they cannot turn the text around it."""
    text = _NEWLINES.sub("\n", text).replace("\t", " " * TAB_WIDTH)
    text = "".join(
        REPLACEMENT if ch != "\n" and unicodedata.category(ch) == "Cc" else ch for ch in text
    )
    return "\n".join(isolate(paragraph) for paragraph in text.split("\n"))


class Typesetter:
    """Fonts, metrics and line breaking for one device (its resolution sets the pixel sizes)."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiX())
        self._fonts: dict[TextStyle, QFont] = {}
        self._metrics: dict[TextStyle, QFontMetricsF] = {}

    def mm(self, millimetres: float) -> float:
        return millimetres / 25.4 * self.dpi

    def font(self, style: TextStyle) -> QFont:
        if style not in self._fonts:
            self._fonts[style] = document_font(style.size, bold=style.bold, mono=style.mono)
        return self._fonts[style]

    def metrics(self, style: TextStyle) -> QFontMetricsF:
        if style not in self._metrics:
            self._metrics[style] = QFontMetricsF(self.font(style), self.device)
        return self._metrics[style]

    def line_height(self, style: TextStyle) -> float:
        return self.metrics(style).lineSpacing() * style.leading

    def ascent(self, style: TextStyle) -> float:
        return self.metrics(style).ascent()

    def width(self, text: str, style: TextStyle) -> float:
        return self.metrics(style).horizontalAdvance(text)

    def elided(self, text: str, style: TextStyle, width: float) -> str:
        return self.metrics(style).elidedText(text, Qt.TextElideMode.ElideRight, width)

    def wrap(self, text: str, style: TextStyle, width: float) -> list[str]:
        """The lines of `text` within `width`: at word boundaries, or anywhere inside a word
        too long for a line (a hash, a file name). Blank lines are kept."""
        lines: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in printable(text).split("\n"):
            if not paragraph.strip():
                lines.append("")
                continue
            layout = QTextLayout(paragraph, self.font(style), self.device)
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
            layout.endLayout()
            # Qt counts in UTF-16 code units; Python in code points (they differ past U+FFFF).
            units = paragraph.encode("utf-16-le")
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                first, length = 2 * line.textStart(), 2 * line.textLength()
                lines.append(units[first : first + length].decode("utf-16-le"))
        return [line.rstrip() for line in lines]
