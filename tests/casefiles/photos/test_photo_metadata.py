"""read_metadata on real files: what phones write, what clerks drop in by mistake, odd EXIF."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import ExifTags, Image, TiffImagePlugin

from casefiles.bundle.strip import redact_metadata
from casefiles.photos.photo_metadata import (
    CANNOT_READ,
    EMPTY_FILE,
    NOT_SUPPORTED,
    TOO_LARGE,
    TRUNCATED,
    UnsupportedImage,
    _has_supported_signature,
    is_editing_software,
    open_image,
    orientation_of,
    read_metadata,
    time_is_file_date,
)
from tests import photo_factory as factory

WHEN = datetime(2024, 11, 14, 3, 12, 45)
KYIV_WINTER = timezone(timedelta(hours=2))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_camera_jpeg_reads_time_offset_gps_device(tmp_path: Path) -> None:
    path = factory.camera_jpeg(tmp_path / "IMG_0001.jpg", when=WHEN, size=(640, 480))

    meta = read_metadata(path)

    assert meta.media_type == "image/jpeg"
    assert (meta.pixel_width, meta.pixel_height) == (640, 480)
    assert meta.orientation == 1
    assert meta.capture_time == WHEN.replace(tzinfo=KYIV_WINTER)
    assert meta.capture_time is not None and meta.capture_time.utcoffset() == timedelta(hours=2)
    assert meta.capture_offset_known is True
    assert meta.gps_latitude == pytest.approx(50.45, abs=1e-9)
    assert meta.gps_longitude == pytest.approx(30.5, abs=1e-9)
    assert meta.gps_altitude == pytest.approx(170.0, abs=1e-9)
    assert (meta.camera_make, meta.camera_model) == ("Samsung", "SM-S918B")
    assert meta.software == "S918BXXU3BWK1"


def test_text_a_phone_wrote_in_utf8_reads_as_written(tmp_path: Path) -> None:
    """EXIF says ASCII; phones and editors write UTF-8 there, which Pillow reads as Latin-1."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Bakı Foto".encode()
    exif[ExifTags.Base.Model] = "Київ-1".encode()
    exif[ExifTags.Base.Software] = "Camera"
    exif[ExifTags.Base.ImageDescription] = "Şəki küçəsi, вікна".encode()
    exif[ExifTags.Base.Artist] = "Caf\xe9".encode("latin-1")  # not UTF-8: kept as read
    path = tmp_path / "Şəkil.jpg"
    Image.new("RGB", (64, 48)).save(path, "JPEG", exif=exif.tobytes())

    meta = read_metadata(path)

    assert (meta.camera_make, meta.camera_model, meta.software) == ("Bakı Foto", "Київ-1", "Camera")
    assert meta.raw["ifd0"]["ImageDescription"] == "Şəki küçəsi, вікна"
    assert meta.raw["ifd0"]["Artist"] == "Café"


def test_raw_keeps_every_directory_and_is_json(tmp_path: Path) -> None:
    path = factory.camera_jpeg(tmp_path / "IMG_0002.jpg", when=WHEN)

    raw = read_metadata(path).raw

    decoded = json.loads(json.dumps(raw, ensure_ascii=False, allow_nan=False))
    assert decoded["format"] == "JPEG"
    assert decoded["ifd0"]["Make"] == "Samsung"
    assert decoded["exif"]["DateTimeOriginal"] == "2024:11:14 03:12:45"
    assert decoded["exif"]["OffsetTimeOriginal"] == "+02:00"
    assert decoded["exif"]["ExifVersion"] == b"0232".hex()
    assert decoded["gps"]["GPSLatitudeRef"] == "N"
    assert decoded["gps"]["GPSLatitude"] == [50.0, 27.0, 0.0]
    assert decoded["gps"]["GPSVersionID"] == "02020000"
    assert "ExifOffset" not in decoded["ifd0"]  # pointers are file offsets, not facts


def test_xmp_is_kept_as_text(tmp_path: Path) -> None:
    # Editors leave their history in XMP; an examiner wants to read it.
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><CreatorTool>GIMP 2.10</CreatorTool></x:xmpmeta>'
    path = tmp_path / "edited.jpg"
    factory.scene((64, 48)).save(path, "JPEG", xmp=xmp)

    assert read_metadata(path).raw["info"]["xmp"] == xmp.decode()


