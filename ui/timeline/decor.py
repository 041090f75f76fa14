"""Everything around the marks: lane shading, grid, the two-row axis, site names, legend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from ui.timeline.glyphs import draw_marker, draw_pill
from ui.timeline.layout import Frame, TimelineIndex, TimelineLayout
from ui.timeline.measure import chevron_size, small_font
from ui.timeline.scale import AxisRows
from ui.timeline.style import (
    BAR_FILL_ALPHA,
    GRID_MAJOR,
    GRID_MINOR,
    INK,
    LANE_SHADE,
    MUTED_INK,
    TODAY,
    type_colour,
)


def paint_backgrounds(painter: QPainter, layout: TimelineLayout, unit: float) -> None:
    """Every other lane shaded, a line under each lane, and one between names and plot."""
    frame = layout.frame
    shade = QColor(LANE_SHADE)
    for number, lane in enumerate(layout.lanes):
        if number % 2 == 0:
            painter.fillRect(
                QRectF(frame.left, lane.top, frame.right - frame.left, lane.height), shade
            )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(QColor(GRID_MINOR), unit))
    painter.drawLines(
        [
            QLineF(frame.left, lane.top + lane.height, frame.right, lane.top + lane.height)
            for lane in layout.lanes
        ]
    )
    painter.setPen(QPen(QColor(GRID_MAJOR), unit))
    painter.drawLine(QLineF(frame.plot_x0, frame.axis_top, frame.plot_x0, lanes_end(layout)))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def paint_grid(painter: QPainter, layout: TimelineLayout, unit: float) -> None:
    """Vertical lines: faint at each lower-row tick, stronger where the upper unit changes."""
    frame = layout.frame
    top, bottom = frame.axis_top + frame.axis_row, lanes_end(layout)
    majors = {round(tick.x, 1) for tick in layout.axis.upper}
    inside = frame.plot_x0 < frame.plot_x1
    minor = [
        QLineF(t.x, top + frame.axis_row, t.x, bottom)
        for t in layout.axis.lower
        if inside and frame.plot_x0 < t.x < frame.plot_x1 and round(t.x, 1) not in majors
    ]
    major = [
        QLineF(t.x, frame.axis_top, t.x, bottom)
        for t in layout.axis.upper
        if frame.plot_x0 < t.x < frame.plot_x1
    ]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(QColor(GRID_MINOR), unit))
    painter.drawLines(minor)
    painter.setPen(QPen(QColor(GRID_MAJOR), unit))
    painter.drawLines(major)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def paint_axis(
    painter: QPainter, layout: TimelineLayout, font: QFont, corner_text: str, unit: float
) -> None:
    """The two-row axis, and `corner_text` (the time zone of every label) over the names."""
    frame, axis = layout.frame, layout.axis
    metrics = QFontMetricsF(font, painter.device())
    row = frame.axis_row
    upper_base = frame.axis_top + (row + metrics.ascent() - metrics.descent()) / 2
    lower_base = upper_base + row
    painter.save()
    painter.setClipRect(
        QRectF(frame.plot_x0, frame.axis_top, frame.plot_x1 - frame.plot_x0 + 1, 2 * row)
    )
    bold = QFont(font)
    bold.setBold(True)
    device = painter.device()
    # Where the labels go is measured once per layout and target; repaints only draw them.
    key = f"axis labels {font.key()} {device.logicalDpiX()} {device.logicalDpiY()} {unit}"
    labels = layout.scratch.get(key)
    if not isinstance(labels, tuple):
        upper = _upper_labels(QFontMetricsF(bold, device), axis, frame, upper_base, 4 * unit)
        lower = _lower_labels(metrics, axis, frame, lower_base, unit)
        labels = layout.scratch[key] = (upper, lower)
    for placed, label_font, colour in zip(labels, (bold, font), (INK, MUTED_INK), strict=True):
        painter.setFont(label_font)
        painter.setPen(QColor(colour))
        for point, text in placed:
            painter.drawText(point, text)
    painter.restore()
    painter.setPen(QPen(QColor(GRID_MAJOR), unit))
    base = frame.axis_top + 2 * row
    painter.drawLine(QLineF(frame.left, base, frame.right, base))
    ticks = [
        QLineF(t.x, base - 4 * unit, t.x, base)
        for t in axis.lower
        if frame.plot_x0 <= t.x <= frame.plot_x1
    ]
    painter.drawLines(ticks)
    # The time zone of every label, in the empty corner over the site names.
    small = small_font(font)
    painter.setFont(small)
    painter.setPen(QColor(MUTED_INK))
    corner = QRectF(
        frame.left + 6 * unit, frame.axis_top, frame.plot_x0 - frame.left - 8 * unit, 2 * row
    )
    painter.drawText(
        corner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, corner_text
    )


def _upper_labels(
    metrics: QFontMetricsF, axis: AxisRows, frame: Frame, baseline: float, gap: float
) -> list[tuple[QPointF, str]]:
    """Each upper label at the start of its unit (or at the left edge for the unit that began
    off-screen), all in the same form, the longest that fits; a cut unit at an edge may use a
    shorter one or none."""
    ticks = axis.upper
    placed: list[tuple[float, list[str], int | None]] = []
    for number, tick in enumerate(ticks):
        x = max(tick.x, frame.plot_x0) + gap
        end = ticks[number + 1].x if number + 1 < len(ticks) else frame.plot_x1
        room = min(end, frame.plot_x1) - x - gap / 2
        forms = [tick.label, *tick.shorter]
        fits = (n for n, text in enumerate(forms) if metrics.horizontalAdvance(text) <= room)
        placed.append((x, forms, next(fits, None)))
    whole = [
        form
        for (x, _forms, form), tick in zip(placed, ticks, strict=True)
        if tick.x >= frame.plot_x0 and x < frame.plot_x1 and tick is not ticks[-1]
    ]
    common = max((form for form in whole if form is not None), default=0)
    return [
        (QPointF(x, baseline), forms[max(form, common)])
        for x, forms, form in placed
        if form is not None
    ]


def _lower_labels(
    metrics: QFontMetricsF, axis: AxisRows, frame: Frame, baseline: float, unit: float
) -> list[tuple[QPointF, str]]:
    """The lower row's labels, each just right of its tick; overlapping ones (uneven months,
    daylight saving) are left out."""
    labels = []
    right_edge = float("-inf")
    for tick in axis.lower:
        x = tick.x + 3 * unit
        width = metrics.horizontalAdvance(tick.label)
        if x < right_edge + 4 * unit or x + width > frame.plot_x1 + 2 * unit:
            continue
        labels.append((QPointF(x, baseline), tick.label))
        right_edge = x + width
    return labels


def paint_lane_headers(
    painter: QPainter, layout: TimelineLayout, font: QFont, unit: float, *, controls: bool = True
) -> None:
    """Per lane: a chevron (collapsed or open) when `controls`, the site name and its number of
    incidents. Paper gets no chevrons: nothing to click there."""
    frame = layout.frame
    metrics = QFontMetricsF(font, painter.device())
    small = small_font(font)
    small_metrics = QFontMetricsF(small, painter.device())
    chevron = chevron_size(metrics.height())
    pad = 6 * unit
    count_width = small_metrics.horizontalAdvance("0000")
    for lane in layout.lanes:
        cy = lane.centre_y
        if controls:
            _paint_chevron(painter, frame.left + pad + chevron / 2, cy, chevron, lane.collapsed)
        name_x = frame.left + 2 * pad + chevron
        name_room = frame.plot_x0 - name_x - count_width - pad
        name = lane.name
        if metrics.horizontalAdvance(name) > name_room:
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(name_room, 0))
        painter.setFont(font)
        painter.setPen(QColor(INK))
        painter.drawText(QPointF(name_x, cy + (metrics.ascent() - metrics.descent()) / 2), name)
        painter.setFont(small)
        painter.setPen(QColor(MUTED_INK))
        count = QRectF(frame.plot_x0 - pad - count_width, lane.top, count_width, lane.height)
        painter.drawText(
            count,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(lane.incident_count),
        )


def _paint_chevron(painter: QPainter, cx: float, cy: float, size: float, collapsed: bool) -> None:
    """A small triangle: pointing right for a collapsed lane, down for an open one."""
    h = size / 2
    path = QPainterPath()
    if collapsed:
        path.moveTo(cx - h * 0.6, cy - h)
        path.lineTo(cx + h * 0.8, cy)
        path.lineTo(cx - h * 0.6, cy + h)
    else:
        path.moveTo(cx - h, cy - h * 0.6)
        path.lineTo(cx + h, cy - h * 0.6)
        path.lineTo(cx, cy + h * 0.8)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(MUTED_INK))
    painter.drawPath(path)


def paint_empty(
    painter: QPainter, layout: TimelineLayout, index: TimelineIndex, font: QFont
) -> None:
    frame = layout.frame
    text = (
        QCoreApplication.translate("Timeline", "No incidents match the filter")
        if index.all_incidents
        else QCoreApplication.translate("Timeline", "No incidents recorded")
    )
    painter.setFont(font)
    painter.setPen(QColor(MUTED_INK))
    painter.drawText(
        QRectF(
            frame.plot_x0,
            frame.lanes_top,
            frame.plot_x1 - frame.plot_x0,
            max(frame.lanes_bottom - frame.lanes_top, 1),
        ),
        Qt.AlignmentFlag.AlignCenter,
        text,
    )


def paint_legend(painter: QPainter, layout: TimelineLayout, font: QFont, unit: float) -> None:
    """The marker and words of each incident type shown, and what bars, clusters and the
    red line mean, so a printed page explains itself."""
    metrics = QFontMetricsF(font, painter.device())
    size = layout.metrics.marker
    sample = size * 1.6
    for item in layout.legend:
        cx, cy = item.x + sample / 2, item.y + item.h / 2
        match item.kind:
            case "type":
                assert item.incident_type is not None
                draw_marker(painter, item.incident_type, cx, cy, size)
            case "bar":
                colour = QColor(MUTED_INK)
                fill = QColor(colour)
                fill.setAlpha(BAR_FILL_ALPHA)
                painter.setPen(QPen(colour, unit))
                painter.setBrush(QBrush(fill))
                painter.drawRect(QRectF(item.x, cy - size * 0.3, sample, size * 0.6))
            case "cluster":
                height = layout.metrics.cluster_height
                box = QRectF(item.x, cy - height / 2, sample, height)
                bold = QFont(font)
                bold.setBold(True)
                draw_pill(painter, box, type_colour(None), "3", bold)
            case "today":
                painter.setPen(QPen(QColor(TODAY), 1.5 * unit, Qt.PenStyle.DashLine))
                painter.drawLine(QLineF(cx, item.y + 2 * unit, cx, item.y + item.h - 2 * unit))
        painter.setFont(font)
        painter.setPen(QColor(INK))
        painter.drawText(
            QPointF(item.x + sample + 3 * unit, cy + (metrics.ascent() - metrics.descent()) / 2),
            item.label,
        )


def lanes_end(layout: TimelineLayout) -> float:
    """Where the last lane ends (or the plot, if the lanes run past it)."""
    if not layout.lanes:
        return layout.frame.lanes_top
    last = layout.lanes[-1]
    return min(last.top + last.height, layout.frame.lanes_bottom)
