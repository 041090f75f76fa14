"""On paper, a paragraph with direction controls (a U+202E in a title) is isolated, so it
cannot print the text around it backwards; the text itself is kept as written."""

from __future__ import annotations

from casefiles.domain.bidi import FSI, PDI
from ui.plain_text import tooltip
from ui.printing.text import printable

RLO = "\u202e"


def test_each_paragraph_with_controls_is_isolated_on_paper() -> None:
    text = f"Dron zərbəsi {RLO}ризьлав\nSecond paragraph\tplain"
    assert printable(text) == f"{FSI}Dron zərbəsi {RLO}ризьлав{PDI}\nSecond paragraph    plain"


def test_a_tooltip_isolates_them_too() -> None:
    assert tooltip(f"a{RLO}b") == f"<qt>{FSI}a{RLO}b{PDI}</qt>"
