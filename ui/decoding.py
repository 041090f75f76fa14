"""Pictures decoded from bytes off the UI thread, with their format named.

Without a format, Qt asks every image plugin whether it can read the bytes; the SVG plugin's
probe connects a signal, which takes Qt's connection lock while the worker holds the GIL. The
UI thread, disconnecting a Python object's signal, holds that lock and waits for the GIL: both
stopped (seen in a test that exported a PDF while the window waited). What the case stores
(previews, thumbnails, camera previews) is JPEG or PNG, known from the first bytes.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

SIGNATURES = ((b"\xff\xd8\xff", b"JPEG"), (b"\x89PNG\r\n\x1a\n", b"PNG"))


def picture_format(data: bytes) -> bytes | None:
    """JPEG or PNG by the bytes' signature; None for anything else (then nothing is decoded)."""
    return next((name for signature, name in SIGNATURES if data.startswith(signature)), None)


def decoded(data: bytes | None) -> QImage:
    """The picture in `data`, or a null image if it is missing or of another format."""
    format_name = picture_format(data) if data else None
    if not data or format_name is None:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(format_name))
    reader.setAutoDetectImageFormat(False)
    return reader.read()
