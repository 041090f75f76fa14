"""Freed buffers reused: counted in page faults (the pages the system hands over afresh), in a
process of their own, since the setting holds for the whole process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import photo_factory as factory

ROOT = Path(__file__).resolve().parents[2]
# Decodes a photo as a derivation process does, a few times over, and prints the pages the
# system handed over for each decode after the first, and the resident memory before and
# after `give_back`.
_DECODES = """
import json, resource, sys
from pathlib import Path
from casefiles import memory
from casefiles.photos.derived_images import make_thumbnail_and_preview

if sys.argv[2] == "reuse":
    memory.reuse_freed_memory()
data = Path(sys.argv[1]).read_bytes()
make_thumbnail_and_preview(data)

def faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt

def resident_kib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

before = faults()
for _ in range(4):
    make_thumbnail_and_preview(data)
kept = resident_kib()
memory.give_back()
after = resident_kib()
print(json.dumps({"faults": (faults() - before) / 4, "kept_kib": kept, "after_kib": after}))
"""


def _decode_in_a_process(photo: Path, setting: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", _DECODES, str(photo), setting],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc, Linux's counts")
def test_a_process_that_keeps_freed_memory_decodes_the_next_photo_in_the_same_pages(
    tmp_path: Path,
) -> None:
    photo = factory.photo_like_jpeg(tmp_path / "Bakı şəhəri.jpg", megapixels=12)

    usual = _decode_in_a_process(photo, "usual")
    reusing = _decode_in_a_process(photo, "reuse")

    # A 12-MP photo's decode needs some 25 MB of buffers: a few thousand new pages each time
    # as malloc usually goes, almost none once freed buffers are kept.
    assert usual["faults"] > 2000
    assert reusing["faults"] < usual["faults"] / 10
    # What was kept goes back to the system when asked.
    assert reusing["after_kib"] < reusing["kept_kib"] - 10_000
