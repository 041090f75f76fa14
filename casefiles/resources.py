"""Where the files shipped beside the code live (fonts, the interface's translations), found
from the source tree."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT_DIR = RESOURCES / "fonts"
TRANSLATION_DIR = RESOURCES / "translations"  # casefiles_LANG.qm, built from the .ts there
