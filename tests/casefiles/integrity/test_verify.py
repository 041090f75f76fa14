"""`verify` finds every edit made behind the app's back."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from casefiles.integrity.verify import verify
from casefiles.storage.store import CaseFile


def _tamper(path: Path, *statements: str) -> None:
    """What someone with the sqlite3 shell could do: no app, no audit entry."""
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _findings(path: Path) -> list[str]:
    with CaseFile.open(path, read_only=True) as case:
        return [f"{f.check}: {f.message}" for f in verify(case)]


def test_the_demo_case_verifies_clean(demo_path: Path) -> None:
    assert _findings(demo_path) == []


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            ["UPDATE incidents SET title = 'Nothing happened' WHERE reference = 'KYIV-2025-004'"],
            "row: The incident KYIV-2025-004 .* differs from the audit log in: title",
        ),
        (
            ["UPDATE damage_items SET severity = 'minor' WHERE severity = 'severe'"],
            "row: The damage item “structure” of incident KYIV-2022-001 .* differs from the audit "
            "log in: severity",
        ),
        (
            ["UPDATE notes SET text = 'edited' WHERE id = 2"],
            "row: The note .* differs from the audit log in: text",
        ),
        (
            ["UPDATE correspondence SET summary = 'no summons' WHERE kind = 'summons'"],
            "row: The summons without a number .* differs from the audit log in: summary",
        ),
        (
            [
                "DELETE FROM correspondence_incidents WHERE rowid = (SELECT min(rowid) FROM "
                "correspondence_incidents)"
            ],
            "row: The summons without a number .* differs from the audit log in: incident_uuids",
        ),
        (
            ["UPDATE incidents SET deleted = 1 WHERE id = 1"],
            "row: The incident .* differs from the audit log in: deleted",
        ),
        (
            ["PRAGMA foreign_keys = OFF", "DELETE FROM damage_items WHERE id = 1"],
            "row: The damage item .* is in the audit log but missing",
        ),
        (
            [
                "INSERT INTO notes (uuid, author, written_at, text, deleted) "
                "VALUES ('x-1', 'someone', "
                "'2025-11-14T00:00:00.000000+00:00', 'planted', 0)"
            ],
            r"row: The note by someone written 2025-11-14T00:00:00.000000\+00:00 \(x-1\) has no "
            "entry in the audit log",
        ),
        (
            ["UPDATE audit_log SET user = 'somebody else' WHERE id = 3"],
            "audit chain: Audit entry 3 was altered",
        ),
        (["DELETE FROM audit_log WHERE id = 5"], "audit chain: Audit entry 6 does not follow"),
    ],
    ids=[
        "incident",
        "damage",
        "note",
        "correspondence",
        "link",
        "soft-delete",
        "row-removed",
        "row-planted",
        "audit-edited",
        "audit-removed",
    ],
)
def test_edits_behind_the_apps_back_are_found(
    demo_path: Path, statements: list[str], expected: str
) -> None:
    _tamper(demo_path, *statements)
    findings = _findings(demo_path)
    assert findings, "the edit went unnoticed"
    assert any(re.match(expected, f) for f in findings), findings


def test_damage_inside_the_file_is_reported(demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    page = 65536
    with sqlite3.connect(demo_path) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'incidents'"
        ).fetchone()
    connection.close()
    start = (root - 1) * page
    data[start : start + 12] = b"\x0d\x00\xff\xff\xff\xff\x00\x01\x00\x00\x00\x00"
    demo_path.write_bytes(bytes(data))
    # The header is intact, so the file opens; the damaged page is met by verify's first check.
    assert _findings(demo_path) == [
        "integrity: demo.casefile is damaged: database disk image is malformed."
    ]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "UPDATE audit_log SET changes = '{not json' WHERE id = 4",
            ["audit chain: Audit entry 4 was altered", "audit chain: Audit entry 4 cannot be read"],
        ),
        (
            "UPDATE audit_log SET changes = '[1, 2]' WHERE id = 4",
            ["audit chain: Audit entry 4 was altered", "audit chain: Audit entry 4 cannot be read"],
        ),
        (
            "UPDATE notes SET text = CAST(x'fffe00c328' AS TEXT) WHERE id = 1",
            ["integrity: demo.casefile is damaged: could not decode to utf-8"],
        ),
    ],
    ids=["audit-not-json", "audit-not-an-object", "text-not-utf8"],
)
def test_unreadable_contents_are_findings_not_crashes(
    demo_path: Path, statement: str, expected: list[str]
) -> None:
    _tamper(demo_path, statement)
    findings = _findings(demo_path)
    assert [any(f.startswith(start) for f in findings) for start in expected] == [True] * len(
        expected
    ), findings


def test_a_column_dropped_behind_the_apps_back_is_a_finding_not_a_crash(demo_path: Path) -> None:
    _tamper(demo_path, "ALTER TABLE mission DROP COLUMN host_country")
    assert _findings(demo_path) == [
        "schema: The table mission was altered.",
        "row: The mission “Embassy of the Republic of Azerbaijan in Ukraine” "
        f"({_mission_uuid(demo_path)}) differs from the audit log in: host_country.",
    ]


def _mission_uuid(path: Path) -> str:
    connection = sqlite3.connect(path)
    (uuid,) = connection.execute("SELECT uuid FROM mission").fetchone()
    connection.close()
    return str(uuid)
