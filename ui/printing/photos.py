"""Photos at print resolution: the stored preview fitted to the size it is printed at.

About 200 dpi at the printed size is as sharp as paper shows; more only makes the PDF larger.
Decoded whole by Qt's own buffer (see ui/decoding.py), then scaled smoothly to the print size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from ui.decoding import decoded

PRINT_DPI = 200.0


def print_size(width: float, height: float, device_dpi: float) -> QSize:
    """Pixels for a picture `width` x `height` device pixels big: 200 dpi, or the device's own
    resolution when that is lower (a screen preview)."""
    scale = min(PRINT_DPI, device_dpi) / device_dpi
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


def print_image(data: bytes, fit: QSize) -> QImage | None:
    """The picture in `data` fitted inside `fit` (never enlarged), or None if it is unreadable."""
    image = decoded(data)
    if image.isNull():
        return None
    if image.width() > fit.width() or image.height() > fit.height():
        mode = Qt.TransformationMode.SmoothTransformation
        return image.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio, mode)
    return image
