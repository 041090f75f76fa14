"""Hypothesis strategies for damaged files: random bytes, and real files with bytes flipped,
cut short, inserted or overwritten, concentrated where parsers look first (the header)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

SETTINGS = {"max_examples": 60, "deadline": None}
T = TypeVar("T")
ACCEPTED, REFUSED = "accepted", "refused"


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


def explore(
    what: str, strategy: st.SearchStrategy[T], check: Callable[[T], str], least: int = 3
) -> Counter[str]:
    """Run `check` (which returns ACCEPTED or REFUSED, having asserted what each must leave) on
    examples of `strategy`, and prove both paths were taken at least `least` times: a fuzz test
    that only ever reached the refusal would pass on code that refused everything."""
    seen: Counter[str] = Counter()

    @settings(**SETTINGS)  # type: ignore[arg-type]
    @given(strategy)
    def one(example: T) -> None:
        seen[check(example)] += 1

    one()
    print(f"{what}: {dict(seen)}")
    assert seen[ACCEPTED] >= least, f"too few examples reached acceptance: {dict(seen)}"
    assert seen[REFUSED] >= least, f"too few examples reached refusal: {dict(seen)}"
    return seen
