"""Sizes that depend on the target and its fonts, and the layout built from them.

One screen pixel is 1/96 inch on every target, so the print has the proportions of the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from casefiles.domain.vocabulary import IncidentType
from ui.timeline.layout import (
    Frame,
    LegendItem,
    Metrics,
    TimelineIndex,
    TimelineLayout,
    compute_marks,
)
from ui.timeline.scale import axis_rows
from ui.timeline.view import TimelineView


def device_unit(device: QPaintDevice) -> float:
    """Device pixels per screen pixel: 1 on screen, about 12.5 on a 1200 dpi PDF."""
    return max(device.logicalDpiX() / 96.0, 1.0)


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.9)
    else:
        small.setPixelSize(max(round(font.pixelSize() * 0.9), 1))
    return small


def count_font(font: QFont) -> QFont:
    bold = small_font(font)
    bold.setBold(True)
    return bold


MAX_NAME_SHARE = 0.7  # of the width, for the site names' column when the user widens it


def chevron_size(line: float) -> float:
    return line * 0.6


class Measured(NamedTuple):
    """What a layout takes from the target and its fonts, whatever the view: made once per
    size, font and index, and kept while the view changes (zoom and pan steps)."""

    frame: Frame  # with the lanes given all the room; a layout ends it at its last lane
    metrics: Metrics
    legend: tuple[LegendItem, ...]  # y from the top of the legend
    pad: float
    text_width: Callable[[str], float]  # in the main font, for the axis labels
    unit: float


def measure(
    rect: QRectF,
    font: QFont,
    device: QPaintDevice,
    index: TimelineIndex,
    *,
    with_today: bool = True,
    name_width: float | None = None,
) -> Measured:
    """The regions and sizes of a drawing of `index` into `rect` of `device`; `with_today`
    says whether the legend explains a line for today; `name_width`, the width the user dragged
    the site names' column to (None: as wide as the names need)."""
    unit = device_unit(device)
    metrics_font = QFontMetricsF(font, device)
    line = metrics_font.height()
    pad = 6 * unit
    metrics = Metrics().scaled(unit, metrics_font.horizontalAdvance("8"))
    small = small_font(font)
    small_metrics = QFontMetricsF(small, device)

    # The label column is as wide as the longest site name, so no name is cut; past 40% of
    # the width a name is elided rather than crushing the plot.
    names = [lane.lane.name for lane in index.lanes] or [""]
    label_width = max(metrics_font.horizontalAdvance(name) for name in names)
    count_width = small_metrics.horizontalAdvance("0000")
    zone_width = small_metrics.horizontalAdvance(str(index.tz.key))
    gutter = max(label_width + count_width + 3 * pad + chevron_size(line), zone_width + 2 * pad)
    gutter = min(gutter, 0.4 * rect.width())
    if name_width is not None:  # the user's choice, leaving room for the time zone and a plot
        gutter = min(max(name_width, zone_width + 2 * pad), MAX_NAME_SHARE * rect.width())
    plot_x0 = rect.left() + gutter
    plot_x1 = rect.right() - pad

    legend, legend_height = _legend_items(index, rect, pad, metrics, small_metrics, with_today)
    axis_row = line + 4 * unit
    axis_top = rect.top() + pad / 2
    frame = Frame(
        left=rect.left(),
        top=rect.top(),
        right=rect.right(),
        bottom=rect.bottom(),
        plot_x0=plot_x0,
        plot_x1=plot_x1,
        axis_top=axis_top,
        axis_row=axis_row,
        lanes_top=axis_top + 2 * axis_row + unit,
        lanes_bottom=rect.bottom() - legend_height - pad / 2,
        legend_top=rect.bottom() - legend_height,
    )
    return Measured(frame, metrics, legend, pad, metrics_font.horizontalAdvance, unit)


def layout_view(measured: Measured, index: TimelineIndex, view: TimelineView) -> TimelineLayout:
    """All geometry of the drawing measured by `measured` of `index` through `view`."""
    frame, metrics, pad, unit = measured.frame, measured.metrics, measured.pad, measured.unit
    scale, lanes, marks = compute_marks(index, view, frame, metrics)
    # Lanes that need less than the room they have end early: the legend follows them.
    lanes_end = lanes[-1].top + lanes[-1].height if lanes else frame.lanes_top
    if lanes_end < frame.lanes_bottom:
        frame = frame._replace(lanes_bottom=lanes_end, legend_top=lanes_end + pad / 2)
    legend = tuple(item._replace(y=item.y + frame.legend_top) for item in measured.legend)
    axis = axis_rows(scale, index.tz, measured.text_width, 12 * unit, index.phrases.dates)
    return TimelineLayout(frame, scale, metrics, lanes, marks, axis, legend)


def build_layout(
    rect: QRectF,
    font: QFont,
    device: QPaintDevice,
    index: TimelineIndex,
    view: TimelineView,
    *,
    with_today: bool = True,
    name_width: float | None = None,
) -> TimelineLayout:
    """All geometry of the drawing of `index` through `view` into `rect` of `device` (see
    `measure` for the options)."""
    measured = measure(rect, font, device, index, with_today=with_today, name_width=name_width)
    return layout_view(measured, index, view)


def _legend_items(
    index: TimelineIndex,
    rect: QRectF,
    pad: float,
    metrics: Metrics,
    font_metrics: QFontMetricsF,
    with_today: bool,
) -> tuple[tuple[LegendItem, ...], float]:
    """Legend entries flowed into rows (y from 0), and the height they take."""
    sample = metrics.marker * 1.6
    row_height = max(font_metrics.height(), metrics.cluster_height) + pad / 3
    entries: list[tuple[str, IncidentType | None, str]] = [
        ("type", incident_type, index.phrases.label(incident_type)) for incident_type in index.types
    ]
    extras = ("bar", "cluster", "today") if with_today else ("bar", "cluster")
    entries += [(kind, None, index.phrases(f"timeline.{kind}")) for kind in extras]
    items: list[LegendItem] = []
    x, y = rect.left() + pad, 0.0
    for kind, incident_type, label in entries:
        width = sample + pad / 2 + font_metrics.horizontalAdvance(label)
        if x + width > rect.right() - pad and x > rect.left() + pad:
            x, y = rect.left() + pad, y + row_height
        items.append(LegendItem(kind, incident_type, x, y, width, row_height, label))
        x += width + 2.5 * pad
    return tuple(items), y + row_height + pad / 2