def test_southern_western_below_sea_level_are_negative(tmp_path: Path) -> None:
    path = factory.camera_jpeg(tmp_path / "s.jpg", when=WHEN, gps=(-33.8675, -70.25, -12.5))

    meta = read_metadata(path)

    assert meta.gps_latitude == pytest.approx(-33.8675, abs=1e-7)
    assert meta.gps_longitude == pytest.approx(-70.25, abs=1e-7)
    assert meta.gps_altitude == pytest.approx(-12.5, abs=1e-9)


def test_jpeg_without_offset_gives_naive_time(tmp_path: Path) -> None:
    path = factory.camera_jpeg(tmp_path / "no_offset.jpg", when=WHEN, offset=None, gps=None)

    meta = read_metadata(path)

    assert meta.capture_time == WHEN
    assert meta.capture_time is not None and meta.capture_time.tzinfo is None
    assert meta.capture_offset_known is False
    assert (meta.gps_latitude, meta.gps_longitude, meta.gps_altitude) == (None, None, None)


def test_offset_time_is_used_when_offset_time_original_is_missing(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[ExifTags.IFD.Exif] = {
        ExifTags.Base.DateTimeOriginal: "2025:03:01 22:05:00",
        ExifTags.Base.OffsetTime: "+04:00",
        ExifTags.Base.SubsecTimeOriginal: "25",
    }
    path = tmp_path / "baku.jpg"
    factory.scene((64, 48)).save(path, "JPEG", exif=exif.tobytes())

    meta = read_metadata(path)

    baku = timezone(timedelta(hours=4))
    assert meta.capture_time == datetime(2025, 3, 1, 22, 5, 0, 250_000, tzinfo=baku)
    assert meta.capture_offset_known is True


def test_odd_exif_values_are_ignored_not_fatal(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "  Canon\x00\x00 "
    exif[ExifTags.Base.Model] = "   "
    exif[ExifTags.Base.Orientation] = 42
    exif[ExifTags.IFD.Exif] = {
        ExifTags.Base.DateTimeOriginal: "0000:00:00 00:00:00",
        ExifTags.Base.OffsetTimeOriginal: "+99:00",
        ExifTags.Base.MakerNote: bytes(range(256)) * 40,
    }
    zero = TiffImagePlugin.IFDRational(1, 0)
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (zero, zero, zero),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (TiffImagePlugin.IFDRational(30, 1), 0.0, 0.0),
    }
    path = tmp_path / "odd.jpg"
    factory.scene((64, 48)).save(path, "JPEG", exif=exif.tobytes())

    meta = read_metadata(path)

    assert meta.camera_make == "Canon"
    assert meta.camera_model is None
    assert meta.orientation == 1
    assert meta.capture_time is None
    assert meta.capture_offset_known is False
    assert (meta.gps_latitude, meta.gps_longitude) == (None, None)
    assert meta.raw["exif"]["MakerNote"] == "<10240 bytes, not kept>"
    json.dumps(meta.raw, allow_nan=False)


def test_missing_hemisphere_is_not_guessed(tmp_path: Path) -> None:
    exif = Image.Exif()
    gps = factory.gps_ifd(50.45, 30.5, 170.0)
    del gps[ExifTags.GPS.GPSLatitudeRef]
    exif[ExifTags.IFD.GPSInfo] = gps
    path = tmp_path / "no_ref.jpg"
    factory.scene((64, 48)).save(path, "JPEG", exif=exif.tobytes())

    meta = read_metadata(path)

    assert (meta.gps_latitude, meta.gps_longitude) == (None, None)
    assert meta.gps_altitude == pytest.approx(170.0)
    assert meta.raw["gps"]["GPSLatitude"] == [50.0, 27.0, 0.0]


@pytest.mark.parametrize("orientation", range(1, 9))
def test_orientation_is_read(tmp_path: Path, orientation: int) -> None:
    path = factory.orientation_jpeg(tmp_path / f"o{orientation}.jpg", orientation, portrait=True)

    meta = read_metadata(path)

    assert meta.orientation == orientation
    # The pixel size is as stored: turned a quarter for 5..8.
    stored = (400, 300) if orientation >= 5 else (300, 400)
    assert (meta.pixel_width, meta.pixel_height) == stored


def test_heic_with_capture_time(tmp_path: Path) -> None:
    when = datetime(2025, 6, 2, 23, 40, 5, tzinfo=timezone(timedelta(hours=3)))
    path = factory.heic_with_time(tmp_path / "IMG_4512.HEIC", when)

    meta = read_metadata(path)

    assert meta.media_type == "image/heic"
    assert (meta.pixel_width, meta.pixel_height) == (320, 240)
    assert meta.capture_time == when
    assert meta.capture_offset_known is True
    assert (meta.camera_make, meta.camera_model, meta.software) == ("Apple", "iPhone 15", "17.1.2")
    json.dumps(meta.raw, allow_nan=False)


def test_png_without_metadata(tmp_path: Path) -> None:
    path = factory.png_without_metadata(tmp_path / "scan.png", size=(320, 200))

    meta = read_metadata(path)

    assert meta.media_type == "image/png"
    assert (meta.pixel_width, meta.pixel_height) == (320, 200)
    assert meta.orientation == 1
    assert meta.capture_time is None and meta.capture_offset_known is False
    assert (meta.gps_latitude, meta.gps_longitude, meta.gps_altitude) == (None, None, None)
    assert (meta.camera_make, meta.camera_model, meta.software) == (None, None, None)


@pytest.mark.parametrize(
    ("pillow_format", "suffix", "media_type"),
    [("TIFF", "tif", "image/tiff"), ("WEBP", "webp", "image/webp")],
)
def test_tiff_and_webp_are_supported(
    tmp_path: Path, pillow_format: str, suffix: str, media_type: str
) -> None:
    path = tmp_path / f"picture.{suffix}"
    exif = factory.camera_exif(
        when=WHEN, offset="+03:00", gps=None, make="Nikon", model="D750", software=None
    )
    factory.scene((200, 100)).save(path, pillow_format, exif=exif.tobytes())

    meta = read_metadata(path)

    assert meta.media_type == media_type
    assert (meta.pixel_width, meta.pixel_height) == (200, 100)
    assert meta.capture_time == WHEN.replace(tzinfo=timezone(timedelta(hours=3)))
    assert meta.camera_make == "Nikon"


def test_multi_picture_jpeg_is_a_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "mpo.jpg"
    frames = [factory.scene((160, 120), seed) for seed in (1, 2)]
    frames[0].save(path, "MPO", save_all=True, append_images=frames[1:])

    assert read_metadata(path).media_type == "image/jpeg"


def test_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    path = factory.truncated_jpeg(tmp_path / "cut.jpg")

    with pytest.raises(UnsupportedImage) as caught:
        read_metadata(path)

    assert caught.value.reason == TRUNCATED == "unreadable or truncated image"


def test_truncated_heic_is_refused(tmp_path: Path) -> None:
    path = factory.heic_with_time(tmp_path / "IMG_4513.HEIC", WHEN)
    path.write_bytes(path.read_bytes()[:-200])

    with pytest.raises(UnsupportedImage) as caught:
        read_metadata(path)

    assert caught.value.reason == TRUNCATED


def test_jpeg_cut_inside_its_header_is_truncated_not_unsupported(tmp_path: Path) -> None:
    path = factory.camera_jpeg(tmp_path / "cut_early.jpg", when=WHEN)
    path.write_bytes(path.read_bytes()[:40])

    with pytest.raises(UnsupportedImage) as caught:
        read_metadata(path)

    assert caught.value.reason == TRUNCATED


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedImage, match="empty") as caught:
        read_metadata(factory.empty_file(tmp_path / "empty.jpg"))
    assert caught.value.reason == EMPTY_FILE


