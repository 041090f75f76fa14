"""Bad bundles are refused with a reason, and the target is left exactly as it was: damaged or
altered files, names that escape the folder, links, invalid manifests and zip bombs."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefiles.bundle import checks
from casefiles.bundle.importer import import_bundle
from casefiles.bundle.verify import verify_bundle
from casefiles.errors import CaseFileError
from tests.casefiles.bundle.zips import (
    files_of,
    header_offset,
    patch_central_directory,
    rebuild,
    with_manifest,
    write_zip,
)
from tests.helpers import folder_state

Spoil = Callable[[Path, Path], Path]  # (good bundle, where to write) -> bad bundle


def _first_evidence(files: dict[str, bytes]) -> str:
    return next(name for name in files if name.startswith("evidence/"))


def _flip(data: bytes, at: int = 1000) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


def altered_photo(good: Path, bad: Path) -> Path:
    def change(files: dict[str, bytes]) -> None:
        name = _first_evidence(files)
        files[name] = _flip(files[name])

    return rebuild(good, bad, change, resum=False)


def altered_photo_and_sums(good: Path, bad: Path) -> Path:
    def change(files: dict[str, bytes]) -> None:
        name = _first_evidence(files)
        files[name] = _flip(files[name])

    return rebuild(good, bad, change)


def altered_manifest(good: Path, bad: Path) -> Path:
    def change(files: dict[str, bytes]) -> None:
        files["manifest.json"] = files["manifest.json"].replace(b"Missile", b"Rocket", 1)

    return rebuild(good, bad, change, resum=False)


def edited_record(good: Path, bad: Path) -> Path:
    """A record changed and every hash recomputed: only the audit log can tell."""

    def edit(manifest: dict[str, Any]) -> None:
        manifest["incidents"][-1]["staff_injured"] = 3

    return with_manifest(good, bad, edit)


def _adding(name: str, data: bytes = b"x", *, listed: bool = True) -> Spoil:
    def spoil(good: Path, bad: Path) -> Path:
        files = files_of(good)
        files[name] = data
        if not listed:
            return write_zip(bad, files, resum=False)
        return write_zip(bad, files)

    return spoil


def _manifest_edit(edit: Callable[[dict[str, Any]], None]) -> Spoil:
    return lambda good, bad: with_manifest(good, bad, edit)


def symlink_entry(good: Path, bad: Path) -> Path:
    files = files_of(good)
    with zipfile.ZipFile(bad, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("evidence/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    return bad


def duplicate_entry(good: Path, bad: Path) -> Path:
    files = files_of(good)
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(bad, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", b"{}")
    return bad


def ratio_bomb(good: Path, bad: Path) -> Path:
    files = files_of(good)
    files["tables/bomb.csv"] = bytes(8 * checks.MiB)  # zeros: about 1000 to 1
    return write_zip(bad, files)


def size_lie(good: Path, bad: Path) -> Path:
    shutil.copyfile(good, bad)
    with zipfile.ZipFile(bad) as archive:
        real = archive.getinfo("manifest.json").file_size
    patch_central_directory(bad, "manifest.json", file_size=real // 2)
    return bad


def stored_size_lie(good: Path, bad: Path) -> Path:
    shutil.copyfile(good, bad)
    name = _first_evidence(files_of(good))
    with zipfile.ZipFile(bad) as archive:
        real = archive.getinfo(name).file_size
    patch_central_directory(bad, name, file_size=real * 50)
    return bad


def overlapping_entries(good: Path, bad: Path) -> Path:
    shutil.copyfile(good, bad)
    evidence = [name for name in files_of(good) if name.startswith("evidence/")]
    patch_central_directory(bad, evidence[1], header_offset=header_offset(bad, evidence[0]))
    return bad


def encrypted_entry(good: Path, bad: Path) -> Path:
    shutil.copyfile(good, bad)
    patch_central_directory(bad, "README.txt", flag_bits=0x1)
    return bad


def truncated(good: Path, bad: Path) -> Path:
    data = good.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    return bad


def not_a_zip(good: Path, bad: Path) -> Path:
    bad.write_bytes(b"SQLite format 3\x00" + bytes(200))
    return bad


def empty(good: Path, bad: Path) -> Path:
    bad.write_bytes(b"")
    return bad


def missing_photo(good: Path, bad: Path) -> Path:
    def change(files: dict[str, bytes]) -> None:
        del files[_first_evidence(files)]

    return rebuild(good, bad, change)


def newer_format(manifest: dict[str, Any]) -> None:
    manifest["format_version"] = 99


def nan_distance(manifest: dict[str, Any]) -> None:
    manifest["incidents"][0]["distance_m"] = float("nan")


BAD_BUNDLES: dict[str, tuple[Spoil, str]] = {
    "photo altered": (altered_photo, "does not match its SHA-256"),
    "photo and SHA256SUMS altered": (altered_photo_and_sums, "give different SHA-256"),
    "manifest altered": (altered_manifest, "manifest.json does not match its SHA-256"),
    "record edited, hashes recomputed": (edited_record, "differs from the audit log"),
    "dot-dot path": (_adding("evidence/../../evil.sh"), "points outside the bundle"),
    "dot-dot at the start": (_adding("../evil.sh"), "points outside the bundle"),
    "absolute path": (_adding("/etc/cron.d/evil"), "absolute path"),
    "drive letter": (_adding("C:/Windows/evil.dll"), "absolute path"),
    "backslash": (_adding("evidence\\..\\evil"), "backslash"),
    "symlink": (symlink_entry, "is a link"),
    "duplicate name": (duplicate_entry, "is in it twice"),
    "file not in SHA256SUMS": (_adding("tables/extra.csv", listed=False), "not in SHA256SUMS"),
    "unexpected file": (_adding("run-me.exe"), "a file its manifest does not list: run-me.exe"),
    "photo missing": (missing_photo, "is missing"),
    "compression ratio": (ratio_bomb, "compressed more than 100 to 1"),
    "declared size too small": (size_lie, "cannot be read whole|larger than declared"),
    "stored sizes disagree": (stored_size_lie, "declares two different sizes"),
    "overlapping entries": (overlapping_entries, "overlaps other entries"),
    "encrypted": (encrypted_entry, "is encrypted"),
    "truncated": (truncated, "not a readable zip file"),
    "not a zip": (not_a_zip, "not a readable zip file"),
    "empty": (empty, "not a readable zip file"),
    "manifest not JSON": (_adding("manifest.json", b"{not json"), "not readable JSON"),
    "not a bundle": (_manifest_edit(lambda m: m.update(format="other")), "not a casefiles-bundle"),
    "newer format": (_manifest_edit(newer_format), "newer Casefiles"),
    "missing field": (
        _manifest_edit(lambda m: m["incidents"][0].pop("title")),
        "incidents\\[0\\]: title is missing",
    ),
    "unknown code": (
        _manifest_edit(lambda m: m["incidents"][0].update(incident_type="nuke")),
        "not a known code",
    ),
    "dangling link": (
        _manifest_edit(lambda m: m["incidents"][0].update(site_uuid=m["bundle_uuid"])),
        "no such record",
    ),
    "not a number": (_manifest_edit(nan_distance), "not readable JSON"),
    "time without zone": (
        _manifest_edit(lambda m: m["notes"][0].update(written_at="2025-11-14T10:00:00")),
        "with its time zone",
    ),
    "uuid twice": (
        _manifest_edit(lambda m: m["notes"][1].update(uuid=m["notes"][0]["uuid"])),
        "used twice",
    ),
    "path outside evidence/": (
        _manifest_edit(lambda m: m["evidence"][0]["file"].update(path="evidence/../x")),
        "must be a file in evidence/",
    ),
}


@pytest.mark.parametrize("spoil", BAD_BUNDLES, ids=list(BAD_BUNDLES))
def test_a_bad_bundle_is_refused_and_the_target_left_as_it_was(
    spoil: str, demo_bundle: Path, demo_path: Path, tmp_path: Path
) -> None:
    make, reason = BAD_BUNDLES[spoil]
    bad = make(demo_bundle, tmp_path / "bad.zip")
    # Into a new case file: nothing is created.
    before = folder_state(tmp_path)
    with pytest.raises(CaseFileError, match=reason):
        import_bundle(bad, tmp_path / "new.casefile")
    assert folder_state(tmp_path) == before
    # Into an existing one: not a byte changes.
    with pytest.raises(CaseFileError, match=reason):
        import_bundle(bad, demo_path)
    assert folder_state(tmp_path) == before
    # And verify says what is wrong.
    findings = verify_bundle(bad).findings
    assert findings, spoil
    assert any(re.search(reason, f.message) for f in findings)


def test_limits_on_the_number_and_total_size_of_files(
    demo_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checks, "MAX_MEMBERS", 5)
    with pytest.raises(CaseFileError, match="more than 5 files"):
        import_bundle(demo_bundle, tmp_path / "a.casefile")
    monkeypatch.setattr(checks, "MAX_MEMBERS", 50_000)
    monkeypatch.setattr(checks, "MAX_TOTAL_BYTES", 100_000)
    with pytest.raises(CaseFileError, match="add up to more than"):
        import_bundle(demo_bundle, tmp_path / "a.casefile")
    assert not (tmp_path / "a.casefile").exists()


def test_names_that_are_safe(demo_bundle: Path) -> None:
    assert checks.name_problem("evidence/0123456789abcdef_Фото з вікна (1).jpg") is None
    for name in ("", "a\nb", "a//b", "./a", "a/.", "/a", "\\\\server\\share", "C:a", "a:b"):
        assert checks.name_problem(name) is not None, name
    digest = hashlib.sha256(files_of(demo_bundle)["manifest.json"]).hexdigest()
    assert digest in files_of(demo_bundle)["SHA256SUMS"].decode()
    assert json.loads(files_of(demo_bundle)["manifest.json"])["format"] == "casefiles-bundle"
