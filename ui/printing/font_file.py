"""The shipped TrueType fonts, adjusted in memory before Qt sees them (the files stay as published).

Two changes, both to tables that hold names and character maps, never to glyphs:

- The family is renamed, so that Qt never picks a DejaVu Sans installed on the machine instead
  of ours: with two fonts of one family name, the system's wins, and then the output would
  depend on the machine.
- The tab character gets a glyph of its own. Qt maps a tab to the space glyph when a font has
  none, and its PDF writer names each glyph after the first character that maps to it, so
  every space would copy out of the PDF as a tab.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

Group = tuple[int, int, int]  # first character, last character, glyph of the first

TAB = 0x09
_HEAD_CHECKSUM_AT = 8  # checkSumAdjustment's offset inside the head table
_CHECKSUM_MAGIC = 0xB1B0AFBA
_FAMILY_IDS = (1, 16)  # family, typographic family
_NAME_IDS = (3, 4)  # unique id, full name
_POSTSCRIPT_ID = 6


class FontFileError(ValueError):
    """The font is not a TrueType file this module can adjust."""


def adjusted_font(data: bytes, family: str, *, tab_glyph: int = 2) -> bytes:
    """`data` renamed to `family`, with U+0009 mapped to `tab_glyph` (by convention glyph 2,
    an empty one; the printing code never draws a tab)."""
    tables = _tables(data)
    for tag in (b"cmap", b"name", b"head"):
        if tag not in tables:
            raise FontFileError(f"the font has no {tag.decode()} table")
    old_family = _name_string(data, tables[b"name"], 1)
    cmap = _cmap_with_tab(_unicode_groups(data, tables[b"cmap"]), tab_glyph)
    name = _renamed(data, tables[b"name"], old_family, family)
    return _replace_tables(data, {b"cmap": cmap, b"name": name})


# The table directory ------------------------------------------------------------------------


def _tables(data: bytes) -> dict[bytes, tuple[int, int, int]]:
    """tag -> (index in the directory, offset, length)."""
    if len(data) < 12 or data[:4] not in (b"\x00\x01\x00\x00", b"true"):
        raise FontFileError("not a TrueType font")
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if offset + length > len(data):
            raise FontFileError("the font is cut short")
        tables[tag] = (index, offset, length)
    return tables


def _checksum(table: bytes) -> int:
    padded = table + b"\0" * (-len(table) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF


def _replace_tables(data: bytes, replacements: dict[bytes, bytes]) -> bytes:
    """New tables appended at the end and pointed to; the old bytes stay, unreferenced."""
    tables = _tables(data)
    out = bytearray(data + b"\0" * (-len(data) % 4))
    for tag, table in replacements.items():
        index = tables[tag][0]
        struct.pack_into(">III", out, 12 + 16 * index + 4, _checksum(table), len(out), len(table))
        out += table + b"\0" * (-len(table) % 4)
    head = tables[b"head"][1]
    struct.pack_into(">I", out, head + _HEAD_CHECKSUM_AT, 0)
    adjustment = (_CHECKSUM_MAGIC - _checksum(bytes(out))) & 0xFFFFFFFF
    struct.pack_into(">I", out, head + _HEAD_CHECKSUM_AT, adjustment)
    return bytes(out)


# cmap -----------------------------------------------------------------------------------------


def _unicode_groups(data: bytes, cmap: tuple[int, int, int]) -> list[Group]:
    """The font's full Unicode map, from its format 12 subtable (DejaVu has one)."""
    start = cmap[1]
    _version, count = struct.unpack_from(">HH", data, start)
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, start + 4 + 8 * index)
        (table_format,) = struct.unpack_from(">H", data, start + offset)
        if (platform, encoding) in ((3, 10), (0, 4)) and table_format == 12:
            (groups,) = struct.unpack_from(">I", data, start + offset + 12)
            return [
                struct.unpack_from(">III", data, start + offset + 16 + 12 * i)
                for i in range(groups)
            ]
    raise FontFileError("the font has no full Unicode character map (format 12)")


