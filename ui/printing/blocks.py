"""The building blocks of a document page: headings, paragraphs, labelled fields, tables whose
header repeats on every page, and photos with their captions. Each places itself in a Flow and
breaks to a new page where it must, never clipping or overlapping what is already there."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from casefiles.language.catalogue import Phrases
from casefiles.summary.document import Field, Photo, TimelineSource
from ui.printing import styles
from ui.printing.flow import Fill, Flow, Picture, Rule, Text, Timeline
from ui.printing.styles import TextStyle
from ui.printing.text import Typesetter

DEFAULT_ASPECT = 4 / 3
NO_PICTURE_HEIGHT_MM = 22.0
WARNING_MARK = "⚠ "
FIELD_LABEL_WIDTH_MM = 40.0
MAX_FIT_SHARE = 0.3  # a column fitted to its content takes at most this much of the width
MIN_SPLIT_LINES = 3  # a row split across pages keeps at least this many lines on the first

Placer = Callable[[float, float], None]  # draws a prepared block with its top-left corner here


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    style: TextStyle
    height: float


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    share: float  # of the width left by the fitted columns
    fit: Sequence[str] = ()  # when given, as wide as the widest of these (a reference)...
    fit_lines: int = 1  # ...wrapped in at most this many lines (a time in words)


Cell = Sequence[tuple[str, TextStyle]]  # pieces stacked top to bottom, each wrapped alone


@dataclass(frozen=True, slots=True)
class Row:
    cells: Sequence[Cell]
    span: Cell = ()  # a line across the whole width under the cells (a long hash)


class Writer:
    """Places blocks into `flow` using the fonts and metrics of `typesetter`, with the labels
    in the document's language (`say`)."""

    def __init__(self, flow: Flow, typesetter: Typesetter, say: Phrases) -> None:
        self.flow = flow
        self.ts = typesetter
        self.say = say

    # Text --------------------------------------------------------------------------------

    def lines(self, text: str, style: TextStyle, width: float) -> list[Line]:
        height = self.ts.line_height(style)
        return [Line(line, style, height) for line in self.ts.wrap(text, style, width)]

    def stacked(self, cell: Cell, width: float) -> list[Line]:
        return [line for text, style in cell for line in self.lines(text, style, width)]

    def draw_lines(self, lines: Sequence[Line], x: float, top: float) -> float:
        """Draw `lines` from `top` down; the height used."""
        y = top
        for line in lines:
            if line.text:
                self.flow.add(Text(x, y, line.text, line.style))
            y += line.height
        return y - top

    def heading(
        self, text: str, style: TextStyle, *, keep_with: float = 0.0, after_mm: float = 1.2
    ) -> None:
        """A heading, moved to the next page with whatever must follow it (`keep_with`)."""
        lines = self.lines(text, style, self.flow.width)
        height = sum(line.height for line in lines)
        self.flow.ensure(height + keep_with)
        self.flow.y += self.draw_lines(lines, 0, self.flow.y)
        self.flow.gap(self.ts.mm(after_mm))

    def paragraph(
        self,
        text: str,
        style: TextStyle,
        *,
        indent: float = 0.0,
        after_mm: float = styles.PARAGRAPH_GAP,
    ) -> None:
        """Wrapped text that may continue on the next page, never leaving one line alone."""
        lines = self.lines(text, style, self.flow.width - indent)
        self.flow.ensure(sum(line.height for line in lines[:2]))
        for number, line in enumerate(lines):
            rest = lines[number : number + 2]
            if not self.flow.fits(line.height) or (
                len(lines) - number == 2 and not self.flow.fits(sum(x.height for x in rest))
            ):
                self.flow.new_page()
            if line.text:
                self.flow.add(Text(indent, self.flow.y, line.text, line.style))
            self.flow.y += line.height
        self.flow.gap(self.ts.mm(after_mm))

    def rule(self, colour: str = styles.RULE, width_mm: float = styles.RULE_WIDTH) -> None:
        y = self.flow.y
        self.flow.add(Rule(0, y, self.flow.width, y, colour, width_mm))
        self.flow.gap(self.ts.mm(2))

    # Labelled fields ---------------------------------------------------------------------

    def fields(
        self,
        fields: Sequence[Field],
        *,
        value_style: TextStyle = styles.VALUE,
        after_mm: float = styles.PARAGRAPH_GAP,
    ) -> None:
        """Label and value side by side, one field under the other, on a common baseline."""
        label_width = self.ts.mm(FIELD_LABEL_WIDTH_MM)
        value_width = self.flow.width - label_width
        drop = max(0.0, self.ts.ascent(styles.LABEL) - self.ts.ascent(value_style))
        gap = self.ts.mm(0.9)
        for item in fields:
            label = self.lines(item.label, styles.LABEL, label_width - self.ts.mm(2))
            value = self.lines(item.value, value_style, value_width)
            height = max(sum(x.height for x in label), drop + sum(x.height for x in value))
            self.flow.ensure(height)
            top = self.flow.y
            self.draw_lines(label, 0, top)
            self.draw_lines(value, label_width, top + drop)
            self.flow.y += height + gap
        self.flow.gap(self.ts.mm(after_mm))

    # Tables ------------------------------------------------------------------------------

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Row],
        *,
        title: str | None = None,
        continued: str | None = None,
    ) -> None:
        """A table under an optional `title`, kept on one page with its header and first row.
        The header row is repeated at the top of every page the table runs onto, under
        `continued` (a caption such as "Chronology, continued") when given."""
        table = _Table(self, columns, continued, rows)
        prepared = [table.prepare(row) for row in rows]
        lead = table.header_height + (prepared[0].height if prepared else 0)
        if lead > self.flow.height * 0.6:  # a huge first row may start lower on a page
            lead = table.header_height * 3
        if title:
            self.heading(title, styles.SUBHEADING, keep_with=lead)
        self.flow.ensure(lead)
        table.start()
        for row in prepared:
            table.place(row)
        self.flow.gap(self.ts.mm(styles.PARAGRAPH_GAP))

    # Photos ------------------------------------------------------------------------------

    def photos(self, photos: Sequence[Photo]) -> None:
        """Photos two to a row, each with its caption, time, position and short hash."""
        gap = self.ts.mm(styles.PHOTO_GAP)
        width = (self.flow.width - gap) / 2
        for first in range(0, len(photos), 2):
            pair = photos[first : first + 2]
            blocks = [self._photo_block(photo, width) for photo in pair]
            height = max(block_height for block_height, _ in blocks)
            self.flow.ensure(height)
            top = self.flow.y
            for column, (_, place) in enumerate(blocks):
                place(column * (width + gap), top)
            self.flow.y = top + height
            self.flow.gap(gap)

    def photo_block_height(self, photo: Photo) -> float:
        return self._photo_block(photo, (self.flow.width - self.ts.mm(styles.PHOTO_GAP)) / 2)[0]

    def _photo_block(self, photo: Photo, width: float) -> tuple[float, Placer]:
        if photo.no_picture:
            box_width, box_height = width, self.ts.mm(NO_PICTURE_HEIGHT_MM)
        else:
            aspect = photo.aspect_ratio or DEFAULT_ASPECT
            box_width, box_height = width, width / aspect
            limit = self.ts.mm(styles.PHOTO_MAX_HEIGHT)
            if box_height > limit:
                box_width, box_height = limit * aspect, limit
        say = self.say
        caption: list[tuple[str, TextStyle]] = [
            (photo.label, styles.CAPTION),
            (photo.caption or say("photo.no_caption"), styles.CAPTION_TEXT),
            *(((say("photo.damage", damage=photo.damage), styles.SMALL),) if photo.damage else ()),
            (say("photo.taken", time=photo.capture_time), styles.SMALL),
            (say("photo.gps", position=photo.gps), styles.SMALL),
            (say("photo.hash", hash=photo.short_hash), styles.SMALL_HASH),
            *((WARNING_MARK + warning, styles.SMALL) for warning in photo.warnings),
        ]
        lines = self.stacked(caption, width)
        pad = self.ts.mm(1.5)
        height = box_height + pad + sum(line.height for line in lines)

        def place(x: float, top: float) -> None:
            left = x + (width - box_width) / 2
            self.flow.add(Picture(left, top, box_width, box_height, photo))
            if photo.no_picture:
                inner = self.lines(photo.no_picture, styles.SMALL, box_width - 2 * pad)
                self.draw_lines(inner, left + pad, top + pad)
            self.draw_lines(lines, x, top + box_height + pad)

        return height, place

    # The timeline ------------------------------------------------------------------------

    def timeline(self, source: TimelineSource, height_mm: float) -> None:
        height = min(self.ts.mm(height_mm), self.flow.height)
        self.flow.ensure(height)
        self.flow.add(Timeline(0, self.flow.y, self.flow.width, height, source))
        self.flow.y += height
        self.flow.gap(self.ts.mm(styles.PARAGRAPH_GAP))


