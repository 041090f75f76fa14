"""The small drawn pieces of the timeline: a type's marker and a cluster's counted pill.

Both the vector path (print, PDF) and the pre-drawn sprites (screen) draw through these, so a
marker looks the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from casefiles.domain.vocabulary import IncidentType
from ui.timeline.style import TYPE_STYLES, marker_path, text_colour_on, type_colour


def draw_marker(
    painter: QPainter, incident_type: IncidentType, cx: float, cy: float, size: float
) -> None:
    """The marker of `incident_type` centred on (cx, cy), with a darker outline so light
    colours (yellow) still stand out on white."""
    colour = type_colour(incident_type)
    painter.setPen(QPen(colour.darker(170), max(size / 11, 1.0)))
    painter.setBrush(colour)
    painter.drawPath(marker_path(TYPE_STYLES[incident_type].shape, size).translated(cx, cy))


def draw_pill(painter: QPainter, rect: QRectF, colour: QColor, text: str, font: QFont) -> None:
    """A rounded box in `colour` with `text` centred in it: a cluster and its count."""
    painter.setPen(QPen(colour.darker(170), max(rect.height() / 14, 1.0)))
    painter.setBrush(colour)
    radius = rect.height() / 2
    painter.drawRoundedRect(rect, radius, radius)
    painter.setPen(text_colour_on(colour))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
