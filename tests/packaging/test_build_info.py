"""`casefiles --version` and Help › About: the version, and for a build when and from which
commit it was made; a run from the source tree says it is a development run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from casefiles import __version__
from casefiles.build_info import BuildInfo, build_info

CASEFILES = Path(sys.executable).with_name("casefiles")


def test_a_stamped_build_names_its_date_and_commit(tmp_path: Path) -> None:
    stamp = tmp_path / "build_stamp.json"
    stamp.write_text(json.dumps({"built": "2026-12-02T06:24Z", "commit": "f1d18a8c29dc"}))
    assert build_info(stamp) == BuildInfo(__version__, "2026-12-02T06:24Z", "f1d18a8c29dc")
    assert build_info(stamp).describe() == (
        f"Casefiles {__version__}, built 2026-12-02T06:24Z from commit f1d18a8c29dc"
    )


def test_no_stamp_or_a_damaged_one_is_a_development_run(tmp_path: Path) -> None:
    damaged = tmp_path / "build_stamp.json"
    damaged.write_text('{"built": "2026-12-02"')  # cut short
    for stamp in (tmp_path / "missing.json", damaged):
        assert build_info(stamp) == BuildInfo(__version__)
        assert build_info(stamp).describe() == (
            f"Casefiles {__version__} (development run, not a build)"
        )


def test_version_of_the_installed_script_says_development_run() -> None:
    result = subprocess.run(
        [str(CASEFILES), "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Casefiles {__version__} (development run, not a build)"
