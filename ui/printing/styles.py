"""The look of printed documents: type sizes, greys and spacing, in one place.

Sizes are in points and millimetres; the layout turns them into device pixels for the target
(a 600 dpi PDF, a printer, the preview).
"""

from __future__ import annotations

from dataclasses import dataclass

INK = "#1a1a1a"
MUTED = "#595959"
RULE = "#8c8c8c"
HAIRLINE = "#c8c8c8"
HEADER_FILL = "#e9e9e9"
PHOTO_FRAME = "#b4b4b4"
NO_PICTURE_FILL = "#f2f2f2"


@dataclass(frozen=True, slots=True)
class TextStyle:
    size: float  # points
    bold: bool = False
    colour: str = INK
    leading: float = 1.0  # line spacing as a multiple of the font's own
    mono: bool = False  # DejaVu Sans Mono, for hashes


TITLE = TextStyle(24, bold=True)
HEADING = TextStyle(14, bold=True, leading=1.05)
SUBHEADING = TextStyle(10.5, bold=True)
BODY = TextStyle(9.5, leading=1.12)
BODY_BOLD = TextStyle(9.5, bold=True, leading=1.12)
LABEL = TextStyle(8.5, bold=True, colour=MUTED, leading=1.12)
VALUE = TextStyle(9, leading=1.12)
TABLE = TextStyle(7.8)
TABLE_HEAD = TextStyle(7.8, bold=True)
TABLE_NOTE = TextStyle(6.8, colour=MUTED)
CAPTION = TextStyle(8.5, bold=True)
CAPTION_TEXT = TextStyle(8.5)
SMALL = TextStyle(7.5, colour=MUTED)
HASH = TextStyle(7.8, mono=True)
SMALL_HASH = TextStyle(7.5, colour=MUTED, mono=True)
TIMELINE = TextStyle(7)
RUNNING = TextStyle(7.5, colour=MUTED)  # the header and footer of every page
RUNNING_BOLD = TextStyle(7.5, bold=True)

# Millimetres.
HEADER_BAND = 11.0  # from the top of the printable area to the body
FOOTER_BAND = 11.0
CELL_PAD_X = 1.3
CELL_PAD_Y = 0.9
PARAGRAPH_GAP = 2.2
SECTION_GAP = 5.0
PHOTO_GAP = 6.0
PHOTO_MAX_HEIGHT = 72.0
RULE_WIDTH = 0.25
HAIRLINE_WIDTH = 0.15
