"""Counts and fingerprint: the same through an open case file and through the file alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casefiles.errors import CaseFileDamaged, NewerVersion, NotACaseFile
from casefiles.services import damage, incidents, notes, sites
from casefiles.storage.file_format import GENESIS_HASH, SCHEMA_VERSION
from casefiles.storage.overview import overview, read_overview
from casefiles.storage.store import CaseFile
from tests.helpers import folder_state


def test_the_file_alone_reads_what_the_open_case_file_reads(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        through_case = overview(case)
        assert through_case.incidents == len(incidents.list_incidents(case))
        assert through_case.sites == len(sites.list_sites(case)) == 4
        assert through_case.fingerprint == case.fingerprint()
    assert read_overview(demo_path) == through_case
    assert through_case.photos > 0 and through_case.correspondence > 0
    assert through_case.schema_version == SCHEMA_VERSION


def test_counts_follow_changes_and_leave_deleted_records_out(new_case: CaseFile) -> None:
    empty = read_overview(new_case.path)
    assert empty.mission == "Azərbaycan Respublikasının Ukraynadakı Səfirliyi"
    assert (empty.sites, empty.incidents, empty.photos) == (0, 0, 0)
    site = sites.create(new_case, kind="chancery", name="Səfirlik binası")
    incident = incidents.create(
        new_case, title="Удар дрона — pilotsuz", site=site.uuid, span="2025-11-14 night"
    )
    damage.create(new_case, incident.uuid, element="windows", severity="destroyed")
    note = notes.create(new_case, "Şüşələr sınıb; вікна вибиті", target=incident.uuid)

    # Read from the file while this process still holds it open for writing.
    grown = read_overview(new_case.path)
    assert (grown.sites, grown.incidents, grown.damage_items, grown.notes) == (1, 1, 1, 1)
    assert grown.fingerprint == new_case.fingerprint() != empty.fingerprint

    notes.delete(new_case, note.uuid)
    incidents.delete(new_case, incident.uuid)
    after = overview(new_case)
    assert (after.incidents, after.notes, after.sites) == (0, 0, 1)
    assert read_overview(new_case.path) == after


def test_a_file_with_no_audit_entry_has_the_genesis_fingerprint(demo_path: Path) -> None:
    connection = sqlite3.connect(demo_path)
    connection.execute("DELETE FROM audit_log")
    connection.commit()
    connection.close()
    assert read_overview(demo_path).fingerprint == GENESIS_HASH


def test_bad_files_are_refused_with_the_same_errors_as_opening(
    tmp_path: Path, demo_original: Path
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    text = folder / "letter.casefile"
    text.write_text("Hörmətli həmkarlar, ...", encoding="utf-8")
    other = folder / "contacts.casefile"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    short = folder / "short.casefile"
    short.write_bytes(demo_original.read_bytes()[: demo_original.stat().st_size // 2])
    before = folder_state(folder)
    for path, error, words in (
        (text, NotACaseFile, "not a case file"),
        (other, NotACaseFile, "another program"),
        (short, CaseFileDamaged, "cut short"),
        (folder, NotACaseFile, "folder"),
    ):
        with pytest.raises(error, match=words):
            read_overview(path)
    assert folder_state(folder) == before


def test_a_file_this_version_cannot_read_is_refused_and_untouched(demo_path: Path) -> None:
    connection = sqlite3.connect(demo_path)
    connection.executemany(
        "UPDATE casefile_meta SET value = ? WHERE key = ?",
        [(str(SCHEMA_VERSION + 1), "min_reader_schema"), ("9.0", "min_reader_app")],
    )
    connection.commit()
    connection.close()
    before = folder_state(demo_path.parent)
    with pytest.raises(NewerVersion, match=r"9\.0"):
        read_overview(demo_path)
    assert folder_state(demo_path.parent) == before
