"""Pillow's warnings (here: a picture just past its decompression-bomb limit) are warnings on
that photo's outcome and kept with its metadata, never lines on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from tests.casefiles.cli.test_cli import run

BOMB_WARNING = "could be decompression bomb DOS attack"


def test_a_decoder_warning_is_on_the_photo_s_outcome(demo_path: Path, tmp_path: Path) -> None:
    big = tmp_path / "böyük plan.png"
    # Past Pillow's 89,478,485-pixel warning limit, short of its refusal at twice that.
    Image.new("L", (9500, 9500), 128).save(big)
    result = run("add-photos", demo_path, "--incident", "KYIV-2025-004", big, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (outcome,) = json.loads(result.stdout)
    assert outcome["outcome"] == "imported"
    (warned,) = [w for w in outcome["warnings"] if BOMB_WARNING in w]
    assert warned.startswith("The image decoder warned: Image size (90250000 pixels)")

    out = tmp_path / "out"
    assert run("export-photos", demo_path, "--incident", "KYIV-2025-004", "-o", out).returncode == 0
    sidecar = json.loads((out / "böyük plan.png.json").read_text(encoding="utf-8"))
    (kept,) = sidecar["metadata"]["raw"]["decoder_warnings"]
    assert BOMB_WARNING in kept
