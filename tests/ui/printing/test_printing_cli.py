"""`casefiles summary` as a user runs it: the installed script, with no display at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf

from tests.ui.printing.conftest import page_texts

SCRIPT = Path(sys.executable).with_name("casefiles")
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    # Not even the tests' offscreen setting: the command must manage without a display itself.
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    return subprocess.run(
        [str(SCRIPT), *map(str, args)], capture_output=True, text=True, env=env, timeout=180
    )


def test_summary_without_a_display(demo_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "Xülasə.pdf"

    result = run("summary", demo_path, "-o", output)

    assert result.returncode == 0, result.stderr
    texts = page_texts(output)
    assert result.stdout.startswith(f"Wrote {output} ({len(texts)} pages")
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    assert "KYIV-2022-001" in texts[1] and "KYIV-2025-004" in texts[1]


def test_incident_report_period_and_letter_paper(demo_path: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    result = run(
        "summary", demo_path, "-o", report, "--incident", "KYIV-2025-004", "--paper", "Letter"
    )
    assert result.returncode == 0, result.stderr
    assert all("Incident report KYIV-2025-004" in text for text in page_texts(report))
    box = pypdf.PdfReader(report).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)

    august = tmp_path / "august.pdf"
    result = run("summary", demo_path, "-o", august, "--from", "2025-08-01", "--to", "2025-08-31")
    assert result.returncode == 0, result.stderr
    chronology = next(t for t in page_texts(august) if "Chronology of incidents" in t)
    assert "KYIV-2025-002" in chronology and "KYIV-2025-003" in chronology
    assert "KYIV-2025-004" not in chronology


def test_bad_input_is_one_line_and_exit_2(demo_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.pdf"
    cases = {
        "unknown reference": ("--incident", "KYIV-1999-404"),
        "bad date": ("--from", "2025-02-30"),
        "backwards period": ("--from", "2025-09-01", "--to", "2025-08-01"),
        "bad paper": ("--paper", "A3"),
    }
    for name, extra in cases.items():
        result = run("summary", demo_path, "-o", output, *extra)
        assert result.returncode == 2, name
        assert len(result.stderr.strip().splitlines()) == 1, (name, result.stderr)
        assert "Traceback" not in result.stderr
    unwritable = run("summary", demo_path, "-o", tmp_path / "no such folder" / "out.pdf")
    assert unwritable.returncode == 2
    assert unwritable.stderr.strip() == (
        f"casefiles: The folder {tmp_path / 'no such folder'} does not exist."
    )
    assert not output.exists()
