"""Migration runs only after a backup copy was written beside the file."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from casefiles.integrity.audit import head_hash
from casefiles.integrity.verify import verify
from casefiles.services import correspondence, damage, incidents, mission, notes, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.file_format import APPLICATION_ID, PAGE_SIZE, SCHEMA_VERSION
from casefiles.storage.migrate import create_schema
from casefiles.storage.store import CaseFile
from tests.helpers import unsigned


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
            case, title="Drone strike near the residence", site=site.uuid, span="2025-07"
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


def _schema_1_copy_of(source: Path, path: Path) -> None:
    """The records of `source` in a file as schema 1 stored them: the schema-1 tables, filled
    with the columns they had, and no search index."""
    _schema_1_case_file(path)
    connection = sqlite3.connect(path)
    connection.execute("ATTACH DATABASE ? AS source", (str(source),))
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT IN "
            "('alembic_version', 'casefile_meta') AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        columns = ", ".join(
            f'"{row[1]}"' for row in connection.execute(f'PRAGMA table_info("{table}")')
        )
        connection.execute(
            f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM source."{table}"'
        )
    connection.commit()
    connection.execute("DETACH DATABASE source")
    connection.close()


def _state(path: Path) -> tuple[dict[str, int], list[tuple[object, ...]], str, list[str]]:
    """What a migration must keep: rows per table, the search index, fingerprint, findings."""
    with CaseFile.open(path, read_only=True) as case:
        with case.reading() as session:
            raw = session.connection()
            tables = raw.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'incident_search%' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            ).scalars()
            counts = {
                table: raw.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one()
                for table in tables
            }
            index = [
                tuple(row)
                for row in raw.exec_driver_sql(
                    "SELECT rowid, * FROM incident_search ORDER BY rowid"
                ).all()
            ]
            fingerprint = head_hash(session)
        findings = [f"{f.check}: {f.message}" for f in verify(case)]
    return counts, index, fingerprint, findings


def _every_word(path: Path) -> set[str]:
    """The words of every live incident and of the notes, damage and letters that belong to
    one: what search must find."""
    connection = sqlite3.connect(path)
    texts = [
        row[0]
        for query in (
            "SELECT n.text FROM notes n JOIN incidents i ON i.id = n.incident_id "
            "WHERE NOT n.deleted AND NOT i.deleted",
            "SELECT d.description FROM damage_items d JOIN incidents i ON i.id = d.incident_id "
            "WHERE NOT d.deleted AND NOT i.deleted",
            "SELECT c.summary || ' ' || c.counterpart FROM correspondence c "
            "JOIN correspondence_incidents l ON l.correspondence_id = c.id "
            "JOIN incidents i ON i.id = l.incident_id WHERE NOT c.deleted AND NOT i.deleted",
            "SELECT title || ' ' || description FROM incidents WHERE NOT deleted",
        )
        for row in connection.execute(query)
    ]
    connection.close()
    return {word for text in texts for word in re.findall(r"\w{4,}", text)}


def test_an_older_file_full_of_records_searches_and_verifies_as_before(
    demo_path: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_path) as case:
        strike = incidents.get_by_reference(case, "KYIV-2025-004")
        note = notes.create(case, "Şüşə qırıntıları həyətdə: осколки скла", target=strike.uuid)
        gone = notes.create(case, "Yanlış qeyd silindi", target=strike.uuid)
        notes.delete(case, gone.uuid)
        crack = damage.create(
            case, strike.uuid, element="interior", severity="minor",
            description="Tavanda çat: тріщина на стелі",
        )  # fmt: skip
        removed = damage.create(
            case, strike.uuid, element="roof", severity="minor", description="Silinmiş dam"
        )
        damage.delete(case, removed.uuid)
    unsigned(demo_path)  # as the file was before entries were signed
    old = tmp_path / "old" / "Köhnə.casefile"
    old.parent.mkdir()
    _schema_1_copy_of(demo_path, old)
    before = _state(demo_path)
    words = _every_word(demo_path)
    assert {"Şüşə", "тріщина", "Tavanda", "осколки"} <= words
    with CaseFile.open(demo_path, read_only=True) as case:
        found_before = {w: incidents.search_uuids(case, w) for w in sorted(words)}

    with CaseFile.open(old) as case:
        assert case.version.schema == SCHEMA_VERSION
        found_after = {w: incidents.search_uuids(case, w) for w in sorted(words)}
        assert incidents.search_uuids(case, "tavanda cat") == [strike.uuid]  # no marks typed
        assert incidents.search_uuids(case, "Yanlış") == []
        assert incidents.search_uuids(case, "Silinmiş") == []
        assert note.text in [n.text for n in notes.list_notes(case, strike.uuid)]
        assert crack.uuid in [d.uuid for d in damage.list_damage(case, strike.uuid)]
    after = _state(old)

    assert after == before
    assert before[3] == []  # verify finds nothing, before and after
    assert found_after == found_before
    assert all(found_before[w] for w in words), "a stored word that search cannot find"


def _full_case_at_head(path: Path) -> None:
    """A case file whose search covers every kind of text: damage, notes, correspondence."""
    with create_case_file(path, "Səfirlik", timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Chancery").uuid
        strike = incidents.create(case, title="Dron zərbəsi", site=site, span="2025-11-14")
        damage.create(
            case, strike.uuid, element="structure", severity="severe", description="Binası"
        )
        notes.create(case, "Səfirliyin pəncərələri", target=strike.uuid)
        correspondence.create(
            case,
            kind="note_verbale",
            direction="sent",
            span="2025-11-15",
            summary="Etiraz göndərildi",
            incidents=[strike.uuid],
        )


def _as_written_by_schema(path: Path, schema: int) -> None:
    """Turn a current file back into what an older app left: schema 2 indexed every text as
    typed (unfolded); schema 1 had no search index at all; neither had photo views (4), nor
    signed entries and a register of people (5)."""
    unsigned(path)
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE photo_views")
    connection.execute("DROP TABLE people")
    connection.execute("ALTER TABLE audit_log DROP COLUMN signature")
    connection.execute("ALTER TABLE audit_log DROP COLUMN key_id")
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
