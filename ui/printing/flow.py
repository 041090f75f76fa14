"""Pages as lists of positioned items, and the cursor that fills them top to bottom.

Laying out first and painting after is the two-pass pagination: when painting starts the
number of pages is known, so every footer can say "Page X of Y". Coordinates are device
pixels inside the body of the page (below the running header, above the footer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from casefiles.summary.document import Photo, TimelineSource
from ui.printing.styles import TextStyle

EPSILON = 0.5  # device pixels: rounding slack when comparing heights


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    top: float  # the top of the line; the baseline is below it by the font's ascent
    text: str
    style: TextStyle


@dataclass(frozen=True, slots=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width_mm: float


@dataclass(frozen=True, slots=True)
class Fill:
    x: float
    y: float
    width: float
    height: float
    colour: str


@dataclass(frozen=True, slots=True)
class Picture:
    x: float
    y: float
    width: float
    height: float
    photo: Photo


@dataclass(frozen=True, slots=True)
class Timeline:
    x: float
    y: float
    width: float
    height: float
    source: TimelineSource


Item = Text | Rule | Fill | Picture | Timeline


@dataclass(slots=True)
class Page:
    items: list[Item] = field(default_factory=list)


class _PageFull(Exception):
    """Raised by new_page while a part is tried on the current page (keep_on_one_page)."""


class Flow:
    """Fills pages of `width` x `height` from the top; `y` is the next free position."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.pages: list[Page] = [Page()]
        self.y = 0.0
        self._trying = False

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def room(self) -> float:
        return self.height - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= EPSILON

    def new_page(self) -> None:
        if self._trying:
            raise _PageFull
        self.pages.append(Page())
        self.y = 0.0

    def keep_on_one_page(self, place: Callable[[], None]) -> None:
        """Run `place`, which lays out a part, here if the whole part fits on what is left of
        this page (so a short part does not get a nearly empty page of its own), else from the
        top of a new page. The trial stops at the first page break it would make."""
        if not self.at_top:
            items, y = len(self.page.items), self.y
            self._trying = True
            try:
                place()
                return
            except _PageFull:
                del self.page.items[items:]
                self.y = y
            finally:
                self._trying = False
            self.new_page()
        place()

    def break_page(self) -> None:
        """Start a new page unless this one is still empty."""
        if self.page.items:
            self.new_page()

    def ensure(self, height: float) -> None:
        """Move to a new page unless `height` fits here (or this page is empty anyway)."""
        if height > self.room + EPSILON and not self.at_top:
            self.new_page()

    def fits(self, height: float) -> bool:
        return height <= self.room + EPSILON

    def gap(self, height: float) -> None:
        """Vertical space, which a page break swallows."""
        if not self.at_top:
            self.y = min(self.y + height, self.height)

    def add(self, item: Item) -> None:
        self.page.items.append(item)