def _cmap_with_tab(groups: list[Group], tab_glyph: int) -> bytes:
    """A cmap of a format 4 (BMP) and a format 12 (all) subtable, with the tab mapped."""
    without_tab: list[Group] = []
    for first, last, glyph in groups:  # split any group that holds the tab around it
        if first <= TAB <= last:
            if first < TAB:
                without_tab.append((first, TAB - 1, glyph))
            if last > TAB:
                without_tab.append((TAB + 1, last, glyph + TAB + 1 - first))
        else:
            without_tab.append((first, last, glyph))
    all_groups = sorted([*without_tab, (TAB, TAB, tab_glyph)])
    format4 = _format4(all_groups)
    format12 = _format12(all_groups)
    header = struct.pack(">HH", 0, 2)
    header += struct.pack(">HHI", 3, 1, 4 + 2 * 8)
    header += struct.pack(">HHI", 3, 10, 4 + 2 * 8 + len(format4))
    return header + format4 + format12


def _format4(groups: list[Group]) -> bytes:
    segments = [
        (first, min(last, 0xFFFE), (glyph - first) & 0xFFFF)
        for first, last, glyph in groups
        if first <= 0xFFFE
    ]
    segments.append((0xFFFF, 0xFFFF, 1))  # the required last segment
    count = len(segments)
    power = 1 << (count.bit_length() - 1)
    body = struct.pack(">HHHH", 2 * count, 2 * power, power.bit_length() - 1, 2 * (count - power))
    body += struct.pack(f">{count}H", *(last for _, last, _ in segments)) + b"\0\0"
    body += struct.pack(f">{count}H", *(first for first, _, _ in segments))
    body += struct.pack(f">{count}H", *(delta for _, _, delta in segments))
    body += struct.pack(f">{count}H", *([0] * count))
    if 6 + len(body) > 0xFFFF:
        raise FontFileError("the character map is too large for a format 4 table")
    return struct.pack(">HHH", 4, 6 + len(body), 0) + body


def _format12(groups: list[Group]) -> bytes:
    body = b"".join(struct.pack(">III", *group) for group in groups)
    return struct.pack(">HHIII", 12, 0, 16 + len(body), 0, len(groups)) + body


# name -----------------------------------------------------------------------------------------


def _name_records(
    data: bytes, name: tuple[int, int, int]
) -> list[tuple[int, int, int, int, bytes]]:
    start = name[1]
    _format, count, storage = struct.unpack_from(">HHH", data, start)
    records = []
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(
            ">6H", data, start + 6 + 12 * i
        )
        text_at = start + storage + offset
        records.append((platform, encoding, language, name_id, data[text_at : text_at + length]))
    return records


def _codec(platform: int) -> str:
    return "utf-16-be" if platform in (0, 3) else "latin-1"


def _name_string(data: bytes, name: tuple[int, int, int], name_id: int) -> str:
    for platform, _encoding, _language, record_id, raw in _name_records(data, name):
        if record_id == name_id:
            return raw.decode(_codec(platform))
    raise FontFileError(f"the font has no name {name_id}")


def _renamed(data: bytes, name: tuple[int, int, int], old: str, new: str) -> bytes:
    """The name table (format 0) with the family renamed in every name that carries it."""
    renames: dict[int, Callable[[str], str]] = {
        **{i: (lambda _text: new) for i in _FAMILY_IDS},
        **{i: (lambda text: text.replace(old, new)) for i in _NAME_IDS},
        _POSTSCRIPT_ID: lambda text: text.replace(old.replace(" ", ""), new.replace(" ", "")),
    }
    records = []
    storage = bytearray()
    for platform, encoding, language, name_id, raw in _name_records(data, name):
        if name_id in renames:
            codec = _codec(platform)
            raw = renames[name_id](raw.decode(codec)).encode(codec, errors="replace")
        records.append(
            struct.pack(">6H", platform, encoding, language, name_id, len(raw), len(storage))
        )
        storage += raw
    header = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return header + b"".join(records) + bytes(storage)
