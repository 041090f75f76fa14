"""`casefiles add-photos` and `casefiles export-photos`, run as the installed script."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests import photo_factory as factory
from tests.casefiles.cli.test_cli import run

WHEN = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def test_add_photos_reports_each_file_and_exits_2_when_any_was_refused(
    demo_path: Path, tmp_path: Path
) -> None:
    good = factory.camera_jpeg(tmp_path / "Şəkil.jpg", when=WHEN)
    bad = factory.text_as_jpg(tmp_path / "лист.jpg")
    result = run("add-photos", demo_path, "--incident", "KYIV-2025-004", good, bad, good)
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert lines[0].startswith("imported") and "Şəkil.jpg" in lines[0]
    assert any(line.startswith("refused") and "лист.jpg: not an image" in line for line in lines)
    assert lines[-1] == "1 imported, 0 duplicate, 1 refused, of 2 files"

    again = run("add-photos", demo_path, "--incident", "KYIV-2025-004", good, "--json")
    assert again.returncode == 0
    (item,) = json.loads(again.stdout)
    assert set(item) == {"file", "outcome", "sha256", "reason", "warnings"}
    assert item["outcome"] == "duplicate"
    assert item["sha256"] == hashlib.sha256(good.read_bytes()).hexdigest()


def test_export_photos_writes_originals_and_sidecars(demo_path: Path, tmp_path: Path) -> None:
    photo = factory.camera_jpeg(tmp_path / "вікно.jpg", when=WHEN)
    assert run("add-photos", demo_path, "--incident", "KYIV-2025-004", photo).returncode == 0
    out = tmp_path / "out"
    result = run("export-photos", demo_path, "--incident", "KYIV-2025-004", "-o", out)
    assert result.returncode == 0, result.stderr
    assert (out / "вікно.jpg").read_bytes() == photo.read_bytes()
    sidecar = json.loads((out / "вікно.jpg.json").read_text(encoding="utf-8"))
    assert sidecar["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()


def test_unknown_incident_is_a_one_line_error(demo_path: Path, tmp_path: Path) -> None:
    photo = factory.camera_jpeg(tmp_path / "x.jpg", when=WHEN)
    result = run("add-photos", demo_path, "--incident", "KYIV-1999-001", photo)
    assert result.returncode == 2
    assert (
        result.stderr.strip() == "casefiles: There is no incident KYIV-1999-001 in this case file."
    )


def test_add_photos_keeps_an_automatic_backup_first(demo_path: Path, tmp_path: Path) -> None:
    from casefiles.storage.backup import list_backups
    from casefiles.storage.store import CaseFile

    photo = factory.camera_jpeg(tmp_path / "x.jpg", when=WHEN)
    with CaseFile.open(demo_path, read_only=True) as case:
        before = case.fingerprint()
    assert run("add-photos", demo_path, "--incident", "KYIV-2025-004", photo).returncode == 0
    with CaseFile.open(demo_path, read_only=True) as case:
        (backup,) = list_backups(case)
    with CaseFile.open(backup, read_only=True) as copy:
        assert copy.fingerprint() == before  # the state before the photos went in
