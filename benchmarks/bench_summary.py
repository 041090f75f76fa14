"""The case summary of a big case file as a PDF: 50 incidents and 200 twelve-megapixel photos.

Builds the case file through the services (photos imported by the evidence service, each a
photo-like 12 MP JPEG with EXIF), then times the work `casefiles summary` does once the case file
is open: reading the document from the case file, laying it out and writing the PDF. The
command's start-up (interpreter, imports, opening the file) is not in the figure. Targets: under
20 s and under 60 MB.

    python benchmarks/bench_summary.py [--json] [--incidents 50] [--photos 200] [--repeats 3]
        [--keep PDF]

The summary runs in a process of its own, so that its peak memory is its own, --repeats times
on the same case file; each figure is the median and range (min-max) of those runs (`--json`:
the median under its own key, [min, max] under the key with `_range` added).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.spread import Spread, spread  # noqa: E402
from casefiles.services import (  # noqa: E402
    correspondence,
    damage,
    evidence_reading,
    incidents,
    notes,
    photo_import,
    sites,
)
from casefiles.services.mission import create_case_file  # noqa: E402
from casefiles.storage.store import CaseFile  # noqa: E402
from casefiles.summary import Paper  # noqa: E402
from casefiles.summary.build import build_case_summary  # noqa: E402
from tests.photo_factory import photo_like_jpeg  # noqa: E402
from ui.printing.pdf import write_pdf  # noqa: E402

TARGET_SECONDS = 20.0
TARGET_MB = 60.0
WHEN = ("{}", "{}-03", "{}-07 early", "{}-01-15", "{}-06-02 night", "{}-11-14 03:20")
KINDS = ("missile_strike", "drone_strike", "combined_attack", "nearby_blast", "shelling")
NOTES = (
    "Səfirliyin inzibati binasında böyük çat yaranıb, divarın bir hissəsi uçub.",
    "Посольство: пошкоджено стіни та вікна, частину стіни зруйновано.",
    "Windows on the north side shattered; glass cleared by the guard the same morning.",
)


def peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux from VmHWM, which starts afresh at exec;
    ru_maxrss would count the parent's memory copied at fork."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def build_case(path: Path, photo_folder: Path, incident_count: int, photo_count: int) -> None:
    case = create_case_file(
        path,
        "Embassy of the Republic of Azerbaijan in Ukraine",
        city="Kyiv",
        host_country="Ukraine",
        timezone="Europe/Kyiv",
        classification="RESTRICTED",
        reference_prefix="KYIV",
    )
    with case:
        premises = [
            sites.create(case, kind=kind, name=name, latitude=50.46, longitude=30.48)
            for kind, name in (
                ("chancery", "Embassy chancery, Kyiv"),
                ("consular_section", "Consular section, Kyiv"),
                ("residence", "Residence of the Ambassador, Kyiv"),
                ("staff_housing", "Staff housing, Pechersk, Kyiv"),
            )
        ]
        per_incident, extra = divmod(photo_count, incident_count)
        made = 0
        for number in range(incident_count):
            when = WHEN[number % len(WHEN)].format(2022 + number * 4 // incident_count)
            incident = incidents.create(
                case,
                title=f"Strike number {number + 1} near the premises",
                site=premises[number % len(premises)].uuid,
                when=when,
                incident_type=KINDS[number % len(KINDS)],
                impact="nearby",
                distance_m=20 + number,
                description="Blast wave from a strike nearby; damage to windows and walls. " * 3,
                status="reported",
            )
            for element, severity in (("windows", "moderate"), ("exterior_walls", "severe")):
                damage.create(
                    case, incident.uuid, element=element, severity=severity,
                    description="Damage recorded by the security officer on the day after.",
                )  # fmt: skip
            notes.create(case, NOTES[number % len(NOTES)], target=incident.uuid)
            if number % 5 == 0:
                correspondence.create(
                    case, kind="note_verbale", direction="sent", when=when,
                    counterpart="Ministry of Foreign Affairs", incidents=[incident.uuid],
                    summary="Note verbale informing of the incident and requesting an "
                    "investigation.",
                )  # fmt: skip
            count = per_incident + (1 if number < extra else 0)
            paths = []
            for _ in range(count):
                paths.append(photo_like_jpeg(photo_folder / f"photo-{made:03}.jpg", seed=made))
                made += 1
            outcomes = photo_import.import_files(case, incident.uuid, paths)
            if any(outcome.outcome != "imported" for outcome in outcomes):
                raise SystemExit(f"photos of incident {number + 1} were not all imported")
            for path in paths:
                path.unlink()


def time_summary(path: Path, output: Path) -> dict[str, float]:
    with CaseFile.open(path, read_only=True) as case:
        start = time.perf_counter()
        document = build_case_summary(case)
        built = time.perf_counter()
        pages = write_pdf(
            document,
            output,
            paper=Paper.A4,
            images=lambda uuid: evidence_reading.derived_image(case, uuid, "preview"),
        )
        done = time.perf_counter()
    return {
        "seconds": round(done - start, 2),
        "build_seconds": round(built - start, 2),
        "render_seconds": round(done - built, 2),
        "pages": pages,
        "photos": len(document.photos),
        "pdf_mb": round(output.stat().st_size / 1e6, 1),
        "peak_rss_mb": round(peak_rss_mb()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--incidents", type=int, default=50)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3, help="summaries of the same case file")
    parser.add_argument("--keep", type=Path, metavar="PDF", help="keep the summary PDF there")
    parser.add_argument("--summary-of", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.summary_of:
        print(json.dumps(time_summary(args.summary_of, args.summary_of.with_suffix(".pdf"))))
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "photos").mkdir()
        case_path = folder / "big.casefile"
        start = time.perf_counter()
        build_case(case_path, folder / "photos", args.incidents, args.photos)
        setup = time.perf_counter() - start
        runs = []
        for _ in range(args.repeats):
            case_path.with_suffix(".pdf").unlink(missing_ok=True)
            output = subprocess.run(
                [sys.executable, __file__, "--summary-of", str(case_path)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            runs.append(json.loads(output))
        result: dict[str, Any] = dict(runs[0])
        for name in ("seconds", "build_seconds", "render_seconds", "peak_rss_mb"):
            figure = spread(run[name] for run in runs)
            result[name] = round(figure.median, 2)
            result[f"{name}_range"] = figure.range(2)
        result["case_mb"] = round(case_path.stat().st_size / 1e6)
        if args.keep:
            shutil.copyfile(case_path.with_suffix(".pdf"), args.keep)
    result["incidents"] = args.incidents
    result["repeats"] = args.repeats
    if args.json:
        print(json.dumps(result))
        return

    def shown(name: str, unit: str, digits: int) -> str:
        return Spread(result[name], *result[f"{name}_range"]).text(unit, digits)

    print(f"Case file: {args.incidents} incidents, {result['photos']} photos of 12 MP, "
          f"{result['case_mb']} MB (built in {setup:.0f} s); {args.repeats} runs, median "
          "(range)")  # fmt: skip
    rows = (
        ("summary PDF, total", shown("seconds", "s", 1), f"target < {TARGET_SECONDS:.0f} s"),
        ("  reading the case file", shown("build_seconds", "s", 1), ""),
        ("  layout and drawing", shown("render_seconds", "s", 1), ""),
        ("pages", str(result["pages"]), ""),
        ("PDF size", f"{result['pdf_mb']:.1f} MB", f"target < {TARGET_MB:.0f} MB"),
        ("peak memory", shown("peak_rss_mb", "MB", 0), ""),
    )
    for label, value, note in rows:
        print(f"{label:<26}{value:>22}  {note}")


if __name__ == "__main__":
    main()
