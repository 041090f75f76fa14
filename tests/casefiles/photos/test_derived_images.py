"""Thumbnails and previews from real files: upright, RGB JPEG, right size, original untouched."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from casefiles.photos.derived_images import (
    DERIVED_COMMENT,
    PREVIEW_PX,
    THUMBNAIL_PX,
    DerivationFailed,
    Derived,
    fit_size,
    make_derived,
    make_thumbnail_and_preview,
)
from casefiles.photos.photo_metadata import EMPTY_FILE, NOT_SUPPORTED, TRUNCATED
from tests import photo_factory as factory

WHEN = datetime(2024, 11, 14, 3, 12, 45)


def decoded(derived: Derived) -> Image.Image:
    """The derived bytes as an image, after checking they are a plain RGB JPEG of that size."""
    image = Image.open(io.BytesIO(derived.data))
    assert image.format == "JPEG"
    assert derived.media_type == "image/jpeg"
    assert image.mode == "RGB"
    assert image.size == (derived.width, derived.height)
    assert image.getexif().get(0x0112) is None  # already upright: no orientation left to apply
    return image


def colour_near(image: Image.Image, point: tuple[int, int], expected: tuple[int, int, int]) -> bool:
    pixel = image.getpixel(point)
    assert isinstance(pixel, tuple)
    return all(abs(a - b) <= 40 for a, b in zip(pixel[:3], expected, strict=True))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("portrait", [True, False], ids=["portrait", "landscape"])
@pytest.mark.parametrize("orientation", range(1, 9))
def test_orientation_is_applied(tmp_path: Path, orientation: int, portrait: bool) -> None:
    path = factory.orientation_jpeg(tmp_path / "o.jpg", orientation, portrait)

    thumbnail = decoded(make_derived(path, THUMBNAIL_PX))

    assert thumbnail.size == ((192, 256) if portrait else (256, 192))
    width, height = thumbnail.size
    inset = min(width, height) // 10
    assert colour_near(thumbnail, (inset, inset), factory.TOP_LEFT_MARKER)
    assert colour_near(thumbnail, (width - 1 - inset, inset), factory.TOP_RIGHT_MARKER)
    assert colour_near(thumbnail, (inset, height - 1 - inset), factory.BACKGROUND)
    assert colour_near(thumbnail, (width - 1 - inset, height - 1 - inset), factory.BACKGROUND)


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_thumbnail_and_preview_are_upright_too(tmp_path: Path, orientation: int) -> None:
    path = factory.orientation_jpeg(tmp_path / "o.jpg", orientation, portrait=True)

    thumbnail, preview = make_thumbnail_and_preview(path)

    # 300x400 is smaller than the preview size: kept, not enlarged.
    assert (preview.width, preview.height) == (300, 400)
    assert (thumbnail.width, thumbnail.height) == (192, 256)
    for derived in (thumbnail, preview):
        image = decoded(derived)
        inset = image.width // 10
        assert colour_near(image, (inset, inset), factory.TOP_LEFT_MARKER)
        assert colour_near(image, (image.width - 1 - inset, inset), factory.TOP_RIGHT_MARKER)


def test_twelve_megapixel_photo(tmp_path: Path) -> None:
    path = factory.photo_like_jpeg(tmp_path / "20241114_031245.jpg", megapixels=12)
    with Image.open(path) as original:
        assert original.size == (4000, 3000)

    thumbnail, preview = make_thumbnail_and_preview(path)

    assert (preview.width, preview.height) == (PREVIEW_PX, 1200)
    assert (thumbnail.width, thumbnail.height) == (THUMBNAIL_PX, 192)
    assert decoded(preview).info.get("comment") == DERIVED_COMMENT
    assert len(thumbnail.data) < len(preview.data) < path.stat().st_size // 4
    single = make_derived(path, THUMBNAIL_PX)
    assert (single.width, single.height) == (thumbnail.width, thumbnail.height)


def test_thumbnail_looks_like_the_photo(tmp_path: Path) -> None:
    path = factory.camera_jpeg(tmp_path / "c.jpg", when=WHEN, size=(1024, 768))

    thumbnail = decoded(make_derived(path, THUMBNAIL_PX))

    expected = factory.scene((1024, 768), seed=1024).resize(thumbnail.size)
    difference = sum(
        abs(a - b) for a, b in zip(thumbnail.tobytes(), expected.tobytes(), strict=True)
    ) / len(expected.tobytes())
    assert difference < 8  # mean per-channel error: same picture, only scaled and re-encoded


def test_heic_is_derived(tmp_path: Path) -> None:
    when = datetime(2025, 6, 2, 23, 40, 5, tzinfo=timezone(timedelta(hours=3)))
    path = factory.heic_with_time(tmp_path / "IMG_4512.HEIC", when)

    thumbnail, preview = make_thumbnail_and_preview(path)

    assert (preview.width, preview.height) == (320, 240)
    assert (thumbnail.width, thumbnail.height) == (256, 192)
    decoded(thumbnail)


def test_transparent_png_goes_onto_white(tmp_path: Path) -> None:
    path = tmp_path / "stamp.png"
    image = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    image.paste((0, 90, 200, 255), (0, 0, 200, 200))
    image.save(path)

    thumbnail = decoded(make_derived(path, THUMBNAIL_PX))

    assert thumbnail.size == (256, 128)
    assert colour_near(thumbnail, (40, 64), (0, 90, 200))
    assert colour_near(thumbnail, (216, 64), (255, 255, 255))


def test_sixteen_bit_grey_is_scaled_not_clipped(tmp_path: Path) -> None:
    path = tmp_path / "scan16.png"
    Image.new("I;16", (100, 50), 32768).save(path)

    derived = decoded(make_derived(path, THUMBNAIL_PX))

    assert colour_near(derived, (50, 25), (128, 128, 128))


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [
        (factory.truncated_jpeg, TRUNCATED),
        (factory.empty_file, EMPTY_FILE),
        (factory.text_as_jpg, NOT_SUPPORTED),
    ],
)
def test_unusable_files_fail_with_a_reason(
    tmp_path: Path, make_file: Callable[[Path], Path], reason: str
) -> None:
    path = make_file(tmp_path / "bad.jpg")

    for derive in (
        lambda: make_derived(path, PREVIEW_PX),
        lambda: make_thumbnail_and_preview(path),
    ):
        with pytest.raises(DerivationFailed) as caught:
            derive()
        assert caught.value.reason == reason


@pytest.mark.parametrize("name", ["Şəkil_İçəri_ğ.jpg", "фото_посольства.jpg"])
def test_non_latin_file_names(tmp_path: Path, name: str) -> None:
    path = factory.camera_jpeg(tmp_path / name, when=WHEN)

    assert (make_derived(path, THUMBNAIL_PX).width, make_derived(path, 100).width) == (256, 100)


def test_deriving_leaves_the_original_byte_identical(tmp_path: Path) -> None:
    paths = [
        factory.camera_jpeg(tmp_path / "a.jpg", when=WHEN, orientation=6, size=(2000, 1500)),
        factory.heic_with_time(tmp_path / "b.heic", WHEN),
        factory.png_without_metadata(tmp_path / "c.png"),
    ]
    before = {path: (sha256(path), path.stat().st_mtime_ns) for path in paths}

    for path in paths:
        make_thumbnail_and_preview(path)
        make_derived(path, 64)

    assert {path: (sha256(path), path.stat().st_mtime_ns) for path in paths} == before


@pytest.mark.parametrize(
    ("size", "max_px", "expected"),
    [
        ((4000, 3000), 1600, (1600, 1200)),
        ((3000, 4000), 256, (192, 256)),
        ((640, 480), 1600, (640, 480)),
        ((10000, 10), 256, (256, 1)),
        ((4032, 3024), 256, (256, 192)),
    ],
)
def test_fit_size(size: tuple[int, int], max_px: int, expected: tuple[int, int]) -> None:
    assert fit_size(*size, max_px) == expected
