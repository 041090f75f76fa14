"""A summary printed from a case file that fails its integrity check says so: on the cover, and
at each photo whose original or stored picture does not check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casefiles.language.catalogue import ENGLISH
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary

ORIGINAL_FAILS = ENGLISH("photo.original_fails")
PREVIEW_FAILS = ENGLISH("photo.preview_fails")

CRATER = "KYIV-2024-001 crater.jpg"
WALL = "KYIV-2025-001 wall.jpg"


def _tamper(path: Path, statement: str, *parameters: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement, parameters)
    connection.commit()
    connection.close()


def _sha256_of(path: Path, name: str) -> str:
    connection = sqlite3.connect(path)
    (value,) = connection.execute(
        "SELECT sha256 FROM evidence_items WHERE original_filename = ?", (name,)
    ).fetchone()
    connection.close()
    return str(value)


def _cover_check(path: Path) -> tuple[str, dict[str, tuple[str | None, tuple[str, ...]]]]:
    with CaseFile.open(path, read_only=True) as case:
        document = build_case_summary(case)
    facts = {field.label: field.value for field in document.cover.facts}
    photos = {p.original_filename: (p.no_picture, p.warnings) for p in document.photos}
    return facts["Integrity check"], photos


def test_an_intact_case_file_says_it_passed(demo_path: Path) -> None:
    said, photos = _cover_check(demo_path)
    assert said == (
        "Passed when printed: every original matches its SHA-256, and the audit log and every "
        "record check out."
    )
    assert not any(ORIGINAL_FAILS in warnings for _picture, warnings in photos.values())


def test_an_original_that_fails_its_hash_is_marked_where_it_is_printed(demo_path: Path) -> None:
    sha256 = _sha256_of(demo_path, CRATER)
    _tamper(
        demo_path,
        "UPDATE blobs SET data = substr(data, 1, 100) || x'00' || substr(data, 102) "
        "WHERE sha256 = ?",
        sha256,
    )
    said, photos = _cover_check(demo_path)
    assert said == (
        "FAILED when printed: 1 problem found; run casefiles verify on demo.casefile. The "
        "photos concerned are marked."
    )
    assert photos[CRATER][1][0] == ORIGINAL_FAILS
    assert [name for name, (_p, warnings) in photos.items() if ORIGINAL_FAILS in warnings] == [
        CRATER
    ]


def test_a_swapped_preview_is_never_printed(demo_path: Path) -> None:
    _tamper(
        demo_path,
        "UPDATE derived_images SET data = (SELECT d.data FROM derived_images d JOIN "
        "evidence_items e ON e.id = d.evidence_id WHERE e.original_filename = ? AND "
        "d.purpose = 'preview') WHERE purpose = 'preview' AND evidence_id = (SELECT id FROM "
        "evidence_items WHERE original_filename = ?)",
        CRATER,
        WALL,
    )
    said, photos = _cover_check(demo_path)
    assert said.startswith("FAILED when printed: 1 problem found")
    assert photos[WALL][0] == PREVIEW_FAILS
    assert photos[CRATER][0] is None
