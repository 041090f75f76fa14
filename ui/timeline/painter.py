"""Draws the timeline onto any QPainter target: the widget, a QImage, a QPdfWriter, a QPrinter.

`paint_timeline` is the one drawing routine; the widget, the PNG and PDF exports and the printed
case summary all call it. Vector targets get shapes and text; raster targets (the screen, PNG)
copy pre-drawn images for the many small marks, which is what keeps a dense view fast.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintEngine, QPainter, QPen

from casefiles.domain.vocabulary import IncidentType
from ui.timeline.decor import (
    lanes_end,
    paint_axis,
    paint_backgrounds,
    paint_empty,
    paint_grid,
    paint_lane_headers,
    paint_legend,
)
from ui.timeline.glyphs import draw_marker, draw_pill
from ui.timeline.layout import Mark, MarkKind, TimelineIndex, TimelineLayout
from ui.timeline.measure import build_layout, count_font, device_unit, small_font
from ui.timeline.sprites import MARGIN, SpriteCache
from ui.timeline.style import (
    BACKGROUND,
    BAR_FILL_ALPHA,
    DENSITY,
    HIGHLIGHT,
    INK,
    TODAY,
    type_colour,
)
from ui.timeline.view import TimelineView

DENSITY_ALPHA = (0, 110, 150, 195, 240)  # by density level 1..4


def paint_timeline(
    painter: QPainter,
    rect: QRectF,
    index: TimelineIndex,
    view: TimelineView,
    *,
    now: datetime | None = None,
    highlighted_uuid: str | None = None,
    layout: TimelineLayout | None = None,
    sprites: SpriteCache | None = None,
    controls: bool = True,
) -> TimelineLayout:
    """Draw the timeline of `index` through `view` into `rect` and return its geometry.

    `now` draws the line for today; `highlighted_uuid` rings that incident's mark. Pass the
    `layout` of an earlier call for the same rect, index and view to skip the geometry work,
    and a `sprites` cache kept between calls to reuse pre-drawn images on raster targets.
    `controls=False` leaves out what is only there to be clicked (the lanes' chevrons).
    The painter's font sets the text size; the painter's state is restored afterwards.
    """
    if layout is None:
        layout = build_layout(
            rect, painter.font(), painter.device(), index, view, with_today=now is not None
        )
    if painter.paintEngine().type() != QPaintEngine.Type.Raster:
        sprites = None
    elif sprites is None:
        sprites = SpriteCache()
    font = painter.font()
    frame = layout.frame
    unit = device_unit(painter.device())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(rect, QColor(BACKGROUND))
    paint_backgrounds(painter, layout, unit)
    paint_grid(painter, layout, unit)
    paint_axis(painter, layout, font, index.phrases("timeline.local_time", zone=index.tz.key), unit)
    # Site names and the legend change far less often than the view: on screen they are
    # drawn once into an image and copied after that.
    headers = QRectF(
        frame.left, frame.lanes_top, frame.plot_x0 - frame.left, lanes_end(layout) - frame.lanes_top
    )
    names = tuple(
        (lane.name, lane.incident_count, lane.collapsed, lane.top, lane.height)
        for lane in layout.lanes
    )
    _draw_cached(
        painter,
        sprites,
        headers,
        ("headers", names, font.key(), controls),
        lambda p: paint_lane_headers(p, layout, font, unit, controls=controls),
    )
    legend = QRectF(
        frame.left,
        frame.legend_top,
        frame.right - frame.left,
        max(frame.bottom - frame.legend_top, 0),
    )
    _draw_cached(
        painter,
        sprites,
        legend,
        ("legend", layout.legend, font.key()),
        lambda p: paint_legend(p, layout, small_font(font), unit),
    )

    painter.save()
    painter.setClipRect(
        QRectF(
            frame.plot_x0,
            frame.axis_top,
            frame.plot_x1 - frame.plot_x0,
            frame.lanes_bottom - frame.axis_top,
        )
    )
    _paint_density(painter, layout)
    _paint_marks(painter, layout, count_font(font), sprites, unit)
    if now is not None:
        _paint_today(painter, layout, now.timestamp(), unit)
    if highlighted_uuid is not None and (mark := layout.mark_for(highlighted_uuid)) is not None:
        _paint_highlight(painter, mark, unit)
    painter.restore()

    if not index.order:
        paint_empty(painter, layout, index, font)
    painter.restore()
    return layout


def _draw_cached(
    painter: QPainter,
    sprites: SpriteCache | None,
    area: QRectF,
    key: tuple[object, ...],
    draw: Callable[[QPainter], None],
) -> None:
    """`draw` straight onto a vector target; through a cached image of `area` on raster."""
    if sprites is None:
        draw(painter)
    elif area.width() > 0 and area.height() > 0:
        dpr = painter.device().devicePixelRatioF()
        image = sprites.picture(key, area, dpr, draw)
        painter.drawImage(QPointF(area.x() - MARGIN, area.y() - MARGIN), image)


class _Batches(NamedTuple):
    """The marks sorted for drawing, made once per layout and kept for its repaints."""

    bars: dict[IncidentType | None, list[QRectF]]
    counted: list[Mark]  # bars standing for several incidents, which show a count
    points: list[Mark]


def _batches(layout: TimelineLayout) -> _Batches:
    cached = layout.scratch.get("batches")
    if isinstance(cached, _Batches):
        return cached
    batches = _Batches({}, [], [])
    bars, counted, bar = batches.bars, batches.counted, MarkKind.BAR
    marks = layout.marks
    first_point = next((n for n, mark in enumerate(marks) if mark.kind is not bar), len(marks))
    batches.points.extend(marks[first_point:])  # the layout puts every bar before the points
    for mark in marks[:first_point]:
        bars.setdefault(mark.incident_type, []).append(QRectF(mark.x, mark.y, mark.w, mark.h))
        if len(mark.rows) > 1:
            counted.append(mark)
    layout.scratch["batches"] = batches
    return batches


def _paint_density(painter: QPainter, layout: TimelineLayout) -> None:
    """A collapsed lane's strip: darker where more incidents fall, batched per darkness."""
    by_level: dict[int, list[QRectF]] = {}
    for lane in layout.lanes:
        if not lane.collapsed:
            continue
        strip = lane.height * 0.5
        top = lane.top + (lane.height - strip) / 2
        for run in lane.density:
            by_level.setdefault(run.level, []).append(QRectF(run.x0, top, run.x1 - run.x0, strip))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    for level, rects in by_level.items():
        colour = QColor(DENSITY)
        colour.setAlpha(DENSITY_ALPHA[level])
        painter.setBrush(colour)
        painter.drawRects(rects)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _paint_marks(
    painter: QPainter,
    layout: TimelineLayout,
    count_font: QFont,
    sprites: SpriteCache | None,
    unit: float,
) -> None:
    """Bars first (batched per colour, crisp edges), then point markers and clusters on top."""
    bars, counted, points = _batches(layout)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for incident_type, rects in bars.items():
        colour = type_colour(incident_type)
        fill = QColor(colour)
        fill.setAlpha(BAR_FILL_ALPHA)
        painter.setPen(QPen(colour.darker(130), unit))
        painter.setBrush(fill)
        painter.drawRects(rects)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if sprites is not None:
        draw = painter.drawImage
        for x, y, image in _blits(painter, layout, count_font, sprites):
            draw(x, y, image)
        return
    _paint_bar_counts(painter, counted, count_font)
    size = layout.metrics.marker
    for mark in points:
        cx, cy = mark.centre
        if mark.kind is MarkKind.POINT:
            assert mark.incident_type is not None
            draw_marker(painter, mark.incident_type, cx, cy, size)
        else:
            rect = QRectF(mark.x, mark.y, mark.w, mark.h)
            draw_pill(
                painter, rect, type_colour(mark.incident_type), str(mark.incident_count), count_font
            )


def _blits(
    painter: QPainter, layout: TimelineLayout, font: QFont, sprites: SpriteCache
) -> list[tuple[int, int, QImage]]:
    """The raster path: the image copies of the bars' counts, then of the markers and clusters,
    each with its place, worked out once per layout, so a repaint only copies. The images are
    looked up once per kind and placed on whole pixels (sharper, and the integer call is much
    cheaper than one with a QPointF)."""
    dpr = painter.device().devicePixelRatioF()
    key = f"blits {dpr} {font.key()}"
    cached = layout.scratch.get(key)
    if isinstance(cached, list):
        return cached
    _bars, counted, points = _batches(layout)
    blits: list[tuple[int, int, QImage]] = []
    metrics = QFontMetricsF(font, painter.device())
    digit, line = metrics.horizontalAdvance("8"), metrics.height()
    ink = QColor(INK)
    texts: dict[str, tuple[QImage, float]] = {}
    narrowest = 2 * digit + 6  # no count fits a narrower bar: skip those without the text
    for mark in counted:
        if mark.w <= narrowest or (text := _count_text(mark, digit, line)) is None:
            continue
        if text not in texts:
            drawn = sprites.text(text, font, ink, dpr)
            texts[text] = drawn, drawn.width() / dpr - 2 * MARGIN
        drawn, width = texts[text]
        x = mark.x + (mark.w - width) / 2 - MARGIN
        blits.append((round(x), round(mark.y + (mark.h - line) / 2 - MARGIN), drawn))
    size = layout.metrics.marker
    images: dict[tuple[IncidentType | None, int, float], QImage] = {}
    add = blits.append
    for mark in points:
        count = len(mark.rows)
        image_key = (mark.incident_type, count, mark.w)
        image = images.get(image_key)
        if image is None:
            if mark.kind is MarkKind.POINT:
                assert mark.incident_type is not None
                image = sprites.marker(mark.incident_type, size, dpr)
            else:
                colour = type_colour(mark.incident_type)
                image = sprites.pill(colour, str(count), mark.w, mark.h, font, dpr)
            images[image_key] = image
        add((round(mark.x - MARGIN), round(mark.y - MARGIN), image))
    layout.scratch[key] = blits
    return blits


def _count_text(mark: Mark, digit: float, line: float) -> str | None:
    """'×3' for a bar that stands for several incidents with the same span, if it fits."""
    text = f"×{len(mark.rows)}"
    if digit * len(text) + 6 >= mark.w or line > mark.h + 4:
        return None
    return text


def _paint_bar_counts(painter: QPainter, marks: list[Mark], font: QFont) -> None:
    """The vector path's bar counts, as text."""
    if not marks:
        return
    metrics = QFontMetricsF(font, painter.device())
    digit, line = metrics.horizontalAdvance("8"), metrics.height()
    painter.setFont(font)
    painter.setPen(QColor(INK))
    for mark in marks:
        text = _count_text(mark, digit, line)
        if text is not None:
            box = QRectF(mark.x, mark.y - 2, mark.w, mark.h + 4)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint_today(painter: QPainter, layout: TimelineLayout, now: float, unit: float) -> None:
    frame = layout.frame
    x = layout.scale.x(now)
    if not frame.plot_x0 <= x <= frame.plot_x1:
        return
    pen = QPen(QColor(TODAY), 1.5 * unit, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QLineF(x, frame.axis_top + frame.axis_row, x, lanes_end(layout)))


def _paint_highlight(painter: QPainter, mark: Mark, unit: float) -> None:
    """A dark ring with a white inner edge, visible on every type colour and on the shading."""
    gap = 3 * unit
    ring = QRectF(mark.x - gap, mark.y - gap, mark.w + 2 * gap, mark.h + 2 * gap)
    radius = min(ring.height(), ring.width()) / 2 if mark.kind is not MarkKind.BAR else 2 * unit
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(BACKGROUND), 4 * unit))
    painter.drawRoundedRect(ring, radius, radius)
    painter.setPen(QPen(QColor(HIGHLIGHT), 2 * unit))
    painter.drawRoundedRect(ring, radius, radius)
