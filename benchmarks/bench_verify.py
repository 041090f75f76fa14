"""What verify costs: a case file, a bundle, and a forged bundle with 20,000 extra files.

The forged bundle (20,000 empty files under tables/, listed in SHA256SUMS) used to verify as
intact after 86 s, hashing every file; it is now refused before any file is read, because the
manifest lists every file. Its baseline, measured in the same run, is the same bundle without
the extra files. Prints the median and range of each.

    python benchmarks/bench_verify.py [--runs 5] [--extra 20000]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.spread import spread  # noqa: E402
from casefiles.bundle.export import export_bundle  # noqa: E402
from casefiles.bundle.verify import verify_bundle  # noqa: E402
from casefiles.demo import write_demo  # noqa: E402
from casefiles.integrity.verify import verify  # noqa: E402
from casefiles.storage.store import CaseFile  # noqa: E402


def timed(work: Callable[[], object], runs: int) -> str:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return f"median and range {spread(times).text('s', 3)}"


def with_extra_files(good: Path, bad: Path, count: int) -> Path:
    with zipfile.ZipFile(good) as archive:
        files = {info.filename: archive.read(info) for info in archive.infolist()}
    files.update({f"tables/extra{number:05}.csv": b"" for number in range(count)})
    files["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {name}\n"
        for name, data in sorted(files.items())
        if name != "SHA256SUMS"
    ).encode()
    with zipfile.ZipFile(bad, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--extra", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.casefile"
        write_demo(demo)
        with CaseFile.open(demo, read_only=True) as case:
            good = export_bundle(case, Path(folder) / "good.zip").path
            verify(case)  # the expected schema is made once per process
            print(f"verify, the demo case file: {timed(lambda: verify(case), args.runs)}")
        bad = with_extra_files(good, Path(folder) / "bad.zip", args.extra)
        print(
            f"verify, the demo bundle (baseline): {timed(lambda: verify_bundle(good), args.runs)}"
        )
        print(
            f"verify, the bundle with {args.extra:,} extra files: "
            f"{timed(lambda: verify_bundle(bad), args.runs)}"
        )
        print(f"  -> {verify_bundle(bad).findings[0].message}")


if __name__ == "__main__":
    main()
