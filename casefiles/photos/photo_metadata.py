"""What an image file says about itself: kind, size, orientation, capture time, GPS, device.

Nothing here writes to the file or needs the database. The pixels are decoded once (at 1/8
scale for JPEG; HEIF is checked by libheif when opened) so that a damaged file is refused at
import instead of failing later.
"""

from __future__ import annotations

import io
import math
import re
import string
import struct
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from numbers import Rational
from pathlib import Path
from typing import Any

import pillow_heif
from PIL import ExifTags, Image, ImageFile, UnidentifiedImageError

from casefiles.language.phrase import Phrase, phrase

pillow_heif.register_heif_opener()

# Pillow format name -> media type. MPO is a JPEG with extra frames (many phones write it).
SUPPORTED_FORMATS: dict[str, str] = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "TIFF": "image/tiff",
    "WEBP": "image/webp",
    "HEIF": "image/heif",
}
JPEG_FORMATS = frozenset({"JPEG", "MPO"})
# The JPEG opener itself returns MPO files, so MPO is not a format to ask Image.open for.
_OPEN_FORMATS = [name for name in SUPPORTED_FORMATS if name != "MPO"]
# What pillow_heif reports for the primary image of a sequence (burst, live photo) is still a still.
_HEIF_MEDIA_TYPES = {
    "image/heic": "image/heic",
    "image/heic-sequence": "image/heic",
    "image/heif": "image/heif",
    "image/heif-sequence": "image/heif",
}

# Leading bytes of the supported kinds (JPEG, PNG, TIFF both byte orders); WebP and HEIF below.
_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}
)

EMPTY_FILE = "the file is empty (0 bytes)"
NOT_SUPPORTED = "not an image of a supported kind (JPEG, PNG, TIFF, WebP, HEIC)"
TRUNCATED = "unreadable or truncated image"
CANNOT_READ = "the file could not be read (it may have been moved, deleted or locked)"
TOO_LARGE = "the image is too large to open safely"
# Each said in English where it is kept (a photo's derivation_error, audited), and by its
# catalogue key where a person reads it in their language.
REASON_KEYS: dict[str, str] = {
    EMPTY_FILE: "import.empty",
    NOT_SUPPORTED: "import.not_supported",
    TRUNCATED: "import.truncated",
    CANNOT_READ: "import.cannot_read",
    TOO_LARGE: "import.image_too_large",
}

# What decoders raise on damaged data (pillow_heif adds RuntimeError).
DECODE_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    ValueError,
    SyntaxError,
    RuntimeError,
    EOFError,
    IndexError,
    struct.error,
)

# Reduced JPEG decode used only to prove that all of the compressed data is present.
_VERIFY_DRAFT_SIZE = (64, 64)
_MAX_HEX_BYTES = 256
_MAX_LIST_ITEMS = 256
_MAX_XMP_BYTES = 64 * 1024
_MAX_DEPTH = 6
_PADDING = string.whitespace + "\x00"  # EXIF ASCII values are often padded with NULs or spaces

