"""Forged bundles: anyone can edit a bundle and recompute SHA256SUMS (and the manifest's list of
files), so every byte must be bound to what the audit log says. Each forgery is refused by
verify and by import-bundle, and the target is left byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import create_from_bundle, import_bundle
from casefiles.bundle.verify import verify_bundle
from casefiles.errors import CaseFileError
from casefiles.integrity import audit
from casefiles.integrity.verify import verify
from casefiles.services import correspondence, incidents
from casefiles.storage.models import Blob, EvidenceItem, Incident
from casefiles.storage.store import CaseFile
from tests.casefiles.bundle.zips import files_of, write_zip
from tests.casefiles.integrity.test_verify_attacks import as_written_by_the_previous_version
from tests.helpers import folder_state

REFERENCE = "KYIV-2025-004"


def _forge(
    good: Path, bad: Path, change: Callable[[dict[str, bytes], dict[str, Any]], None]
) -> Path:
    """What a forger without secrets can do: change files and the manifest, then make the
    manifest's list of files and SHA256SUMS agree with the result."""
    files = files_of(good)
    manifest = json.loads(files["manifest.json"])
    change(files, manifest)
    listed = {entry["path"]: entry for entry in manifest["files"]}
    for name, data in files.items():
        if name in ("manifest.json", "SHA256SUMS", "manifest.sig"):
            continue  # the signature is left as it was: nobody can sign as its signer
        entry = listed.setdefault(name, {"path": name, "role": "table"})
        entry.update(sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    manifest["files"] = sorted(listed.values(), key=lambda entry: entry["path"])
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return write_zip(bad, files)


def _refused(bundle: Path, target_folder: Path, expected: str) -> None:
    """verify names the forgery; import-bundle refuses it into a new and an existing case file
    and leaves every file in the folder as it was."""
    report = verify_bundle(bundle)
    messages = [finding.message for finding in report.findings]
    assert any(expected in message for message in messages), messages
    before = folder_state(target_folder)
    with pytest.raises(CaseFileError, match="refused"):
        import_bundle(bundle, target_folder / "new.casefile")
    assert folder_state(target_folder) == before


def _evidence_row(manifest: dict[str, Any], name: str) -> dict[str, Any]:
    return next(row for row in manifest["evidence"] if row["original_filename"] == name)


def test_a_photo_moved_to_another_incident_in_the_manifest_is_found(
    demo_bundle: Path, tmp_path: Path
) -> None:
    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        crater = _evidence_row(manifest, "KYIV-2024-001 crater.jpg")
        other = next(r for r in manifest["incidents"] if r["reference"] == REFERENCE)
        crater["incident_uuid"] = other["uuid"]

    bad = _forge(demo_bundle, tmp_path / "bad.zip", change)
    row = _evidence_row(json.loads(files_of(bad)["manifest.json"]), "KYIV-2024-001 crater.jpg")
    _refused(
        bad,
        tmp_path,
        f"The photo KYIV-2024-001 crater.jpg “{row['caption']}” ({row['uuid']}) differs from "
        "the audit log in: incident_uuid.",
    )


def test_a_derived_flag_in_a_bundle_with_location_is_refused(
    demo_bundle: Path, tmp_path: Path
) -> None:
    """With "derived" set, the file need not match the original's SHA-256: it could be any
    picture, stored in the case file under the original's key."""

    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        row = _evidence_row(manifest, "KYIV-2024-001 crater.jpg")
        wall = _evidence_row(manifest, "KYIV-2025-001 wall.jpg")
        files[row["file"]["path"]] = files[wall["file"]["path"]]
        row["file"].update(
            derived="a copy", sha256=wall["file"]["sha256"], size_bytes=wall["file"]["size_bytes"]
        )

    bad = _forge(demo_bundle, tmp_path / "bad.zip", change)
    _refused(bad, tmp_path, "file.derived: this bundle holds originals only")


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("tables/incidents.csv", b"KYIV-2025-004", b"KYIV-2025-005"),
        ("tables/audit_log.csv", b"KYIV-2025-004", b"KYIV-2025-005"),
        ("README.txt", b"sha256sum -c", b"true"),
    ],
    ids=["table", "audit-table", "readme"],
)
def test_files_made_from_the_manifest_must_say_what_it_says(
    demo_bundle: Path, tmp_path: Path, name: str, old: bytes, new: bytes
) -> None:
    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        assert old in files[name]
        files[name] = files[name].replace(old, new)

    bad = _forge(demo_bundle, tmp_path / "bad.zip", change)
    _refused(bad, tmp_path, f"{name} does not say what manifest.json holds (it was edited).")


def test_a_summary_that_is_not_the_one_exported_is_refused(
    demo_original: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_original, read_only=True) as case:
        good = export_bundle(case, tmp_path / "with summary.zip", pdf=b"%PDF-1.7\n...").path
    assert verify_bundle(good).findings == []

    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        files["summary.pdf"] = b"sixteen bytes..."

    bad = _forge(good, tmp_path / "bad.zip", change)
    _refused(bad, tmp_path, "summary.pdf is not a PDF.")


