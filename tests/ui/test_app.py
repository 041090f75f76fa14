"""The app as a user starts it: `casefiles open PATH` under a real X server (Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import require

CASEFILES = Path(sys.executable).parent / "casefiles"
WATCH = """
"$CASEFILES" open "$CASE" &
app=$!
for attempt in $(seq 1 120); do
  window=$(xdotool search --name "$MISSION" 2>/dev/null | head -n 1)
  [ -n "$window" ] && break
  sleep 0.25
done
[ -n "$window" ] && xdotool getwindowname "$window"
kill "$app"
wait "$app"
"""


@pytest.mark.slow
def test_casefiles_open_shows_the_mission_in_the_window_title(
    demo_path: Path, tmp_path: Path
) -> None:
    require(
        bool(shutil.which("xvfb-run") and shutil.which("xdotool")),
        "xvfb-run and xdotool (apt-get install xvfb xdotool)",
    )
    require(CASEFILES.exists(), "the casefiles script (pip install -e .)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # a real display
    env.update(
        CASEFILES=str(CASEFILES),
        CASE=str(demo_path),
        MISSION="Embassy of the Republic of Azerbaijan",
    )
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", WATCH],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == (
        "Embassy of the Republic of Azerbaijan in Ukraine — demo.casefile — Casefiles"
    ), result.stderr
