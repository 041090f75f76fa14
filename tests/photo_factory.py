"""Real image files for tests and benchmarks, written with Pillow and pillow_heif directly.

The EXIF here is built independently of casefiles' own writers, so that tests of the readers
do not check the code against itself.
"""

from __future__ import annotations

import io
import random
import struct
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image, ImageChops, ImageDraw, TiffImagePlugin

pillow_heif.register_heif_opener()

Rational = TiffImagePlugin.IFDRational
EXIF_TIME_FORMAT = "%Y:%m:%d %H:%M:%S"

# Marker colours for orientation tests: they must end up at the top corners once upright.
TOP_LEFT_MARKER = (230, 20, 20)
TOP_RIGHT_MARKER = (20, 40, 230)
BACKGROUND = (235, 235, 225)

# How to store a picture so that a viewer applying the EXIF orientation shows it upright.
# Orientation n says where the stored 0th row and column go on screen (EXIF 2.3, tag 0x0112);
# storing is the inverse of displaying.
_STORE_FOR_ORIENTATION: dict[int, Image.Transpose | None] = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,  # shown mirrored left-right
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,  # mirrored along the main diagonal
    6: Image.Transpose.ROTATE_90,  # shown turned 90° clockwise, so stored turned counter-clockwise
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,  # shown turned 90° counter-clockwise
}


def camera_jpeg(
    path: Path,
    *,
    when: datetime,
    offset: str | None = "+02:00",
    gps: tuple[float, float, float] | None = (50.45, 30.5, 170.0),
    make: str | None = "Samsung",
    model: str | None = "SM-S918B",
    software: str | None = "S918BXXU3BWK1",
    orientation: int = 1,
    size: tuple[int, int] = (640, 480),
) -> Path:
    """A JPEG with the EXIF a phone writes: time (+offset), GPS with refs, device, orientation."""
    exif = camera_exif(when=when, offset=offset, gps=gps, make=make, model=model, software=software)
    exif[ExifTags.Base.Orientation] = orientation
    scene(size, seed=size[0]).save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def camera_exif(
    *,
    when: datetime,
    offset: str | None,
    gps: tuple[float, float, float] | None,
    make: str | None,
    model: str | None,
    software: str | None,
) -> Image.Exif:
    """EXIF like a phone's; `when` is local time as the camera showed it."""
    exif = Image.Exif()
    for tag, value in (
        (ExifTags.Base.Make, make),
        (ExifTags.Base.Model, model),
        (ExifTags.Base.Software, software),
    ):
        if value is not None:
            exif[tag] = value
    stamp = when.strftime(EXIF_TIME_FORMAT)
    exif[ExifTags.Base.DateTime] = stamp
    exif_ifd: dict[int, object] = {
        ExifTags.Base.DateTimeOriginal: stamp,
        ExifTags.Base.DateTimeDigitized: stamp,
        ExifTags.Base.ExifVersion: b"0232",
    }
    if offset is not None:
        exif_ifd[ExifTags.Base.OffsetTimeOriginal] = offset
        exif_ifd[ExifTags.Base.OffsetTimeDigitized] = offset
        exif_ifd[ExifTags.Base.OffsetTime] = offset
    exif[ExifTags.IFD.Exif] = exif_ifd
    if gps is not None:
        exif[ExifTags.IFD.GPSInfo] = gps_ifd(*gps)
    return exif


def file_date_only_jpeg(path: Path, when: datetime, offset: str | None = None) -> Path:
    """A JPEG whose EXIF has only DateTime (0x0132), the file's date, as editors and some
    scanners write it: no DateTimeOriginal or DateTimeDigitized."""
    exif = Image.Exif()
    exif[ExifTags.Base.DateTime] = when.strftime(EXIF_TIME_FORMAT)
    exif[ExifTags.Base.Software] = "Adobe Photoshop 25.0"
    if offset is not None:
        exif[ExifTags.IFD.Exif] = {ExifTags.Base.OffsetTime: offset}
    scene((320, 240), seed=7).save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def gps_ifd(latitude: float, longitude: float, altitude: float) -> dict[int, object]:
    """A GPS IFD with hemisphere and altitude refs, degrees/minutes/seconds as rationals."""
    return {
        ExifTags.GPS.GPSVersionID: b"\x02\x02\x00\x00",
        ExifTags.GPS.GPSLatitudeRef: "N" if latitude >= 0 else "S",
        ExifTags.GPS.GPSLatitude: dms(abs(latitude)),
        ExifTags.GPS.GPSLongitudeRef: "E" if longitude >= 0 else "W",
        ExifTags.GPS.GPSLongitude: dms(abs(longitude)),
        ExifTags.GPS.GPSAltitudeRef: b"\x00" if altitude >= 0 else b"\x01",
        ExifTags.GPS.GPSAltitude: _rational(abs(altitude)),
        ExifTags.GPS.GPSMapDatum: "WGS-84",
    }


