"""casefiles hq init and import against a real PostgreSQL: merge by uuid, repeat, update,
conflict, forged and failing bundles, two imports at once, provenance."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from casefiles.bundle.export import export_bundle
from casefiles.domain.timespan import TimeSpan, zone
from casefiles.hq.importer import import_bundle
from casefiles.hq.incident_marks import refresh_marks
from casefiles.hq.migrate import HEAD_REVISION, MIGRATIONS, VERSION_TABLE, _config
from casefiles.hq.schema import metadata
from casefiles.hq.search_text import refresh_search_text
from casefiles.services import correspondence, damage, incidents, notes, sites
from casefiles.services.mission import create_case_file
from tests.casefiles.bundle.zips import rebuild, with_manifest
from tests.casefiles.hq.helpers import count, database_state, run, run_json, spawn
from tests.hq_fixtures import MissionBundles
from tests.postgres_server import new_database


def test_init_creates_the_schema_then_finds_it_up_to_date(
    hq_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = new_database(hq_server, "hq_init")
    assert run(capsys, "hq", "init", url)[:2] == (
        0,
        "Created the headquarters schema (revision 0003).\n",
    )
    assert run(capsys, "hq", "init", url)[:2] == (
        0,
        "The headquarters schema is up to date (revision 0003).\n",
    )


def test_the_migrations_build_exactly_the_schema_the_code_expects(hq: Engine) -> None:
    with hq.connect() as connection:
        parts = set(connection.scalars(text(_PARTITIONS_OF_ORIGINALS)))
        context = MigrationContext.configure(
            connection,
            opts={
                "version_table": VERSION_TABLE,
                "include_name": lambda name, kind, _parents: (
                    kind != "table" or (name != VERSION_TABLE and name not in parts)
                ),
                # PostgreSQL's own copies of a key that names the partitioned table, one per
                # partition: what the key to `originals` is made of, not keys of their own.
                "include_object": lambda item, _name, kind, reflected, _other: (
                    not (
                        kind == "foreign_key_constraint"
                        and reflected
                        and item.referred_table.name in parts
                    )
                ),
            },
        )
        differences = compare_metadata(context, metadata)
    assert len(parts) == 16
    assert differences == []


def test_the_revision_the_commands_check_for_is_the_newest_migration() -> None:
    """Imports and reads compare the database's revision with HEAD_REVISION, not with
    Alembic's scripts (they do not load Alembic): a new migration must move it."""
    assert ScriptDirectory(str(MIGRATIONS)).get_current_head() == HEAD_REVISION


