"""Each check verify makes, broken one at a time with sqlite3 behind the app's back in a copy of
the demo case file: the findings are asserted whole (check name and words), and so is what the
report marks (originals, pictures, pending pictures, signers). Every test runs verify in this
process on the prebuilt demo, so tools/mutation.sh judges verify.py's mutants with them fast."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from casefiles.domain.vocabulary import CorrespondenceKind, DamageElement
from casefiles.integrity.verify import LogEntry, Report, _rows, check, replay, verify_warnings
from casefiles.language.catalogue import Language, phrases_for
from casefiles.storage.store import CaseFile

SIGNER = "Administrative officer (demo)"
STALE = (
    "search index: The search index is out of step with incident(s) {}; Case › Verify… in the "
    "window rebuilds it when the case file is open for writing (the records are not affected)."
)


def _tamper(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            raw.execute(statement)


def _one(path: Path, query: str) -> str:
    with contextlib.closing(sqlite3.connect(path)) as raw:
        value: str = raw.execute(query).fetchone()[0]
    return value


def _report(path: Path) -> Report:
    with CaseFile.open(path, read_only=True) as case:
        return check(case)


def _said(report: Report) -> list[str]:
    return [f"{f.check}: {f.message}" for f in report.findings]


def _photo(path: Path, row_id: int) -> tuple[str, str, str]:
    """A photo's uuid, file name and caption."""
    uuid, name, caption = (
        _one(path, f"SELECT {column} FROM evidence_items WHERE id = {row_id}")
        for column in ("uuid", "original_filename", "caption")
    )
    return uuid, name, caption


def _entries(path: Path) -> int:
    return int(_one(path, "SELECT count(*) FROM audit_log"))


def test_the_demo_is_intact_and_its_signer_counted(demo_path: Path) -> None:
    report = _report(demo_path)
    assert report.findings == [] and report.warnings == []
    assert (report.damaged_originals, report.unchecked_pictures, report.pending_pictures) == (
        frozenset(),
        frozenset(),
        frozenset(),
    )
    assert [(s.name, s.entries) for s in report.signers] == [(SIGNER, _entries(demo_path))]


# SQLite's own check -----------------------------------------------------------------------------


