"""Random and damaged bundles fed to the bundle importer: only typed errors come out, and a
refused bundle leaves the target as it was (a new case file is not created; an existing one
keeps every byte). Damage goes to the zip's bytes and, with SHA256SUMS made to agree, to the
manifest's values, so the checks behind the hashes are reached too."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import import_bundle
from casefiles.bundle.signature import make_signature
from casefiles.errors import CaseFileError
from casefiles.integrity import signing
from casefiles.integrity.verify import verify
from casefiles.services import incidents, notes, photo_import, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.casefiles.bundle.zips import files_of, write_zip
from tests.faults.killing import WHEN
from tests.fuzzing import ACCEPTED, REFUSED, damage, explore, random_bytes
from tests.helpers import folder_state

_names = itertools.count()
EMPTY = hashlib.sha256(b"").hexdigest()
KEEP = object()  # in place of a new value: the manifest's own values, written out anew
# Writes and exports the source, and signs each damaged manifest again, so that the checks
# behind the signature are reached too (a key kept nowhere).
EXPORTER = signing.ephemeral("Fuzz exporter", "Konsul")
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small case file (one incident, a photo, a note) and its bundle."""
    folder = tmp_path_factory.mktemp("fuzz source")
    case_path = folder / "source.casefile"
    with create_case_file(case_path, "Посольство", timezone="Europe/Kyiv", signer=EXPORTER) as case:
        site = sites.create(case, kind="chancery", name="Chancery", latitude=50.4, longitude=30.5)
        incident = incidents.create(case, title="Strike", site=site.uuid, span="2025-11-14 night")
        notes.create(case, "Səfirlik: pəncərələr sınıb", incident.uuid)
        photo = factory.camera_jpeg(folder / "photo.jpg", when=WHEN, size=(96, 72))
        photo_import.import_files(case, incident.uuid, [photo])
        bundle = export_bundle(case, folder / "bundle.zip").path
    return case_path, bundle


@pytest.fixture
def targets(source: tuple[Path, Path], tmp_path: Path) -> Path:
    """A folder with a copy of the source case file, to merge into."""
    shutil.copyfile(source[0], tmp_path / "target.casefile")
    return tmp_path


def _state(folder: Path) -> dict[str, str]:
    """The folder's files, leaving out the empty -wal and -shm a read-only open leaves behind."""
    return {
        name: digest
        for name, digest in folder_state(folder).items()
        if not name.endswith("-shm") and not (name.endswith("-wal") and digest == EMPTY)
    }


def _import_and_check(folder: Path, bundle_bytes: bytes) -> str:
    """Import into a new case file and into an existing one: both refused with one typed line
    (the folder as it was), or both imported and verifying clean."""
    bundle = folder / f"bundle {next(_names)}.zip"
    bundle.write_bytes(bundle_bytes)
    outcomes = set()
    for target in (folder / f"new {next(_names)}.casefile", folder / "target.casefile"):
        before = _state(folder)
        try:
            import_bundle(bundle, target)
        except CaseFileError as error:
            assert str(error) and "\n" not in str(error)
            assert _state(folder) == before
            outcomes.add(REFUSED)
        else:
            with CaseFile.open(target, read_only=True) as case:
                assert verify(case) == []
            outcomes.add(ACCEPTED)
    bundle.unlink()
    (outcome,) = outcomes  # the same bundle is good or bad whatever it is merged into
    return outcome


def test_random_bytes(targets: Path, source: tuple[Path, Path]) -> None:
    """Random bytes, and the real bundle with random bytes after its end."""
    explore(
        "random bytes as a bundle",
        random_bytes() | random_bytes().map(lambda tail: source[1].read_bytes() + tail),
        lambda data: _import_and_check(targets, data),
    )


def test_damaged_zip_bytes(targets: Path, source: tuple[Path, Path]) -> None:
    """Bytes flipped, cut, inserted or overwritten (almost always refused: the zip's checksums
    see them), mixed with a tail of bytes after the end that zip readers skip."""
    good = source[1].read_bytes()
    explore(
        "damaged bundles",
        damage().map(lambda spoil: spoil.apply(good))
        | random_bytes().map(lambda tail: good + tail),
        lambda data: _import_and_check(targets, data),
    )


def test_damaged_manifest_values_with_matching_hashes(
    targets: Path, source: tuple[Path, Path]
) -> None:
    """A value replaced (almost always refused), mixed with the manifest written out anew with
    its values kept (laid out differently, so only its hash in SHA256SUMS and its signature
    are new)."""

    def check(example: tuple[list[int], Any]) -> str:
        path, value = example
        files = files_of(source[1])
        manifest = json.loads(files["manifest.json"])
        if value is not KEEP:
            _replace(manifest, path, value)
        files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
        digest = hashlib.sha256(files["manifest.json"]).hexdigest()
        files["manifest.sig"] = make_signature(EXPORTER, digest)
        return _import_and_check(targets, write_zip(targets / "made.zip", files).read_bytes())

    explore(
        "damaged manifests",
        st.tuples(
            st.lists(st.integers(0, 50), min_size=1, max_size=4), JSON_VALUES | st.just(KEEP)
        ),
        check,
    )


def _replace(node: Any, path: list[int], value: Any) -> None:
    """Replace the value found by following `path` (indices into keys or items)."""
    for depth, step in enumerate(path):
        if isinstance(node, dict) and node:
            key = sorted(node)[step % len(node)]
        elif isinstance(node, list) and node:
            key = step % len(node)
        else:
            return
        if depth == len(path) - 1 or not isinstance(node[key], dict | list):
            node[key] = value
            return
        node = node[key]