def test_text_named_jpg_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedImage) as caught:
        read_metadata(factory.text_as_jpg(tmp_path / "note.jpg"))
    assert str(caught.value) == NOT_SUPPORTED
    assert "JPEG, PNG, TIFF, WebP, HEIC" in caught.value.reason


@pytest.mark.parametrize(("pillow_format", "suffix"), [("GIF", "gif"), ("AVIF", "avif")])
def test_other_image_kinds_are_refused(tmp_path: Path, pillow_format: str, suffix: str) -> None:
    path = tmp_path / f"picture.{suffix}"
    factory.scene((32, 32)).save(path, pillow_format)

    with pytest.raises(UnsupportedImage) as caught:
        read_metadata(path)

    assert caught.value.reason == NOT_SUPPORTED


def test_missing_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedImage, match="could not be read"):
        read_metadata(tmp_path / "gone.jpg")


def test_oversized_image_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = factory.camera_jpeg(tmp_path / "huge.jpg", when=WHEN, size=(640, 480))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)  # 640x480 is over twice this

    with pytest.raises(UnsupportedImage) as caught:
        read_metadata(path)

    assert caught.value.reason == TOO_LARGE


def test_padded_file_still_reads(tmp_path: Path) -> None:
    path = factory.big_file(tmp_path / "padded.jpg", 3 * 1024 * 1024)

    assert path.stat().st_size == 3 * 1024 * 1024
    assert read_metadata(path).media_type == "image/jpeg"