def test_a_damaged_index_is_said_in_sqlites_words_and_stops_the_finer_checks(
    demo_path: Path,
) -> None:
    """The audit log's index made to point at another index's pages: SQLite's check lists
    every entry missing from it; verify quotes the first twenty lines and trusts nothing else."""
    _tamper(
        demo_path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET rootpage = (SELECT rootpage FROM sqlite_master WHERE name = "
        "'ix_incidents_site_id') WHERE name = 'ix_audit_log_entity_uuid'",
    )
    report = _report(demo_path)
    said = _said(report)
    assert len(said) == 20
    assert said[0].startswith("integrity: SQLite integrity check: *** in database main ***\n")
    assert said[1:] == [
        f"integrity: SQLite integrity check: row {n} missing from index ix_audit_log_entity_uuid"
        for n in range(1, 20)
    ]
    assert report == Report(report.findings)


def test_a_foreign_trigger_is_a_schema_finding(demo_path: Path) -> None:
    _tamper(demo_path, "CREATE TRIGGER quiet AFTER INSERT ON notes BEGIN SELECT 1; END")
    assert _said(_report(demo_path)) == ["schema: The trigger quiet is not part of a case file."]


# Originals --------------------------------------------------------------------------------------


def test_an_altered_original_is_named_by_its_hash_and_marked(demo_path: Path) -> None:
    sha256 = _one(demo_path, "SELECT sha256 FROM blobs WHERE rowid = 1")
    _tamper(
        demo_path, "UPDATE blobs SET data = CAST(X'00' || substr(data, 2) AS BLOB) WHERE rowid = 1"
    )
    report = _report(demo_path)
    assert _said(report) == [f"blob: Blob {sha256[:16]}… does not match its SHA-256."]
    assert report.damaged_originals == {sha256}


def test_an_original_longer_than_stored_is_said_once_as_altered(demo_path: Path) -> None:
    """Stored as text, as sqlite3's `||` leaves it: read as its bytes all the same."""
    sha256 = _one(demo_path, "SELECT sha256 FROM blobs WHERE rowid = 2")
    _tamper(demo_path, "UPDATE blobs SET data = X'00' || data WHERE rowid = 2")
    report = _report(demo_path)
    assert _said(report) == [f"blob: Blob {sha256[:16]}… does not match its SHA-256."]
    assert report.damaged_originals == {sha256}


def test_a_stored_size_that_is_not_the_originals_is_found(demo_path: Path) -> None:
    sha256, length = (
        _one(demo_path, f"SELECT {column} FROM blobs WHERE rowid = 1")
        for column in ("sha256", "length(data)")
    )
    _tamper(demo_path, "UPDATE blobs SET size = size + 1 WHERE rowid = 1")
    report = _report(demo_path)
    assert _said(report) == [f"blob: Blob {sha256[:16]}… has {length} bytes, not {length + 1}."]
    assert report.damaged_originals == {sha256}


def test_an_original_of_several_chunks_is_measured_whole(demo_path: Path) -> None:
    """Blobs are read a mebibyte at a time (a photo may be 15 MB): every chunk counts."""
    size = (5 << 19) + 7  # two and a half chunks
    data = bytes(range(256)) * (size // 256) + b"\xff" * (size % 256)
    sha256 = hashlib.sha256(data).hexdigest()
    with contextlib.closing(sqlite3.connect(demo_path)) as raw, raw:
        raw.execute("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)", (sha256, size, data))
    assert _said(_report(demo_path)) == []
    _tamper(demo_path, f"UPDATE blobs SET size = {size - 1} WHERE sha256 = '{sha256}'")
    assert _said(_report(demo_path)) == [
        f"blob: Blob {sha256[:16]}… has {size} bytes, not {size - 1}."
    ]


def test_a_missing_original_is_named_by_its_photo_and_marked(demo_path: Path) -> None:
    sha256 = _one(demo_path, "SELECT sha256 FROM evidence_items WHERE id = 3")
    uuid, name, caption = _photo(demo_path, 3)
    _tamper(demo_path, f"DELETE FROM blobs WHERE sha256 = '{sha256}'")
    report = _report(demo_path)
    assert _said(report) == [
        f"blob: The original of the photo {name} “{caption}” ({uuid}) is missing."
    ]
    assert report.damaged_originals == {sha256}
    assert report.unchecked_pictures == frozenset()


# The audit log ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "UPDATE audit_log SET at = X'35' WHERE id = 3",
            ["Audit entry 3 has a time that is not a time: b'5'.", "Audit entry 3 was altered."],
        ),
        (
            "UPDATE audit_log SET at = substr(at, 1, 19) WHERE id = 3",
            [
                "Audit entry 3 has a time that is not a time: '{at}'.",
                "Audit entry 3 was altered.",
            ],
        ),
        (
            "UPDATE audit_log SET at = 'yesterday' WHERE id = 3",
            [
                "Audit entry 3 has a time that is not a time: 'yesterday'.",
                "Audit entry 3 was altered.",
            ],
        ),
        ("UPDATE audit_log SET action = 'delete' WHERE id = 3", ["Audit entry 3 was altered."]),
        (
            "UPDATE audit_log SET changes = '[1, 2]' WHERE id = 3",
            [
                "Audit entry 3 was altered.",
                "Audit entry 3 cannot be read: its changes are not the JSON object the app writes.",
            ],
        ),
        (
            "DELETE FROM audit_log WHERE id = 5",
            [
                "Audit entry 6 does not follow the entry before it (an entry was removed or "
                "reordered)."
            ],
        ),
    ],
    ids=["time-not-text", "time-without-zone", "time-not-a-time", "action", "changes", "removed"],
)
def test_each_edit_of_the_log_is_named(
    demo_path: Path, statement: str, expected: list[str]
) -> None:
    at = _one(demo_path, "SELECT at FROM audit_log WHERE id = 3")[:19]
    _tamper(demo_path, statement)
    said = _said(_report(demo_path))
    assert [f for f in said if f.startswith("audit chain: ")] == [
        f"audit chain: {words.format(at=at)}" for words in expected
    ]


def test_the_same_time_written_another_way_still_verifies(demo_path: Path) -> None:
    """The hash covers the time in the app's form: a time that reads the same is not an edit."""
    _tamper(demo_path, "UPDATE audit_log SET at = replace(at, 'T', ' ') WHERE id = 3")
    assert " " in _one(demo_path, "SELECT at FROM audit_log WHERE id = 3")
    assert _said(_report(demo_path)) == []


def test_a_name_stored_as_bytes_is_an_altered_entry(demo_path: Path) -> None:
    _tamper(demo_path, "UPDATE audit_log SET user = CAST(user AS BLOB) WHERE id = 3")
    assert _said(_report(demo_path)) == [
        "audit chain: Audit entry 3 was altered.",
        f"signature: Audit entry 3 names b'{SIGNER}' but is signed with the key of {SIGNER}.",
    ]


