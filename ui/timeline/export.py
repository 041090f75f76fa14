"""The current timeline view as a PNG or a one-page PDF, drawn by the same paint routine."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)

from casefiles.domain import wording
from casefiles.storage.file_writing import check_new_file, written_whole
from ui.timeline.layout import TimelineIndex
from ui.timeline.painter import paint_timeline
from ui.timeline.style import INK
from ui.timeline.view import TimelineView

PDF_RESOLUTION = 300
PDF_MARGIN_MM = 12.0


def window_words(view: TimelineView, index: TimelineIndex) -> str:
    """The shown window in local dates, e.g. '3 Nov 2021 – 2 Mar 2026, times in Europe/Kyiv'
    (the dates in the timeline's language)."""

    def day(t: float) -> str:
        return wording.short_date(datetime.fromtimestamp(t, index.tz).date(), phrases=index.phrases)

    words = QCoreApplication.translate("TimelineExport", "%1 – %2, times in %3")
    return (
        words.replace("%1", day(view.start))
        .replace("%2", day(view.end))
        .replace("%3", index.tz.key)
    )


def title() -> str:
    return QCoreApplication.translate("TimelineExport", "Timeline of incidents")


def heading(mission: str) -> str:
    if not mission:
        return title()
    return (
        QCoreApplication.translate("TimelineExport", "%1 — %2")
        .replace("%1", title())
        .replace("%2", mission)
    )


def _draw_heading(
    painter: QPainter, font: QFont, title: str, window: str, width: float, device: QPaintDevice
) -> float:
    """The title (bold) and the window shown under it, from the top; the height they take."""
    title_font = QFont(font)
    title_font.setBold(True)
    title_metrics = QFontMetricsF(title_font, device)
    metrics = QFontMetricsF(font, device)
    painter.setPen(QColor(INK))
    painter.setFont(title_font)
    painter.drawText(
        QPointF(0, title_metrics.ascent()),
        title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width),
    )
    painter.setFont(font)
    painter.drawText(QPointF(0, title_metrics.height() + metrics.ascent()), window)
    return title_metrics.height() + metrics.height() * 1.6


def export_png(
    path: Path,
    size: QSize,
    index: TimelineIndex,
    view: TimelineView,
    font: QFont,
    *,
    now: datetime | None,
    highlighted_uuid: str | None,
    mission: str = "",
    pixel_ratio: float = 2.0,
    replace: bool = False,
    protect: Sequence[Path] = (),
) -> None:
    """Write the view as a PNG of `size` logical pixels, drawn at `pixel_ratio` for sharpness,
    under the title, the mission and the window shown (a picture may travel on its own)."""
    image = QImage(
        round(size.width() * pixel_ratio),
        round(size.height() * pixel_ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(8, 6)  # a margin for the heading's first letters
    top = _draw_heading(
        painter, font, heading(mission), window_words(view, index), size.width() - 16, image
    )
    painter.resetTransform()
    painter.setFont(font)
    paint_timeline(
        painter,
        QRectF(0, top, size.width(), size.height() - top),
        index,
        view,
        now=now,
        highlighted_uuid=highlighted_uuid,
    )
    painter.end()
    check_new_file(path, protect=protect, replace=replace)
    with written_whole(path, replace=replace) as partial:
        writer = QImageWriter(str(partial), QByteArray(b"png"))
        if not writer.write(image):
            message = QCoreApplication.translate(
                "TimelineExport", "The image %1 could not be written: %2"
            )
            raise OSError(message.replace("%1", str(path)).replace("%2", writer.errorString()))


def export_pdf(
    path: Path,
    index: TimelineIndex,
    view: TimelineView,
    font: QFont,
    *,
    now: datetime | None,
    highlighted_uuid: str | None,
    mission: str = "",
    replace: bool = False,
    protect: Sequence[Path] = (),
) -> None:
    """Write the view on one landscape A4 page, under the title with the mission and a line
    naming the window and time zone."""
    check_new_file(path, protect=protect, replace=replace)
    with written_whole(path, replace=replace) as partial:
        _draw_pdf(
            partial,
            index,
            view,
            font,
            now=now,
            highlighted_uuid=highlighted_uuid,
            mission=mission,
        )


def _draw_pdf(
    path: Path,
    index: TimelineIndex,
    view: TimelineView,
    font: QFont,
    *,
    now: datetime | None,
    highlighted_uuid: str | None,
    mission: str = "",
) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title())
    writer.setCreator("Casefiles")
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        message = QCoreApplication.translate("TimelineExport", "The PDF %1 could not be written.")
        raise OSError(message.replace("%1", str(path)))
    page = writer.pageLayout().paintRectPixels(PDF_RESOLUTION)
    top = _draw_heading(
        painter, font, heading(mission), window_words(view, index), page.width(), writer
    )
    painter.setFont(font)
    paint_timeline(
        painter,
        QRectF(0, top, page.width(), page.height() - top),
        index,
        view,
        now=now,
        highlighted_uuid=highlighted_uuid,
    )
    if not painter.end():
        message = QCoreApplication.translate("TimelineExport", "The PDF %1 could not be finished.")
        raise OSError(message.replace("%1", str(path)))
