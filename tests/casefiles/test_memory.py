"""Freed buffers reused: counted in page faults (the pages the system hands over afresh), in a
process of their own, since the setting holds for the whole process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import photo_factory as factory

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's malloc, Linux's counts"
)
ROOT = Path(__file__).resolve().parents[2]
# Decodes a photo as a derivation process does, once and then four times over, and prints the
# pages the system handed over for each of the four, and the resident memory before and after
# giving back.
_DECODES = """
import contextlib, json, resource, sys
from pathlib import Path
from casefiles import memory
from casefiles.photos.derived_images import make_thumbnail_and_preview

data = Path(sys.argv[1]).read_bytes()

def faults_a_decode():
    make_thumbnail_and_preview(data)  # the buffers a decode needs, once
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(4):
        make_thumbnail_and_preview(data)
    return (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) / 4

def resident_kib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

if sys.argv[2] == "usual":
    print(json.dumps({"faults": faults_a_decode()}))
elif sys.argv[2] == "kept":
    memory.reuse_freed_memory()
    faults = faults_a_decode()
    kept = resident_kib()
    memory.give_back()
    print(json.dumps({"faults": faults, "kept_kib": kept, "given_back_kib": resident_kib()}))
else:
    with memory.reused():
        faults = faults_a_decode()
        kept = resident_kib()
    after = resident_kib()
    print(json.dumps({"faults": faults, "kept_kib": kept, "after_kib": after,
                      "faults_after": faults_a_decode()}))
"""


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return factory.photo_like_jpeg(tmp_path_factory.mktemp("memory") / "Bakı şəhəri.jpg")


def _decoding_process(photo: Path, mode: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", _DECODES, str(photo), mode],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


def test_a_process_that_keeps_freed_memory_decodes_the_next_photo_in_the_same_pages(
    photo: Path,
) -> None:
    usual = _decoding_process(photo, "usual")
    kept = _decoding_process(photo, "kept")

    # A 12-MP photo's decode needs some 25 MB of buffers: thousands of new pages each time
    # as malloc usually goes, almost none once freed buffers are kept.
    assert usual["faults"] > 2000
    assert kept["faults"] < usual["faults"] / 10
    # What was kept goes back to the system when asked.
    assert kept["given_back_kib"] < kept["kept_kib"] - 10_000


def test_memory_is_reused_inside_the_block_only_and_handed_back_at_its_end(
    photo: Path,
) -> None:
    usual = _decoding_process(photo, "usual")["faults"]
    scoped = _decoding_process(photo, "scoped")

    assert scoped["faults"] < usual / 10
    assert scoped["after_kib"] < scoped["kept_kib"] - 10_000
    assert scoped["faults_after"] > usual / 2  # malloc as usual again: the window lives on
