"""Pictures decoded with their format named (ui/decoding.py): JPEG and PNG read, anything else
(an SVG, a GIF, text) never handed to Qt's plugin probing."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from ui.decoding import decoded, picture_format
from ui.printing.photos import print_image


def encoded(format_name: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format_name)
    return buffer.getvalue()


@pytest.mark.parametrize("format_name", ["JPEG", "PNG"])
def test_jpeg_and_png_are_decoded_by_their_signature(format_name: str) -> None:
    data = encoded(format_name)
    assert picture_format(data) == format_name
    image = decoded(data)
    assert (image.width(), image.height()) == (40, 30)
    printed = print_image(data, QSize(20, 20))
    assert printed is not None and (printed.width(), printed.height()) == (20, 15)


@pytest.mark.parametrize(
    "data",
    [
        encoded("GIF"),
        b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>',
        "Şəkil deyil — не картинка".encode(),
        b"\xff\xd8",  # a JPEG's first two bytes and nothing more
        b"",
        None,
    ],
)
def test_anything_else_is_not_decoded(data: bytes | None) -> None:
    assert decoded(data).isNull()
    if data:
        assert print_image(data, QSize(20, 20)) is None


def test_a_damaged_jpeg_gives_nothing_rather_than_a_picture() -> None:
    data = encoded("JPEG")
    assert decoded(data[:3] + b"\x00" * 60).isNull()
    assert print_image(data[:3] + b"\x00" * 60, QSize(20, 20)) is None