def test_changes_nested_past_pythons_depth_are_unreadable_not_a_crash(demo_path: Path) -> None:
    """Entry 4 creates a site: unread, the site has no entry the replay could use."""
    site = _one(demo_path, "SELECT entity_uuid FROM audit_log WHERE id = 4")
    name = _one(demo_path, f"SELECT name FROM sites WHERE uuid = '{site}'")
    _tamper(
        demo_path,
        "UPDATE audit_log SET changes = '{\"a\": ' || replace(hex(zeroblob(50000)), '00', '[') "
        "WHERE id = 4",
    )
    assert _said(_report(demo_path)) == [
        "audit chain: Audit entry 4 was altered.",
        "audit chain: Audit entry 4 cannot be read: its changes are not the JSON object the app "
        "writes.",
        f"row: The site “{name}” ({site}) has no entry in the audit log.",
    ]


def test_a_log_from_before_signatures_is_read_without_them(demo_path: Path) -> None:
    """Files before schema 5 have no key_id and signature columns: every entry is unsigned."""
    _tamper(
        demo_path,
        "ALTER TABLE audit_log DROP COLUMN signature",
        "ALTER TABLE audit_log DROP COLUMN key_id",
    )
    report = _report(demo_path)
    assert _said(report) == ["schema: The table audit_log was altered."]
    assert [w.said() for w in report.warnings] == [
        f"{_entries(demo_path)} audit entries were written before entries were signed: the hash "
        "chain checks them, no signature does."
    ]
    assert report.signers == []


# The rows ---------------------------------------------------------------------------------------


def _edits(path: Path) -> dict[str, tuple[str, str, str]]:
    """For each kind of record: an edit, the record as its finding names it, the field named."""

    def uuid(table: str, row_id: int = 1) -> str:
        return _one(path, f"SELECT uuid FROM {table} WHERE id = {row_id}")

    photo, name, caption = _photo(path, 1)
    letter = uuid("correspondence", 2)  # a summons without a number
    damage = uuid("damage_items")
    author, written = (
        _one(path, f"SELECT {c} FROM notes WHERE id = 1") for c in ("author", "written_at")
    )
    return {
        "mission": (
            "UPDATE mission SET name = 'Səfirlik'",
            f"mission “Səfirlik” ({uuid('mission')})",
            "name",
        ),
        "site": (
            "UPDATE sites SET name = 'Консульство' WHERE id = 1",
            f"site “Консульство” ({uuid('sites')})",
            "name",
        ),
        "person": (
            "UPDATE people SET name = 'Aynur Məmmədova'",
            f"person “Aynur Məmmədova” in the register ({uuid('people')})",
            "name",
        ),
        "incident": (
            "UPDATE incidents SET reference = 'KYIV-2022-009' WHERE id = 1",
            f"incident KYIV-2022-009 ({uuid('incidents')})",
            "reference",
        ),
        "damage": (
            "UPDATE damage_items SET element = 'windows' WHERE id = 1",
            f"damage item “windows” of incident KYIV-2022-001 ({damage})",
            "element",
        ),
        "damage-unknown-element": (
            "UPDATE damage_items SET element = 'dam' WHERE id = 1",
            f"damage item “dam” of incident KYIV-2022-001 ({damage})",
            "element",
        ),
        "damage-of-no-incident": (
            "UPDATE damage_items SET incident_id = 99 WHERE id = 1",
            f"damage item “structure” of incident ? ({damage})",
            "incident_uuid",
        ),
        "damage-at-no-site": (
            "UPDATE damage_items SET site_id = 99 WHERE id = 1",  # no site, as logged: now one
            f"damage item “structure” of incident KYIV-2022-001 ({damage})",
            "site_uuid",
        ),
        "letter-numbered": (
            "UPDATE correspondence SET reference_number = '12/3-ə' WHERE id = 2",
            f"summons 12/3-ə ({letter})",
            "reference_number",
        ),
        "letter": (
            "UPDATE correspondence SET kind = 'note_verbale' WHERE id = 2",
            f"note verbale without a number ({letter})",
            "kind",
        ),
        "photo": (
            "UPDATE evidence_items SET caption = '' WHERE id = 1",
            f"photo {name} ({photo})",
            "caption",
        ),
        "photo-captioned": (
            "UPDATE evidence_items SET original_filename = 'həyət.jpg' WHERE id = 1",
            f"photo həyət.jpg “{caption}” ({photo})",
            "original_filename",
        ),
        "note": (
            "UPDATE notes SET text = 'Başqa' WHERE id = 1",
            f"note by {author} written {written} ({uuid('notes')})",
            "text",
        ),
    }