_EDITING_SOFTWARE = re.compile(
    r"photoshop|lightroom|\bgimp\b|snapseed|picsart|affinity|pixelmator|\bvsco\b|\bcanva\b"
    r"|paint\.net|paintshop|photopea|\bkrita\b|darktable|rawtherapee|capture one|luminar"
    r"|facetune|faceapp|meitu|airbrush|\bfotor\b|polarr|photoscape|photodirector|acdsee"
    r"|picasa|afterlight|lensa|remini|photo editor|corel",
    re.IGNORECASE,
)
_EXIF_DATETIME = re.compile(r"^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


class UnsupportedImage(Exception):
    """The file is not an image that can be imported; `reason` is for the person importing it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @property
    def phrase(self) -> Phrase:
        return phrase(REASON_KEYS[self.reason])


@dataclass(frozen=True, slots=True)
class PhotoMetadata:
    """What the file says about itself. Pixel size is as stored, before `orientation` is applied.

    For HEIC/HEIF the decoder already applies the container's rotation, so the size is as
    displayed and `orientation` is 1; the EXIF value the file carried is kept in
    raw["info"]["original_orientation"].
    """

    media_type: str
    pixel_width: int
    pixel_height: int
    orientation: int = 1
    capture_time: datetime | None = None
    capture_offset_known: bool = False
    gps_latitude: float | None = None
    gps_longitude: float | None = None
    gps_altitude: float | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    software: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, hash=False)


def open_image(source: Path | bytes) -> ImageFile.ImageFile:
    """Open (not decode) a file, or bytes already read from one, of a supported kind, or raise
    UnsupportedImage."""
    try:
        size = len(source) if isinstance(source, bytes) else source.stat().st_size
    except OSError:
        raise UnsupportedImage(CANNOT_READ) from None
    if size == 0:
        raise UnsupportedImage(EMPTY_FILE)
    try:
        # Only the supported formats are tried: never EPS (Ghostscript) or other exotic loaders.
        return Image.open(
            io.BytesIO(source) if isinstance(source, bytes) else source, formats=_OPEN_FORMATS
        )
    except Image.DecompressionBombError:
        raise UnsupportedImage(TOO_LARGE) from None
    except UnidentifiedImageError:
        # A supported signature that no decoder accepts is a damaged file, not a wrong kind.
        damaged = _has_supported_signature(source)
        raise UnsupportedImage(TRUNCATED if damaged else NOT_SUPPORTED) from None
    except (FileNotFoundError, PermissionError, IsADirectoryError):
        raise UnsupportedImage(CANNOT_READ) from None
    except OSError:  # e.g. "Truncated File Read" while parsing the header, or a failing disk
        raise UnsupportedImage(TRUNCATED) from None
    # A damaged header (PNG's short IHDR, say). A decoder's SyntaxError or EOFError never
    # gets here: Image.open turns them into UnidentifiedImageError, above.
    except ValueError:
        raise UnsupportedImage(TRUNCATED) from None


def _has_supported_signature(source: Path | bytes) -> bool:
    if isinstance(source, bytes):
        head = source[:16]
    else:
        try:
            with source.open("rb") as file:
                head = file.read(16)
        except OSError:
            return False
    return (
        head.startswith(_SIGNATURES)
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or (head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS)
    )


def media_type_of(image: ImageFile.ImageFile) -> str:
    """The media type of an image opened by open_image."""
    if image.format == "HEIF":
        reported = image.get_format_mimetype() or ""
        return _HEIF_MEDIA_TYPES.get(reported, "image/heif")
    return SUPPORTED_FORMATS[image.format or ""]


def orientation_of(image: Image.Image) -> int:
    """EXIF orientation 1..8 (Pillow also honours an XMP orientation); 1 when absent or odd."""
    try:
        value = image.getexif().get(ExifTags.Base.Orientation)
    except Exception:  # odd EXIF must not stop an import: the pixels still count
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def read_metadata(source: Path | bytes, *, check_pixels: bool = True) -> PhotoMetadata:
    """Read what the image at `source` (a file, or its bytes) says about itself, or raise
    UnsupportedImage.

    `check_pixels=False` skips the decode that proves the file whole: for callers that decode
    it right after anyway (the importer's thumbnail), so each photo is decoded once."""
    with open_image(source) as image:
        media_type = media_type_of(image)
        width, height = image.size
        if check_pixels:
            _verify_decodes(image)
        errors: list[str] = []
        exif = _exif(image, errors)
        ifd0 = dict(exif)
        exif_ifd = _ifd(exif, ExifTags.IFD.Exif, errors)
        gps_ifd = _ifd(exif, ExifTags.IFD.GPSInfo, errors)
        interop_ifd = _ifd(exif, ExifTags.IFD.Interop, errors)
        capture_time, offset_known = _capture_time(ifd0, exif_ifd)
        latitude, longitude = _gps_position(gps_ifd)
        raw = {
            "format": image.format,
            "mode": image.mode,
            "size": [width, height],
            "info": _json_value({k: v for k, v in image.info.items() if k != "exif"}),
            "ifd0": _named(ifd0, ExifTags.TAGS),
            "exif": _named(exif_ifd, ExifTags.TAGS),
            "gps": _named(gps_ifd, ExifTags.GPSTAGS),
            "interop": _named(interop_ifd, ExifTags.TAGS),
        }
        if errors:
            raw["errors"] = errors
        return PhotoMetadata(
            media_type=media_type,
            pixel_width=width,
            pixel_height=height,
            orientation=orientation_of(image),
            capture_time=capture_time,
            capture_offset_known=offset_known,
            gps_latitude=latitude,
            gps_longitude=longitude,
            gps_altitude=_gps_altitude(gps_ifd),
            camera_make=_text(ifd0.get(ExifTags.Base.Make)),
            camera_model=_text(ifd0.get(ExifTags.Base.Model)),
            software=_text(ifd0.get(ExifTags.Base.Software)),
            raw=raw,
        )


def is_editing_software(software: str | None) -> bool:
    """Whether a Software tag names an editor, not camera firmware or an OS version."""
    if not software:
        return False
    return _EDITING_SOFTWARE.search(software) is not None


def _verify_decodes(image: ImageFile.ImageFile) -> None:
    """Decode the pixels (JPEG at 1/8 scale, which still reads every byte) to detect damage.

    HEIF is not decoded here: libheif already refuses a truncated file when opening it, and
    HEVC decoding does not notice damaged data, so a decode would only double the import time
    (about 0.6 s for 12 megapixels); the thumbnail and preview decode it anyway.
    """
    if image.format == "HEIF":
        return
    if image.format in JPEG_FORMATS:
        image.draft("RGB", _VERIFY_DRAFT_SIZE)
    # No DecompressionBombError here: Pillow checks the size when opening (open_image), not
    # when loading.
    try:
        image.load()
    except DECODE_ERRORS:
        raise UnsupportedImage(TRUNCATED) from None


def _exif(image: Image.Image, errors: list[str]) -> Image.Exif:
    try:
        return image.getexif()
    except Exception as exc:  # malformed EXIF: keep the image, note the problem
        errors.append(f"EXIF: {exc}")
        return Image.Exif()


def _ifd(exif: Image.Exif, tag: int, errors: list[str]) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception as exc:  # a broken sub-directory must not hide the rest
        errors.append(f"IFD 0x{tag:04X}: {exc}")
        return {}


def _capture_time(ifd0: dict[int, Any], exif_ifd: dict[int, Any]) -> tuple[datetime | None, bool]:
    """DateTimeOriginal (else DateTimeDigitized) with its offset; else DateTime (0x0132), the
    file's date, which an editor may have changed later (see time_is_file_date)."""
    base = ExifTags.Base
    for time_tag, offset_tag, subsec_tag in (
        (base.DateTimeOriginal, base.OffsetTimeOriginal, base.SubsecTimeOriginal),
        (base.DateTimeDigitized, base.OffsetTimeDigitized, base.SubsecTimeDigitized),
        (base.DateTime, base.OffsetTime, base.SubsecTime),
    ):
        where = ifd0 if time_tag == base.DateTime else exif_ifd
        moment = _exif_datetime(where.get(time_tag), exif_ifd.get(subsec_tag))
        if moment is None:
            continue
        offset = _exif_offset(exif_ifd.get(offset_tag))
        if offset is None:
            offset = _exif_offset(exif_ifd.get(base.OffsetTime, ifd0.get(base.OffsetTime)))
        if offset is None:
            return moment, False
        return moment.replace(tzinfo=offset), True
    return None, False


def time_is_file_date(raw: dict[str, Any]) -> bool:
    """Whether the capture time read from this stored metadata (PhotoMetadata.raw) is only the
    file's date, DateTime: the file gives neither DateTimeOriginal nor DateTimeDigitized."""
    ifd0, exif = raw.get("ifd0"), raw.get("exif")
    ifd0 = ifd0 if isinstance(ifd0, dict) else {}
    exif = exif if isinstance(exif, dict) else {}
    if any(_exif_datetime(exif.get(n), None) for n in ("DateTimeOriginal", "DateTimeDigitized")):
        return False
    return _exif_datetime(ifd0.get("DateTime"), None) is not None


def _exif_datetime(value: Any, subsec: Any) -> datetime | None:
    text = _text(value)
    match = _EXIF_DATETIME.match(text or "")
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups())
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:  # "0000:00:00 00:00:00" and other impossible dates
        return None
    digits = _text(subsec) or ""
    if digits.isdigit():
        moment = moment.replace(microsecond=int(digits[:6].ljust(6, "0")))
    return moment


def _exif_offset(value: Any) -> timezone | None:
    match = _EXIF_OFFSET.match(_text(value) or "")
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    if int(hours) > 14 or int(minutes) > 59:
        return None
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    return timezone(-delta if sign == "-" else delta)


def _gps_position(gps: dict[int, Any]) -> tuple[float | None, float | None]:
    """Signed degrees, or (None, None): a missing hemisphere is not guessed."""
    latitude = _gps_degrees(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef))
    longitude = _gps_degrees(
        gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef)
    )
    if latitude is None or longitude is None:
        return None, None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None, None
    if latitude == 0 and longitude == 0:  # what devices write when they have no fix
        return None, None
    return latitude, longitude


