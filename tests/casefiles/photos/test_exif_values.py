"""EXIF values as Pillow hands them over, read into times, offsets, positions and JSON: plain
values in, exact results out, at each limit. (test_photo_metadata.py reads real files; these
are fast enough to run against every mutant of photo_metadata.py, tools/mutation.sh.)"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PIL import ExifTags
from PIL.TiffImagePlugin import IFDRational

from casefiles.photos import photo_metadata as pm

GPS = ExifTags.GPS
BASE = ExifTags.Base


@pytest.mark.parametrize(
    ("value", "subsec", "expected"),
    [
        ("2025:11:14 09:30:05", None, datetime(2025, 11, 14, 9, 30, 5)),
        (b"2025-11-14T09:30:05\x00", None, datetime(2025, 11, 14, 9, 30, 5)),
        ("  2024:02:29 23:59:59  ", None, datetime(2024, 2, 29, 23, 59, 59)),
        ("2025:11:14 09:30:05", "5", datetime(2025, 11, 14, 9, 30, 5, 500_000)),
        ("2025:11:14 09:30:05", "0421", datetime(2025, 11, 14, 9, 30, 5, 42_100)),
        ("2025:11:14 09:30:05", "1234567", datetime(2025, 11, 14, 9, 30, 5, 123_456)),
        ("2025:11:14 09:30:05", "12a", datetime(2025, 11, 14, 9, 30, 5)),
        ("2025:11:14 09:30:05", 7, datetime(2025, 11, 14, 9, 30, 5)),
        ("0000:00:00 00:00:00", None, None),
        ("2025:02:29 10:00:00", None, None),
        ("2025:11:14", None, None),
        ("14.11.2025 09:30:05", None, None),
        (20251114, None, None),
        (None, None, None),
    ],
)
def test_exif_times(value: Any, subsec: Any, expected: datetime | None) -> None:
    assert pm._exif_datetime(value, subsec) == expected


@pytest.mark.parametrize(
    ("value", "hours", "minutes"),
    [
        ("+02:00", 2, 0),
        ("-03:30", -3, -30),
        ("+14:00", 14, 0),
        ("-12:00", -12, 0),
        ("+05:59", 5, 59),
        (b"+04:00\x00", 4, 0),
    ],
)
def test_exif_offsets(value: Any, hours: int, minutes: int) -> None:
    assert pm._exif_offset(value) == timezone(timedelta(hours=hours, minutes=minutes))


@pytest.mark.parametrize("value", ["+15:00", "+05:60", "02:00", "+2:00", "+02:00x", "Z", None, 2])
def test_impossible_offsets_are_not_offsets(value: Any) -> None:
    assert pm._exif_offset(value) is None


def _dms(degrees: int, minutes: int, seconds: float) -> tuple[IFDRational, ...]:
    return (IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(int(seconds * 100), 100))


@pytest.mark.parametrize(
    ("value", "ref", "expected"),
    [
        (_dms(50, 27, 42.84), "N", 50 + 27 / 60 + 42.84 / 3600),
        (_dms(50, 27, 42.84), "S", -(50 + 27 / 60 + 42.84 / 3600)),
        (_dms(30, 30, 0), "E", 30.5),
        (_dms(30, 30, 0), "w", -30.5),
        (_dms(30, 30, 0), b"W\x00", -30.5),
        ((IFDRational(3045, 100),), "E", 30.45),
        (40.5, "N", 40.5),
        ((1, 2, 3, 4), "N", 1 + 2 / 60 + 3 / 3600),
        (_dms(30, 30, 0), "X", None),
        (_dms(30, 30, 0), None, None),
        ((IFDRational(1, 0), 0, 0), "N", None),
        ((float("nan"), 0, 0), "N", None),
        (("50", 0, 0), "N", None),
        ((True, 0, 0), "N", None),
    ],
)
def test_gps_degrees(value: Any, ref: Any, expected: float | None) -> None:
    result = pm._gps_degrees(value, ref)
    assert result == (None if expected is None else pytest.approx(expected, abs=1e-9))


def _position(latitude: float, longitude: float) -> dict[int, Any]:
    return {
        GPS.GPSLatitude: (abs(latitude), 0, 0),
        GPS.GPSLatitudeRef: "N" if latitude >= 0 else "S",
        GPS.GPSLongitude: (abs(longitude), 0, 0),
        GPS.GPSLongitudeRef: "E" if longitude >= 0 else "W",
    }


@pytest.mark.parametrize(
    ("latitude", "longitude", "kept"),
    [
        (40.4093, 49.8671, True),
        (90, 180, True),
        (-90, -180, True),
        (0, 49.8671, True),
        (40.4093, 0, True),
        (90.5, 10, False),
        (-90.5, 10, False),
        (10, 180.5, False),
        (10, -180.5, False),
        (0, 0, False),
    ],
)
def test_gps_positions(latitude: float, longitude: float, kept: bool) -> None:
    expected = (latitude, longitude) if kept else (None, None)
    assert pm._gps_position(_position(latitude, longitude)) == expected


def test_a_position_needs_both_coordinates() -> None:
    only_latitude = _position(40.4, 49.8)
    del only_latitude[GPS.GPSLongitude]
    assert pm._gps_position(only_latitude) == (None, None)
    only_longitude = _position(40.4, 49.8)
    del only_longitude[GPS.GPSLatitudeRef]
    assert pm._gps_position(only_longitude) == (None, None)


@pytest.mark.parametrize(
    ("ref", "expected"),
    [(None, 28.5), (0, 28.5), (b"\x00", 28.5), (1, -28.5), (b"\x01", -28.5), ((1,), -28.5),
     ((1, 0), -28.5), ((0,), 28.5), ((0, 1), 28.5), ((), 28.5), (2, 28.5)],
)  # fmt: skip
def test_altitude_below_sea_level_is_negative(ref: Any, expected: float) -> None:
    gps: dict[int, Any] = {GPS.GPSAltitude: IFDRational(57, 2), GPS.GPSAltitudeRef: ref}
    assert pm._gps_altitude(gps) == expected


def test_an_altitude_that_is_not_a_number_is_none() -> None:
    assert pm._gps_altitude({GPS.GPSAltitudeRef: 1}) is None
    assert pm._gps_altitude({GPS.GPSAltitude: IFDRational(1, 0), GPS.GPSAltitudeRef: 1}) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, 3.0), (2.5, 2.5), (IFDRational(7, 2), 3.5), (True, None), (False, None), ("3", None),
     (None, None), (float("inf"), None), (float("-inf"), None), (float("nan"), None),
     (IFDRational(1, 0), None), (10**400, None)],
)  # fmt: skip
def test_finite_numbers(value: Any, expected: float | None) -> None:
    assert pm._finite(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Samsung", "Samsung"), (" Səfirlik\x00\x00", "Səfirlik"), (b"Canon\x00", "Canon"),
     (b"\xff\xfeK", "\ufffd\ufffdK"), ("\ud800x", "?x"), ("   ", None), ("\x00", None),
     ("", None), (5, None), (None, None),
     # UTF-8 that Pillow read as Latin-1; Latin-1 that is not UTF-8 stays as read.
     ("BakÄ± Foto", "Bakı Foto"), ("Ð\x9aÐ¸Ñ\x97Ð²\x00", "Київ"), ("Café", "Café")],
)  # fmt: skip
def test_text_values(value: Any, expected: str | None) -> None:
    assert pm._text(value) == expected


def test_json_values() -> None:
    assert pm._json_value(None) is None
    assert pm._json_value(True) is True
    assert pm._json_value(7) == 7
    assert pm._json_value("İçəri\x00\x00") == "İçəri"
    assert pm._json_value("a\ud800") == "a?"
    assert pm._json_value("XƏX\x00") == "XƏX"
    assert pm._json_value(IFDRational(1, 4)) == 0.25
    assert pm._json_value(float("nan")) is None
    assert pm._json_value(b"\x01\xab") == "01ab"
    assert pm._json_value(bytearray(b"\x02")) == "02"
    assert pm._json_value(bytes(256)) == "00" * 256
    assert pm._json_value(bytes(257)) == "<257 bytes, not kept>"
    assert pm._json_value({1: "a", "b": (1, 2)}) == {"1": "a", "b": [1, 2]}
    assert pm._json_value(list(range(256))) == list(range(256))
    assert pm._json_value(list(range(257))) == "<257 values, not kept>"
    assert pm._json_value(object.__new__(Weird)) == "Weird: Фото"
    assert pm._json_value(object.__new__(Long)) == "x" * 200


def test_xmp_is_text_up_to_its_limit() -> None:
    xmp = "<x:xmpmeta>Səfirlik</x:xmpmeta>".encode()
    assert pm._json_value({"XMP": b"\x00" + xmp + b"\x00"}) == {"XMP": xmp.decode()}
    assert pm._json_value({"xmp": xmp}) == {"xmp": xmp.decode()}
    big = b"x" * (64 * 1024)
    assert pm._json_value({"xmp": big}) == {"xmp": big.decode()}
    assert pm._json_value({"xmp": big + b"x"}) == {"xmp": f"<{len(big) + 1} bytes, not kept>"}
    assert pm._json_value({"MakerNote": xmp}) == {"MakerNote": xmp.hex()}
    assert pm._json_value([xmp]) == [xmp.hex()]  # only a value keyed XMP is XMP


def test_xmp_that_is_not_utf8_is_kept_readable() -> None:
    # Bytes that are not UTF-8 become U+FFFD, not an error; only NULs are trimmed at the ends.
    xmp = b"XMP \xd0\xa4\xd0\xbe\xff Xanbala X"
    assert pm._json_value({"xmp": b"\x00" + xmp + b"\x00\x00"}) == {"xmp": "XMP Фо\ufffd Xanbala X"}


def test_json_values_nest_six_deep_and_no_deeper() -> None:
    value: Any = 1
    for _ in range(6):
        value = [value]
    assert pm._json_value(value) == [[[[[[1]]]]]]
    nested: Any = [[[[[[[1]]]]]]]
    assert pm._json_value(nested) == [[[[[[None]]]]]]
    assert pm._json_value({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}) == {
        "a": {"b": {"c": {"d": {"e": {"f": None}}}}}
    }


class Weird:
    def __str__(self) -> str:
        return "Weird: Фото"


class Long:
    def __str__(self) -> str:
        return "x" * 300


def test_tags_are_named_and_pointers_left_out() -> None:
    tags = {BASE.Make: "Samsung", 0xABCD: 1, int(ExifTags.IFD.GPSInfo): 812,
            int(ExifTags.IFD.Exif): {"kept": 1}, BASE.Artist: "Å\x9eÉ\x99ki"}  # fmt: skip
    names: dict[int, str] = {BASE.Make: "Make", BASE.Artist: "Artist"}
    assert pm._named(tags, names) == {
        "Make": "Samsung",
        "Artist": "Şəki",
        "0xABCD": 1,
        f"0x{int(ExifTags.IFD.Exif):04X}": {"kept": 1},
    }


@pytest.mark.parametrize(
    ("raw", "file_date"),
    [
        ({"ifd0": {"DateTime": "2025:11:14 10:00:00"}}, True),
        ({"ifd0": {"DateTime": "2025:11:14 10:00:00"},
          "exif": {"DateTimeOriginal": "2025:11:14 09:00:00"}}, False),
        ({"ifd0": {"DateTime": "2025:11:14 10:00:00"},
          "exif": {"DateTimeDigitized": "2025:11:14 09:00:00"}}, False),
        ({"ifd0": {"DateTime": "2025:11:14 10:00:00"},
          "exif": {"DateTimeOriginal": "0000:00:00 00:00:00"}}, True),
        ({"ifd0": {"DateTime": "not a time"}}, False),
        ({"ifd0": "broken", "exif": "broken"}, False),
        ({"ifd0": {"DateTime": "2025:11:14 10:00:00"}, "exif": ["broken"]}, True),
        ({}, False),
    ],
)  # fmt: skip
def test_whether_the_time_is_the_files_date(raw: dict[str, Any], file_date: bool) -> None:
    assert pm.time_is_file_date(raw) is file_date


KYIV = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("ifd0", "exif", "expected"),
    [
        ({}, {BASE.DateTimeOriginal: "2025:11:14 09:30:00", BASE.OffsetTimeOriginal: "+02:00"},
         (datetime(2025, 11, 14, 9, 30, tzinfo=KYIV), True)),
        ({}, {BASE.DateTimeOriginal: "2025:11:14 09:30:00", BASE.OffsetTime: "+02:00",
              BASE.SubsecTimeOriginal: "25"},
         (datetime(2025, 11, 14, 9, 30, 0, 250_000, tzinfo=KYIV), True)),
        ({BASE.OffsetTime: "+02:00"}, {BASE.DateTimeDigitized: "2025:11:14 09:30:00",
                                       BASE.OffsetTimeOriginal: "+04:00"},
         (datetime(2025, 11, 14, 9, 30, tzinfo=KYIV), True)),
        ({}, {BASE.DateTimeDigitized: "2025:11:14 09:30:00", BASE.OffsetTimeDigitized: "+04:00",
              BASE.SubsecTimeDigitized: "5", BASE.SubsecTimeOriginal: "7"},
         (datetime(2025, 11, 14, 9, 30, 0, 500_000, tzinfo=timezone(timedelta(hours=4))), True)),
        ({BASE.DateTime: "2025:11:15 08:00:00"}, {BASE.SubsecTime: "1"},
         (datetime(2025, 11, 15, 8, 0, 0, 100_000), False)),
        ({BASE.DateTime: "2025:11:15 08:00:00"}, {BASE.DateTime: "2025:11:16 08:00:00"},
         (datetime(2025, 11, 15, 8, 0), False)),
        ({BASE.DateTimeOriginal: "2025:11:14 09:30:00"}, {}, (None, False)),
        ({}, {}, (None, False)),
    ],
)  # fmt: skip
def test_capture_time_and_whether_its_offset_is_known(
    ifd0: dict[int, Any], exif: dict[int, Any], expected: tuple[datetime | None, bool]
) -> None:
    moment, known = pm._capture_time(ifd0, exif)
    assert (moment, known) == expected
    assert moment is None or (moment.tzinfo is not None) is known
