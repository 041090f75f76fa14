"""Counts in words, "1 incident" and "3 incidents", written as Qt plural forms.

Call sites write `plural(self.tr("%n incident(s)", "", n), n)`: pyside6-lupdate extracts the
self.tr call as a plural message, so a translation gives every language its own forms. With no
translation loaded, tr() returns the source with %n filled in, and the English is made here.
"""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    """`text` as tr() returned it for `n`: "(s)" is dropped for one and is "s" otherwise (a
    translated text has no "(s)" and is left as it is)."""
    return text.replace("(s)", "" if n == 1 else "s")
