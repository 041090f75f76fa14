"""The timeline widget: every incident of the case file on one time axis, one lane per site.

It knows nothing of the database: the main window gives it lanes and incidents (`set_data`),
a filter (`set_filter`) and the current selection (`set_highlighted`), and listens to
`incidentSelected` and `incidentActivated`. No global state.

Mouse: wheel zooms at the pointer (Shift+wheel pans), drag pans, click selects, click on a
cluster zooms into it, double click opens, click on a site name collapses its lane.
Keys: Left/Right previous/next incident, Home/End first/last, Enter opens, +/- zoom,
Shift+Left/Right pan, 0 fits all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from casefiles.language.catalogue import phrases_for
from ui.language import interface_language
from ui.plurals import plural
from ui.timeline.data import TimelineIncident, TimelineLane
from ui.timeline.export import export_pdf, export_png
from ui.timeline.layout import Mark, MarkKind, TimelineIndex, TimelineLayout, Visibility
from ui.timeline.measure import Measured, layout_view, measure
from ui.timeline.painter import paint_timeline
from ui.timeline.sprites import SpriteCache
from ui.timeline.tooltip import TimelineTooltips
from ui.timeline.view import MIN_SPAN, TimelineView, fitted, preset

ZOOM_STEP = 1.5  # per + or - key press
WHEEL_ZOOM = 1.2  # per wheel notch (120 units)
PAN_STEP = 0.1  # of the window, per Shift+arrow or horizontal wheel notch
CLUSTER_PADDING = 0.3  # of a cluster's own span on each side when clicking zooms into it
NAME_EDGE_SLOP = 4  # pixels either side of the names' column edge that grab it


@dataclass(slots=True)
class _Press:
    """A left-button press that becomes a click or, once it moves far enough, a drag."""

    x: float
    y: float
    last_x: float
    dragging: bool = False
    resizing_names: bool = False  # pressed on the edge of the site names' column


class TimelineWidget(QWidget):
    """Incidents on a time axis; see the module docstring for the controls."""

    incidentSelected = Signal(str)  # the user picked an incident here
    incidentActivated = Signal(str)  # the user asked to open it (Enter, double click)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today or (lambda: datetime.now(UTC))
        self._lanes: tuple[TimelineLane, ...] = ()
        self._incidents: tuple[TimelineIncident, ...] = ()
        self._tz = ZoneInfo("UTC")
        self._visible: Visibility = None
        # The legend's, axis's and tooltips' words: the interface's language.
        self._phrases = phrases_for(interface_language())
        self._index = TimelineIndex((), (), self._tz, phrases=self._phrases)
        self._view = fitted(TimelineView(0.0, 1.0), None, self._now())
        self._highlighted: str | None = None
        self.mission = ""  # named on exports, which may travel without the case file
        self._name_width: float | None = None  # None: as wide as the site names need
        self._cached: tuple[tuple[object, ...], TimelineLayout] | None = None
        self._measured: tuple[tuple[object, ...], Measured] | None = None  # kept across views
        self._sprites = SpriteCache()
        self._tooltips = TimelineTooltips(self)
        self._press: _Press | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline of incidents"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # Data in ----------------------------------------------------------------------------

    def set_data(
        self,
        lanes: Sequence[TimelineLane],
        incidents: Sequence[TimelineIncident],
        tz: ZoneInfo,
    ) -> None:
        """Show these lanes (in this order) and incidents, times in `tz`; the view fits them."""
        self._lanes, self._incidents, self._tz = tuple(lanes), tuple(incidents), tz
        self._rebuild()
        sites = {lane.lane.site_uuid for lane in self._index.lanes}
        self._view = replace(self._view, collapsed=self._view.collapsed & sites)
        if self._highlighted not in self._index.by_uuid:
            self._highlighted = None
        self.fit_all()
        self.updateGeometry()

    def set_filter(self, visible: Visibility) -> None:
        """Show only the incidents that `visible` accepts (a predicate or a set of uuids);
        None shows all. The zoom stays as it is."""
        self._visible = visible
        self._rebuild()
        self.update()

    def set_highlighted(self, uuid: str | None) -> None:
        """Mark `uuid` as the selected incident (from the main window); emits nothing."""
        if uuid == self._highlighted:
            return
        self._highlighted = uuid
        if uuid is not None:
            self._bring_into_view(uuid)
        self.update()

    def highlighted(self) -> str | None:
        return self._highlighted

    # View ---------------------------------------------------------------------------------

    def view(self) -> TimelineView:
        return self._view

    def set_view(self, view: TimelineView) -> None:
        if view != self._view:
            self._view = view
            self.update()

    def fit_all(self) -> None:
        """Show every incident that passes the filter."""
        self.set_view(fitted(self._view, self._index.extent, self._now()))

    def set_preset(self, name: str) -> None:
        """'all', '5y', '1y' or '1m': see `view.preset`; the selected incident stays in view."""
        focus = None
        if self._highlighted in self._index.shown_uuids:
            focus = self._index.by_uuid[self._highlighted].span.midpoint.timestamp()
        self.set_view(preset(self._view, name, self._index.extent, self._now(), focus))

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in by `factor` (< 1 zooms out), keeping the time under `anchor_x` (widget
        pixels; the middle of the plot by default) in place."""
        plot_x0, plot_x1 = self._plot_range()
        width = max(plot_x1 - plot_x0, 1.0)
        anchor = 0.5 if anchor_x is None else min(max((anchor_x - plot_x0) / width, 0), 1)
        self.set_view(self._view.zoomed(factor, anchor))

    def scroll_by(self, pixels: float) -> None:
        """Move the window by `pixels` of the plot: positive shows later times."""
        plot_x0, plot_x1 = self._plot_range()
        self.set_view(self._view.panned(pixels / max(plot_x1 - plot_x0, 1.0)))

    def set_name_width(self, width: float | None) -> None:
        """Make the site names' column `width` pixels wide (None: as wide as they need)."""
        self._name_width = width
        self.update()

    def set_lane_collapsed(self, site_uuid: str, collapsed: bool) -> None:
        self.set_view(self._view.with_lane_collapsed(site_uuid, collapsed))

    def timeline_layout(self) -> TimelineLayout:
        """The geometry of what the widget shows now (lanes, marks, clusters, axis)."""
        frame_key = self._frame_key()
        if self._measured is None or self._measured[0] != frame_key:
            measured = measure(
                QRectF(self.rect()), self.font(), self, self._index, name_width=self._name_width
            )
            self._measured = (frame_key, measured)
        key = (self._view, *frame_key)
        if self._cached is None or self._cached[0] != key:
            self._cached = (key, layout_view(self._measured[1], self._index, self._view))
        return self._cached[1]

    def _frame_key(self) -> tuple[object, ...]:
        """What the plot's place depends on; the view does not move it."""
        return (
            self.width(), self.height(), self._index, self.font().key(), self.logicalDpiX(),
            self._name_width,
        )  # fmt: skip

    def _plot_range(self) -> tuple[float, float]:
        """Left and right of the plot, from the last layout when only the view has changed
        since, so a zoom or pan step computes one layout, not two."""
        if self._cached is None or self._cached[0][1:] != self._frame_key():
            self.timeline_layout()
        assert self._cached is not None
        frame = self._cached[1].frame
        return frame.plot_x0, frame.plot_x1

    # Export -------------------------------------------------------------------------------

    def export_png(
        self,
        path: str | Path,
        size: QSize | None = None,
        *,
        replace: bool = False,
        protect: Sequence[Path] = (),
    ) -> None:
        """Write the current view as a PNG (the widget's size unless `size` is given); an
        existing file is replaced only with `replace`, never one in `protect`."""
        export_png(
            Path(path),
            size or self.size(),
            self._index,
            self._view,
            self.font(),
            now=self._today(),
            highlighted_uuid=self._highlighted,
            replace=replace,
            protect=protect,
            mission=self.mission,
        )

    def export_pdf(
        self, path: str | Path, *, replace: bool = False, protect: Sequence[Path] = ()
    ) -> None:
        """Write the current view as a one-page landscape A4 PDF; an existing file is replaced
        only with `replace`, never one in `protect`."""
        export_pdf(
            Path(path),
            self._index,
            self._view,
            self.font(),
            now=self._today(),
            highlighted_uuid=self._highlighted,
            replace=replace,
            protect=protect,
            mission=self.mission,
        )

    # Qt -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(900, round(4 * line + 40 * max(len(self._index.lanes), 1) + 60))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(320, round(4 * line + 22 * max(len(self._index.lanes), 1) + 40))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_timeline(
            painter,
            QRectF(self.rect()),
            self._index,
            self._view,
            now=self._today(),
            highlighted_uuid=self._highlighted,
            layout=self.timeline_layout(),
            sprites=self._sprites,
        )
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            position = event.position()
            self._press = _Press(position.x(), position.y(), position.x())
            self._press.resizing_names = self._on_name_edge(position)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        position = event.position()
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_cursor(position)
            return
        if press.resizing_names:
            self.set_name_width(position.x())
            return
        moved = abs(position.x() - press.x) + abs(position.y() - press.y)
        if not press.dragging and moved >= QApplication.startDragDistance():
            press.dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if press.dragging:
            self.scroll_by(press.last_x - position.x())
            press.last_x = position.x()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if press.resizing_names:
            return
        if press.dragging:
            self.unsetCursor()
            return
        self._click(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        mark = self.timeline_layout().mark_at(position.x(), position.y())
        if mark is not None and mark.kind is not MarkKind.CLUSTER:
            self._select(mark.uuids[0])
            self.incidentActivated.emit(mark.uuids[0])

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if delta.y() and not shift:
            self.zoom(WHEEL_ZOOM ** (delta.y() / 120), event.position().x())
        else:
            notches = (delta.x() or delta.y()) / 120
            plot_x0, plot_x1 = self._plot_range()
            self.scroll_by(-notches * PAN_STEP * (plot_x1 - plot_x0))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        plot_x0, plot_x1 = self._plot_range()
        page = PAN_STEP * (plot_x1 - plot_x0)
        match key:
            case Qt.Key.Key_Left if shift:
                self.scroll_by(-page)
            case Qt.Key.Key_Right if shift:
                self.scroll_by(page)
            case Qt.Key.Key_Left:
                self._step(-1)
            case Qt.Key.Key_Right:
                self._step(1)
            case Qt.Key.Key_Home if self._index.order:
                self._select(self._index.order[0])
            case Qt.Key.Key_End if self._index.order:
                self._select(self._index.order[-1])
            case Qt.Key.Key_Plus | Qt.Key.Key_Equal:
                self.zoom(ZOOM_STEP)
            case Qt.Key.Key_Minus | Qt.Key.Key_Underscore:
                self.zoom(1 / ZOOM_STEP)
            case Qt.Key.Key_0:
                self.fit_all()
            case Qt.Key.Key_Return | Qt.Key.Key_Enter if self._highlighted in self._shown():
                self.incidentActivated.emit(self._highlighted)
            case _:
                super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text, area = self._tooltip(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self, area)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, position: QPointF) -> str | None:
        """The hover text at `position` (widget pixels), or None over empty space."""
        return self._tooltip(position)[0]

    # Inside -------------------------------------------------------------------------------

    def _now(self) -> float:
        return self._today().timestamp()

    def _shown(self) -> frozenset[str]:
        return self._index.shown_uuids

    def _rebuild(self) -> None:
        self._index = TimelineIndex(
            self._lanes, self._incidents, self._tz, self._visible, self._phrases
        )
        self._cached = None

    def _click(self, position: QPointF) -> None:
        layout = self.timeline_layout()
        lane = layout.lane_header_at(position.x(), position.y())
        if lane is not None:
            self.set_lane_collapsed(lane.site_uuid, not lane.collapsed)
            return
        mark = layout.mark_at(position.x(), position.y())
        if mark is None:
            return
        if mark.kind is MarkKind.CLUSTER and self._view.span > MIN_SPAN:
            self._zoom_into(mark, layout)
        else:
            self._select(mark.uuids[0])

    def _zoom_into(self, mark: Mark, layout: TimelineLayout) -> None:
        """Show a cluster's incidents spread out: its own time span with some room around."""
        start, end = layout.scale.t(mark.x0), layout.scale.t(mark.x1)
        pad = max(end - start, MIN_SPAN) * CLUSTER_PADDING
        self.set_view(self._view.showing(start - pad, end + pad))

    def _hover_cursor(self, position: QPointF) -> None:
        """A pointing hand over what a click acts on: a mark or a site name; a splitter's
        arrows on the edge of the site names' column, which can be dragged."""
        layout = self.timeline_layout()
        x, y = position.x(), position.y()
        if self._on_name_edge(position):
            self.setCursor(Qt.CursorShape.SplitHCursor)
        elif layout.mark_at(x, y) is not None or layout.lane_header_at(x, y) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def _on_name_edge(self, position: QPointF) -> bool:
        frame = self.timeline_layout().frame
        return (
            abs(position.x() - frame.plot_x0) <= NAME_EDGE_SLOP
            and frame.lanes_top <= position.y() <= frame.lanes_bottom
        )

    def _step(self, direction: int) -> None:
        """Select the previous (-1) or next (+1) incident in time order, across all lanes."""
        order = self._index.order
        if not order:
            return
        if self._highlighted in self._shown():
            position = order.index(self._highlighted) + direction
            if 0 <= position < len(order):
                self._select(order[position])
            return
        # Nothing selected yet: start from what is on screen.
        by_uuid = self._index.by_uuid
        if direction > 0:
            after = [u for u in order if by_uuid[u].span.end.timestamp() > self._view.start]
            self._select(after[0] if after else order[-1])
        else:
            before = [u for u in order if by_uuid[u].span.start.timestamp() < self._view.end]
            self._select(before[-1] if before else order[0])

    def _select(self, uuid: str) -> None:
        self._highlighted = uuid
        self._bring_into_view(uuid)
        self.update()
        self.incidentSelected.emit(uuid)

    def _bring_into_view(self, uuid: str) -> None:
        """Open its lane and pan (never zoom) so the incident's mark is on screen."""
        incident = self._index.by_uuid.get(uuid)
        if incident is None or uuid not in self._shown():
            return
        view = self._view.with_lane_collapsed(self._lane_site(incident), False)
        start, end = incident.span.start.timestamp(), incident.span.end.timestamp()
        if end <= view.start or start >= view.end:
            view = view.centred_on((start + end) / 2)
        self.set_view(view)

    def _lane_site(self, incident: TimelineIncident) -> str:
        return incident.site_uuid if incident.site_uuid in self._index.lane_names else ""

    def _tooltip(self, position: QPointF) -> tuple[str | None, QRect]:
        layout = self.timeline_layout()
        x, y = position.x(), position.y()
        lane = layout.lane_header_at(x, y)
        if lane is not None:
            count = lane.incident_count
            shown = (
                self.tr("%n incident(s) shown; click to expand", "", count)
                if lane.collapsed
                else self.tr("%n incident(s) shown; click to collapse", "", count)
            )
            text = f"<b>{escape(lane.name)}</b><br>{escape(plural(shown, count))}"
            return text, QRect()
        mark = layout.mark_at(x, y)
        if mark is None:
            return None, QRect()
        area = QRectF(mark.x, mark.y, mark.w, mark.h).toAlignedRect()
        incidents = [self._index.by_uuid[uuid] for uuid in mark.uuids]
        if len(incidents) == 1:
            site = self._index.lane_names.get(self._lane_site(incidents[0]), "")
            return self._tooltips.incident(incidents[0], site, self._tz, self._index.phrases), area
        merged = mark.kind is MarkKind.CLUSTER
        return self._tooltips.group(incidents, self._tz, merged, self._index.phrases), area
