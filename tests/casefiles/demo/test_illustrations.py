"""Demo illustrations: drawn, clearly labelled, and carrying the time and place they are given."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image, ImageChops

from casefiles.demo.illustrations import (
    BANNER_COLOUR,
    DESCRIPTION,
    SCENES,
    draw_illustration,
    write_picture,
)
from casefiles.photos.photo_metadata import is_editing_software, read_metadata

KYIV = ZoneInfo("Europe/Kyiv")
STRIKE = datetime(2024, 11, 17, 4, 35, tzinfo=KYIV)  # winter: +02:00
CHANCERY = (50.4432891, 30.5123456)
TITLE = "Drone strike, east facade — Şəkil İçəri ğ"
SUBTITLE = "Фото посольства: вибиті вікна другого поверху"


@pytest.fixture(scope="module")
def facade() -> Image.Image:
    return draw_illustration(TITLE, SUBTITLE, seed=1, size=(800, 600))


@pytest.mark.parametrize("scene", list(SCENES))
def test_every_scene_draws_a_labelled_picture(scene: str) -> None:
    picture = draw_illustration(TITLE, SUBTITLE, seed=3, size=(640, 480), scene=scene)

    assert picture.size == (640, 480)
    assert picture.mode == "RGB"
    banner = picture.crop((0, 0, 640, 480 // 14))
    colours = banner.getcolors(maxcolors=640 * 40)
    assert colours is not None
    count, commonest = max(colours)
    assert commonest == BANNER_COLOUR  # the banner is there ...
    assert count < 640 * (480 // 14)  # ... and has text written on it
    assert len(picture.getcolors(maxcolors=1_000_000) or []) > 200  # a picture, not a flat fill


def test_scenes_differ_and_seeds_vary(facade: Image.Image) -> None:
    again = draw_illustration(TITLE, SUBTITLE, seed=1, size=(800, 600))
    other_seed = draw_illustration(TITLE, SUBTITLE, seed=2, size=(800, 600))
    crater = draw_illustration(TITLE, SUBTITLE, seed=1, size=(800, 600), scene="crater")

    assert ImageChops.difference(facade, again).getbbox() is None  # deterministic
    assert ImageChops.difference(facade, other_seed).getbbox() is not None
    assert ImageChops.difference(facade, crater).getbbox() is not None


def test_caption_is_drawn(facade: Image.Image) -> None:
    without_caption = draw_illustration("", "", seed=1, size=(800, 600))

    changed = ImageChops.difference(facade, without_caption).getbbox()

    assert changed is not None
    assert changed[1] > 600 // 2  # only the lower part, where the caption sits


def test_unknown_scene_is_refused() -> None:
    with pytest.raises(ValueError, match="facade"):
        draw_illustration(TITLE, SUBTITLE, seed=1, scene="parade")


def test_jpeg_carries_time_and_gps(tmp_path: Path, facade: Image.Image) -> None:
    path = write_picture(facade, tmp_path / "ілюстрація_1.jpg", STRIKE, CHANCERY)

    meta = read_metadata(path)

    assert meta.media_type == "image/jpeg"
    assert (meta.pixel_width, meta.pixel_height) == (800, 600)
    assert meta.capture_time == STRIKE
    assert meta.capture_time is not None
    assert meta.capture_time.utcoffset() == timedelta(hours=2)
    assert meta.capture_offset_known is True
    assert meta.gps_latitude == pytest.approx(CHANCERY[0], abs=1e-7)
    assert meta.gps_longitude == pytest.approx(CHANCERY[1], abs=1e-7)
    assert meta.gps_altitude is None
    assert (meta.camera_make, meta.camera_model) == ("Casefiles", "Illustration generator")
    assert meta.software is not None and meta.software.startswith("Casefiles ")
    assert not is_editing_software(meta.software)
    assert meta.raw["ifd0"]["ImageDescription"] == DESCRIPTION


def test_heic_carries_time_and_gps(tmp_path: Path, facade: Image.Image) -> None:
    path = write_picture(facade, tmp_path / "şəkil_2.heic", STRIKE, CHANCERY)

    meta = read_metadata(path)

    assert meta.media_type == "image/heic"
    assert (meta.pixel_width, meta.pixel_height) == (800, 600)
    assert meta.capture_time == STRIKE
    assert meta.capture_offset_known is True
    assert meta.gps_latitude == pytest.approx(CHANCERY[0], abs=1e-7)
    assert meta.gps_longitude == pytest.approx(CHANCERY[1], abs=1e-7)
    assert meta.camera_make == "Casefiles"


def test_southern_western_half_hour_offset(tmp_path: Path, facade: Image.Image) -> None:
    when = datetime(2025, 1, 5, 18, 0, tzinfo=timezone(-timedelta(hours=3, minutes=30)))
    path = write_picture(facade, tmp_path / "sw.jpg", when, (-34.6037, -58.3816), model="Demo")

    meta = read_metadata(path)

    assert meta.capture_time == when
    assert meta.raw["exif"]["OffsetTimeOriginal"] == "-03:30"
    assert meta.gps_latitude == pytest.approx(-34.6037, abs=1e-7)
    assert meta.gps_longitude == pytest.approx(-58.3816, abs=1e-7)
    assert meta.camera_model == "Demo"


def test_without_gps(tmp_path: Path, facade: Image.Image) -> None:
    path = write_picture(facade, tmp_path / "no_gps.jpg", STRIKE, None)

    meta = read_metadata(path)

    assert (meta.gps_latitude, meta.gps_longitude) == (None, None)
    assert meta.raw["gps"] == {}


def test_naive_time_is_refused(tmp_path: Path, facade: Image.Image) -> None:
    with pytest.raises(ValueError, match="time zone"):
        write_picture(facade, tmp_path / "x.jpg", datetime(2024, 11, 17, 4, 35), CHANCERY)
    assert not (tmp_path / "x.jpg").exists()
