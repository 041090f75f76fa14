"""backup, export, import-bundle and verify of a bundle, run as a user runs them."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from casefiles import settings
from casefiles.cli import bundle_commands
from casefiles.storage.store import CaseFile
from tests.helpers import sha256_of

SCRIPT = Path(sys.executable).with_name("casefiles")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [str(SCRIPT), *map(str, args)], capture_output=True, text=True, env=env, timeout=120
    )


def test_backup_while_the_case_file_is_open_for_writing(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "USB stick копія.casefile"
    with CaseFile.open(demo_path) as case:  # as the app holds it
        fingerprint = case.fingerprint()
        made = run("backup", demo_path, "-o", copy)
        assert made.returncode == 0, made.stderr
        assert fingerprint in made.stdout
        again = run("backup", demo_path, "-o", copy)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "already exists" in again.stderr
    checked = run("verify", copy)
    assert checked.returncode == 0 and fingerprint in checked.stdout


def test_export_verify_and_import_a_bundle(demo_path: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "Hand-over Київ.zip"
    exported = run("export", demo_path, "-o", bundle)
    assert exported.returncode == 0, exported.stderr
    assert "checked" in exported.stdout
    with zipfile.ZipFile(bundle) as archive:
        if "summary.pdf" in archive.namelist():  # when this installation can print
            assert archive.read("summary.pdf").startswith(b"%PDF")
    verified = run("verify", bundle)
    assert verified.returncode == 0, verified.stdout
    assert "is intact" in verified.stdout and "whole case file" in verified.stdout

    target = tmp_path / "Nazirlik.casefile"
    created = run("import-bundle", bundle, target)
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith(f"Created {target}")
    again = run("import-bundle", bundle, target)
    assert again.returncode == 0 and "Nothing to add" in again.stdout
    # Opening for writing to merge took an automatic backup first.
    assert list((settings.data_dir() / "backups").rglob("*.casefile"))


def test_a_damaged_bundle_is_reported_and_refused(demo_path: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "b.zip"
    assert run("export", demo_path, "-o", bundle).returncode == 0
    with zipfile.ZipFile(bundle) as archive:
        photo = next(i for i in archive.infolist() if i.filename.startswith("evidence/"))
    data = bytearray(bundle.read_bytes())
    data[photo.header_offset + 30 + len(photo.filename.encode()) + 5000] ^= 0xFF
    bundle.write_bytes(bytes(data))

    verified = run("verify", bundle)
    assert verified.returncode == 1
    assert "problem(s) found in b.zip" in verified.stdout
    before = sha256_of(demo_path)
    refused = run("import-bundle", bundle, demo_path)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "refused" in refused.stderr
    assert sha256_of(demo_path) == before
    assert run("import-bundle", bundle, tmp_path / "new.casefile").returncode == 2
    assert not (tmp_path / "new.casefile").exists()


def test_export_chosen_incidents_without_location(demo_path: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "shareable.zip"
    exported = run(
        "export", demo_path, "-o", bundle, "--incident", "KYIV-2025-004", "--strip-location"
    )
    assert exported.returncode == 0, exported.stderr
    assert "Location and device data were left out" in exported.stdout
    with zipfile.ZipFile(bundle) as archive:
        assert "summary.pdf" not in archive.namelist()
    verified = run("verify", bundle)
    assert verified.returncode == 0 and "part of the case file" in verified.stdout


def test_export_puts_in_the_summary_the_launcher_can_draw(demo_path: Path, tmp_path: Path) -> None:
    pytest.importorskip("casefiles.summary")
    drawn: list[int] = []

    def render_pdf(document: object, path: Path, *, paper: object, images: object) -> int:
        drawn.append(len(getattr(document, "incidents", ())))
        path.write_bytes(b"%PDF-1.7 drawn by the app\n%%EOF\n")
        return 1

    parser = argparse.ArgumentParser()
    bundle_commands.register(parser.add_subparsers())
    args = parser.parse_args(["export", str(demo_path), "-o", str(tmp_path / "b.zip")])
    args.render_pdf = render_pdf
    assert args.run(args) == 0
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        assert archive.read("summary.pdf") == b"%PDF-1.7 drawn by the app\n%%EOF\n"
    assert drawn
