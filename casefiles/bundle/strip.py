"""--strip-location: a bundle that says nothing about where a photo was taken or with what.

Rows lose GPS positions, site coordinates and device fields; the stored metadata keeps only
size, orientation and capture times; audit entries lose the same fields. The files under
evidence/ become shareable copies: a JPEG keeps its compressed picture data byte for byte and
loses every metadata segment (EXIF, XMP, ICC profile, comments, MPO extras) but a minimal EXIF
with its orientation; other images are re-encoded as PNG, upright, with no metadata. Each copy
is marked as derived; the manifest keeps the original's SHA-256 so paper and file still match.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from typing import Any

from PIL import Image

from casefiles.bundle.errors import BadBundle
from casefiles.bundle.manifest import MODELS_BY_AUDIT_NAME
from casefiles.integrity.audit import SALTS, WITHHOLDABLE, canonical, field_digest
from casefiles.language.phrase import phrase
from casefiles.photos.derived_images import upright
from casefiles.photos.photo_metadata import DECODE_ERRORS
from casefiles.storage.models import Audited, EvidenceItem, Site

METADATA = "metadata_json"
# Left empty in the rows; the stored metadata is cut down instead (redact_metadata).
STRIPPED: dict[type[Audited], frozenset[str]] = {
    Site: WITHHOLDABLE[Site.audit_name],
    EvidenceItem: WITHHOLDABLE[EvidenceItem.audit_name] - {METADATA},
}
_KEPT_METADATA = {
    "ifd0": {"Orientation", "DateTime", "ImageWidth", "ImageLength"},
    "exif": {
        "DateTimeOriginal", "DateTimeDigitized", "OffsetTime", "OffsetTimeOriginal",
        "OffsetTimeDigitized", "SubsecTimeOriginal", "SubsecTimeDigitized", "ExifImageWidth",
        "ExifImageHeight",
    },
}  # fmt: skip
_DECODE_FAILURES: tuple[type[Exception], ...] = (Image.DecompressionBombError, *DECODE_ERRORS)
_SNAPSHOT_ACTIONS = ("create", "import")  # their changes are whole rows, not [old, new] pairs
JPEG_DERIVATION = "location and device metadata removed; the compressed picture is unchanged"
PNG_DERIVATION = "re-encoded as PNG, upright, without metadata"


def redact_metadata(text: str) -> str:
    """Stored metadata with only what says nothing about place or device."""
    try:
        raw = json.loads(text)
    except ValueError:
        raw = None
    kept: dict[str, Any] = {}
    if isinstance(raw, dict):
        kept = {key: raw[key] for key in ("format", "mode", "size") if key in raw}
        for section, names in _KEPT_METADATA.items():
            values = raw.get(section)
            if isinstance(values, dict):
                kept[section] = {k: v for k, v in values.items() if k in names}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


def redact_row(model: type[Audited], row: Mapping[str, Any]) -> dict[str, Any]:
    redacted = dict(row)
    for name in STRIPPED.get(model, ()):
        redacted[name] = None
    if model is EvidenceItem:
        redacted[METADATA] = redact_metadata(redacted[METADATA])
    return redacted


def redact_entry(
    action: str, entity_type: str, changes_json: str
) -> tuple[str, dict[str, str | None]]:
    """An audit entry's changes for a bundle without location, and the fields withheld.

    An entry hashed field by field loses each location or device field and keeps its salted
    digest, so its hash still checks. An older entry can only have them blanked as the rows
    are; its withheld fields have no digest, and its hash cannot be checked any more."""
    changes = json.loads(changes_json)
    names = sorted(WITHHOLDABLE.get(entity_type, frozenset()) & (changes.keys() - {SALTS}))
    if not names:
        return changes_json, {}
    if SALTS in changes:
        salts = changes.pop(SALTS)
        withheld: dict[str, str | None] = {
            name: field_digest(name, changes.pop(name), str(salts.get(name, ""))) for name in names
        }
        kept_salts = {name: salt for name, salt in salts.items() if name not in withheld}
        if kept_salts:
            changes[SALTS] = kept_salts
        return canonical(changes), withheld
    cleaned = redact_changes(action, entity_type, changes)
    if cleaned == changes:
        return changes_json, {}
    return canonical(cleaned), dict.fromkeys(names)


def redact_changes(action: str, entity_type: str, changes: dict[str, Any]) -> dict[str, Any]:
    """An audit entry's changes with the same fields left out (set to null)."""
    model = MODELS_BY_AUDIT_NAME.get(entity_type)
    if model is None:
        return changes
    names = STRIPPED.get(model, frozenset())
    whole = action in _SNAPSHOT_ACTIONS
    redacted: dict[str, Any] = {}
    for name, value in changes.items():
        if name in names:
            value = None if whole else [None, None]
        elif name == METADATA and model is EvidenceItem:
            value = _redact_metadata_value(value, whole)
        redacted[name] = value
    return redacted