EDITS = [
    "mission", "site", "person", "incident", "damage", "damage-unknown-element",
    "damage-of-no-incident", "damage-at-no-site", "letter-numbered", "letter", "photo",
    "photo-captioned", "note",
]  # fmt: skip


@pytest.mark.parametrize("kind", EDITS)
def test_an_edited_record_is_named_as_people_know_it(demo_path: Path, kind: str) -> None:
    statement, record, field = _edits(demo_path)[kind]
    _tamper(demo_path, statement)
    said = _said(_report(demo_path))
    assert [f for f in said if f.startswith("row: ")] == [
        f"row: The {record} differs from the audit log in: {field}."
    ]


def test_a_record_in_another_language_names_its_kind_in_that_language(demo_path: Path) -> None:
    """A damage item's element and a letter's kind, with or without a number, in the
    language's words; a code the app would not write, as it is."""
    _tamper(
        demo_path,
        "UPDATE damage_items SET element = 'windows' WHERE id = 1",
        "UPDATE damage_items SET element = 'dam' WHERE id = 2",
        "UPDATE correspondence SET reference_number = '12/3-ə' WHERE id = 1",
        "UPDATE correspondence SET summary = 'Başqa' WHERE id = 2",
    )
    phrases = phrases_for(Language.AZ)
    said = [f.said(phrases) for f in _report(demo_path).findings if f.check == "row"]
    assert len(said) == 4
    windows, dam, numbered, summons = said
    assert phrases(DamageElement.WINDOWS.key) in windows and "windows" not in windows
    assert "dam" in dam
    assert phrases(CorrespondenceKind.NOTE_VERBALE.key) in numbered and "12/3-ə" in numbered
    assert "note verbale" not in numbered
    assert phrases(CorrespondenceKind.SUMMONS.key) in summons and "summons" not in summons


@pytest.mark.parametrize(
    ("column", "value"),
    [("cost_amount", "abc"), ("cost_estimated_on", "2025-02-30")],
)
def test_a_value_that_cannot_be_read_is_named_with_its_field(
    demo_path: Path, column: str, value: str
) -> None:
    """Not what the app could write (an amount, a day): named, the other fields still compared."""
    damage = _one(demo_path, "SELECT uuid FROM damage_items WHERE id = 1")
    _tamper(
        demo_path, f"UPDATE damage_items SET {column} = '{value}', severity = 'minor' WHERE id = 1"
    )
    record = f"row: The damage item “structure” of incident KYIV-2022-001 ({damage})"
    assert [f for f in _said(_report(demo_path)) if f.startswith("row: ")] == [
        f"{record} holds a value that cannot be read in {column}: '{value}'.",
        f"{record} differs from the audit log in: severity.",
    ]


def test_a_record_planted_and_one_removed_are_found(demo_path: Path) -> None:
    damage = _one(demo_path, "SELECT uuid FROM damage_items WHERE id = 1")
    _tamper(
        demo_path,
        "CREATE TEMP TABLE planted AS SELECT * FROM sites WHERE id = 1",
        "UPDATE planted SET id = 0, uuid = 'planted', name = 'Yeni'",
        "INSERT INTO sites SELECT * FROM planted",
        "DELETE FROM damage_items WHERE id = 1",
    )
    assert [f for f in _said(_report(demo_path)) if f.startswith("row: ")] == [
        "row: The site “Yeni” (planted) has no entry in the audit log.",
        f"row: The damage item {damage} is in the audit log but missing from the file.",
    ]


def test_a_photo_view_planted_is_named_by_its_kind(demo_path: Path) -> None:
    _tamper(
        demo_path, "INSERT INTO photo_views (uuid, evidence_id, rotation) VALUES ('pv-1', 1, 90)"
    )
    assert _said(_report(demo_path)) == [
        "row: The photo view (pv-1) has no entry in the audit log."
    ]


def test_a_replaced_thumbnail_is_found_and_its_photo_marked(demo_path: Path) -> None:
    uuid, name, caption = _photo(demo_path, 1)
    _tamper(
        demo_path,
        "UPDATE derived_images SET data = X'00' WHERE evidence_id = 1 AND purpose = 'thumbnail'",
    )
    report = _report(demo_path)
    assert _said(report) == [
        f"row: The thumbnail or preview of the photo {name} “{caption}” ({uuid}) is not the one "
        "made from its original."
    ]
    assert report.unchecked_pictures == {uuid}
    assert report.pending_pictures == frozenset()


