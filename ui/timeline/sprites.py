"""Pre-drawn markers, cluster boxes and counts for raster targets (the screen, PNG export).

Drawing a path and a text per mark costs far more than copying a small image, and a dense view
has thousands of marks. Vector targets (PDF, printer) never use these: they draw the shapes.
Sprites are QImages, not QPixmaps, so a summary rendered off the UI thread may use them too.
The owner (the widget) keeps one cache; nothing here is global.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from casefiles.domain.vocabulary import IncidentType
from ui.timeline.glyphs import draw_marker, draw_pill

MAX_SPRITES = 512  # counts vary; past this the cache simply starts again
MARGIN = 1.0  # room around a sprite for its outline


class SpriteCache:
    """Small images keyed by what they show and the device pixel ratio they were drawn for.
    Each image is drawn at (box x - MARGIN, box y - MARGIN) of the mark it stands for."""

    def __init__(self) -> None:
        self._images: dict[tuple[object, ...], QImage] = {}

    def marker(self, incident_type: IncidentType, size: float, dpr: float) -> QImage:
        key = ("marker", incident_type, size, dpr)
        half = size / 2 + MARGIN
        return self._images.get(key) or self._store(
            key, size, size, dpr, lambda p: draw_marker(p, incident_type, half, half, size)
        )

    def pill(
        self, colour: QColor, text: str, width: float, height: float, font: QFont, dpr: float
    ) -> QImage:
        key = ("pill", colour.rgba(), text, width, height, font.key(), dpr)
        box = QRectF(MARGIN, MARGIN, width, height)
        return self._images.get(key) or self._store(
            key, width, height, dpr, lambda p: draw_pill(p, box, colour, text, font)
        )

    def text(self, text: str, font: QFont, colour: QColor, dpr: float) -> QImage:
        """`text` on a transparent background, its box starting at (MARGIN, MARGIN)."""
        key = ("text", text, font.key(), colour.rgba(), dpr)
        metrics = QFontMetricsF(font)

        def draw(painter: QPainter) -> None:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QPointF(MARGIN, MARGIN + metrics.ascent()), text)

        return self._images.get(key) or self._store(
            key, metrics.horizontalAdvance(text), metrics.height(), dpr, draw
        )

    def picture(
        self,
        key: tuple[object, ...],
        area: QRectF,
        dpr: float,
        draw: Callable[[QPainter], None],
    ) -> QImage:
        """Whatever `draw` paints inside `area` (in the target's coordinates), as an image to
        be drawn at area's top left."""
        full_key = ("picture", key, area.x(), area.y(), area.width(), area.height(), dpr)

        def draw_moved(painter: QPainter) -> None:
            painter.translate(MARGIN - area.x(), MARGIN - area.y())
            draw(painter)

        image = self._images.get(full_key) or self._store(
            full_key, area.width(), area.height(), dpr, draw_moved
        )
        return image

    def _store(
        self,
        key: tuple[object, ...],
        width: float,
        height: float,
        dpr: float,
        draw: Callable[[QPainter], None],
    ) -> QImage:
        if len(self._images) >= MAX_SPRITES:
            self._images.clear()
        image = QImage(
            math.ceil((width + 2 * MARGIN) * dpr),
            math.ceil((height + 2 * MARGIN) * dpr),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        draw(painter)
        painter.end()
        self._images[key] = image
        return image
