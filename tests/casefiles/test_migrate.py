"""Migration runs only after a backup copy was written beside the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casefiles.file_format import APPLICATION_ID, PAGE_SIZE, SCHEMA_VERSION
from casefiles.migrate import create_schema
from casefiles.services import correspondence, damage, incidents, mission, notes, sites
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


def _full_case_at_head(path: Path) -> None:
    """A case file whose search covers every kind of text: damage, notes, correspondence."""
    with CaseFile.create(path, "Səfirlik", timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Chancery").uuid
        strike = incidents.create(case, title="Dron zərbəsi", site=site, when="2025-11-14")
        damage.create(
            case, strike.uuid, element="structure", severity="severe", description="Binası"
        )
        notes.create(case, "Səfirliyin pəncərələri", target=strike.uuid)
        correspondence.create(
            case,
            kind="note_verbale",
            direction="sent",
            when="2025-11-15",
            summary="Etiraz göndərildi",
            incidents=[strike.uuid],
        )


def _as_written_by_schema(path: Path, schema: int) -> None:
    """Turn a current file back into what an older app left: schema 2 indexed every text as
    typed (unfolded); schema 1 had no search index at all."""
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM incident_search")
    if schema == 1:
        connection.execute("DROP TABLE incident_search")
    else:
        connection.execute(
            "INSERT INTO incident_search (rowid, reference, title, description, damage, notes, "
            "correspondence) SELECT i.id, i.reference, i.title, i.description, "
            "(SELECT group_concat(description, char(10)) FROM damage_items "
            "WHERE incident_id = i.id), "
            "(SELECT group_concat(text, char(10)) FROM notes WHERE incident_id = i.id), "
            "(SELECT group_concat(c.summary, char(10)) FROM correspondence c "
            "JOIN correspondence_incidents l ON l.correspondence_id = c.id "
            "WHERE l.incident_id = i.id) FROM incidents i"
        )
    connection.execute(
        "UPDATE casefile_meta SET value = ? WHERE key IN ('schema_version', 'min_writer_schema')",
        (str(schema),),
    )
    connection.execute("UPDATE alembic_version SET version_num = ?", (f"000{schema}",))
    connection.execute(f"PRAGMA user_version={schema}")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("schema", [1, 2])
def test_migration_folds_the_search_index_over_every_text(tmp_path: Path, schema: int) -> None:
    path = tmp_path / "köhnə.casefile"
    _full_case_at_head(path)
    _as_written_by_schema(path, schema)
    with CaseFile.open(path) as case:
        assert case.version.schema == SCHEMA_VERSION
        for query in ("zerbesi", "binasi", "sefirliyin", "gonderildi", "Səfirliyin"):
            found = [r.title for r in incidents.search_incidents(case, query)]
            assert found == ["Dron zərbəsi"], query
        assert verify(case) == []
