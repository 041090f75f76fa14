"""The figures packaging/build.sh prints: build seconds, unpacked and archive size, and (with
--python) start-up to the painted window, frozen against the virtual-environment app.

Start-up: each launch is a new process running packaging/casefiles_entry.py
`--bench-exit-after-paint DEMO` (ui/app.py: opens the demo case file, reports once its incident
list is painted), timed from just before it starts until that report. The frozen executable and
the virtual-environment Python run the same file, alternately, after one unmeasured warm-up
launch each (the disk cache), each with fresh settings folders. Under Xvfb when it is installed
(the xcb window plugin, as on a laptop), otherwise Qt's offscreen platform (said in the output).

    python packaging/measure_build.py --build-seconds S --folder DIR --archive FILE
        [--python PY --runs 5] [--json-out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "packaging" / "casefiles_entry.py"
TARGET_UNPACKED_MB = 300.0
TARGET_STARTUP_RATIO = 1.2


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """Environment variables for a display: a private Xvfb if there is one, else offscreen."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
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
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(timeout=30)


def launch(command: list[str], screen: dict[str, str], home: Path) -> float:
    """Seconds from the process start to its report that the incident list was painted."""
    shutil.rmtree(home, ignore_errors=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), **screen}
    start = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=home.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(b"{"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[0]} exited with {child.wait()} before painting its list")
    child.wait(timeout=60)
    return elapsed


def startup(executable: Path, python: str, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="casefiles-startup-") as scratch:
        demo = Path(scratch) / "demo.casefile"
        subprocess.run([str(executable), "demo", str(demo)], check=True, capture_output=True)
        commands = {
            "frozen": [str(executable), "--bench-exit-after-paint", str(demo)],
            "venv": [python, str(ENTRY), "--bench-exit-after-paint", str(demo)],
        }
        times: dict[str, list[float]] = {"frozen": [], "venv": []}
        home = Path(scratch) / "home"
        with display() as screen:
            for command in commands.values():
                launch(command, screen, home)  # warm-up, not counted
            for _ in range(runs):
                for name, command in commands.items():
                    times[name].append(launch(command, screen, home))
    summary: dict[str, object] = {
        "platform": screen["QT_QPA_PLATFORM"],
        "runs": runs,
        # Others' work on the machine, at the end (Windows has no load average).
        "load_average": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else "n/a",
    }
    for name, values in times.items():
        summary[f"{name}_median_s"] = round(statistics.median(values), 3)
        summary[f"{name}_min_s"] = round(min(values), 3)
        summary[f"{name}_max_s"] = round(max(values), 3)
    ratio = statistics.median(times["frozen"]) / statistics.median(times["venv"])
    summary["ratio"] = round(ratio, 2)
    return summary


def report(figures: dict[str, object]) -> None:
    unpacked = float(str(figures["unpacked_mb"]))
    print(f"build: {figures['build_seconds']} s")
    print(
        f"unpacked: {unpacked:.1f} MB (target < {TARGET_UNPACKED_MB:.0f} MB: "
        f"{'met' if unpacked < TARGET_UNPACKED_MB else 'MISSED'})"
    )
    print(f"archive: {figures['archive_mb']} MB ({figures['archive']})")
    start = figures.get("startup")
    if not isinstance(start, dict):
        print("start-up: not measured (--no-startup)")
        return
    print(
        f"start-up to the painted window ({start['platform']}, median of {start['runs']}, "
        f"load average {start['load_average']}):"
    )
    for name in ("frozen", "venv"):
        print(
            f"  {name:<7}{start[f'{name}_median_s']:.3f} s "
            f"(range {start[f'{name}_min_s']:.3f}-{start[f'{name}_max_s']:.3f} s)"
        )
    ratio = float(start["ratio"])
    print(
        f"  frozen / venv: {ratio:.2f} (target <= {TARGET_STARTUP_RATIO}: "
        f"{'met' if ratio <= TARGET_STARTUP_RATIO else 'MISSED'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-seconds", type=int, required=True)
    parser.add_argument("--folder", type=Path, required=True, help="dist/casefiles")
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--python", help="the virtual environment's Python: time start-up")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args()
    figures: dict[str, object] = {
        "build_seconds": args.build_seconds,
        "unpacked_mb": round(folder_bytes(args.folder) / 1e6, 1),
        "archive_mb": round(args.archive.stat().st_size / 1e6, 1),
        "archive": args.archive.name,
    }
    if args.python:
        executable = args.folder / ("casefiles.exe" if sys.platform == "win32" else "casefiles")
        figures["startup"] = startup(executable, args.python, args.runs)
    report(figures)
    if args.json_out:
        args.json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
