"""Details of verify that the demo-based tests pass over: how the audit log is replayed (old files
link by row id), how a photo is named in a finding, and the blob check of an encrypted case file
(SQLCipher has no incremental blob reading). Small case files made in each test."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from casefiles.integrity.verify import LogEntry, Record, _rows, check, replay, verify
from casefiles.services import evidence_changes, incidents, photo_import, sites
from casefiles.services.mission import create_case_file
from casefiles.storage import encryption
from casefiles.storage.models import Site
from casefiles.storage.store import CaseFile
from tests.photo_factory import camera_jpeg


def _site(uuid: str, action: str = "create") -> LogEntry:
    return LogEntry(action, "site", uuid, {"name": f"Site {uuid}"})


def _incident_at_site(site_id: object) -> LogEntry:
    """An entry as files written before links were recorded by uuid hold it: `site_id`."""
    return LogEntry("create", "incident", "i-1", {"title": "Strike", "site_id": site_id})


def _site_of_incident(entries: list[LogEntry]) -> object:
    return replay(entries)[("incident", "i-1")]["site_uuid"]


def test_an_old_row_id_names_the_nth_record_created_each_counted_once() -> None:
    # s-1 is created, then brought in again from a bundle: still the first site, so row id 2
    # is s-2.
    entries = [_site("s-1"), _site("s-1", "import"), _site("s-2")]
    assert _site_of_incident([*entries, _incident_at_site(2)]) == "s-2"
    assert _site_of_incident([*entries, _incident_at_site(1)]) == "s-1"


def test_an_old_row_id_that_names_no_record_matches_no_uuid() -> None:
    entries = [_site("s-1"), _site("s-2")]
    assert _site_of_incident([*entries, _incident_at_site(0)]) == "row id 0"
    assert _site_of_incident([*entries, _incident_at_site(3)]) == "row id 3"
    assert _site_of_incident([*entries, _incident_at_site("2")]) == "row id 2"
    assert _site_of_incident([*entries, _incident_at_site(None)]) is None


def test_replay_goes_on_past_an_entry_it_cannot_read() -> None:
    unreadable = LogEntry("create", "site", "s-0", None)
    assert replay([unreadable, _site("s-1")]) == {("site", "s-1"): {"name": "Site s-1"}}


def _photo_in_a_new_case(case: CaseFile, folder: Path) -> str:
    site = sites.create(case, kind="chancery", name="Səfirlik binası")
    incident = incidents.create(case, title="Zərbə", site=site.uuid, span="2025-11-14 night")
    photo = camera_jpeg(folder / "həyət.jpg", when=datetime(2025, 11, 14, 3, 10))
    (outcome,) = photo_import.import_files(case, incident.uuid, [photo])
    assert outcome.evidence_uuid is not None
    return outcome.evidence_uuid


def test_a_missing_original_is_named_by_file_name_caption_and_uuid(
    new_case: CaseFile, tmp_path: Path
) -> None:
    uuid = _photo_in_a_new_case(new_case, tmp_path)
    with sqlite3.connect(new_case.path) as raw:  # behind the app's back
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("DELETE FROM blobs")
    missing = "blob: The original of the photo həyət.jpg ({}) is missing."
    assert [f"{f.check}: {f.message}" for f in verify(new_case)] == [missing.format(uuid)]
    evidence_changes.set_caption(new_case, uuid, "Krater")
    assert [f"{f.check}: {f.message}" for f in verify(new_case)] == [
        f"blob: The original of the photo həyət.jpg “Krater” ({uuid}) is missing."
    ]


def test_an_altered_original_in_an_encrypted_case_file_is_found(tmp_path: Path) -> None:
    key = encryption.new_key("bərk parol — пароль")
    with create_case_file(tmp_path / "e.casefile", "Səfirlik", key=key) as case:
        _photo_in_a_new_case(case, tmp_path)
        assert verify(case) == []
        with case.transaction() as session:
            sha256, data = session.execute(text("SELECT sha256, data FROM blobs")).one()
            flipped = bytes([data[0] ^ 1]) + data[1:]
            session.execute(text("UPDATE blobs SET data = :data"), {"data": flipped})
        altered = [f"blob: Blob {sha256[:16]}… does not match its SHA-256."]
        assert [f"{f.check}: {f.message}" for f in verify(case)] == altered
        # Stored as text (what sqlite3's `||` gives), even bytes that are not UTF-8: still
        # the original altered, as in a plain case file.
        with case.transaction() as session:
            session.execute(text("UPDATE blobs SET data = X'00ff' || data"))
        assert [f"{f.check}: {f.message}" for f in verify(case)] == altered


def _findings(path: Path) -> list[str]:
    with CaseFile.open(path, read_only=True) as case:
        return [f"{f.check}: {f.message}" for f in verify(case)]


def test_every_field_that_differs_is_named_and_every_row_is_checked(demo_path: Path) -> None:
    """A planted row (no log entry) read first does not stop the rows after it from being
    compared; a row with two fields edited names both."""
    with sqlite3.connect(demo_path) as raw:  # behind the app's back
        raw.execute(
            "INSERT INTO notes (id, uuid, author, written_at, text, deleted) VALUES "
            "(0, 'x-1', 'someone', '2025-11-14T00:00:00.000000+00:00', 'planted', 0)"
        )
        raw.execute("UPDATE notes SET text = 'edited', author = 'nobody' WHERE id = 2")
        uuid = raw.execute("SELECT uuid FROM notes WHERE id = 2").fetchone()[0]
    found = _findings(demo_path)
    assert (
        "row: The note by someone written 2025-11-14T00:00:00.000000+00:00 (x-1) has no entry "
        "in the audit log." in found
    )
    edited = [f for f in found if f"({uuid}) differs" in f]
    assert len(edited) == 1 and edited[0].endswith(" differs from the audit log in: author, text.")


def _row_of_site(snapshot: dict[str, object]) -> Record:
    return Record(Site, "s-1", "site “Səfirlik”", snapshot)


def test_a_field_on_one_side_only_differs() -> None:
    """A field the log holds and the row does not (a column dropped), or the reverse (a field
    added behind the app's back), is named like any other difference."""
    logged = [LogEntry("create", "site", "s-1", {"name": "Səfirlik", "kind": "chancery"})]
    expected = "row: The site “Səfirlik” (s-1) differs from the audit log in: kind."
    for snapshot in ({"name": "Səfirlik"}, {"name": "Səfirlik", "kind": "chancery"}):
        found, _, _ = _rows(logged, [_row_of_site(snapshot)])
        said = [f"{f.check}: {f.message}" for f in found]
        assert said == ([expected] if len(snapshot) == 1 else [])
    found, _, _ = _rows(
        logged[:1], [_row_of_site({"name": "Səfirlik", "kind": "chancery", "x": 1})]
    )
    assert [f.message for f in found] == [
        "The site “Səfirlik” (s-1) differs from the audit log in: x."
    ]


def test_the_report_names_the_pictures_and_originals_that_do_not_check(demo_path: Path) -> None:
    """The printed summary marks them: a preview replaced, an original altered."""
    with sqlite3.connect(demo_path) as raw:  # behind the app's back
        wall, crater = (
            raw.execute(
                "SELECT e.id, e.uuid, e.sha256 FROM evidence_items e WHERE original_filename = ?",
                (name,),
            ).fetchone()
            for name in ("KYIV-2025-001 wall.jpg", "KYIV-2024-001 crater.jpg")
        )
        raw.execute(
            "UPDATE derived_images SET data = (SELECT data FROM derived_images WHERE "
            "evidence_id = ? AND purpose = 'preview') "
            "WHERE evidence_id = ? AND purpose = 'preview'",
            (crater[0], wall[0]),
        )
        raw.execute("UPDATE blobs SET data = X'00' || data WHERE sha256 = ?", (crater[2],))
    with CaseFile.open(demo_path, read_only=True) as case:
        report = check(case)
    assert report.unchecked_pictures == {wall[1]}
    assert report.damaged_originals == {crater[2]}
    assert report.pending_pictures == frozenset()
