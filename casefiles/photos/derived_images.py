"""Thumbnails and previews: upright, RGB, JPEG copies that never replace the original.

JPEGs are decoded at reduced scale (Pillow's draft mode: libjpeg scales by 1/2, 1/4 or 1/8
while decoding), which makes a 12-megapixel thumbnail several times cheaper than a full
decode. HEIF is never drafted: pillow_heif's draft swaps in the embedded thumbnail, which
an editor may have left showing the picture before it was changed.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile

from casefiles.photos.photo_metadata import (
    DECODE_ERRORS,
    JPEG_FORMATS,
    TOO_LARGE,
    TRUNCATED,
    UnsupportedImage,
    open_image,
    orientation_of,
)

THUMBNAIL_PX = 256
PREVIEW_PX = 1600
JPEG_QUALITY = 85
DERIVED_COMMENT = b"Derived copy made by Casefiles; the original is kept unchanged in the case file"
NO_MEMORY = "not enough memory to process this image"

# EXIF orientation -> the operation that makes the picture upright (as ImageOps.exif_transpose).
_UPRIGHT: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SIDEWAYS = frozenset(
    {Image.Transpose.TRANSPOSE, Image.Transpose.TRANSVERSE, Image.Transpose.ROTATE_90,
     Image.Transpose.ROTATE_270}
)  # fmt: skip
_WHITE = (255, 255, 255)


class DerivationFailed(Exception):
    """No derived copy could be made; `reason` is for the person importing the file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Derived:
    """A derived JPEG; width and height are as displayed (orientation applied)."""

    width: int
    height: int
    data: bytes
    media_type: str = "image/jpeg"


def make_derived(source: Path | bytes, max_px: int) -> Derived:
    """The image (a file, or its bytes), upright, fitting `max_px` on its long side (never
    enlarged)."""
    return _encode(_decode_fitted(source, max_px))


def make_thumbnail_and_preview(source: Path | bytes) -> tuple[Derived, Derived]:
    """(thumbnail, preview) from a single decode: the thumbnail is scaled from the preview."""
    image = _decode_fitted(source, PREVIEW_PX)
    preview = _encode(image)
    thumbnail = _encode(_fit(image, THUMBNAIL_PX))
    return thumbnail, preview


def fit_size(width: int, height: int, max_px: int) -> tuple[int, int]:
    """The size that fits `max_px` on the long side keeping the aspect ratio; never larger."""
    long_side = max(width, height)
    if long_side <= max_px:
        return width, height
    scale = max_px / long_side
    return max(1, round(width * scale)), max(1, round(height * scale))


def _decode_fitted(source: Path | bytes, max_px: int) -> Image.Image:
    """Decode once (reduced when JPEG), make RGB, fit `max_px`, then turn upright."""
    if max_px < 1:
        raise ValueError(f"max_px must be positive, got {max_px}")
    try:
        with open_image(source) as image:
            fitted = _load_fitted(image, max_px)
            orientation = orientation_of(image)
    except UnsupportedImage as exc:
        raise DerivationFailed(exc.reason) from exc
    except Image.DecompressionBombError as exc:
        raise DerivationFailed(TOO_LARGE) from exc
    except MemoryError as exc:
        raise DerivationFailed(NO_MEMORY) from exc
    except DECODE_ERRORS as exc:
        raise DerivationFailed(TRUNCATED) from exc
    return upright(fitted, orientation)


def displayed_size(width: int, height: int, orientation: int | None) -> tuple[int, int]:
    """The size of the picture as seen, upright: an orientation that turns it a quarter turn
    swaps width and height."""
    if _UPRIGHT.get(orientation or 1) in _SIDEWAYS:
        return height, width
    return width, height


def upright(image: Image.Image, orientation: int | None) -> Image.Image:
    """The picture as it should be seen, given its EXIF orientation (as the original or a
    new image)."""
    method = _UPRIGHT.get(orientation or 1)
    return image if method is None else image.transpose(method)


def _load_fitted(source: ImageFile.ImageFile, max_px: int) -> Image.Image:
    """A new RGB image fitting `max_px`, independent of `source` (which is closed after)."""
    target = fit_size(*source.size, max_px)
    if source.format in JPEG_FORMATS:
        # Draft picks the smallest libjpeg scale that still covers the target size.
        source.draft("RGB", _draft_request(source.size, max_px))
    source.load()
    rgb = _to_rgb(source)
    if rgb.size == target:
        return rgb.copy() if rgb is source else rgb
    # After draft decoding the step left is small (at most 2x): a box filter averages the
    # pixels as well as Lanczos does at a third of the time, which import speed depends on.
    return rgb.resize(target, Image.Resampling.BOX)


def _draft_request(size: tuple[int, int], max_px: int) -> tuple[int, int]:
    scale = min(1.0, max_px / max(size))
    return math.ceil(size[0] * scale), math.ceil(size[1] * scale)


def _to_rgb(image: Image.Image) -> Image.Image:
    """RGB pixels: transparency goes onto white, 16-bit greys are scaled rather than clipped."""
    if image.mode == "RGB":
        return image
    if image.mode.startswith("I;16") or image.mode == "I":
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("RGB")
    if "A" in image.getbands() or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, _WHITE)
        flat.paste(rgba, mask=rgba)
        return flat
    return image.convert("RGB")


def _fit(image: Image.Image, max_px: int) -> Image.Image:
    target = fit_size(*image.size, max_px)
    if target == image.size:
        return image
    return image.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _encode(image: Image.Image) -> Derived:
    buffer = io.BytesIO()
    # The colour profile travels with the pixels (phones often shoot in Display P3).
    icc_profile = image.info.get("icc_profile")
    image.save(
        buffer, "JPEG", quality=JPEG_QUALITY, comment=DERIVED_COMMENT, icc_profile=icc_profile
    )
    return Derived(width=image.width, height=image.height, data=buffer.getvalue())


def turned(data: bytes, degrees: int) -> bytes:
    """A derived JPEG turned `degrees` clockwise for display (a new derived copy)."""
    transpose = {
        90: Image.Transpose.ROTATE_270,
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }[degrees]
    with Image.open(io.BytesIO(data)) as image:
        out = io.BytesIO()
        image.transpose(transpose).save(
            out,
            "JPEG",
            quality=JPEG_QUALITY,
            comment=DERIVED_COMMENT,
            icc_profile=image.info.get("icc_profile"),
        )
    return out.getvalue()
