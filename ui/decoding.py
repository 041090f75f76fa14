"""Pictures decoded from bytes off the UI thread: format named, no Python-made device.

Two ways a worker's decode stopped the app, both seen in CI (py-spy --native): without a format
Qt asks every image plugin about the bytes, and the SVG plugin's probe connects a signal (Qt's
connection lock) while the worker holds the GIL; and a QBuffer made in Python makes Qt ask
Python for overrides (the GIL) while it holds the image plugins' lock, which the UI thread
wants for a message box's icon while holding the GIL. So the bytes go to `QImage.fromData`
(Qt's own buffer) with their format. What the case stores (previews, thumbnails, camera
previews) is JPEG or PNG, known from the first bytes; anything else is not decoded.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

SIGNATURES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"))


def picture_format(data: bytes) -> str | None:
    """JPEG or PNG by the bytes' signature; None for anything else."""
    return next((name for signature, name in SIGNATURES if data.startswith(signature)), None)


def decoded(data: bytes | None) -> QImage:
    """The picture in `data`, or a null image if it is missing, damaged or of another format."""
    format_name = picture_format(data) if data else None
    if not data or format_name is None:
        return QImage()
    # The stubs say bytes; the binding takes the format as str (bytes raise ValueError).
    return QImage.fromData(data, format_name)  # type: ignore[arg-type]
