"""Migration runs only after a backup copy was written beside the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casefiles.file_format import APPLICATION_ID, PAGE_SIZE, SCHEMA_VERSION
from casefiles.migrate import create_schema
from casefiles.services import incidents, mission, sites
from casefiles.store import CaseFile
from casefiles.verify import verify


def _schema_1_case_file(path: Path) -> None:
    """A case file as version 0.1.0 with schema 1 wrote it (before full-text search)."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    create_schema(path, revision="0001")


def test_an_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "Köhnə fayl.casefile"
    _schema_1_case_file(path)
    connection = sqlite3.connect(path)
    assert connection.execute(
        "SELECT value FROM casefile_meta WHERE key='schema_version'"
    ).fetchone() == ("1",)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "incident_search" not in tables

    with CaseFile.open(path) as case:
        assert case.version.schema == SCHEMA_VERSION
        mission.create(case, name="Посольство", timezone="Europe/Kyiv")
        site = sites.create(case, kind="chancery", name="Chancery")
        incidents.create(
            case, title="Drone strike near the residence", site=site.uuid, when="2025-07"
        )
        assert [r.title for r in incidents.search_incidents(case, "residence")] == [
            "Drone strike near the residence"
        ]
        assert verify(case) == []

    (backup,) = tmp_path.glob("Köhnə fayl.before-schema-*.casefile")
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute(
        "SELECT value FROM casefile_meta WHERE key='schema_version'"
    ).fetchone() == ("1",)
    assert copy.execute("PRAGMA page_size").fetchone() == (PAGE_SIZE,)
    copy.close()


def test_a_current_file_is_not_migrated_or_copied(demo_path: Path) -> None:
    CaseFile.open(demo_path).close()
    assert sorted(p.name for p in demo_path.parent.glob("*.casefile")) == ["demo.casefile"]
