"""Photos at print resolution: the stored preview decoded straight to the size it is printed at.

About 200 dpi at the printed size is as sharp as paper shows; more only makes the PDF larger.
The JPEG decoder scales while decoding (libjpeg's DCT scaling), then smooths the last step.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ui.decoding import picture_format

PRINT_DPI = 200.0


def print_size(width: float, height: float, device_dpi: float) -> QSize:
    """Pixels for a picture `width` x `height` device pixels big: 200 dpi, or the device's own
    resolution when that is lower (a screen preview)."""
    scale = min(PRINT_DPI, device_dpi) / device_dpi
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


def print_image(data: bytes, fit: QSize) -> QImage | None:
    """The picture in `data` fitted inside `fit` (never enlarged), or None if it is unreadable."""
    format_name = picture_format(data)
    if format_name is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(format_name))  # named: see ui/decoding.py
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None
    if size.width() > fit.width() or size.height() > fit.height():
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image