def test_upgrading_from_0001_fills_what_the_timeline_shows(
    hq: Engine, hq_url: str, demo_bundle_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0002 puts worst damage and photo count on incidents: for a database that already held
    missions it works them out as an import would have."""
    assert import_bundle(hq, demo_bundle_file).outcome == "imported"
    imported = database_state(hq)
    with hq.begin() as connection:
        command.downgrade(_config(connection), "0001")
    code, _out, err = run(capsys, "hq", "import", hq_url, str(demo_bundle_file))
    assert code == 2
    assert err == (
        "casefiles: this database's headquarters schema is at revision 0001, not 0003; run "
        "casefiles hq init to bring it up to date\n"
    )
    assert run(capsys, "hq", "init", hq_url)[:2] == (
        0,
        "Updated the headquarters schema from revision 0001 to 0003.\n",
    )
    assert database_state(hq) == imported


_PARTITIONS_OF_ORIGINALS = (
    "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'originals'::regclass"
)
_STORAGE_OF_THE_PARTS = (
    "SELECT DISTINCT a.attstorage FROM pg_attribute AS a JOIN pg_inherits AS i "
    "ON i.inhrelid = a.attrelid WHERE i.inhparent = 'originals'::regclass AND a.attname = 'data'"
)


def test_upgrading_from_0002_moves_the_originals_into_partitions_unchanged(
    hq: Engine, hq_url: str, demo_bundle_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0003 rebuilds `originals` as 16 hash partitions: every original's bytes come through,
    and evidence still cannot name an original that is not there."""
    assert import_bundle(hq, demo_bundle_file).outcome == "imported"
    imported = database_state(hq)
    with hq.begin() as connection:
        command.downgrade(_config(connection), "0002")
        assert connection.scalar(text(_PARTITIONS_OF_ORIGINALS)) is None
    assert run(capsys, "hq", "init", hq_url)[:2] == (
        0,
        "Updated the headquarters schema from revision 0002 to 0003.\n",
    )
    assert database_state(hq) == imported
    with hq.connect() as connection:
        assert len(connection.scalars(text(_PARTITIONS_OF_ORIGINALS)).all()) == 16
        spread = connection.scalar(text("SELECT count(DISTINCT tableoid) FROM originals"))
        assert spread is not None and spread > 1
        storage = connection.scalars(text(_STORAGE_OF_THE_PARTS)).all()
        assert storage == ["e"]  # EXTERNAL in every part: no attempt to compress photos
        with pytest.raises(DBAPIError, match="evidence_items_sha256_fkey"):
            connection.execute(text("UPDATE evidence_items SET sha256 = repeat('0', 64)"))


def test_reading_a_database_without_the_schema_says_to_init_it(
    hq_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = new_database(hq_server, "hq_bare")
    code, _out, err = run(capsys, "hq", "missions", url)
    assert code == 2
    assert "run casefiles hq init" in err and len(err.splitlines()) == 1


def test_import_then_the_same_bundle_again_changes_nothing(
    hq: Engine, hq_url: str, demo_bundle_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [first] = run_json(capsys, "hq", "import", hq_url, str(demo_bundle_file))
    assert set(first) == {"bundle", "mission", "outcome", "added", "reason"}
    assert first["outcome"] == "imported" and first["reason"] is None
    assert first["mission"] == "Embassy of the Republic of Azerbaijan in Ukraine"
    assert first["added"]["incidents"] == 6 and first["added"]["evidence"] == 12
    state = database_state(hq)
    [again] = run_json(capsys, "hq", "import", hq_url, str(demo_bundle_file))
    assert again["outcome"] == "unchanged" and again["added"] == {}
    assert database_state(hq) == state


def test_every_record_knows_the_bundle_that_brought_it(hq: Engine, demo_bundle_file: Path) -> None:
    import_bundle(hq, demo_bundle_file)
    with hq.connect() as connection:
        bundle = connection.execute(text("SELECT * FROM bundles")).mappings().one()
        unsourced = connection.execute(
            text("SELECT count(*) FROM incidents i LEFT JOIN bundles b ON b.id = i.bundle_id "
                 "WHERE b.id IS NULL")
        ).scalar_one()  # fmt: skip
    manifest_sha = (
        __import__("hashlib")
        .sha256(__import__("zipfile").ZipFile(demo_bundle_file).read("manifest.json"))
        .hexdigest()
    )
    assert bundle["manifest_sha256"] == manifest_sha
    assert bundle["exported_by"] and bundle["complete"] is True
    assert len(bundle["source_fingerprint"]) == 64 and bundle["imported_by"] == "hq"
    assert unsourced == 0


def test_a_later_bundle_of_the_mission_adds_what_is_new(
    hq: Engine, baku_bundles: MissionBundles
) -> None:
    assert import_bundle(hq, baku_bundles.first).outcome == "imported"
    later = import_bundle(hq, baku_bundles.later)
    assert later.outcome == "imported"
    assert later.added["incidents"] == 1 and later.added["damage_items"] == 1
    assert "sites" not in later.added and "mission" not in later.added
    assert count(hq, "incidents") == 2 and count(hq, "bundles") == 2
    # The earlier bundle is older news: nothing of it is new any more.
    assert import_bundle(hq, baku_bundles.first).outcome == "unchanged"


def test_a_conflict_is_refused_with_the_list_and_changes_nothing(
    hq: Engine, hq_url: str, baku_bundles: MissionBundles, capsys: pytest.CaptureFixture[str]
) -> None:
    import_bundle(hq, baku_bundles.later)
    state = database_state(hq)
    outcome = import_bundle(hq, baku_bundles.edited)
    assert outcome.outcome == "conflict"
    assert any("XRK-2024-001: title differ" in line for line in outcome.conflicts)
    assert any(line.startswith("audit entry") for line in outcome.conflicts) is False
    assert database_state(hq) == state
    code, out, _err = run(capsys, "hq", "import", hq_url, str(baku_bundles.edited))
    assert code == 2
    assert "edited.zip: conflict:" in out and "Nothing was changed" in out


def test_two_missions_share_one_copy_of_an_original(
    hq: Engine, demo_bundle_file: Path, baku_bundles: MissionBundles
) -> None:
    import_bundle(hq, demo_bundle_file)
    originals = count(hq, "originals")
    outcome = import_bundle(hq, baku_bundles.first)
    assert outcome.outcome == "imported" and outcome.added["evidence"] == 1
    assert "originals" not in outcome.added and count(hq, "originals") == originals


def test_a_bundle_claiming_another_mission_is_refused(
    hq: Engine, demo_bundle_file: Path, tmp_path: Path
) -> None:
    import_bundle(hq, demo_bundle_file)
    state = database_state(hq)

    def other_mission(manifest: dict[str, object]) -> None:
        mission = manifest["mission"]
        assert isinstance(mission, dict)
        moved = json.dumps(manifest).replace(mission["uuid"], "0" * 8 + mission["uuid"][8:])
        manifest.update(json.loads(moved))

    forged = with_manifest(demo_bundle_file, tmp_path / "other.zip", other_mission)
    outcome = import_bundle(hq, forged)
    # Its audit log no longer checks out (entry 1 registers the demo's signer, entry 2 creates
    # the mission): refused before anything is written.
    assert outcome.outcome == "refused" and "Audit entry 2 was altered" in (outcome.reason or "")
    assert database_state(hq) == state


def test_a_forged_bundle_with_checksums_redone_is_refused(
    hq: Engine, hq_url: str, baku_bundles: MissionBundles, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import_bundle(hq, baku_bundles.first)
    state = database_state(hq)

    def rename(manifest: dict[str, list[dict[str, str]]]) -> None:
        manifest["incidents"][0]["title"] = "Heç nə olmadı"

    forged = with_manifest(baku_bundles.later, tmp_path / "forged.zip", rename)  # type: ignore[arg-type]
    [outcome] = run_json(capsys, "hq", "import", hq_url, str(forged), exit_code=2)
    assert outcome["outcome"] == "refused"
    assert "differs from the audit log" in outcome["reason"]
    assert database_state(hq) == state


def test_a_damaged_bundle_is_refused_and_the_next_one_still_imported(
    hq: Engine, hq_url: str, baku_bundles: MissionBundles, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    def cut(files: dict[str, bytes]) -> None:
        name = next(n for n in files if n.startswith("evidence/") or n.startswith("tables/"))
        files[name] = files[name][:-5]

    broken = rebuild(baku_bundles.first, tmp_path / "broken.zip", cut, resum=False)
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("not a zip")
    code, out, _err = run(
        capsys, "hq", "import", hq_url, str(broken), str(not_zip), str(baku_bundles.first)
    )
    lines = out.splitlines()
    assert code == 2 and len(lines) == 3
    assert lines[0].startswith("broken.zip: refused:")
    assert lines[1].startswith("notes.zip: refused:")
    assert lines[2].startswith("first.zip: imported")
    assert count(hq, "bundles") == 1


def test_a_bundle_that_fails_while_being_written_leaves_nothing(
    hq: Engine, demo_bundle_file: Path
) -> None:
    """The database itself refuses the last table written: everything before it is undone."""
    with hq.begin() as connection:
        connection.execute(
            text(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'disk quota exceeded'; END $$;"
                "CREATE TRIGGER refuse BEFORE INSERT ON audit_entries "
                "FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
        )
    state = database_state(hq)
    outcome = import_bundle(hq, demo_bundle_file)
    assert outcome.outcome == "refused"
    assert "disk quota exceeded" in (outcome.reason or "")
    assert database_state(hq) == state
    assert count(hq, "missions") == 0 and count(hq, "originals") == 0


def test_two_imports_at_once_from_two_processes(
    hq: Engine, hq_url: str, demo_bundle_file: Path, baku_bundles: MissionBundles
) -> None:
    # The same bundle twice at once: one imports it, the other finds it there.
    same = [spawn("hq", "import", hq_url, str(demo_bundle_file), "--json") for _ in range(2)]
    outcomes = sorted(json.loads(p.communicate()[0])[0]["outcome"] for p in same)
    assert outcomes == ["imported", "unchanged"]
    # Two missions at once: both go in.
    both = [
        spawn("hq", "import", hq_url, str(baku_bundles.first), "--json"),
        spawn("hq", "import", hq_url, str(baku_bundles.later), "--json"),
    ]
    results = [json.loads(p.communicate()[0])[0] for p in both]
    assert {r["outcome"] for r in results} <= {"imported", "unchanged"}
    assert all(p.returncode == 0 for p in [*same, *both])
    assert count(hq, "missions") == 2 and count(hq, "incidents") == 8


def test_an_original_written_meanwhile_by_another_import_is_retried_not_refused(
    hq: Engine, hq_url: str, baku_bundles: MissionBundles
) -> None:
    """Originals go in by COPY, without ON CONFLICT: one that another import commits while
    this one waits for it is a clash on its key, and the bundle is merged again, finding the
    original held."""
    with zipfile.ZipFile(baku_bundles.first) as archive:
        [photo] = [archive.read(n) for n in archive.namelist() if n.startswith("evidence/")]
    sha256 = hashlib.sha256(photo).hexdigest()
    with hq.connect() as other:
        other.execute(text(_OTHER_BUNDLE))
        other.execute(
            text("INSERT INTO originals SELECT :sha256, :size, :data, max(id) FROM bundles"),
            {"sha256": sha256, "size": len(photo), "data": photo},
        )
        importing = spawn("hq", "import", hq_url, str(baku_bundles.first), "--json")
        _wait_until_an_import_waits_for_a_lock(hq)
        other.commit()
        out, err = importing.communicate(timeout=60)
    assert importing.returncode == 0, err
    [outcome] = json.loads(out)
    assert outcome["outcome"] == "imported" and outcome["added"]["evidence"] == 1
    assert "originals" not in outcome["added"]
    assert count(hq, "originals") == 1


_OTHER_BUNDLE = (
    "INSERT INTO bundles (bundle_uuid, mission_uuid, file_name, manifest_sha256, "
    "source_fingerprint, complete, exported_by, exported_at, app_version, added) VALUES "
    "(gen_random_uuid(), gen_random_uuid(), 'other.zip', repeat('a', 64), repeat('b', 64), "
    "true, 'someone', now(), '1', '{}')"
)


def _wait_until_an_import_waits_for_a_lock(engine: Engine) -> None:
    """Each look in a transaction of its own: within one, PostgreSQL shows the activity as it
    was at the first look."""
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE application_name = 'casefiles hq' AND wait_event_type = 'Lock'"
    )
    deadline = time.monotonic() + 30
    while True:
        with engine.connect() as connection:
            if connection.scalar(waiting):
                return
        assert time.monotonic() < deadline, "the import never waited for the other's original"
        time.sleep(0.05)


def test_no_server_is_one_line_naming_the_host(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "hq", "missions", "postgresql://hq@127.0.0.1:9/nowhere")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "127.0.0.1:9" in err and "Traceback" not in err


def test_a_password_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "hq", "init", "postgresql://hq:secret@127.0.0.1:9/db")
    assert code == 2 and "PGPASSWORD" in err and "secret" not in err


def test_new_incidents_are_written_with_the_search_text_and_marks_the_database_gives(
    hq: Engine, demo_bundle_file: Path, tmp_path: Path
) -> None:
    """The importer works out a new incident's search text and timeline marks from the bundle:
    they must be what `refresh_search_text` and `refresh_marks` read back from the database,
    with deleted damage and notes, a letter about two incidents, and a letter headquarters
    already held that a later bundle links to a new incident."""
    tz = zone("Europe/Kyiv")
    with create_case_file(
        tmp_path / "Одеса.casefile", "Місія в Одесі", city="Odesa", host_country="Україна",
        timezone="Europe/Kyiv", reference_prefix="ODS",
    ) as case:  # fmt: skip
        site = sites.create(case, kind="chancery", name="Канцелярія")
        held, later = (
            incidents.create(case, title=title, site=site.uuid, span=TimeSpan.on_day(day, tz),
                             incident_type="drone_strike", impact="debris", status="documented",
                             description="Şüşələr qırıldı; İşıq yox.")
            for title, day in (("Удар дрона", date(2024, 1, 2)), ("Zərbə", date(2024, 2, 3)))
        )  # fmt: skip
        for incident in (held, later):
            damage.create(case, incident.uuid, element="roof", severity="minor", description="Dam")
            worst = damage.create(case, incident.uuid, element="windows", severity="destroyed")
            damage.delete(case, worst.uuid)  # no longer the worst: deleted
            notes.delete(case, notes.create(case, "Видалена нотатка", target=incident.uuid).uuid)
            notes.create(case, "Ёлка у входа", target=incident.uuid)
        correspondence.create(
            case, kind="note_verbale", direction="sent", summary="Протест щодо удару",
            span=TimeSpan.on_day(date(2024, 2, 5), tz),
            counterpart="МЗС", reference_number="N-1", incidents=[held.uuid, later.uuid],
        )  # fmt: skip
        partial = export_bundle(case, tmp_path / "partial.zip", incidents=[held.reference])
        whole = export_bundle(case, tmp_path / "whole.zip")
    assert import_bundle(hq, demo_bundle_file).outcome == "imported"
    assert import_bundle(hq, partial.path).outcome == "imported"
    assert import_bundle(hq, whole.path).added["correspondence links"] == 1
    written = database_state(hq)
    with hq.begin() as connection:
        every = list(connection.execute(text("SELECT uuid FROM incidents")).scalars())
        refresh_search_text(connection, every)
        refresh_marks(connection, every)
        searched = connection.execute(
            text("SELECT search_folded FROM incidents WHERE uuid = :uuid"), {"uuid": later.uuid}
        ).scalar_one()
    assert database_state(hq) == written
    assert "протест" in searched and "елка" in searched and "видалена" not in searched
