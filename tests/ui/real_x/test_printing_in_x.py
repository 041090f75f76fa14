"""Print, Print preview and Export PDF, and unlocking an encrypted case file, in a real X window:
runs printing_flows.py and unlock_flows.py in a pytest of its own under Xvfb with Qt's xcb
platform (this process stays offscreen). CI must run these: with CI=true a missing Xvfb fails
them (.ci/dev installs it there); elsewhere it skips them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FLOWS = [Path(__file__).with_name(name) for name in ("printing_flows.py", "unlock_flows.py")]
TOOLS = ("xvfb-run", "xauth", "xdotool")
SCREEN = "-screen 0 1366x768x24"  # the laptop the users have


def require_x_server_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} (apt-get install xvfb xauth xdotool)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the real-window tests, but it {reason}; .ci/dev installs them")
    pytest.skip(reason)


@pytest.mark.slow
def test_printing_and_unlocking_flows_in_a_real_x_window(tmp_path: Path) -> None:
    require_x_server_tools()
    x_server = ["xvfb-run", "--auto-servernum", "--server-args", SCREEN]
    flows = [str(path) for path in FLOWS]
    pytest_run = [sys.executable, "-m", "pytest", *flows, "-q", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [*x_server, *pytest_run, "--basetemp", str(tmp_path / "flows")],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parents[3],
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
