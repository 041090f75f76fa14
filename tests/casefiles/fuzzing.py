"""Hypothesis strategies for damaged files: random bytes, and real files with bytes flipped,
cut short, inserted or overwritten, concentrated where parsers look first (the header)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

SETTINGS = {"max_examples": 60, "deadline": None}


@dataclass(frozen=True, slots=True)
class Damage:
    """How to damage a file; positions are fractions of its length (or of `head` bytes)."""

    kind: str  # flip, cut, insert, overwrite
    where: tuple[float, ...]
    values: bytes
    head: int | None  # only within the first `head` bytes

    def apply(self, data: bytes) -> bytes:
        span = len(data) if self.head is None else min(self.head, len(data))
        if not data or not span:
            return self.values
        positions = [min(int(f * span), span - 1) for f in self.where]
        if self.kind == "cut":
            return data[: positions[0]]
        if self.kind == "insert":
            return data[: positions[0]] + self.values + data[positions[0] :]
        damaged = bytearray(data)
        for number, position in enumerate(positions):
            value = self.values[number % len(self.values)] if self.values else 0xFF
            damaged[position] = damaged[position] ^ (value or 1) if self.kind == "flip" else value
        return bytes(damaged)


def damage(head: int | None = None) -> st.SearchStrategy[Damage]:
    fractions = st.floats(min_value=0.0, max_value=1.0, exclude_max=True)
    return st.builds(
        Damage,
        kind=st.sampled_from(["flip", "cut", "insert", "overwrite"]),
        where=st.tuples(fractions) | st.lists(fractions, min_size=1, max_size=8).map(tuple),
        values=st.binary(min_size=1, max_size=64),
        head=st.just(head) if head is not None else st.sampled_from([None, 64, 512, 4096]),
    )


def random_bytes() -> st.SearchStrategy[bytes]:
    return st.binary(max_size=4096)
