"""casefiles hq verify, missions, incidents, search and summary against a real PostgreSQL."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine, text

from casefiles.bundle.export import export_bundle
from casefiles.cli import main
from casefiles.domain.timespan import TimeSpan, zone
from casefiles.hq.importer import import_bundle
from casefiles.hq.queries import mission_ids, timeline_lanes, timeline_rows
from casefiles.services import damage, incidents, photo_import, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.store import CaseFile
from tests.casefiles.hq.helpers import run, run_json
from tests.helpers import require
from tests.hq_fixtures import MissionBundles

BAKU = "Azərbaycan Respublikasının Xarkovdakı Fəxri Konsulluğu"
DEMO = "Embassy of the Republic of Azerbaijan in Ukraine"


@pytest.fixture
def filled(hq: Engine, demo_bundle_file: Path, baku_bundles: MissionBundles) -> Engine:
    for bundle in (demo_bundle_file, baku_bundles.later):
        assert import_bundle(hq, bundle).outcome == "imported"
    return hq


def _sql(engine: Engine, statement: str) -> None:
    with engine.begin() as connection:
        connection.execute(text(statement))


def test_verify_passes_on_what_was_imported(
    filled: Engine, hq_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "hq", "verify", hq_url)
    assert code == 0 and "check out" in out


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            "UPDATE incidents SET title = 'Nothing happened' WHERE reference = 'XRK-2024-001'",
            "differs from the audit log in: title",
        ),
        (
            "UPDATE audit_entries SET changes_json = replace(changes_json, 'Şüşələr', 'Yox') "
            "WHERE changes_json LIKE '%Şüşələr%'",
            "was altered",
        ),
        (
            "DELETE FROM audit_entries WHERE seq = (SELECT max(seq) FROM audit_entries a "
            "WHERE a.mission_id = audit_entries.mission_id)",
            "no longer reaches the fingerprint",
        ),
        (
            "UPDATE originals SET data = data || '\\x00'::bytea "
            "WHERE sha256 = (SELECT min(sha256) FROM originals)",
            "does not have that SHA-256",
        ),
        (
            "UPDATE damage_items SET bundle_id = (SELECT min(id) FROM bundles) "
            "WHERE description = 'Dam'",
            "bundle of another mission",
        ),
    ],
)
def test_verify_finds_an_edit_made_behind_its_back(
    filled: Engine, hq_url: str, capsys: pytest.CaptureFixture[str], edit: str, expected: str
) -> None:
    _sql(filled, edit)
    code, out, _err = run(capsys, "hq", "verify", hq_url)
    assert code == 1
    assert expected in out


def test_verify_of_one_mission_leaves_the_others_out(
    filled: Engine, hq_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(filled, "UPDATE incidents SET title = 'x' WHERE reference = 'XRK-2024-001'")
    assert run(capsys, "hq", "verify", hq_url, "--mission", DEMO)[0] == 0
    code, out, _err = run(capsys, "hq", "verify", hq_url, "--mission", BAKU)
    assert code == 1 and out.startswith(f"row: {BAKU}: ")
    code, _out, err = run(capsys, "hq", "verify", hq_url, "--mission", "Nowhere")
    assert code == 2 and "no mission named 'Nowhere'" in err


def test_missions_lists_each_with_its_counts(
    filled: Engine, hq_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    found = {m["name"]: m for m in run_json(capsys, "hq", "missions", hq_url)}
    assert set(found) == {BAKU, DEMO}
    assert found[BAKU]["incidents"] == 2 and found[BAKU]["sites"] == 1
    assert found[DEMO]["incidents"] == 6 and found[DEMO]["bundles"] == 1


def test_incidents_have_the_keys_of_casefiles_incidents_and_the_mission(
    filled: Engine, hq_url: str, baku_bundles: MissionBundles, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    listed = run_json(capsys, "hq", "incidents", hq_url, "--mission", BAKU)
    assert main(["incidents", str(baku_bundles.case), "--json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    # The case file now holds the edited title, which headquarters refused: compare the rest.
    assert [{k: v for k, v in i.items() if k not in ("mission", "title")} for i in listed] == [
        {k: v for k, v in i.items() if k != "title"} for i in expected
    ]
    assert all(i["mission"] == BAKU for i in listed)
    every = run_json(capsys, "hq", "incidents", hq_url)
    assert len(every) == 8
    assert [i["start"] for i in every] == sorted(i["start"] for i in every)


def test_the_timeline_query_gives_what_the_desktop_shows(
    filled: Engine, demo_original: Path, baku_bundles: MissionBundles
) -> None:
    """Each incident as the mission's own case file lists it: time, worst damage, photos."""
    expected = {}
    for path in (demo_original, baku_bundles.case):
        with CaseFile.open(path, read_only=True) as case:
            expected |= {
                r.uuid: (r.site_uuid, r.reference, r.span.start.timestamp(),
                         r.span.end.timestamp(), r.span.precision.value, r.incident_type.value,
                         r.worst_severity.value if r.worst_severity else None, r.photo_count)
                for r in incidents.list_incidents(case)
            }  # fmt: skip
    with filled.connect() as connection:
        rows = timeline_rows(connection)
        lanes = timeline_lanes(connection)
        baku = mission_ids(connection, [BAKU])
        only_baku = timeline_rows(connection, baku)
    found = {
        uuid: (site, ref, start, end, *rest) for uuid, site, ref, _title, start, end, *rest in rows
    }
    assert found == expected
    assert any(row[-1] > 0 for row in rows) and any(row[-2] for row in rows)  # not all empty
    assert {row[2] for row in only_baku} == {"XRK-2024-001", "XRK-2024-002"}
    # Lanes: missions by name, then each mission's sites; every incident has its lane.
    assert [lane.mission for lane in lanes] == sorted(lane.mission for lane in lanes)
    assert ("Fəxri Konsulluq binası", BAKU) in {(lane.site, lane.mission) for lane in lanes}
    assert {row[1] for row in rows} <= {lane.site_uuid for lane in lanes}


