"""The camera's own small picture inside a JPEG's EXIF (IFD1, JPEGInterchangeFormat), shown in
the gallery while the real thumbnail is still being made.

It is the camera's (or an editor's) picture, not ours: never stored, never a derived image,
never evidence. An editor may have left a thumbnail that shows the picture before it was
cropped, so one whose shape differs from the original's is not used.
"""

from __future__ import annotations

import io

from PIL import ExifTags, Image

from casefiles.photos.derived_images import JPEG_QUALITY, upright
from casefiles.photos.photo_metadata import DECODE_ERRORS, orientation_of

HEAD_BYTES = 128 * 1024  # the EXIF segment is at most 64 KiB and comes before the pixels
_OFFSET, _LENGTH = 0x0201, 0x0202  # JPEGInterchangeFormat, JPEGInterchangeFormatLength
_MAX_PX = 1024  # larger is no thumbnail: never decoded
_SHAPE_TOLERANCE = 0.04  # how far its width/height may differ from the original's
_UNREADABLE: tuple[type[Exception], ...] = (*DECODE_ERRORS, Image.DecompressionBombError)


def camera_preview(head: bytes) -> bytes | None:
    """The embedded thumbnail of a JPEG whose first bytes are `head`, upright, as a JPEG; None
    when there is none or it is unusable (damaged, too large, another shape)."""
    try:
        with Image.open(io.BytesIO(head), formats=["JPEG"]) as original:
            size = original.size
            orientation = orientation_of(original)
            exif = original.info.get("exif", b"")
            ifd1 = original.getexif().get_ifd(ExifTags.IFD.IFD1)
    except _UNREADABLE:
        return None
    offset, length = ifd1.get(_OFFSET), ifd1.get(_LENGTH)
    if not isinstance(offset, int) or not isinstance(length, int) or length <= 0:
        return None
    start = 6 + offset  # offsets count from the TIFF header, after "Exif\0\0"
    data = exif[start : start + length] if exif.startswith(b"Exif\0\0") else b""
    if len(data) != length or not data.startswith(b"\xff\xd8"):
        return None
    try:
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as thumbnail:
            if max(thumbnail.size) > _MAX_PX or not _same_shape(thumbnail.size, size):
                return None
            picture = upright(thumbnail.convert("RGB"), orientation)
    except DECODE_ERRORS:
        return None
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def _same_shape(small: tuple[int, int], large: tuple[int, int]) -> bool:
    if min(small) < 1 or min(large) < 1:
        return False
    return abs(small[0] / small[1] - large[0] / large[1]) <= _SHAPE_TOLERANCE * (
        large[0] / large[1]
    )