@dataclass(frozen=True, slots=True)
class _MeasuredRow:
    cells: list[list[Line]]
    span: list[Line]
    height: float


class _Table:
    """One table being placed: its column geometry and the header to repeat."""

    def __init__(
        self,
        writer: Writer,
        columns: Sequence[Column],
        continued: str | None,
        rows: Sequence[Row] = (),
    ) -> None:
        self.writer = writer
        self.flow = writer.flow
        ts = writer.ts
        self.pad_x, self.pad_y = ts.mm(styles.CELL_PAD_X), ts.mm(styles.CELL_PAD_Y)
        fitted = {
            index: min(
                self._fitted_width(column) + 2 * self.pad_x + ts.mm(0.5),
                self.flow.width * MAX_FIT_SHARE,
            )
            for index, column in enumerate(columns)
            if column.fit
        }
        rest = self.flow.width - sum(fitted.values())
        total = sum(column.share for i, column in enumerate(columns) if i not in fitted)
        shares = {i: rest * c.share / total for i, c in enumerate(columns) if i not in fitted}
        self.widths = [fitted.get(i, shares.get(i, 0.0)) for i in range(len(columns))]
        # A fitted column that may wrap (a time in words) can give width too.
        wrapping = {i for i in fitted if columns[i].fit_lines > 1}
        self._widen_to_whole_words(columns, set(shares), wrapping, rows)
        self.lefts = [sum(self.widths[:i]) for i in range(len(columns))]
        self.header = [
            writer.lines(column.title, styles.TABLE_HEAD, width - 2 * self.pad_x)
            for column, width in zip(columns, self.widths, strict=True)
        ]
        self.header_height = self._height(self.header)
        self.continued = writer.lines(continued, styles.SMALL, self.flow.width) if continued else []

    def _fitted_width(self, column: Column) -> float:
        """The narrowest width that shows the column's title on one line and each of its `fit`
        texts (measured bold, the wider face) in at most `fit_lines` lines."""
        ts = self.writer.ts
        style = styles.TABLE_HEAD
        if column.fit_lines == 1:
            return max(ts.width(text, style) for text in [column.title, *column.fit])
        widest = max(ts.width(word, style) for word in column.title.split())
        for text in dict.fromkeys(column.fit):
            narrow = max([widest, *(ts.width(word, style) for word in text.split())])
            wide = max(widest, ts.width(text, style))
            while wide - narrow > 1.0:  # wrapping only gets shorter as the width grows
                middle = (narrow + wide) / 2
                if len(ts.wrap(text, style, middle)) <= column.fit_lines:
                    wide = middle
                else:
                    narrow = middle
            widest = max(widest, wide)
        return widest

    def _widen_to_whole_words(
        self,
        columns: Sequence[Column],
        flexible: set[int],
        wrapping: set[int],
        rows: Sequence[Row],
    ) -> None:
        """No word of a header or a cell broken in two ("Moderat/e", "пошкодж/ення"): a narrow
        column takes width from the widest ones, the `wrapping` fitted ones included. A word
        longer than a share of the page (a hash) may still break."""
        ts = self.writer.ts
        for index in sorted(flexible):
            words = {(word, styles.TABLE_HEAD) for word in columns[index].title.split()}
            for row in rows:
                words.update((w, style) for text, style in row.cells[index] for w in text.split())
            longest = max(ts.width(word, style) for word, style in words)
            need = min(longest + 2 * self.pad_x, self.flow.width * MAX_FIT_SHARE)
            short = need - self.widths[index]
            if short <= 0:
                continue
            self.widths[index] = need
            donors = sorted((flexible | wrapping) - {index}, key=lambda i: -self.widths[i])[:2]
            for donor in donors:
                self.widths[donor] -= short / len(donors)

    def _height(self, cells: Sequence[Sequence[Line]]) -> float:
        return (
            max((sum(line.height for line in cell) for cell in cells), default=0) + 2 * self.pad_y
        )

    def start(self, *, continuing: bool = False) -> None:
        """The header row; on a continuation page, under the 'continued' caption."""
        if continuing and self.continued:
            self.flow.y += self.writer.draw_lines(self.continued, 0, self.flow.y)
            self.flow.y += self.writer.ts.mm(0.8)
        top = self.flow.y
        self.flow.add(Fill(0, top, self.flow.width, self.header_height, styles.HEADER_FILL))
        self._draw_cells(self.header, top)
        self.flow.y += self.header_height
        self.flow.add(Rule(0, self.flow.y, self.flow.width, self.flow.y, styles.RULE, 0.3))

    def _draw_cells(self, cells: Sequence[Sequence[Line]], top: float) -> None:
        for left, cell in zip(self.lefts, cells, strict=True):
            self.writer.draw_lines(cell, left + self.pad_x, top + self.pad_y)

    def _continue_on_new_page(self) -> None:
        self.flow.new_page()
        self.start(continuing=True)

    def prepare(self, row: Row) -> _MeasuredRow:
        """The row's text broken into lines for its columns."""
        cells = [
            self.writer.stacked(cell, width - 2 * self.pad_x)
            for cell, width in zip(row.cells, self.widths, strict=True)
        ]
        span = self.writer.stacked(row.span, self.flow.width - 2 * self.pad_x)
        return _MeasuredRow(cells, span, self._height(cells) + sum(line.height for line in span))

    def place(self, row: _MeasuredRow) -> None:
        cells, span, height = row.cells, row.span, row.height
        span_height = sum(line.height for line in span)
        if not self.flow.fits(height):
            fresh_page = self.flow.height - self.header_height - self._continued_height()
            too_little = self.flow.room < MIN_SPLIT_LINES * self.writer.ts.line_height(styles.TABLE)
            if height <= fresh_page or span or too_little:
                self._continue_on_new_page()
            if not self.flow.fits(height):  # taller than a whole page: split it
                cells = self._split(cells)
                height = self._height(cells)
        top = self.flow.y
        self._draw_cells(cells, top)
        if span:
            self.writer.draw_lines(span, self.pad_x, top + height - span_height - self.pad_y)
        self.flow.y = top + height
        self.flow.add(Rule(0, self.flow.y, self.flow.width, self.flow.y, styles.HAIRLINE, 0.15))

    def _continued_height(self) -> float:
        return sum(line.height for line in self.continued) + self.writer.ts.mm(0.8)

    def _split(self, cells: list[list[Line]]) -> list[list[Line]]:
        """Place what fits of a row taller than a page; return the rest, on a new page."""
        while True:
            room = self.flow.room - 2 * self.pad_y
            here, rest = [], []
            for cell in cells:
                used, taken = 0.0, 0
                while taken < len(cell) and used + cell[taken].height <= room:
                    used += cell[taken].height
                    taken += 1
                here.append(cell[:taken])
                rest.append(cell[taken:])
            top = self.flow.y
            self._draw_cells(here, top)
            self.flow.y = top + self._height(here)
            self._continue_on_new_page()
            cells = rest
            if self._height(cells) <= self.flow.room:
                return cells
