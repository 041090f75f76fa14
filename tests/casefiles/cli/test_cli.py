"""The command line, run as a user runs it: the installed `casefiles` script in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import sha256_of

SCRIPT = Path(sys.executable).with_name("casefiles")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [str(SCRIPT), *map(str, args)], capture_output=True, text=True, env=env, timeout=120
    )


def test_new_then_info_as_json(tmp_path: Path) -> None:
    path = tmp_path / "Xarkov konsulluğu.casefile"
    created = run(
        "new",
        path,
        "--mission",
        "Honorary Consulate, Kharkiv",
        "--city",
        "Харків",
        "--timezone",
        "Europe/Kyiv",
    )
    assert created.returncode == 0, created.stderr
    info = run("info", path, "--json")
    assert info.returncode == 0
    facts = json.loads(info.stdout)
    assert set(facts) == {
        "mission",
        "sites",
        "incidents",
        "damage_items",
        "photos",
        "notes",
        "correspondence",
        "schema_version",
        "fingerprint",
        "encrypted",
    }
    assert facts["mission"] == "Honorary Consulate, Kharkiv"
    assert facts["encrypted"] is False
    assert facts["incidents"] == 0 and len(facts["fingerprint"]) == 64


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "existing.casefile"
    path.write_text("keep me", encoding="utf-8")
    result = run("new", path, "--mission", "X")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "already exists" in result.stderr
    assert path.read_text(encoding="utf-8") == "keep me"


def test_demo_info_incidents_search_verify(tmp_path: Path) -> None:
    path = tmp_path / "demo.casefile"
    assert run("demo", path).returncode == 0
    facts = json.loads(run("info", path, "--json").stdout)
    assert {k: facts[k] for k in ("sites", "incidents", "correspondence")} == {
        "sites": 4,
        "incidents": 6,
        "correspondence": 3,
    }

    listing = run("incidents", path)
    lines = listing.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [
        "KYIV-2022-001",
        "KYIV-2024-001",
        "KYIV-2025-001",
        "KYIV-2025-002",
        "KYIV-2025-003",
        "KYIV-2025-004",
    ]
    assert "night of 13–14 Nov 2025, local time" in lines[-1]
    assert "January 2024" in lines[1] and "late August 2025" in lines[4]

    as_json = json.loads(run("incidents", path, "--json").stdout)
    assert set(as_json[0]) == {
        "reference",
        "title",
        "start",
        "end",
        "precision",
        "site",
        "type",
        "status",
    }
    assert as_json[0]["precision"] == "year" and as_json[-1]["precision"] == "part_of_day"

    found = json.loads(run("search", path, "Посольство", "--json").stdout)
    assert [r["reference"] for r in found] == ["KYIV-2025-004"]

    verified = run("verify", path)
    assert verified.returncode == 0 and "intact" in verified.stdout


def test_verify_exits_1_on_a_tampered_file(demo_path: Path) -> None:
    connection = sqlite3.connect(demo_path)
    connection.execute("UPDATE incidents SET staff_injured = 3 WHERE reference = 'KYIV-2025-004'")
    connection.commit()
    connection.close()
    result = run("verify", demo_path)
    assert result.returncode == 1
    assert "staff_injured" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("info", "{missing}"),
        ("info", "{text}"),
        ("incidents", "{text}", "--json"),
        ("nonsense",),
        ("new",),
        ("new", "{tmp}/x.casefile", "--mission", "M", "--timezone", "Nowhere/Land"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    text = tmp_path / "letter.casefile"
    text.write_text("not a case file", encoding="utf-8")
    before = sha256_of(text)
    values = {"missing": tmp_path / "nowhere.casefile", "text": text, "tmp": tmp_path}
    result = run(*(a.format(**values) for a in args))
    assert result.returncode == 2
    assert result.stderr.startswith("casefiles")
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert sha256_of(text) == before


def test_info_reads_the_file_without_loading_the_orm(demo_original: Path) -> None:
    # `info` is the quick look at a file: its start-up must not pay for SQLAlchemy (0.2 s+).
    probe = (
        "import sys\n"
        "from casefiles.cli import main\n"
        f"assert main(['info', {str(demo_original)!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PIL')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert "Incidents:" in result.stdout
    assert result.stdout.strip().endswith("[]"), result.stdout


def test_search_without_azerbaijani_letters_shows_where_each_match_was(demo_path: Path) -> None:
    text = run("search", demo_path, "sefirliyin binasinda")
    assert text.returncode == 0, text.stderr
    reference, where = text.stdout.splitlines()
    assert reference.startswith("KYIV-2025-004")
    assert where.startswith("    notes: [Səfirliyin] inzibati [binasında] böyük çat")

    (found,) = json.loads(run("search", demo_path, "sefirliyin", "--json").stdout)
    assert found["reference"] == "KYIV-2025-004"
    assert list(found) == [
        "reference", "title", "start", "end", "precision", "site", "type", "status", "matches"
    ]  # fmt: skip
    (match,) = found["matches"]
    assert match["in"] == "notes"
    assert [match["text"][a:b] for a, b in match["marks"]] == ["Səfirliyin"]


def test_search_says_when_nothing_matched(demo_path: Path) -> None:
    result = run("search", demo_path, "qarpız")
    assert (result.returncode, result.stdout) == (0, "No incident matches “qarpız”.\n")
    assert json.loads(run("search", demo_path, "qarpız", "--json").stdout) == []