def _redact_metadata_value(value: Any, whole: bool) -> Any:
    if whole:
        return redact_metadata(value) if isinstance(value, str) else value
    if isinstance(value, list):
        return [redact_metadata(v) if isinstance(v, str) else v for v in value]
    return value


# Shareable copies of the originals ---------------------------------------------------------------


def shareable_copy(
    data: bytes, media_type: str, orientation: int | None, name: str
) -> tuple[bytes, str, str]:
    """(bytes, file suffix, how it was derived) of a copy without location or device data of
    the file `name`; BadBundle when its picture cannot be read to make one."""
    if media_type == "image/jpeg":
        try:
            return jpeg_without_metadata(data, orientation), ".jpg", JPEG_DERIVATION
        except ValueError:
            pass  # an unusual JPEG layout: re-encode it like the other kinds
    return _png_copy(data, orientation, name), ".png", PNG_DERIVATION


def _png_copy(data: bytes, orientation: int | None, name: str) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = upright(image, orientation)
            if picture.mode not in ("1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"):
                picture = picture.convert("RGB")
            buffer = io.BytesIO()
            picture.save(buffer, "PNG")
    except _DECODE_FAILURES:
        raise BadBundle(phrase("export.location_stays", name=name)) from None
    return buffer.getvalue()


def jpeg_without_metadata(data: bytes, orientation: int | None) -> bytes:
    """The JPEG with its segments copied except metadata, and its picture data unchanged.

    Raises ValueError for a layout it does not follow; stops at the first image's end, so the
    extra images of an MPO file (with their own EXIF) are left out."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    kept: list[bytes] = []
    position = 2
    while True:
        marker, position = _next_marker(data, position)
        if marker == 0xD9:
            raise ValueError("no picture data")
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            kept.append(bytes((0xFF, marker)))
            continue
        length = int.from_bytes(data[position : position + 2], "big")
        if length < 2 or position + length > len(data):
            raise ValueError("a segment runs past the end")
        segment = bytes((0xFF, marker)) + data[position : position + length]
        position += length
        if _keep_segment(marker, segment[4:]):
            kept.append(segment)
        if marker == 0xDA:  # picture data follows, up to the next real marker
            end = _end_of_scan(data, position)
            kept.append(data[position:end])
            position = end
            if data[end + 1] == 0xD9:
                break
    exif = Image.Exif()
    if orientation is not None and orientation != 1:
        exif[0x0112] = orientation
    head = [_segment(0xE1, exif.tobytes())] if len(exif) else []
    first_is_jfif = bool(kept) and kept[0][:2] == b"\xff\xe0"
    body = [*kept[:1], *head, *kept[1:]] if first_is_jfif else [*head, *kept]
    return b"".join([b"\xff\xd8", *body, b"\xff\xd9"])


def _next_marker(data: bytes, position: int) -> tuple[int, int]:
    if position >= len(data) or data[position] != 0xFF:
        raise ValueError("expected a marker")
    while position < len(data) and data[position] == 0xFF:
        position += 1  # fill bytes
    if position >= len(data):
        raise ValueError("cut short")
    return data[position], position + 1


def _end_of_scan(data: bytes, position: int) -> int:
    """Where the entropy-coded data ends: the first 0xFF not followed by 0x00, a restart
    marker or another 0xFF."""
    while True:
        found = data.find(b"\xff", position)
        if found < 0 or found + 1 >= len(data):
            raise ValueError("the picture data is cut short")
        following = data[found + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            position = found + 1 if following == 0xFF else found + 2
            continue
        return found


def _keep_segment(marker: int, payload: bytes) -> bool:
    if marker == 0xE0:
        return payload.startswith(b"JFIF\x00")  # not JFXX, whose thumbnail is a second picture
    if marker == 0xEE:
        return payload.startswith(b"Adobe")  # colour transform: needed to decode correctly
    return not (0xE1 <= marker <= 0xEF or marker == 0xFE)  # other APPn and comments go


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload
