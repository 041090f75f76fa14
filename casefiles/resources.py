"""Where the files shipped beside the code live (fonts), found from the source tree."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT_DIR = RESOURCES / "fonts"