def test_a_file_the_manifest_does_not_list_is_refused_before_anything_is_read(
    demo_bundle: Path, tmp_path: Path
) -> None:
    """20,000 empty files under tables/, listed in SHA256SUMS: refused at the first one,
    without hashing the others (this took 86 s and verified as intact)."""
    files = files_of(demo_bundle)
    for number in range(20_000):
        files[f"tables/extra{number:05}.csv"] = b""
    bad = write_zip(tmp_path / "bad.zip", files)
    report = verify_bundle(bad)
    assert [f.message for f in report.findings] == [
        "The bundle is refused: it holds a file its manifest does not list: tables/extra00000.csv."
    ]


def test_an_unknown_file_listed_in_the_manifest_is_refused(
    demo_bundle: Path, tmp_path: Path
) -> None:
    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        files["tables/extra.csv"] = b"reference\r\nKYIV-2025-009\r\n"

    bad = _forge(demo_bundle, tmp_path / "bad.zip", change)
    report = verify_bundle(bad)
    assert [f.message for f in report.findings] == [
        "The bundle is refused: manifest.json is not valid: files[17].role: tables/extra.csv "
        "cannot be a file of role 'table'."
    ]


def test_a_file_that_is_not_an_image_does_not_come_in_as_a_photo(
    demo_path: Path, tmp_path: Path
) -> None:
    """Someone with the library (not the app) stores an HTML page as a photo, its audit
    entry and all; the bundle is consistent, but import-bundle checks the contents as
    add-photos does."""
    page = b"<html><body><form action='http://example.invalid'>Invoice</form></body></html>"
    sha256 = hashlib.sha256(page).hexdigest()
    with CaseFile.open(demo_path) as case, case.transaction() as session:
        incident = session.query(Incident).filter_by(reference=REFERENCE).one()
        session.add(Blob(sha256=sha256, size=len(page), data=page))
        item = EvidenceItem(
            kind="photo", incident_id=incident.id, sha256=sha256,
            original_filename="invoice.pdf.html", size_bytes=len(page), media_type="image/jpeg",
            imported_at=incident.time_start, imported_by="forger",
        )  # fmt: skip
        session.add(item)
        audit.record_create(session, case.user, item)  # as the person whose key signs
    with CaseFile.open(demo_path, read_only=True) as case:
        bundle = export_bundle(case, tmp_path / "with html.zip").path
    assert verify_bundle(bundle).findings == []  # consistent: only its content is wrong
    before = folder_state(tmp_path)
    with pytest.raises(CaseFileError, match=r"invoice\.pdf\.html is not accepted as evidence"):
        import_bundle(bundle, tmp_path / "ministry.casefile")
    assert folder_state(tmp_path) == before


# Merging what is consistent -----------------------------------------------------------------------


def test_a_partial_bundle_then_the_full_bundle_of_the_same_source(
    demo_original: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_original, read_only=True) as case:
        part = export_bundle(case, tmp_path / "part.zip", incidents=[REFERENCE]).path
        full = export_bundle(case, tmp_path / "full.zip").path
    ministry = create_from_bundle(part, tmp_path / "ministry.casefile").path
    result = import_bundle(full, ministry)
    assert result.added["correspondence links"] == 2  # the summons: its two other incidents
    with CaseFile.open(ministry, read_only=True) as case:
        assert verify(case) == []
        summons = next(c for c in correspondence.list_correspondence(case) if c.kind == "summons")
        assert len(summons.incident_uuids) == 3
    assert not import_bundle(full, ministry).added_anything


def test_two_partial_bundles_that_share_a_letter(demo_original: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_original, read_only=True) as case:
        first = export_bundle(case, tmp_path / "first.zip", incidents=[REFERENCE]).path
        second = export_bundle(case, tmp_path / "second.zip", incidents=["KYIV-2024-001"]).path
        source = {
            c.uuid: sorted(c.incident_uuids) for c in correspondence.list_correspondence(case)
        }
        wanted = {incidents.get_by_reference(case, r).uuid for r in (REFERENCE, "KYIV-2024-001")}
    ministry = create_from_bundle(first, tmp_path / "ministry.casefile").path
    import_bundle(second, ministry)
    with CaseFile.open(ministry, read_only=True) as case:
        assert verify(case) == []
        merged = {
            c.uuid: sorted(c.incident_uuids) for c in correspondence.list_correspondence(case)
        }
    assert merged == {
        uuid: [u for u in links if u in wanted] for uuid, links in source.items() if uuid in merged
    }
    assert any(len(links) == 2 for links in merged.values())


