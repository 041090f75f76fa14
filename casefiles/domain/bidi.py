"""Direction controls in user text, kept from reordering what is shown around it.

A U+202E (right-to-left override) in a title or a note would print the rest of the line, the
next column included, backwards. Text that holds such controls is shown inside an isolate
(FSI ... PDI): by the Unicode bidi algorithm its embeddings and overrides then end with it, and
the text itself is kept as written (the controls are evidence too).
"""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"
_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI: opened isolates, closed by PDI
# Embeddings, overrides and their end, isolates, and the marks that set a direction.
CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def isolate(text: str) -> str:
    """`text` as it is, or inside an isolate when it holds direction controls. A PDI with no
    isolate of its own inside the text would close ours early: it is left out."""
    if CONTROLS.isdisjoint(text):
        return text
    kept, depth = [], 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(ch)
    return FSI + "".join(kept) + PDI * (depth + 1)