def test_a_later_bundle_adding_damage_and_photos_updates_the_timeline(
    hq: Engine, tmp_path: Path
) -> None:
    """Damage and a photo added at the mission to an incident headquarters already holds."""
    case = create_case_file(
        tmp_path / "Київ.casefile", "Посольство", city="Київ", host_country="Україна",
        timezone="Europe/Kyiv", reference_prefix="KYV",
    )  # fmt: skip
    photo = tmp_path / "şəkil.jpg"
    Image.new("RGB", (64, 48), "gray").save(photo, "JPEG")
    with case:
        site = sites.create(case, kind="chancery", name="Канцелярія")
        hit = incidents.create(
            case, title="Удар дрона", site=site.uuid,
            span=TimeSpan.on_day(date(2024, 5, 3), zone("Europe/Kyiv")),
            incident_type="drone_strike", impact="debris", status="documented",
        )  # fmt: skip
        damage.create(case, hit.uuid, element="windows", severity="minor", description="Скло")
        first = export_bundle(case, tmp_path / "first.zip").path
        damage.create(case, hit.uuid, element="roof", severity="destroyed", description="Дах")
        photo_import.import_files(case, hit.uuid, [photo])
        later = export_bundle(case, tmp_path / "later.zip").path
    marks = []
    for bundle in (first, later):
        assert import_bundle(hq, bundle).outcome == "imported"
        with hq.connect() as connection:
            marks += [row[-2:] for row in timeline_rows(connection)]
    assert marks == [("minor", 0), ("destroyed", 1)]


