"""Folding text for search, so that a word typed without Azerbaijani letters or marks finds it:
"sefirliyin" finds "Səfirliyin", "binasi" finds "binası", "ежик" finds "ёжик".

Folding maps every character to exactly one character, so a position in the folded text is the
same position in the original: that is how a match found in folded text is marked in the text
as stored, which is never changed.
"""

from __future__ import annotations

import unicodedata

# Letters that are not a base letter plus a mark, so Unicode decomposition alone does not fold
# them; İ is here because lower-casing it gives two characters.
_LETTERS = {"ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ё": "е", "Ё": "е"}


class _FoldTable(dict[int, str]):
    """str.translate's table, filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        folded = _LETTERS.get(character)
        if folded is None:
            decomposed = unicodedata.normalize("NFD", character)
            base = [c for c in decomposed if not unicodedata.combining(c)]
            folded = base[0].lower() if len(base) == 1 else character.lower()
            if len(folded) != 1:
                folded = character
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """`text` in lower case without marks (ə→e, ı and İ→i, ş→s, ç→c, ğ→g, ö→o, ü→u, ё→е),
    one character for one: the form the search index holds and queries are matched in."""
    return text.translate(_TABLE)
