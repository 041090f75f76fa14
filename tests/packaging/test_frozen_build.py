"""The frozen build as a laptop gets it: packaging/build.sh builds it, its archive is unpacked
into a fresh folder, and the program runs from there in a clean environment (`env -i` with only
PATH and a fresh HOME, plus DISPLAY for the window; no virtual environment on PATH): the
README's commands, then the window under Xvfb with the mission in its title. Data, settings
and backups must go where platformdirs puts them, and nothing may be written beside the program.

The build takes minutes on a 2-core machine; CASEFILES_FROZEN_DIST=dist tests the archive that
packaging/build.sh already left in dist/ instead of building again. A missing tool skips these
tests on a developer's machine and fails them in CI (CI=true), where .ci/dev installs them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import platformdirs
import pytest
from pypdf import PdfReader

from casefiles import __version__
from casefiles.demo import MISSION
from casefiles.settings import APP_NAME
from tests.photo_factory import camera_jpeg, heic_with_time

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 45 * 60  # about 4-7 minutes on the shared 2-core machine
CLEAN_PATH = "/usr/local/bin:/usr/bin:/bin"  # no virtual environment on it


def missing(what: str) -> None:
    """Skip on a developer's machine; in CI a missing tool is a failure, never a skip."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must provide {what} (.ci/dev installs it)")
    pytest.skip(f"needs {what}")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive a laptop receives: built now, or the one in CASEFILES_FROZEN_DIST."""
    given = os.environ.get("CASEFILES_FROZEN_DIST")
    if given:
        dist = Path(given).resolve()
    else:
        for tool in ("objdump", "ldd"):
            if shutil.which(tool) is None:
                missing(f"{tool} (PyInstaller reads binaries with it)")
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            missing("PyInstaller (pip install -e '.[installer]')")
        dist = tmp_path_factory.mktemp("dist")
        work = tmp_path_factory.mktemp("work")
        build = subprocess.run(
            ["nice", str(ROOT / "packaging" / "build.sh"), "--dist", str(dist), "--work",
             str(work), "--no-startup"],
            env={**os.environ, "PYTHON": sys.executable},
            capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
        )  # fmt: skip
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
        for folder in (work, dist / "casefiles"):  # 600 MB that pytest would keep around
            shutil.rmtree(folder)
    archives = sorted(dist.glob(f"casefiles-{__version__}-*.tar.gz"))
    assert len(archives) == 1, f"one archive expected in {dist}: {archives}"
    return archives[0]


@pytest.fixture(scope="module")
def program(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The executable unpacked from the archive; on leaving, proof that nothing was written in
    its folder (no file added, changed or removed)."""
    laptop = tmp_path_factory.mktemp("laptop")
    with tarfile.open(archive) as unpacked:
        unpacked.extractall(laptop, filter="data")
    folder = laptop / "casefiles"
    before = snapshot(folder)
    yield folder / "casefiles"
    assert snapshot(folder) == before, "the program wrote beside itself"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def app_dirs(home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Where platformdirs puts data, settings and logs for a user whose HOME is `home`."""
    monkeypatch.setenv("HOME", str(home))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    return {
        "data": Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        "config": Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        "log": Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    }


def clean_env(home: Path, display: str | None = None) -> dict[str, str]:
    env = {"PATH": CLEAN_PATH, "HOME": str(home)}
    if display:
        env["DISPLAY"] = display
    return env


def run(
    program: Path, home: Path, workdir: Path, *args: str | Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in clean_env(home).items()), str(program),
         *map(str, args)],
        cwd=workdir, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_version_names_the_build_date_and_commit(program: Path, home: Path) -> None:
    result = run(program, home, home, "--version")
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(
        rf"Casefiles {re.escape(__version__)}, built (\S+) from commit ([0-9a-f]{{12}})(-dirty)?",
        result.stdout.strip(),
    )
    assert match is not None, result.stdout
    built = datetime.strptime(match[1], "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - built).days) <= 2  # stamped by this build, not left over
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if head.returncode == 0 and not os.environ.get("CASEFILES_FROZEN_DIST"):
        assert head.stdout.startswith(match[2])


def test_the_commands_work_with_no_python_and_a_fresh_home(
    program: Path, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    case = "Səfirlik Kyiv.casefile"
    assert run(program, home, work, "demo", case).returncode == 0

    info = run(program, home, work, "info", case, "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["mission"] == MISSION
    incidents = json.loads(run(program, home, work, "incidents", case, "--json").stdout)
    reference = incidents[-1]["reference"]

    summary = run(program, home, work, "summary", case, "-o", "Xülasə.pdf")
    assert summary.returncode == 0, summary.stderr
    assert summary.stderr == ""  # no warning either (Qt's about the C locale, say)
    pdf = PdfReader(work / "Xülasə.pdf")
    assert len(pdf.pages) > 5
    assert MISSION in pdf.pages[0].extract_text()

    kyiv = ZoneInfo("Europe/Kyiv")
    photos = [
        camera_jpeg(work / "şəkil.jpg", when=datetime(2025, 11, 14, 3, 40)),
        heic_with_time(work / "IMG_0001.HEIC", datetime(2025, 11, 14, 3, 45, tzinfo=kyiv)),
    ]
    added = run(program, home, work, "add-photos", case, "--incident", reference, *photos,
                "--json")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert [o["outcome"] for o in json.loads(added.stdout)] == ["imported", "imported"]

    verified = run(program, home, work, "verify", case)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.startswith(f"{case} is intact.")

    exported = run(program, home, work, "export", case, "-o", "bundle.zip")
    assert exported.returncode == 0, exported.stderr
    imported = run(program, home, work, "import-bundle", "bundle.zip", "copy.casefile")
    assert imported.returncode == 0, imported.stderr
    original = json.loads(run(program, home, work, "info", case, "--json").stdout)
    copy = json.loads(run(program, home, work, "info", "copy.casefile", "--json").stdout)
    assert (copy["incidents"], copy["photos"]) == (original["incidents"], original["photos"])
    assert run(program, home, work, "verify", "copy.casefile").returncode == 0

    (work / "notes.txt").write_text("not a case file", encoding="utf-8")
    refused = run(program, home, work, "verify", "notes.txt")
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr

    # add-photos kept an automatic backup where platformdirs says data goes.
    backups = list((app_dirs(home, monkeypatch)["data"] / "backups").rglob("*.casefile"))
    assert len(backups) == 1, backups

    # SQLCipher is in the build: an encrypted case file is made and read with no Python.
    (work / "passphrase.txt").write_text("Kiyev-2025 şifrə\n", encoding="utf-8")
    key = ("--passphrase-file", "passphrase.txt")
    made = run(program, home, work, "demo", "Şifrəli.casefile", "--encrypt", *key)
    assert made.returncode == 0, made.stderr
    shown = run(program, home, work, "info", "Şifrəli.casefile", "--json", *key)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["encrypted"] is True
    assert not (work / "Şifrəli.casefile").read_bytes().startswith(b"SQLite format 3")


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server (Xvfb) that lets local clients in without a cookie, as env -i needs."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or shutil.which("xdotool") is None:
        missing("Xvfb and xdotool (apt-get install xvfb xdotool)")
    assert xvfb is not None
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def window_title(display: str, containing: str, timeout_s: float) -> str | None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", containing, "getwindowname"],
            env={"PATH": CLEAN_PATH, "DISPLAY": display},
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip().splitlines()[0]
        time.sleep(0.25)
    return None


def wait_for(found: Callable[[], list[Path]], timeout_s: float) -> list[Path]:
    deadline = time.monotonic() + timeout_s
    while not (result := found()) and time.monotonic() < deadline:
        time.sleep(0.25)
    return result


def test_the_first_run_opens_the_demo_in_a_window_and_keeps_its_files_in_platformdirs(
    program: Path, home: Path, display: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = subprocess.Popen(
        ["env", "-i", *(f"{k}={v}" for k, v in clean_env(home, display).items()), str(program)],
        cwd=home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    dirs = app_dirs(home, monkeypatch)
    try:
        title = window_title(display, MISSION, timeout_s=120)
        # The automatic backup of the opened file is written in the background.
        backups = wait_for(lambda: list((dirs["data"] / "backups").rglob("*.casefile")), 60)
    finally:
        app.send_signal(signal.SIGTERM)
        _, errors = app.communicate(timeout=60)
    assert title == f"{MISSION} — Demo case.casefile — Casefiles", errors
    assert (dirs["data"] / "Demo case.casefile").is_file()
    assert len(backups) == 1, errors
    assert (dirs["config"] / "settings.json").is_file()
    assert (dirs["log"] / "casefiles.log").is_file()
