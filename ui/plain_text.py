"""User text shown literally: Qt guesses that text like "<b>" is rich text in tooltips and message
boxes, and reads "&" as a shortcut marker in actions and tabs. These make it show as typed."""

from __future__ import annotations

import html

from casefiles.domain.bidi import isolate


def tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: escaped inside an explicit rich-text wrapper."""
    if not text:
        return ""
    escaped = html.escape(isolate(text), quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def no_mnemonic(text: str) -> str:
    """Text for a menu item, button or tab whose '&' must show as '&'."""
    return text.replace("&", "&&")


def elide(text: str, length: int) -> str:
    """The first line of `text`, cut to `length` characters with an ellipsis."""
    stripped = text.strip()
    line = stripped.splitlines()[0] if stripped else ""
    if len(line) > length:
        return isolate(line[: length - 1]) + "…"
    return isolate(line) if line == stripped else f"{isolate(line)} …"
