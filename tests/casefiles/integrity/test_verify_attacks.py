"""Attacks on a case file that change its meaning without changing any text a row holds: row ids
swapped, a preview replaced, the schema or the search index edited, values the app could never
write. Each is made with sqlite3 behind the app's back, and verify must name it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from casefiles.integrity.audit import canonical, legacy_entry_hash
from casefiles.integrity.verify import check, verify
from casefiles.services import incidents, photo_derivation
from casefiles.storage.file_format import GENESIS_HASH, MIN_WRITER_SCHEMA
from casefiles.storage.models import AUDITED_MODELS, link_name, linked_table
from casefiles.storage.store import CaseFile
from tests.casefiles.cli.test_cli import run
from tests.helpers import sha256_of


def _tamper(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _one(path: Path, query: str) -> str:
    connection = sqlite3.connect(path)
    try:
        value: str = connection.execute(query).fetchone()[0]
    finally:
        connection.close()
    return value


def _findings(path: Path) -> list[str]:
    with CaseFile.open(path, read_only=True) as case:
        return [f"{f.check}: {f.message}" for f in verify(case)]


def _verify_cli(path: Path) -> subprocess.CompletedProcess[str]:
    """The command line's verify, which must answer exit 1 with findings, never a traceback;
    and must leave the file exactly as it was."""
    before = sha256_of(path)
    result = run("verify", path)
    assert sha256_of(path) == before
    assert "Traceback" not in result.stderr
    return result


def _swap_ids(table: str, first: int, second: int) -> list[str]:
    return [
        f"UPDATE {table} SET id = -1 WHERE id = {first}",
        f"UPDATE {table} SET id = {first} WHERE id = {second}",
        f"UPDATE {table} SET id = {second} WHERE id = -1",
    ]


def _incident_uuid(path: Path, reference: str) -> str:
    return _one(path, f"SELECT uuid FROM incidents WHERE reference = '{reference}'")


def _photo_uuid(path: Path, name: str) -> str:
    return _one(path, f"SELECT uuid FROM evidence_items WHERE original_filename = '{name}'")


# Relations by uuid ------------------------------------------------------------------------------


def test_swapping_the_row_ids_of_two_sites_is_found(demo_path: Path) -> None:
    """Incidents link to sites by row id: swapped ids would move them to the other site."""
    _tamper(demo_path, *_swap_ids("sites", 1, 2))
    result = _verify_cli(demo_path)
    assert result.returncode == 1, result.stdout
    uuid = _incident_uuid(demo_path, "KYIV-2024-001")
    moved = f"row: The incident KYIV-2024-001 ({uuid}) differs from the audit log in: site_uuid."
    assert moved in result.stdout.splitlines()
    assert moved in _findings(demo_path)  # the core, in this process


def test_swapping_two_incidents_with_their_correspondence_links_is_found(
    demo_path: Path,
) -> None:
    """The letters keep their incidents (their links are moved along), but the photos, damage
    items and notes of KYIV-2025-003 and -004 change places."""
    _tamper(
        demo_path,
        *_swap_ids("incidents", 5, 6),
        "UPDATE correspondence_incidents SET incident_id = -1 WHERE incident_id = 5",
        "UPDATE correspondence_incidents SET incident_id = 5 WHERE incident_id = 6",
        "UPDATE correspondence_incidents SET incident_id = 6 WHERE incident_id = -1",
    )
    findings = _findings(demo_path)
    photo = _photo_uuid(demo_path, "KYIV-2025-003 window.jpg")
    assert (
        "row: The photo KYIV-2025-003 window.jpg “Illustration (generated, not a photograph): "
        f"shattered windows” ({photo}) differs from the audit log in: incident_uuid."
    ) in findings
    assert not any("The summons" in finding for finding in findings), findings
    moved = [f for f in findings if f.endswith("differs from the audit log in: incident_uuid.")]
    # 7 photos, 6 damage items and 4 notes of the two incidents
    assert len(moved) == 17, moved


def test_a_letter_relinked_to_another_incident_is_found(demo_path: Path) -> None:
    _tamper(demo_path, "UPDATE correspondence_incidents SET incident_id = 4 WHERE incident_id = 1")
    letter = _one(demo_path, "SELECT uuid FROM correspondence WHERE kind = 'summons'")
    assert (
        f"row: The summons without a number ({letter}) differs from the audit log in: "
        "incident_uuids."
    ) in _findings(demo_path)


# Files from before links were recorded by uuid ------------------------------------------------


def as_written_by_the_previous_version(path: Path) -> None:
    """Rewrite the log as the previous version wrote it: links as row ids, no hashes of derived
    images, no salts, no signatures; each hash over the changes' JSON text, as that version
    computed it."""
    links = {
        model.audit_name: {
            link_name(column.key): (column.key, str(linked_table(column)))
            for column in model.__table__.columns
            if linked_table(column) is not None
        }
        for model in AUDITED_MODELS
    }
    connection = sqlite3.connect(path)
    ids = {
        table: dict(connection.execute(f"SELECT uuid, id FROM {table}").fetchall())
        for _, (_, table) in ((k, v) for m in links.values() for k, v in m.items())
    }
    previous = GENESIS_HASH
    entries = connection.execute(
        "SELECT id, at, user, action, entity_type, entity_uuid, changes FROM audit_log ORDER BY id"
    ).fetchall()
    for number, at, user, action, entity_type, entity_uuid, changes_json in entries:
        changes = json.loads(changes_json)
        changes.pop("derived_sha256", None)
        changes.pop("_salts", None)
        for name, (column, table) in links.get(entity_type, {}).items():
            if name in changes:
                value = changes.pop(name)
                if action in ("create", "import"):
                    changes[column] = None if value is None else ids[table][value]
                else:
                    changes[column] = [None if v is None else ids[table][v] for v in value]
        old_json = canonical(changes)
        digest = legacy_entry_hash(previous, at, user, action, entity_type, entity_uuid, old_json)
        connection.execute(
            "UPDATE audit_log SET changes = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (old_json, previous, digest, number),
        )
        previous = digest
    connection.execute("UPDATE audit_log SET key_id = NULL, signature = NULL")  # not yet signed
    connection.commit()
    connection.close()


def test_a_file_of_the_previous_version_verifies_and_its_id_swaps_are_found(
    demo_path: Path,
) -> None:
    as_written_by_the_previous_version(demo_path)
    assert "site_id" in _one(demo_path, "SELECT changes FROM audit_log WHERE entity_type = "
                             "'incident' AND action = 'create'")  # fmt: skip
    assert _findings(demo_path) == []
    _tamper(demo_path, *_swap_ids("sites", 1, 2))
    uuid = _incident_uuid(demo_path, "KYIV-2024-001")
    assert (
        f"row: The incident KYIV-2024-001 ({uuid}) differs from the audit log in: site_uuid."
        in _findings(demo_path)
    )


# Derived images ---------------------------------------------------------------------------------


def test_a_preview_replaced_by_another_photos_preview_is_found(demo_path: Path) -> None:
    """The summary prints previews: the crater's must not be printed above the wall's hash."""
    crater = _photo_uuid(demo_path, "KYIV-2024-001 crater.jpg")
    wall = _photo_uuid(demo_path, "KYIV-2025-001 wall.jpg")
    _tamper(
        demo_path,
        "UPDATE derived_images SET data = (SELECT d.data FROM derived_images d JOIN "
        f"evidence_items e ON e.id = d.evidence_id WHERE e.uuid = '{crater}' AND "
        "d.purpose = 'preview') WHERE purpose = 'preview' AND evidence_id = (SELECT id FROM "
        f"evidence_items WHERE uuid = '{wall}')",
    )
    result = _verify_cli(demo_path)
    lines = result.stdout.splitlines()
    # The findings, then the count (then any warnings and the signers).
    count = lines.index(f"{len(_findings(demo_path))} problem(s) found in {demo_path.name}.")
    assert _findings(demo_path) == lines[:count]
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "row: The thumbnail or preview of the photo KYIV-2025-001 wall.jpg “Illustration "
        "(generated, not a photograph): damage after the drone exploded” "
        f"({wall}) is not the one made from its original."
    )


def test_derived_images_removed_are_pending_and_made_again(demo_path: Path) -> None:
    """Derived images are made from the original, which is checked: removed, they are made
    again (and audited again), not reported as tampering."""
    wall = _photo_uuid(demo_path, "KYIV-2025-001 wall.jpg")
    _tamper(
        demo_path,
        "DELETE FROM derived_images WHERE evidence_id = "
        f"(SELECT id FROM evidence_items WHERE uuid = '{wall}')",
    )
    assert _findings(demo_path) == []
    result = _verify_cli(demo_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{demo_path.name} is intact.")
    assert "warning: 1 photo(s) have no thumbnail and preview yet" in "\n".join(lines)
    with CaseFile.open(demo_path) as case:
        assert check(case).pending_pictures == {wall}
        assert photo_derivation.derive_pending(case) == photo_derivation.DerivationRun(made=1)
        report = check(case)
        assert report.findings == [] and report.pending_pictures == frozenset()


def test_imported_photos_record_the_hashes_of_their_derived_images(demo_path: Path) -> None:
    changes = json.loads(
        _one(
            demo_path,
            "SELECT changes FROM audit_log WHERE action = 'derive' AND entity_uuid = "
            "(SELECT uuid FROM evidence_items WHERE original_filename = 'KYIV-2025-001 wall.jpg')",
        )
    )
    connection = sqlite3.connect(demo_path)
    stored = {
        purpose: __import__("hashlib").sha256(data).hexdigest()
        for purpose, data in connection.execute(
            "SELECT purpose, data FROM derived_images d JOIN evidence_items e ON "
            "e.id = d.evidence_id WHERE e.original_filename = 'KYIV-2025-001 wall.jpg'"
        )
    }
    connection.close()
    assert set(stored) == {"thumbnail", "preview"}
    assert changes["derived_sha256"] == [{}, stored]  # made after the original was saved


# Schema and metadata ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            [
                "CREATE TRIGGER quiet AFTER INSERT ON notes BEGIN "
                "UPDATE notes SET text = 'nothing' WHERE id = new.id; END"
            ],
            "schema: The trigger quiet is not part of a case file.",
        ),
        (
            [
                f"UPDATE casefile_meta SET value = '{MIN_WRITER_SCHEMA + 1}' "
                "WHERE key = 'min_writer_schema'"
            ],
            f"schema: The file's min writer schema is '{MIN_WRITER_SCHEMA + 1}'; this version "
            f"of a case file has '{MIN_WRITER_SCHEMA}'.",
        ),
        (["DROP INDEX ix_incidents_site_id"], "schema: The index ix_incidents_site_id is missing."),
        (
            ["CREATE VIEW everything AS SELECT * FROM incidents"],
            "schema: The view everything is not part of a case file.",
        ),
        (["DROP TABLE incident_search"], "schema: The table incident_search is missing."),
        (
            [
                "DROP TABLE incident_search",
                "CREATE VIRTUAL TABLE incident_search USING fts5(reference, title, description, "
                "damage, notes, correspondence)",
            ],
            "schema: The table incident_search was altered.",
        ),
    ],
    ids=["trigger", "min-writer", "index-dropped", "view", "search-dropped", "search-edited"],
)
def test_schema_changes_are_found(demo_path: Path, statements: list[str], expected: str) -> None:
    _tamper(demo_path, *statements)
    assert expected in _findings(demo_path)  # the core, in this process
    result = _verify_cli(demo_path)
    assert result.returncode == 1
    assert expected in result.stdout.splitlines(), result.stdout


# The search index -------------------------------------------------------------------------------


def test_an_edited_search_row_is_found_by_verify_not_by_opening(demo_path: Path) -> None:
    """Opening for writing does not compare the index's texts (seconds in a large case file):
    verify does, and rebuild_search_index (which the window's verify runs) puts them right."""
    _tamper(demo_path, "UPDATE incident_search SET title = 'nothing here' WHERE rowid = 1")
    stale = [
        "search index: The search index is out of step with incident(s) KYIV-2022-001; Case › "
        "Verify… in the window rebuilds it when the case file is open for writing (the records "
        "are not affected)."
    ]
    assert _findings(demo_path) == stale
    CaseFile.open(demo_path).close()
    assert _findings(demo_path) == stale
    with CaseFile.open(demo_path) as case:
        case.rebuild_search_index()
        assert incidents.search_uuids(case, "nothing here") == []
    assert _findings(demo_path) == []


@pytest.mark.parametrize(
    "statements",
    [
        ["DROP TABLE incident_search"],
        ["DROP TABLE incident_search_data"],
        ["DELETE FROM incident_search"],
        ["DELETE FROM incident_search WHERE rowid = 1"],
        ["INSERT INTO incident_search (rowid, title) VALUES (999, 'planted')"],
        [
            "DROP TABLE incident_search",
            "CREATE VIRTUAL TABLE incident_search USING fts5(reference, title, description, "
            "damage, notes, correspondence)",
        ],
    ],
    ids=["dropped", "shadow-table-dropped", "emptied", "row-deleted", "row-planted", "edited"],
)
def test_search_answers_after_the_index_is_damaged(demo_path: Path, statements: list[str]) -> None:
    _tamper(demo_path, *statements)
    searched = run("search", demo_path, "Харків")
    assert "Traceback" not in searched.stderr
    assert searched.returncode in (0, 2), searched.stderr
    with CaseFile.open(demo_path) as case:  # opening for writing rebuilds it
        found = [i.reference for i in incidents.search_incidents(case, "consulate")]
    assert "KYIV-2022-001" in found
    assert _findings(demo_path) == []


# Values the app could never write ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "UPDATE incidents SET time_start = 'garbage' WHERE reference = 'KYIV-2025-004'",
            "row: The incident KYIV-2025-004 ({incident}) holds a value that cannot be read in "
            "time_start: 'garbage'.",
        ),
        (
            "UPDATE damage_items SET cost_amount = 'abc' WHERE id = 1",
            "row: The damage item “structure” of incident KYIV-2022-001 ({damage}) holds a value "
            "that cannot be read in cost_amount: 'abc'.",
        ),
        (
            "UPDATE damage_items SET cost_estimated_on = '2025-02-30' WHERE id = 1",
            "row: The damage item “structure” of incident KYIV-2022-001 ({damage}) holds a value "
            "that cannot be read in cost_estimated_on: '2025-02-30'.",
        ),
        (
            "UPDATE audit_log SET at = 'yesterday' WHERE id = 3",
            "audit chain: Audit entry 3 has a time that is not a time: 'yesterday'.",
        ),
    ],
    ids=["incident-date", "amount", "impossible-day", "audit-time"],
)
def test_unparseable_values_are_findings_with_exit_1(
    demo_path: Path, statement: str, expected: str
) -> None:
    uuids = {
        "incident": _incident_uuid(demo_path, "KYIV-2025-004"),
        "damage": _one(demo_path, "SELECT uuid FROM damage_items WHERE id = 1"),
    }
    _tamper(demo_path, statement)
    assert expected.format(**uuids) in _findings(demo_path)  # the core, in this process
    result = _verify_cli(demo_path)
    assert result.returncode == 1, result.stderr
    assert expected.format(**uuids) in result.stdout.splitlines(), result.stdout