def test_a_missing_thumbnail_is_made_again_not_a_finding(demo_path: Path) -> None:
    _tamper(demo_path, "DELETE FROM derived_images WHERE evidence_id = 1 AND purpose = 'thumbnail'")
    report = _report(demo_path)
    assert (report.findings, report.unchecked_pictures, report.pending_pictures) == (
        [],
        frozenset(),
        frozenset(),
    )


def test_a_photo_without_pictures_is_pending_unless_they_could_not_be_made(
    demo_path: Path,
) -> None:
    uuid, name, caption = _photo(demo_path, 1)
    second, *_ = _photo(demo_path, 2)
    _tamper(demo_path, "DELETE FROM derived_images WHERE evidence_id IN (1, 2)")
    with CaseFile.open(demo_path, read_only=True) as case:
        report = check(case)
        warnings = [w.said() for w in verify_warnings(case, report)]
    assert report.findings == [] and report.pending_pictures == {uuid, second}
    assert warnings == [
        "2 photo(s) have no thumbnail and preview yet; they are made from their originals when "
        "the case file is next opened for writing."
    ]
    _tamper(demo_path, "UPDATE evidence_items SET derivation_error = 'Pillow' WHERE id = 1")
    report = _report(demo_path)
    assert _said(report) == [
        f"row: The photo {name} “{caption}” ({uuid}) differs from the audit log in: "
        "derivation_error."
    ]
    assert report.pending_pictures == {second}


# The search index -------------------------------------------------------------------------------


def test_an_unreadable_search_index_is_a_finding(demo_path: Path) -> None:
    _tamper(demo_path, "DROP TABLE incident_search_data")
    assert _said(_report(demo_path)) == [
        "schema: The table incident_search_data is missing.",
        "search index: The search index cannot be read; it is rebuilt when the case file is next "
        "opened for writing.",
    ]


@pytest.mark.parametrize("planted", [1, 10, 11])
def test_a_stale_index_lists_ten_incidents_and_counts_the_rest(
    demo_path: Path, planted: int
) -> None:
    _tamper(
        demo_path,
        *(
            f"INSERT INTO incident_search (rowid, title) VALUES ({100 + n}, 'x')"
            for n in range(planted)
        ),
    )
    listed = ", ".join(f"(no incident with row id {100 + n})" for n in range(min(planted, 10)))
    if planted <= 10:
        expected = STALE.format(listed)
    else:
        expected = STALE.format(listed).replace("; Case", f" and {planted - 10} more; Case", 1)
    assert _said(_report(demo_path)) == [expected]


# The replay of the log --------------------------------------------------------------------------


def test_the_log_replayed_keeps_what_updates_the_app_writes() -> None:
    """An update is `[before, after]` per field; salts and other shapes are not the row's, and
    the fields after them are still replayed."""
    entries = [
        LogEntry(
            "import",
            "site",
            "s-1",
            {"name": "Köhnə", "_salts": {"name": "x"}, "kind": "chancery"},
        ),
        LogEntry("create", "site", "s-2", {"name": "İkinci"}),
        LogEntry("create", "incident", "i-1", {"title": "Zərbə", "site_id": 1}),
        LogEntry(
            "update",
            "site",
            "s-1",
            {"_salts": ["a", "b"], "kind": "consulate", "city": ["a"], "name": ["Köhnə", "Yeni"]},
        ),
        LogEntry("update", "incident", "i-1", {"site_id": [1, 2]}),
        LogEntry("update", "site", "s-9", {"name": [None, "Heç"]}),
    ]
    assert replay(entries) == {
        ("site", "s-1"): {"name": "Yeni", "kind": "chancery"},
        ("site", "s-2"): {"name": "İkinci"},
        ("incident", "i-1"): {"title": "Zərbə", "site_uuid": "s-2"},
    }


@pytest.mark.parametrize(
    ("entity_type", "words"), [("damage_item", "damage item"), ("ghost_thing", "ghost thing")]
)
def test_a_record_missing_is_named_by_its_kind(entity_type: str, words: str) -> None:
    found, _, _ = _rows([LogEntry("create", entity_type, "u-1", {})], [])
    assert [f"{f.check}: {f.message}" for f in found] == [
        f"row: The {words} u-1 is in the audit log but missing from the file."
    ]