def test_a_link_the_source_removed_is_still_a_conflict(demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_path) as case:
        full = export_bundle(case, tmp_path / "full.zip").path
        summons = next(c for c in correspondence.list_correspondence(case) if c.kind == "summons")
        keep = [
            u
            for u in summons.incident_uuids
            if u != incidents.get_by_reference(case, REFERENCE).uuid
        ]
        correspondence.update(case, summons.uuid, incidents=keep)
        later = export_bundle(case, tmp_path / "later.zip").path
    ministry = create_from_bundle(full, tmp_path / "ministry.casefile").path
    before = folder_state(tmp_path)
    with pytest.raises(CaseFileError, match="incident_uuids differ"):
        import_bundle(later, ministry)
    assert folder_state(tmp_path) == before


# Checkable redaction --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shareable(demo_original: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with CaseFile.open(demo_original, read_only=True) as case:
        folder = tmp_path_factory.mktemp("shareable")
        return export_bundle(case, folder / "shareable.zip", strip_location=True).path


def _entry(manifest: dict[str, Any], entity_uuid: str, action: str) -> dict[str, Any]:
    return next(
        e
        for e in manifest["audit_log"]
        if e["entity_uuid"] == entity_uuid and e["action"] == action
    )


def test_a_record_swapped_under_a_redacted_entry_is_found(shareable: Path, tmp_path: Path) -> None:
    """The caption of a photo changed in its (redacted) entry and its row: the entry's hash,
    recomputed from what it holds and the hashes of what it withholds, no longer matches."""

    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        row = _evidence_row(manifest, "KYIV-2025-001 wall.jpg")
        row["caption"] = "A wall that was always like this"
        entry = _entry(manifest, row["uuid"], "create")
        changes = json.loads(entry["changes_json"])
        changes["caption"] = row["caption"]
        entry["changes_json"] = audit.canonical(changes)

    bad = _forge(shareable, tmp_path / "bad.zip", change)
    manifest = json.loads(files_of(bad)["manifest.json"])
    number = _entry(manifest, _evidence_row(manifest, "KYIV-2025-001 wall.jpg")["uuid"], "create")
    assert f"Audit entry {number['id']} was altered." in [
        f.message for f in verify_bundle(bad).findings
    ]


def test_only_location_and_device_fields_may_be_withheld(shareable: Path, tmp_path: Path) -> None:
    """Marking an incident's entry as redacted, to hide that its title was changed."""

    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        incident = next(r for r in manifest["incidents"] if r["reference"] == REFERENCE)
        entry = _entry(manifest, incident["uuid"], "create")
        changes = json.loads(entry["changes_json"])
        entry["withheld"] = {"title": audit.field_digest("title", changes.pop("title"), "")}
        entry["redacted"] = True
        entry["changes_json"] = audit.canonical(changes)
        incident["title"] = "Nothing happened"

    bad = _forge(shareable, tmp_path / "bad.zip", change)
    manifest = json.loads(files_of(bad)["manifest.json"])
    incident = next(r for r in manifest["incidents"] if r["reference"] == REFERENCE)
    number = _entry(manifest, incident["uuid"], "create")["id"]
    assert (
        f"Audit entry {number} withholds fields that are not location or device data: title."
        in [f.message for f in verify_bundle(bad).findings]
    )


def test_a_bundle_with_location_withholds_nothing(demo_bundle: Path, tmp_path: Path) -> None:
    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        row = _evidence_row(manifest, "KYIV-2025-001 wall.jpg")
        entry = _entry(manifest, row["uuid"], "create")
        changes = json.loads(entry["changes_json"])
        entry["withheld"] = {
            "software": audit.field_digest("software", changes.pop("software"), "")
        }
        entry["redacted"] = True
        entry["changes_json"] = audit.canonical(changes)

    bad = _forge(demo_bundle, tmp_path / "bad.zip", change)
    _refused(bad, tmp_path, "withholds fields in a bundle that keeps location data.")


def test_a_withheld_value_cannot_be_found_from_its_hash(shareable: Path) -> None:
    """Each withheld field's hash is salted, and the salt stays in the case file: trying every
    position near the chancery does not find the one a hash stands for."""
    manifest = json.loads(files_of(shareable)["manifest.json"])
    site = next(r for r in manifest["sites"] if r["name"] == "Embassy chancery, Kyiv")
    entry = _entry(manifest, site["uuid"], "create")
    assert set(entry["withheld"]) == {"latitude", "longitude"}
    assert entry["withheld"]["latitude"] != audit.field_digest("latitude", 50.4619, "")  # unsalted


def test_bundles_of_a_file_of_the_previous_version(demo_path: Path, tmp_path: Path) -> None:
    """Its entries were hashed over their JSON text: they still verify; without location,
    their hashes cannot be recomputed, and the report counts them."""
    as_written_by_the_previous_version(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        whole = export_bundle(case, tmp_path / "whole.zip").path
        shareable = export_bundle(case, tmp_path / "shareable.zip", strip_location=True).path
    assert verify_bundle(whole).findings == []
    report = verify_bundle(shareable)
    assert report.findings == []
    assert report.redacted_entries == 16  # the 4 sites and 12 photos and scans of the demo