@pytest.mark.parametrize(
    ("query", "reference"),
    [
        ("sefirliyin", "XRK-2024-001"),  # Səfirliyin: ə folded
        ("isiq", "XRK-2024-001"),  # İşıq: İ, ş and ı folded
        ("AGIR ZIYAN", "XRK-2024-001"),  # ağır ziyan: ğ, ı; case
        ("ağır", "XRK-2024-001"),  # typed with the letters
        ("елка", "XRK-2024-001"),  # ёлка: ё folded
        ("беспилот", "XRK-2024-001"),  # the start of a Cyrillic word
        ("обстрел", "XRK-2024-002"),
        ("suseler", "XRK-2024-001"),  # in its damage: Şüşələr
    ],
)
def test_search_folds_letters_as_the_desktop_does(
    filled: Engine, hq_url: str, capsys: pytest.CaptureFixture[str], query: str, reference: str
) -> None:
    hits = run_json(capsys, "hq", "search", hq_url, query, "--mission", BAKU)
    assert [hit["reference"] for hit in hits] == [reference]
    assert hits[0]["mission"] == BAKU
    assert hits[0]["matches"], "where it matched is shown"


def test_search_matches_word_starts_across_missions(
    filled: Engine, hq_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_json(capsys, "hq", "search", hq_url, "ilot") == []  # inside a word: no
    hits = run_json(capsys, "hq", "search", hq_url, "drone")
    assert {hit["mission"] for hit in hits} == {DEMO}
    assert run_json(capsys, "hq", "search", hq_url, "drone", "--mission", BAKU) == []
    found = run_json(capsys, "hq", "search", hq_url, "sefirliyin")  # in both missions' texts
    assert {hit["mission"] for hit in found} == {DEMO, BAKU}
    code, out, _err = run(capsys, "hq", "search", hq_url, "Səfirliyin")
    assert code == 0 and "[Səfirliyin]" in out


def test_the_cross_mission_summary_reads_back_from_its_pdf(
    filled: Engine,
    hq_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qapp: object,  # the tests' QApplication: rendering in-process must not make a bare one
) -> None:
    from shutil import which

    from ui.launcher import render_pdf

    require(which("pdftotext") is not None, "pdftotext (apt-get install poppler-utils)")
    output = tmp_path / "hq.pdf"
    code = main(["hq", "summary", hq_url, "-o", str(output)], render_pdf=render_pdf)
    assert code == 0, capsys.readouterr().err
    pdf = subprocess.run(
        ["pdftotext", str(output), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(pdf.split())
    assert "Headquarters summary" in flat
    for reference in ("XRK-2024-001", "XRK-2024-002", "KYIV-2025-004"):
        assert reference in flat
    assert "EUR 3,000" in flat and "UAH 12,500.50" in flat  # totals per currency
    assert BAKU in flat and DEMO in flat  # a section per mission
    assert "Şüşələr" in flat  # a costed damage line, as typed
    assert "Fəxri Konsulluq binası" in flat and "Україна" in flat  # its site, its country
    # Only the chosen mission, and a period with none of its incidents.
    chosen = tmp_path / "baku.pdf"
    code = main(
        ["hq", "summary", hq_url, "-o", str(chosen), "--mission", BAKU, "--from", "2024-08-01"],
        render_pdf=render_pdf,
    )
    assert code == 0
    text_ = subprocess.run(
        ["pdftotext", str(chosen), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "XRK-2024-002" in text_ and "XRK-2024-001" not in text_ and "KYIV" not in text_
    # Never over an existing file.
    assert main(["hq", "summary", hq_url, "-o", str(chosen)], render_pdf=render_pdf) == 2
    # In Ukrainian for the host ministry: its words, amounts with its separators, user text kept.
    ukrainian = tmp_path / "uk.pdf"
    code = main(
        ["hq", "summary", hq_url, "-o", str(ukrainian), "--language", "uk"], render_pdf=render_pdf
    )
    assert code == 0, capsys.readouterr().err
    flat = " ".join(
        subprocess.run(
            ["pdftotext", str(ukrainian), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Зведення центрального апарату" in flat and "Headquarters summary" not in flat
    assert "UAH 12 500,50" in flat and "Şüşələr" in flat and "Україна" in flat
    assert main(["hq", "summary", hq_url, "-o", str(tmp_path / "de.pdf"), "--language", "de"]) == 2