@pytest.mark.parametrize("name", ["Şəkil_İçəri_ğ.jpg", "фото_посольства.jpg", "照片 1.jpg"])
def test_non_latin_file_names(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "Səfirlik — посольство"
    folder.mkdir()
    path = factory.camera_jpeg(folder / name, when=WHEN)

    assert read_metadata(path).capture_time == WHEN.replace(tzinfo=KYIV_WINTER)


def test_reading_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    paths = [
        factory.camera_jpeg(tmp_path / "a.jpg", when=WHEN, orientation=6),
        factory.heic_with_time(tmp_path / "b.heic", WHEN),
        factory.png_without_metadata(tmp_path / "c.png"),
    ]
    before = {path: (sha256(path), path.stat().st_mtime_ns) for path in paths}

    for path in paths:
        read_metadata(path)

    assert {path: (sha256(path), path.stat().st_mtime_ns) for path in paths} == before


@pytest.mark.parametrize(
    "software",
    [
        "Adobe Photoshop 25.0 (Windows)",
        "Adobe Photoshop Lightroom Classic 13.0 (Macintosh)",
        "GIMP 2.10.34",
        "Snapseed 2.0",
        "PicsArt",
        "Affinity Photo 2.3.0",
        "Pixelmator Pro 3.5",
        "VSCO",
        "Canva",
        "paint.net 5.0.11",
    ],
)
def test_editing_software_is_recognised(software: str) -> None:
    assert is_editing_software(software)


@pytest.mark.parametrize(
    "software",
    [None, "", "S918BXXU3BWK1", "17.1.2", "16.6", "HDR+ 1.0.540104767zd", "Ver.1.00"],
)
def test_camera_firmware_is_not_editing(software: str | None) -> None:
    assert not is_editing_software(software)


@pytest.mark.parametrize(("offset", "known"), [(None, False), ("+01:00", True)])
def test_a_file_with_only_exif_datetime_gives_its_file_date(
    tmp_path: Path, offset: str | None, known: bool
) -> None:
    when = datetime(2022, 2, 16, 12, 55, 41)
    path = factory.file_date_only_jpeg(tmp_path / "redaktə.jpg", when, offset=offset)

    meta = read_metadata(path)

    assert meta.capture_time is not None
    assert meta.capture_time.replace(tzinfo=None) == when
    assert meta.capture_offset_known is known
    assert time_is_file_date(meta.raw) is True


def test_a_camera_time_is_not_the_file_date(tmp_path: Path) -> None:
    path = factory.camera_jpeg(tmp_path / "camera.jpg", when=datetime(2025, 11, 14, 9, 30))
    assert time_is_file_date(read_metadata(path).raw) is False


def test_the_file_date_is_still_known_after_the_location_is_stripped(tmp_path: Path) -> None:
    path = factory.file_date_only_jpeg(tmp_path / "a.jpg", datetime(2022, 2, 16, 12, 55, 41))
    stored = json.dumps(read_metadata(path).raw)
    assert time_is_file_date(json.loads(redact_metadata(stored))) is True


# The first bytes of each supported kind with nothing a decoder accepts after them: a damaged
# file of a kind we take ("truncated"), told apart from a file of another kind that happens to
# share a container (a WAVE sound is RIFF too, an MP4 video is ISO media like HEIC).
DAMAGED_HEADS = {
    "cut.jpg": b"\xff\xd8\xff",
    "cut.png": b"\x89PNG\r\n\x1a\n" + bytes(10),
    "short header.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00",
    # A header chunk of 12 bytes where PNG needs 13, with its checksum right.
    "short IHDR.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0cIHDR"
    + bytes(12)
    + struct.pack(">I", zlib.crc32(b"IHDR" + bytes(12))),
    "intel.tif": b"II*\x00" + bytes(20),
    "motorola.tif": b"MM\x00*" + bytes(20),
    "cut.webp": b"RIFF\x20\x00\x00\x00WEBP",
    "no picture.webp": b"RIFF\x20\x00\x00\x00WEBPVP8 ",
    "odd chunk.webp": b"RIFF\x20\x00\x00\x00WEBPXXXX" + bytes(20),
    "IMG_4514.HEIC": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(40),
    "cut.heif": b"\x00\x00\x00\x18ftypmif1",
}
OTHER_KINDS = {
    "səs.wav": b"RIFF\x20\x00\x00\x00WAVEfmt " + bytes(40),
    "not riff.webp": b"RIFX\x20\x00\x00\x00WEBPXXXX" + bytes(20),
    "видео.mp4": b"\x00\x00\x00\x18ftypisom\x00\x00\x00\x00isomiso2" + bytes(40),
    "not ftyp.heic": b"\x00\x00\x00\x18ftipheic\x00\x00\x00\x00mif1heic" + bytes(40),
}


@pytest.mark.parametrize(("name", "head"), DAMAGED_HEADS.items(), ids=list(DAMAGED_HEADS))
def test_a_damaged_file_of_a_supported_kind_is_truncated(
    tmp_path: Path, name: str, head: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(head)

    for source in (path, head):
        with pytest.raises(UnsupportedImage) as caught:
            read_metadata(source)
        assert caught.value.reason == TRUNCATED


# ASCII ids: mutmut runs pytest twice in one process, and the second run cannot find a test
# whose explicit id is not ASCII (it exits with a usage error, which mutmut counts as a kill).
@pytest.mark.parametrize(("name", "head"), OTHER_KINDS.items(), ids=["WAVE", "RIFX", "MP4", "ftip"])
def test_a_file_of_another_kind_in_the_same_container_is_not_supported(
    tmp_path: Path, name: str, head: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(head)

    for source in (path, head):
        with pytest.raises(UnsupportedImage) as caught:
            read_metadata(source)
        assert caught.value.reason == NOT_SUPPORTED


def test_a_file_that_cannot_be_read_has_no_supported_signature(tmp_path: Path) -> None:
    # Reached when the file goes between Pillow's refusal and the look at its first bytes.
    assert _has_supported_signature(tmp_path / "gone.jpg") is False
    assert _has_supported_signature(tmp_path) is False


def _tiff_directory(entries: list[tuple[int, int, bytes]]) -> bytes:
    """EXIF as a camera writes it, byte by byte: a little-endian TIFF header and IFD0 whose
    entries are (tag, type, value); values over four bytes go after the directory."""
    start = 8
    data_at = start + 2 + 12 * len(entries) + 4
    table, data = b"", b""
    for tag, kind, value in entries:
        count = len(value) // {2: 1, 3: 2, 4: 4, 9: 4}[kind]
        if len(value) <= 4:
            table += struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\x00")
        else:
            table += struct.pack("<HHII", tag, kind, count, data_at + len(data))
            data += value
    header = b"II*\x00" + struct.pack("<IH", start, len(entries))
    return header + table + bytes(4) + data


def _png_with_exif(path: Path, exif: bytes) -> Path:
    """A PNG with `exif` as its eXIf chunk, right after the header chunk (IHDR)."""
    factory.scene((64, 48)).save(path, "PNG")
    png = path.read_bytes()
    body = b"eXIf" + exif
    chunk = struct.pack(">I", len(exif)) + body + struct.pack(">I", zlib.crc32(body))
    path.write_bytes(png[:33] + chunk + png[33:])
    return path


def test_damaged_exif_is_noted_and_the_picture_kept(tmp_path: Path) -> None:
    path = _png_with_exif(tmp_path / "skan_İçəri.png", b"XX*\x00" + bytes(20))

    meta = read_metadata(path)

    assert (meta.media_type, meta.pixel_width, meta.pixel_height) == ("image/png", 64, 48)
    assert meta.raw["ifd0"] == {}
    [error] = meta.raw["errors"]
    assert error.startswith("EXIF: not a TIFF file")
    # Read on its own (as for thumbnails), the orientation of unreadable EXIF is upright.
    with open_image(path) as image:
        assert orientation_of(image) == 1


@pytest.mark.parametrize("orientation", [0, 9, 255])
def test_an_orientation_out_of_range_is_upright(tmp_path: Path, orientation: int) -> None:
    exif = _tiff_directory([(0x0112, 3, struct.pack("<H", orientation))])
    path = _png_with_exif(tmp_path / f"fırlanma {orientation}.png", exif)

    assert read_metadata(path).orientation == 1
    assert read_metadata(path).raw["ifd0"] == {"Orientation": orientation}


def test_a_broken_sub_directory_is_noted_and_the_rest_kept(tmp_path: Path) -> None:
    # Pointers to the Exif and GPS directories as signed numbers, -1: nothing can be read there.
    exif = _tiff_directory([
        (0x010F, 2, b"Samsung\x00"),
        (0x0112, 3, struct.pack("<H", 6)),
        (0x8769, 9, struct.pack("<i", -1)),
        (0x8825, 9, struct.pack("<i", -1)),
    ])  # fmt: skip
    path = tmp_path / "фото.jpg"
    factory.scene((64, 48)).save(path, "JPEG", exif=b"Exif\x00\x00" + exif)

    meta = read_metadata(path)

    assert (meta.orientation, meta.camera_make) == (6, "Samsung")
    assert meta.raw["exif"] == meta.raw["gps"] == meta.raw["interop"] == {}
    assert [error.split(":")[0] for error in meta.raw["errors"]] == [
        "IFD 0x8769",  # Exif
        "IFD 0x8825",  # GPS
        "IFD 0xA005",  # Interop, inside Exif
    ]
    assert all(error.endswith(": negative seek value -1") for error in meta.raw["errors"])


def test_a_folder_is_not_read_as_a_picture(tmp_path: Path) -> None:
    folder = tmp_path / "Şəkillər.jpg"
    folder.mkdir()

    with pytest.raises(UnsupportedImage) as caught:
        read_metadata(folder)

    assert caught.value.reason == CANNOT_READ


@pytest.mark.parametrize(
    ("brand", "media_type"),
    [(b"heic", "image/heic"), (b"heix", "image/heic"), (b"hevc", "image/heic"),
     (b"mif1", "image/heif"), (b"msf1", "image/heif")],
)  # fmt: skip
def test_the_primary_picture_of_a_heif_sequence_is_a_still(
    tmp_path: Path, brand: bytes, media_type: str
) -> None:
    # A burst or live photo (brands hevc, msf1) is imported as its primary picture.
    path = factory.heic_with_time(tmp_path / "IMG_4515.HEIC", WHEN)
    data = path.read_bytes()
    assert data[4:12] == b"ftypheic"
    path.write_bytes(data[:8] + brand + data[12:])

    assert read_metadata(path).media_type == media_type


def test_raw_keeps_the_interoperability_directory_and_leaves_the_exif_bytes_out(
    tmp_path: Path,
) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Xiaomi"
    exif[ExifTags.IFD.Exif] = {
        ExifTags.Base.DateTimeOriginal: "2025:01:01 10:00:00",
        ExifTags.IFD.Interop: {0x0001: "R98", 0x0002: b"0100"},
    }
    path = tmp_path / "boz_şəkil.jpg"
    factory.scene((64, 48)).convert("L").save(path, "JPEG", exif=exif.tobytes(), dpi=(72, 72))

    raw = read_metadata(path).raw

    assert raw == {
        "format": "JPEG",
        "mode": "L",
        "size": [64, 48],
        "info": {  # what Pillow read besides EXIF, which is kept once, by tag below
            "jfif": 257,
            "jfif_version": [1, 1],
            "dpi": [72, 72],
            "jfif_unit": 1,
            "jfif_density": [72, 72],
        },
        "ifd0": {"Make": "Xiaomi"},
        "exif": {"DateTimeOriginal": "2025:01:01 10:00:00"},
        "gps": {},
        "interop": {"InteropIndex": "R98", "0x0002": b"0100".hex()},
    }


def test_a_picture_read_from_its_bytes_says_what_its_file_says(tmp_path: Path) -> None:
    # The importer reads each file once and hands its bytes over (photo_import).
    path = factory.camera_jpeg(tmp_path / "Gəncə_001.jpg", when=WHEN, orientation=6)

    from_bytes = read_metadata(path.read_bytes(), check_pixels=False)

    assert from_bytes == read_metadata(path)
    assert (from_bytes.orientation, from_bytes.camera_make) == (6, "Samsung")
    assert from_bytes.capture_time == WHEN.replace(tzinfo=KYIV_WINTER)
