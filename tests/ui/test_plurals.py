"""Counts in words from Qt plural forms, with no translation loaded and with one."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.plurals import plural


def test_english_forms_when_nothing_is_translated() -> None:
    words = [plural(QObject().tr("%n incident(s)", "", n), n) for n in (0, 1, 2, 21)]
    assert words == ["0 incidents", "1 incident", "2 incidents", "21 incidents"]


def test_a_translated_text_is_left_as_it_is() -> None:
    assert plural("5 інцидентів (з них 1 чернетка)", 5) == "5 інцидентів (з них 1 чернетка)"
    assert plural("1 hadisə", 1) == "1 hadisə"
