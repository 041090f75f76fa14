"""Median and range (min-max) of a benchmark's repeats: how every script reports a figure, so
that a reader sees at once whether another run would give the same."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from typing import NamedTuple


class Spread(NamedTuple):
    median: float
    low: float
    high: float

    def text(self, unit: str = "", digits: int = 2) -> str:
        """'3.21 ms (3.05-3.90)'."""
        unit = f" {unit}" if unit else ""
        return f"{self.median:.{digits}f}{unit} ({self.low:.{digits}f}-{self.high:.{digits}f})"

    def range(self, digits: int = 2) -> list[float]:
        """[min, max], for a `*_range` JSON key next to the median's."""
        return [round(self.low, digits), round(self.high, digits)]

    def as_dict(self, digits: int = 3) -> dict[str, float]:
        return {
            "median": round(self.median, digits),
            "min": round(self.low, digits),
            "max": round(self.high, digits),
        }


def spread(samples: Iterable[float], scale: float = 1.0) -> Spread:
    """The median and range of `samples`, each times `scale` (1000 turns seconds into ms)."""
    values = [value * scale for value in samples]
    if not values:
        raise ValueError("no samples to summarise")
    return Spread(statistics.median(values), min(values), max(values))
