"""How each incident type looks on the timeline: one table of colour and marker shape.

Colours are the Okabe-Ito palette (told apart with the common colour-vision deficiencies) plus
greys for "other" and "unknown"; every type also has its own shape, so print in black and white
and colour-blind readers still tell them apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from casefiles.domain.vocabulary import IncidentType


class Shape(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE_UP = "triangle_up"
    TRIANGLE_DOWN = "triangle_down"
    STAR = "star"
    HEXAGON = "hexagon"
    PENTAGON = "pentagon"
    CROSS = "cross"
    RING = "ring"


@dataclass(frozen=True, slots=True)
class TypeStyle:
    colour: str
    shape: Shape


TYPE_STYLES: Mapping[IncidentType, TypeStyle] = MappingProxyType(
    {
        IncidentType.MISSILE_STRIKE: TypeStyle("#D55E00", Shape.TRIANGLE_UP),
        IncidentType.DRONE_STRIKE: TypeStyle("#0072B2", Shape.DIAMOND),
        IncidentType.COMBINED_ATTACK: TypeStyle("#CC79A7", Shape.STAR),
        IncidentType.GLIDE_BOMB: TypeStyle("#E69F00", Shape.TRIANGLE_DOWN),
        IncidentType.SHELLING: TypeStyle("#009E73", Shape.SQUARE),
        IncidentType.INTERCEPTION_DEBRIS: TypeStyle("#56B4E9", Shape.HEXAGON),
        IncidentType.NEARBY_BLAST: TypeStyle("#F0E442", Shape.CIRCLE),
        IncidentType.UXO_FOUND: TypeStyle("#5E3C99", Shape.PENTAGON),
        IncidentType.OTHER: TypeStyle("#7F7F7F", Shape.CROSS),
        IncidentType.UNKNOWN: TypeStyle("#A6A6A6", Shape.RING),
    }
)

# Everything that is not an incident type.
INK = "#202124"
MUTED_INK = "#5F6368"
BACKGROUND = "#FFFFFF"
LANE_SHADE = "#F4F6F8"
GRID_MAJOR = "#C9CED6"
GRID_MINOR = "#E8EBEF"
MIXED = "#37474F"  # a cluster or bar that merges incidents of several types
DENSITY = "#455A64"
TODAY = "#C62828"
HIGHLIGHT = "#111111"
BAR_FILL_ALPHA = 120  # bars are see-through, so overlapping spans both show


def type_colour(incident_type: IncidentType | None) -> QColor:
    return QColor(MIXED if incident_type is None else TYPE_STYLES[incident_type].colour)


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (yellow needs black)."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(INK) if luminance > 150 else QColor(BACKGROUND)


def marker_path(shape: Shape, size: float) -> QPainterPath:
    """The marker outline centred on (0, 0), fitting a `size` square, with the same visual
    weight for every shape."""
    r = size / 2
    path = QPainterPath()
    match shape:
        case Shape.CIRCLE:
            path.addEllipse(QPointF(0, 0), r * 0.92, r * 0.92)
        case Shape.RING:
            path.addEllipse(QPointF(0, 0), r * 0.92, r * 0.92)
            path.addEllipse(QPointF(0, 0), r * 0.45, r * 0.45)
        case Shape.SQUARE:
            path.addRect(-r * 0.82, -r * 0.82, r * 1.64, r * 1.64)
        case Shape.CROSS:
            arm = r * 0.36
            path.addPolygon(
                _polygon(
                    [
                        (-arm, -r),
                        (arm, -r),
                        (arm, -arm),
                        (r, -arm),
                        (r, arm),
                        (arm, arm),
                        (arm, r),
                        (-arm, r),
                        (-arm, arm),
                        (-r, arm),
                        (-r, -arm),
                        (-arm, -arm),
                    ]
                )
            )
            path.closeSubpath()
        case _:
            path.addPolygon(_polygon(_vertices(shape, r)))
            path.closeSubpath()
    return path


def _vertices(shape: Shape, r: float) -> list[tuple[float, float]]:
    match shape:
        case Shape.DIAMOND:
            return [(0, -r), (r * 0.8, 0), (0, r), (-r * 0.8, 0)]
        case Shape.TRIANGLE_UP:
            return [(0, -r), (r, r * 0.8), (-r, r * 0.8)]
        case Shape.TRIANGLE_DOWN:
            return [(0, r), (r, -r * 0.8), (-r, -r * 0.8)]
        case Shape.STAR:
            return [_polar(r if i % 2 == 0 else r * 0.45, -90 + 36 * i) for i in range(10)]
        case Shape.HEXAGON:
            return [_polar(r, 30 + 60 * i) for i in range(6)]
    return [_polar(r, -90 + 72 * i) for i in range(5)]  # pentagon


def _polar(radius: float, degrees: float) -> tuple[float, float]:
    angle = math.radians(degrees)
    return radius * math.cos(angle), radius * math.sin(angle)


def _polygon(points: list[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])