def dms(degrees: float) -> tuple[Rational, Rational, Rational]:
    """Whole degrees, whole minutes, seconds to 1/10000 (as phones write them)."""
    whole = int(degrees)
    minutes_float = (degrees - whole) * 60
    minutes = int(minutes_float)
    seconds = Fraction(round((minutes_float - minutes) * 60 * 10000), 10000)
    return (
        Rational(whole, 1),
        Rational(minutes, 1),
        Rational(seconds.numerator, seconds.denominator),
    )


def _rational(value: float) -> Rational:
    fraction = Fraction(value).limit_denominator(10000)
    return Rational(fraction.numerator, fraction.denominator)


def scene(size: tuple[int, int], seed: int = 0) -> Image.Image:
    """A small picture with some structure (sky, ground, blocks), not a flat colour."""
    rng = random.Random(seed)
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    image = ImageChops.multiply(image, Image.new("RGB", size, (150, 190, 255)))
    draw = ImageDraw.Draw(image)
    horizon = height * 2 // 3
    draw.rectangle((0, horizon, width, height), fill=(110, 100, 85))
    for _ in range(6):
        x = rng.randrange(width)
        top = rng.randrange(height // 4, horizon)
        shade = rng.randrange(120, 210)
        draw.rectangle((x, top, x + width // 6, horizon), fill=(shade, shade - 10, shade - 30))
    return image


def orientation_jpeg(path: Path, orientation: int, portrait: bool) -> Path:
    """A JPEG that shows red top-left and blue top-right only once `orientation` is applied.

    Displayed upright it is 300x400 (portrait) or 400x300; the stored pixels are transformed
    so that only a correct reader shows it that way.
    """
    upright = Image.new("RGB", (300, 400) if portrait else (400, 300), BACKGROUND)
    draw = ImageDraw.Draw(upright)
    marker = min(upright.size) // 4
    draw.rectangle((0, 0, marker, marker), fill=TOP_LEFT_MARKER)
    draw.rectangle((upright.width - marker, 0, upright.width, marker), fill=TOP_RIGHT_MARKER)
    method = _STORE_FOR_ORIENTATION[orientation]
    stored = upright if method is None else upright.transpose(method)
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    stored.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def heic_with_time(path: Path, when: datetime) -> Path:
    """A HEIC whose EXIF has DateTimeOriginal (and OffsetTimeOriginal when `when` is aware)."""
    offset = when.strftime("%z")
    exif = camera_exif(
        when=when,
        offset=f"{offset[:3]}:{offset[3:]}" if offset else None,
        gps=None,
        make="Apple",
        model="iPhone 15",
        software="17.1.2",
    )
    scene((320, 240), seed=7).save(path, "HEIF", quality=60, exif=exif.tobytes())
    return path


def png_without_metadata(path: Path, size: tuple[int, int] = (320, 200)) -> Path:
    scene(size, seed=3).save(path, "PNG")
    return path


def truncated_jpeg(path: Path) -> Path:
    """A JPEG cut off part-way through its compressed data, as after an interrupted copy."""
    full = path.with_name(path.name + ".full")
    photo_like_jpeg(full, megapixels=0.3, seed=5)
    data = full.read_bytes()
    full.unlink()
    path.write_bytes(data[: len(data) * 6 // 10])
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def text_as_jpg(path: Path) -> Path:
    path.write_text("Note verbale No. 123/45, not a photograph\n", encoding="utf-8")
    return path


def big_file(path: Path, size_bytes: int) -> Path:
    """A valid small JPEG followed by zero padding up to exactly `size_bytes` (sparse, fast)."""
    camera_jpeg(path, when=datetime(2024, 1, 1, 12, 0), size=(64, 48))
    if path.stat().st_size > size_bytes:
        raise ValueError(f"size_bytes {size_bytes} is smaller than the JPEG itself")
    with path.open("r+b") as file:
        file.truncate(size_bytes)
    return path


def photo_like_jpeg(path: Path, megapixels: float = 12, seed: int = 0) -> Path:
    """A 4:3 JPEG that compresses like a phone photo (12 MP: about 5 MB) with phone EXIF.

    Structure (sky, buildings, windows, rubble) is drawn at quarter size and scaled up; sensor
    noise and fine texture are added at full size so that the file has a realistic size.
    """
    rng = random.Random(seed)
    width = int((megapixels * 1e6 * 4 / 3) ** 0.5) // 16 * 16
    height = width * 3 // 4
    image = _photo_structure(rng, (width // 4, height // 4)).resize(
        (width, height), Image.Resampling.BILINEAR
    )
    image = ImageChops.add(image, _sensor_noise(rng, (width, height)), 1.0, -28)
    exif = camera_exif(
        when=datetime(2024, 11, 14, 3, 12, 45),
        offset="+02:00",
        gps=(50.4501, 30.5234, 179.0),
        make="samsung",
        model="SM-S918B",
        software="S918BXXU3BWK1",
    )
    image.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def _photo_structure(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    sky = Image.linear_gradient("L").resize((1, height))
    channels = [sky.point(lambda v: 90 + v // 3), sky.point(lambda v: 140 + v // 4)]
    channels.append(sky.point(lambda v: 220 - v // 6))
    image = Image.merge("RGB", channels).resize(size)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.55, 0.7))
    draw.rectangle((0, horizon, width, height), fill=(90, 85, 75))
    for _ in range(rng.randint(4, 7)):
        _building(draw, rng, size, horizon)
    for _ in range(60):  # rubble
        x, y, r = rng.randrange(width), rng.randrange(horizon, height), rng.randrange(2, 14)
        grey = rng.randrange(50, 140)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(grey, grey - 5, grey - 15))
    return image


def _building(
    draw: ImageDraw.ImageDraw, rng: random.Random, size: tuple[int, int], horizon: int
) -> None:
    width, height = size
    left, wide = rng.randrange(width), rng.randrange(width // 8, width // 3)
    tall = rng.randrange(height // 5, height // 2)
    tone = rng.randrange(120, 200)
    draw.rectangle((left, horizon - tall, left + wide, horizon), fill=(tone, tone - 10, tone - 25))
    for y in range(horizon - tall + 10, horizon - 20, 28):
        for x in range(left + 8, left + wide - 14, 22):
            glass = (40, 50, 60) if rng.random() > 0.2 else (15, 15, 15)
            draw.rectangle((x, y, x + 10, y + 14), fill=glass)


def _sensor_noise(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Grey noise 0..56: fine grain plus a coarser texture, so JPEG sizes look like photos."""
    width, height = size
    fine = Image.frombytes("L", size, rng.randbytes(width * height))
    coarse = Image.frombytes("L", (width // 2, height // 2), rng.randbytes(width * height // 4))
    coarse = coarse.resize(size, Image.Resampling.BILINEAR)
    grain = ImageChops.add(
        fine.point(lambda v: v * 32 // 255), coarse.point(lambda v: v * 24 // 255)
    )
    return Image.merge("RGB", [grain, grain, grain])


def jpeg_with_camera_preview(
    path: Path,
    *,
    size: tuple[int, int] = (1200, 900),
    preview_size: tuple[int, int] = (160, 120),
    preview_colour: tuple[int, int, int] = (200, 30, 160),
    orientation: int = 1,
) -> Path:
    """A JPEG whose EXIF carries the camera's own small picture (IFD1), one flat colour so that
    a test can tell it from a thumbnail made from the pixels. The EXIF is written byte by byte
    (little-endian TIFF: IFD0 with the orientation, IFD1 pointing at the small JPEG)."""
    small = io.BytesIO()
    Image.new("RGB", preview_size, preview_colour).save(small, "JPEG", quality=90)
    thumbnail = small.getvalue()
    ifd0 = struct.pack("<H", 1) + struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)
    ifd1_at = 8 + len(ifd0) + 4
    data_at = ifd1_at + 2 + 3 * 12 + 4
    ifd1 = struct.pack("<H", 3) + b"".join(
        [
            struct.pack("<HHIHH", 0x0103, 3, 1, 6, 0),  # compression: JPEG
            struct.pack("<HHII", 0x0201, 4, 1, data_at),
            struct.pack("<HHII", 0x0202, 4, 1, len(thumbnail)),
        ]
    )
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd0 + struct.pack("<I", ifd1_at)
    tiff += ifd1 + struct.pack("<I", 0) + thumbnail
    segment = b"Exif\x00\x00" + tiff
    main = io.BytesIO()
    scene(size, seed=size[0]).save(main, "JPEG", quality=90)
    jpeg = main.getvalue()
    path.write_bytes(
        jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + jpeg[2:]
    )
    return path
