"""The camera's own small picture in a JPEG's EXIF: found, turned upright, and refused when it
is not one that shows the photo (another shape, damaged, too large, absent)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image

from casefiles.photos.camera_preview import HEAD_BYTES, camera_preview
from tests import photo_factory as factory

MAGENTA = (200, 30, 160)


def picture(data: bytes | None) -> Image.Image:
    assert data is not None
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def close_to(colour: tuple[int, ...], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip(colour, expected, strict=False))


def test_the_embedded_picture_is_found_in_the_first_bytes(tmp_path: Path) -> None:
    photo = factory.jpeg_with_camera_preview(tmp_path / "kamera şəkli.jpg", preview_colour=MAGENTA)
    shown = picture(camera_preview(photo.read_bytes()[:HEAD_BYTES]))
    assert shown.size == (160, 120)
    assert close_to(shown.getpixel((80, 60)), MAGENTA)


def test_it_is_turned_upright_as_the_photo_is(tmp_path: Path) -> None:
    photo = factory.jpeg_with_camera_preview(tmp_path / "turned.jpg", orientation=6)
    assert picture(camera_preview(photo.read_bytes())).size == (120, 160)


def test_one_of_another_shape_is_not_used(tmp_path: Path) -> None:
    # An editor cropped the photo and left the camera's picture of the whole scene.
    photo = factory.jpeg_with_camera_preview(tmp_path / "cropped.jpg", preview_size=(160, 160))
    assert camera_preview(photo.read_bytes()) is None
    # As large as the photo itself: not a small picture, never decoded.
    large = factory.jpeg_with_camera_preview(tmp_path / "large.jpg", preview_size=(1200, 900))
    assert camera_preview(large.read_bytes()) is None


def test_none_without_one_or_when_damaged(tmp_path: Path) -> None:
    when = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    plain = factory.camera_jpeg(tmp_path / "plain.jpg", when=when)
    assert camera_preview(plain.read_bytes()) is None
    png = factory.png_without_metadata(tmp_path / "plain.png")
    assert camera_preview(png.read_bytes()) is None
    data = factory.jpeg_with_camera_preview(tmp_path / "cut.jpg").read_bytes()
    assert camera_preview(data[:200]) is None  # cut inside the EXIF segment
    assert camera_preview(b"\xff\xd8\xff\xe1 not exif at all") is None
    assert camera_preview(b"") is None