def _gps_degrees(value: Any, ref: Any) -> float | None:
    parts = list(value) if isinstance(value, tuple | list) else [value]
    degrees = 0.0
    for index, part in enumerate(parts[:3]):  # degrees, minutes, seconds
        number = _finite(part)
        if number is None:
            return None
        degrees += number / 60**index
    hemisphere = (_text(ref) or "").upper()
    if hemisphere in ("N", "E"):
        return degrees
    if hemisphere in ("S", "W"):
        return -degrees
    return None


def _gps_altitude(gps: dict[int, Any]) -> float | None:
    altitude = _finite(gps.get(ExifTags.GPS.GPSAltitude))
    if altitude is None:
        return None
    ref = gps.get(ExifTags.GPS.GPSAltitudeRef)
    below_sea_level = ref in (1, b"\x01") or (isinstance(ref, tuple) and ref[:1] == (1,))
    return -altitude if below_sea_level else altitude


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Rational):
        return None
    try:
        number = float(value)
    except (ZeroDivisionError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _text(value: Any) -> str | None:
    """A stripped string from an EXIF ASCII (or mis-typed bytes) value; None when empty."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    cleaned = _clean_str(_as_written(value)).strip(_PADDING)
    return cleaned or None


def _as_written(value: Any) -> Any:
    """EXIF ASCII text as its writer meant it. Pillow reads those bytes as Latin-1, but phones
    and editors write UTF-8 there (exiftool reads them so too): "Bakı" came back "BakÄ±".
    Text whose bytes are UTF-8 is read as UTF-8; anything else stays as Pillow read it."""
    if not isinstance(value, str):
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _clean_str(value: str) -> str:
    # Lone surrogates (from odd byte strings) cannot be stored as UTF-8 JSON.
    return value.encode("utf-8", errors="replace").decode("utf-8")


def _named(tags: dict[int, Any], names: dict[int, str]) -> dict[str, Any]:
    """Tags keyed by their EXIF name (hex id when unknown); sub-IFD pointers are left out."""
    pointers = {int(ifd) for ifd in ExifTags.IFD}
    return {
        names.get(tag, f"0x{tag:04X}"): _json_value(_as_written(value))
        for tag, value in sorted(tags.items())
        if tag not in pointers or not isinstance(value, int)
    }


def _json_value(value: Any, depth: int = 0, key: str = "") -> Any:
    """A JSON-serialisable copy of an EXIF/info value; never raises."""
    if value is None or isinstance(value, bool | int | str):
        return _clean_str(value).rstrip("\x00") if isinstance(value, str) else value
    if isinstance(value, float | Rational):
        return _finite(value)
    if isinstance(value, bytes | bytearray):
        return _json_bytes(bytes(value), key)
    if depth >= _MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {str(k): _json_value(v, depth + 1, str(k)) for k, v in value.items()}
    if isinstance(value, tuple | list):
        if len(value) > _MAX_LIST_ITEMS:
            return f"<{len(value)} values, not kept>"
        return [_json_value(item, depth + 1) for item in value]
    return _clean_str(str(value))[:200]


def _json_bytes(value: bytes, key: str) -> str:
    if key.lower() == "xmp" and len(value) <= _MAX_XMP_BYTES:
        return value.decode("utf-8", errors="replace").strip("\x00")
    if len(value) > _MAX_HEX_BYTES:
        return f"<{len(value)} bytes, not kept>"
    return value.hex()
