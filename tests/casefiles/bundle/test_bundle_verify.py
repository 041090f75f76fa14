"""Bundle verify's checks one by one (casefiles.bundle.verify): the demo bundle's manifest with
one thing changed, as a forger who recomputes every checksum would leave it, and the findings
each check names. (Whole forged bundles through verify and import-bundle: test_forgery.py.)"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefiles.bundle import manifest as layout
from casefiles.bundle.export import export_bundle
from casefiles.bundle.reader import CheckedFile, open_bundle
from casefiles.bundle.verify import (
    audit_findings,
    file_findings,
    refuse_unless_intact,
    row_findings,
    verify_bundle,
)
from casefiles.errors import CaseFileError
from casefiles.integrity.findings import Finding
from casefiles.storage.store import CaseFile
from tests.casefiles.bundle.zips import files_of, header_offset, rebuild, with_manifest, write_zip

HEX = "ab" * 32
UNKNOWN = "00000000-0000-4000-8000-000000000000"
FOLLOW = "does not follow the entry before it (an entry was removed or reordered)."
Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def demo(demo_bundle_original: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(files_of(demo_bundle_original)["manifest.json"])
    return data


@pytest.fixture(scope="module")
def stripped(demo_original: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo exported without location: its photos' entries withhold their GPS fields."""
    target = tmp_path_factory.mktemp("stripped") / "no location.zip"
    with CaseFile.open(demo_original, read_only=True) as case:
        export_bundle(case, target, strip_location=True)
    data: dict[str, Any] = json.loads(files_of(target)["manifest.json"])
    return data


def _read(data: dict[str, Any], *edits: Edit) -> layout.Manifest:
    data = copy.deepcopy(data)
    for edit in edits:
        edit(data)
    return layout.parse(json.dumps(data, ensure_ascii=False).encode())


def _said(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(finding.check, finding.message) for finding in findings]


def _chain(*messages: str) -> list[tuple[str, str]]:
    return [("audit chain", message) for message in messages]


def _row(*messages: str) -> list[tuple[str, str]]:
    return [("row", message) for message in messages]


def _entry(data: dict[str, Any], number: int) -> dict[str, Any]:
    entry: dict[str, Any] = next(e for e in data["audit_log"] if e["id"] == number)
    return entry


def _created(data: dict[str, Any], uuid: str) -> dict[str, Any]:
    entry: dict[str, Any] = next(
        e for e in data["audit_log"] if e["entity_uuid"] == uuid and e["action"] == "create"
    )
    return entry


def _partial(data: dict[str, Any]) -> None:
    data["selection"]["incidents"] = ["KYIV-2025-004"]


def test_the_demo_bundle_and_its_copy_without_location_check_clean(
    demo: dict[str, Any], stripped: dict[str, Any]
) -> None:
    for data in (demo, stripped):
        manifest = _read(data)
        assert audit_findings(manifest) == []
        assert row_findings(manifest) == []
    withheld = [entry for entry in stripped["audit_log"] if entry["withheld"]]
    assert withheld and all(entry["redacted"] for entry in withheld)


def test_an_entry_changed_is_altered_and_the_next_still_follows(demo: dict[str, Any]) -> None:
    manifest = _read(demo, lambda d: _entry(d, 3).update(user="Konsul"))
    assert _said(audit_findings(manifest)) == _chain("Audit entry 3 was altered.")


def test_an_entry_removed_breaks_the_chain_of_a_complete_bundle_only(
    demo: dict[str, Any],
) -> None:
    def remove(data: dict[str, Any]) -> None:
        data["audit_log"].remove(_entry(data, 5))

    assert _said(audit_findings(_read(demo, remove))) == _chain(f"Audit entry 6 {FOLLOW}")
    # A partial bundle holds only its records' entries: a gap is expected there.
    assert audit_findings(_read(demo, remove, _partial)) == []


def test_entries_that_do_not_follow_each_other_are_found_in_a_partial_bundle_too(
    demo: dict[str, Any],
) -> None:
    def reorder(data: dict[str, Any]) -> None:
        _partial(data)
        _entry(data, 8)["prev_hash"], _entry(data, 9)["prev_hash"] = (
            _entry(data, 9)["prev_hash"], _entry(data, 8)["prev_hash"],
        )  # fmt: skip

    assert _said(audit_findings(_read(demo, reorder))) == _chain(
        "Audit entry 8 was altered.",
        f"Audit entry 8 {FOLLOW}",
        "Audit entry 9 was altered.",
        f"Audit entry 9 {FOLLOW}",
    )


def test_the_first_entry_of_a_complete_bundle_starts_the_chain(demo: dict[str, Any]) -> None:
    manifest = _read(demo, lambda d: _entry(d, 1).update(prev_hash=HEX))
    assert _said(audit_findings(manifest)) == _chain(
        "Audit entry 1 was altered.", f"Audit entry 1 {FOLLOW}"
    )
    partial = _read(demo, lambda d: _entry(d, 1).update(prev_hash=HEX), _partial)
    assert _said(audit_findings(partial)) == _chain("Audit entry 1 was altered.")


def test_a_complete_bundle_ends_at_its_source_s_fingerprint(demo: dict[str, Any]) -> None:
    end = "The audit log does not end at the fingerprint of the case file it came from."
    moved = _read(demo, lambda d: d["source"].update(fingerprint=HEX))
    assert _said(audit_findings(moved)) == _chain(end)
    assert (
        audit_findings(_read(demo, lambda d: d["source"].update(fingerprint=HEX), _partial)) == []
    )
    # No entries at all: the chain ends where it starts, which is not this fingerprint.
    empty = _read(demo, lambda d: d.update(audit_log=[]))
    assert _said(audit_findings(empty)) == _chain(end)
    genesis = "0" * 64
    assert (
        audit_findings(
            _read(
                demo,
                lambda d: d.update(audit_log=[]),
                lambda d: d["source"].update(fingerprint=genesis),
            )
        )
        == []
    )


def _photo_entry(data: dict[str, Any]) -> dict[str, Any]:
    return _created(data, data["evidence"][0]["uuid"])


def test_what_an_entry_withholds_must_agree_with_how_it_is_marked(
    demo: dict[str, Any], stripped: dict[str, Any]
) -> None:
    number = _photo_entry(demo)["id"]
    marked = _read(demo, lambda d: _photo_entry(d).update(redacted=True))
    assert _said(audit_findings(marked)) == _chain(
        f"Audit entry {number} is marked as redacted without naming what it withholds, or "
        "the reverse."
    )
    unmarked = _read(stripped, lambda d: _photo_entry(d).update(redacted=False))
    assert _said(audit_findings(unmarked)) == _chain(
        f"Audit entry {number} is marked as redacted without naming what it withholds, or "
        "the reverse."
    )

    def withhold(data: dict[str, Any]) -> None:
        _photo_entry(data).update(redacted=True, withheld={"gps_latitude": HEX})

    assert _said(audit_findings(_read(demo, withhold))) == _chain(
        f"Audit entry {number} withholds fields in a bundle that keeps location data."
    )


def test_only_location_and_device_fields_may_be_withheld(stripped: dict[str, Any]) -> None:
    number = _photo_entry(stripped)["id"]

    def more(data: dict[str, Any]) -> None:
        _photo_entry(data)["withheld"].update(title=HEX, caption=HEX)

    assert _said(audit_findings(_read(stripped, more))) == _chain(
        f"Audit entry {number} withholds fields that are not location or device data: "
        "caption, title."
    )

    def of_a_note(data: dict[str, Any]) -> None:
        entry = _created(data, data["notes"][0]["uuid"])
        entry.update(redacted=True, withheld={"gps_latitude": HEX})

    note = _created(stripped, stripped["notes"][0]["uuid"])["id"]
    assert _said(audit_findings(_read(stripped, of_a_note))) == _chain(
        f"Audit entry {note} withholds fields that are not location or device data: gps_latitude."
    )


def test_a_field_is_either_held_or_withheld(stripped: dict[str, Any]) -> None:
    entry = _photo_entry(stripped)
    held = sorted(entry["withheld"])[:2]

    def both(data: dict[str, Any]) -> None:
        changes = json.loads(_photo_entry(data)["changes_json"])
        changes.update({name: 50.5 for name in held})
        _photo_entry(data)["changes_json"] = json.dumps(changes)

    assert _said(audit_findings(_read(stripped, both))) == _chain(
        f"Audit entry {entry['id']} both holds and withholds {', '.join(held)}."
    )

    def legacy(data: dict[str, Any]) -> None:
        both(data)
        _photo_entry(data)["withheld"] = dict.fromkeys(_photo_entry(data)["withheld"])

    # Entries written before fields were hashed one by one kept them blanked; their hashes
    # cannot be recomputed, and verify counts them instead.
    assert audit_findings(_read(stripped, legacy)) == []


def test_a_withheld_field_s_hash_is_part_of_the_entry_s(stripped: dict[str, Any]) -> None:
    entry = _photo_entry(stripped)
    name = sorted(entry["withheld"])[0]
    changed = _read(stripped, lambda d: _photo_entry(d)["withheld"].update({name: HEX}))
    assert _said(audit_findings(changed)) == _chain(f"Audit entry {entry['id']} was altered.")


def _incident(data: dict[str, Any], reference: str) -> dict[str, Any]:
    row: dict[str, Any] = next(r for r in data["incidents"] if r["reference"] == reference)
    return row


def test_a_row_that_differs_from_its_log_names_every_field_that_differs(
    demo: dict[str, Any],
) -> None:
    row = _incident(demo, "KYIV-2025-003")

    def edit(data: dict[str, Any]) -> None:
        _incident(data, "KYIV-2025-003").update(staff_injured=7, title="Pilotsuz uçuş aparatı")

    assert _said(row_findings(_read(demo, edit))) == _row(
        f"The incident KYIV-2025-003 ({row['uuid']}) differs from the audit log in: title, "
        "staff_injured."
    )


def test_every_row_is_checked_after_one_without_an_entry(demo: dict[str, Any]) -> None:
    site = {**demo["sites"][0], "uuid": UNKNOWN, "name": "Bakı, Səfirlik"}
    note = demo["notes"][-1]

    def edit(data: dict[str, Any]) -> None:
        data["sites"].append(site)
        data["notes"][-1]["text"] = "Вікна вибиті"

    assert _said(row_findings(_read(demo, edit))) == _row(
        f"The site “Bakı, Səfirlik” ({UNKNOWN}) has no entry in the audit log.",
        f"The note by {note['author']} written {note['written_at']} ({note['uuid']}) differs "
        "from the audit log in: text.",
    )


def test_records_in_the_log_but_not_in_the_bundle_are_named(demo: dict[str, Any]) -> None:
    note, damage = demo["notes"][2]["uuid"], demo["damage_items"][7]["uuid"]

    def edit(data: dict[str, Any]) -> None:
        del data["notes"][2]
        data["evidence"] = [r for r in data["evidence"] if r["damage_item_uuid"] != damage]
        data["files"] = [
            f
            for f in data["files"]
            if f["path"] in {r["file"]["path"] for r in data["evidence"]}
            or not f["path"].startswith("evidence/")
        ]
        del data["damage_items"][7]

    said = _said(row_findings(_read(demo, edit)))
    photos = [r for r in demo["evidence"] if r["damage_item_uuid"] == damage]
    expected = {
        ("row", f"The note {note} is in the audit log but missing from the bundle."),
        ("row", f"The damage item {damage} is in the audit log but missing from the bundle."),
        *(
            ("row", f"The evidence {r['uuid']} is in the audit log but missing from the bundle.")
            for r in photos
        ),
    }
    assert set(said) == expected and len(said) == len(expected)
    assert said == sorted(said, key=lambda f: f[1].split()[1:3])


def test_a_letter_s_incidents_are_checked_against_its_log(demo: dict[str, Any]) -> None:
    letter = demo["correspondence"][1]
    assert len(letter["incident_uuids"]) == 3
    fewer = _read(demo, lambda d: d["correspondence"][1]["incident_uuids"].pop())
    kind, number = (
        letter["kind"].replace("_", " "),
        letter["reference_number"] or "without a number",
    )
    assert _said(row_findings(fewer)) == _row(
        f"The {kind} {number} ({letter['uuid']}) differs from the audit log in: incident_uuids."
    )

    def unlogged(data: dict[str, Any]) -> None:
        changes = json.loads(_created(data, letter["uuid"])["changes_json"])
        del changes["incident_uuids"]
        _created(data, letter["uuid"])["changes_json"] = json.dumps(changes)
        data["correspondence"][1]["incident_uuids"] = []

    assert [f.message.rsplit(": ", 1)[1] for f in row_findings(_read(demo, unlogged))] == [
        "incident_uuids."
    ]


def test_a_letter_about_an_incident_left_out_of_a_partial_bundle_still_checks(
    demo: dict[str, Any],
) -> None:
    gone = _incident(demo, "KYIV-2024-001")["uuid"]

    def leave_out(data: dict[str, Any]) -> None:
        _partial(data)
        data["incidents"].remove(_incident(data, "KYIV-2024-001"))
        for row in data["correspondence"]:
            row["incident_uuids"] = [u for u in row["incident_uuids"] if u != gone]
        data["notes"] = [n for n in data["notes"] if n["incident_uuid"] != gone]
        kept = [r for r in data["evidence"] if r["incident_uuid"] != gone]
        paths = {r["file"]["path"] for r in data["evidence"]} - {r["file"]["path"] for r in kept}
        data["evidence"] = kept
        data["files"] = [f for f in data["files"] if f["path"] not in paths]

    said = _said(row_findings(_read(demo, leave_out)))
    assert ("row", f"The incident {gone} is in the audit log but missing from the bundle.") in said
    assert not [message for _, message in said if "differs" in message], said


def test_links_logged_as_row_ids_are_not_compared_but_other_fields_are(
    demo: dict[str, Any],
) -> None:
    """Entries older than links by uuid hold row ids, which mean nothing outside their case
    file: a link missing from the log is not checked; any other missing field differs."""
    incident = _incident(demo, "KYIV-2025-001")

    def without(*names: str) -> Edit:
        def edit(data: dict[str, Any]) -> None:
            entry = _created(data, incident["uuid"])
            changes = json.loads(entry["changes_json"])
            for name in names:
                del changes[name]
            entry["changes_json"] = json.dumps(changes)

        return edit

    assert row_findings(_read(demo, without("site_uuid"))) == []
    assert _said(row_findings(_read(demo, without("site_uuid", "description")))) == _row(
        f"The incident KYIV-2025-001 ({incident['uuid']}) differs from the audit log in: "
        "description."
    )


def test_a_bundle_without_location_may_not_carry_location(stripped: dict[str, Any]) -> None:
    photo = stripped["evidence"][0]
    label = f"photo {photo['original_filename']} “{photo['caption']}” ({photo['uuid']})"
    gps = _read(stripped, lambda d: d["evidence"][0].update(gps_latitude=50.4619))
    assert _said(row_findings(gps)) == _row(
        f"The {label} differs from the audit log in: gps_latitude."
    )
    # The metadata is kept, cut down to what says nothing of place or device (its hash is
    # withheld with the rest: the log cannot say what it held).
    metadata = _read(stripped, lambda d: d["evidence"][0].update(metadata_json='{"a": 1}'))
    assert row_findings(metadata) == []


def test_a_location_field_the_log_does_not_hold_is_not_compared(demo: dict[str, Any]) -> None:
    photo = demo["evidence"][0]

    def edit(data: dict[str, Any]) -> None:
        entry = _created(data, photo["uuid"])
        changes = json.loads(entry["changes_json"])
        del changes["gps_latitude"], changes["media_type"]
        entry["changes_json"] = json.dumps(changes)

    said = [finding.message for finding in row_findings(_read(demo, edit))]
    assert [message.rsplit(": ", 1)[1] for message in said] == ["media_type."]


# Files: read and hashed, each against SHA256SUMS and, for those made from the manifest,
# against what it holds.


def _files_said(bundle: Path) -> tuple[list[tuple[str, str]], list[str]]:
    seen: list[str] = []

    def on_file(checked: CheckedFile) -> None:
        seen.append(checked.name)

    with open_bundle(bundle) as opened:
        return _said(file_findings(opened, on_file)), seen


def test_every_file_is_read_and_seen_once_in_order(demo_bundle: Path) -> None:
    said, seen = _files_said(demo_bundle)
    assert said == []
    with zipfile.ZipFile(demo_bundle) as archive:
        assert seen == sorted(set(archive.namelist()) - {"SHA256SUMS"})


def test_a_table_or_readme_edited_to_agree_with_its_checksum_is_found(
    demo_bundle: Path, tmp_path: Path
) -> None:
    def edit(files: dict[str, bytes]) -> None:
        files["tables/notes.csv"] += "Səfirlik,\r\n".encode()
        files["README.txt"] = files["README.txt"].replace(b"Casefiles", b"Casefile", 1)

    def relist(data: dict[str, Any]) -> None:
        for entry in data["files"]:
            if entry["path"] in edited:
                entry["sha256"], entry["size_bytes"] = edited[entry["path"]]

    import hashlib

    forged = rebuild(demo_bundle, tmp_path / "edited.zip", edit)
    edited = {
        name: (hashlib.sha256(data).hexdigest(), len(data))
        for name, data in files_of(forged).items()
        if name in ("tables/notes.csv", "README.txt")
    }
    forged = with_manifest(forged, tmp_path / "relisted.zip", relist)
    said, _ = _files_said(forged)
    assert said == [
        ("file", "README.txt does not say what manifest.json holds (it was edited)."),
        ("file", "tables/notes.csv does not say what manifest.json holds (it was edited)."),
    ]


def test_a_photo_that_does_not_match_its_checksum_is_found(
    demo_bundle: Path, tmp_path: Path
) -> None:
    files = files_of(demo_bundle)
    name = sorted(n for n in files if n.startswith("evidence/"))[2]
    data = bytearray(files[name])
    data[500] ^= 0xFF
    forged = write_zip(tmp_path / "photo.zip", {**files, name: bytes(data)}, resum=False)
    said, seen = _files_said(forged)
    assert said == [("file", f"{name} does not match its SHA-256 in SHA256SUMS.")]
    assert name in seen


def test_a_file_the_reader_cannot_read_whole_is_a_finding_and_the_rest_are_read(
    demo_bundle: Path, tmp_path: Path
) -> None:
    files = files_of(demo_bundle)
    name = sorted(n for n in files if n.startswith("evidence/"))[0]
    forged = write_zip(tmp_path / "crc.zip", files, resum=False)
    # A byte of the stored photo flipped in the zip itself: its CRC no longer agrees.
    offset = header_offset(forged, name) + 30 + len(name.encode()) + 200
    raw = bytearray(forged.read_bytes())
    raw[offset] ^= 0xFF
    forged.write_bytes(bytes(raw))
    said, seen = _files_said(forged)
    assert said == [("file", f"The bundle is damaged: {name!r} cannot be read whole.")]
    assert name not in seen and len(seen) == len(files) - 2  # nor SHA256SUMS


def test_a_summary_that_is_not_a_pdf_is_found(demo_bundle: Path, tmp_path: Path) -> None:
    import hashlib

    text = "Xülasə".encode()

    def announce(data: dict[str, Any]) -> None:
        data["summary_pdf"] = "summary.pdf"
        data["files"].append(
            {"path": "summary.pdf", "sha256": hashlib.sha256(text).hexdigest(),
             "size_bytes": len(text), "role": "summary"}
        )  # fmt: skip

    with_summary = rebuild(
        demo_bundle, tmp_path / "s.zip", lambda f: f.update({"summary.pdf": text})
    )
    forged = with_manifest(with_summary, tmp_path / "summary.zip", announce)
    said, _ = _files_said(forged)
    # README.txt says whether a summary is enclosed: it was made without one.
    assert said == [
        ("file", "README.txt does not say what manifest.json holds (it was edited)."),
        ("file", "summary.pdf is not a PDF."),
    ]


def test_verify_reports_what_a_bundle_holds(demo_bundle: Path, stripped: dict[str, Any]) -> None:
    report = verify_bundle(demo_bundle)
    assert report.findings == []
    with zipfile.ZipFile(demo_bundle) as archive:
        assert report.files == len(archive.namelist())
    assert report.complete is True
    assert report.redacted_entries == 0
    assert (
        report.source_fingerprint
        == json.loads(files_of(demo_bundle)["manifest.json"])["source"]["fingerprint"]
    )


def test_refusal_names_the_first_problem_and_counts_them_all(
    demo_bundle: Path, tmp_path: Path
) -> None:
    forged = with_manifest(
        demo_bundle, tmp_path / "forged.zip", lambda d: d["audit_log"][2].update(user="Konsul")
    )
    found = verify_bundle(forged).findings  # the manifest's signature no longer checks
    assert found[0].message == "Audit entry 3 was altered." and len(found) > 1
    with open_bundle(forged) as bundle, pytest.raises(CaseFileError) as raised:
        refuse_unless_intact(bundle)
    assert str(raised.value) == (
        f"The bundle is refused: Audit entry 3 was altered. ({len(found)} problems in all)"
    )


def test_an_entry_that_is_not_an_update_the_app_writes_changes_nothing(
    demo: dict[str, Any],
) -> None:
    """A change that is not [before, after] (here a text of two letters) is the chain check's
    to find; replaying it must not change what the record should hold."""
    photo = demo["evidence"][0]["uuid"]

    def edit(data: dict[str, Any]) -> None:
        entry = next(
            e for e in data["audit_log"] if e["entity_uuid"] == photo and e["action"] == "update"
        )
        changes = json.loads(entry["changes_json"])
        entry["changes_json"] = json.dumps({**changes, "media_type": "ab"})

    assert row_findings(_read(demo, edit)) == []


def _unsigned(files: dict[str, bytes]) -> None:
    del files["manifest.sig"]


def test_a_refusal_with_one_problem_gives_no_count_and_with_two_counts_them(
    demo_bundle: Path, tmp_path: Path
) -> None:
    unsigned = rebuild(demo_bundle, tmp_path / "unsigned.zip", _unsigned)
    with open_bundle(unsigned) as bundle, pytest.raises(CaseFileError) as raised:
        refuse_unless_intact(bundle)
    assert str(raised.value) == (
        "The bundle is refused: The bundle is not signed (it has no manifest.sig)."
    )

    def edit(files: dict[str, bytes]) -> None:
        _unsigned(files)
        files["README.txt"] += "Səfirlik\n".encode()

    import hashlib

    edited = rebuild(demo_bundle, tmp_path / "edited.zip", edit)
    readme = files_of(edited)["README.txt"]

    def relist(data: dict[str, Any]) -> None:
        entry = next(e for e in data["files"] if e["path"] == "README.txt")
        entry.update(sha256=hashlib.sha256(readme).hexdigest(), size_bytes=len(readme))

    forged = with_manifest(edited, tmp_path / "relisted.zip", relist)
    with open_bundle(forged) as bundle, pytest.raises(CaseFileError) as raised:
        refuse_unless_intact(bundle)
    assert str(raised.value) == (
        "The bundle is refused: README.txt does not say what manifest.json holds (it was "
        "edited). (2 problems in all)"
    )


def test_an_intact_bundle_is_accepted_and_every_file_is_handed_on(demo_bundle: Path) -> None:
    """The importer makes thumbnails from the files as they are checked: each is handed on."""
    seen: list[str] = []
    with open_bundle(demo_bundle) as bundle:
        signer = refuse_unless_intact(bundle, on_file=lambda checked: seen.append(checked.name))
    with zipfile.ZipFile(demo_bundle) as archive:
        assert seen == sorted(set(archive.namelist()) - {"SHA256SUMS"})
    with open_bundle(demo_bundle) as bundle:
        assert signer.manifest_sha256 == bundle.manifest_sha256


def test_a_damage_item_is_named_by_its_element_and_its_incident(demo: dict[str, Any]) -> None:
    damage = demo["damage_items"][4]
    reference = next(
        r["reference"] for r in demo["incidents"] if r["uuid"] == damage["incident_uuid"]
    )
    edited = _read(demo, lambda d: d["damage_items"][4].update(description="Şüşələr sınıb"))
    assert _said(row_findings(edited)) == _row(
        f"The damage item “{damage['element']}” of incident {reference} ({damage['uuid']}) "
        "differs from the audit log in: description."
    )


def test_a_row_without_an_entry_does_not_stop_the_rows_after_it_in_its_table(
    demo: dict[str, Any],
) -> None:
    site = {**demo["sites"][0], "uuid": UNKNOWN, "name": "Bakı, Səfirlik"}
    second = demo["sites"][1]

    def edit(data: dict[str, Any]) -> None:
        data["sites"].insert(0, site)
        data["sites"][2]["address"] = "Лук'янівка"

    assert _said(row_findings(_read(demo, edit))) == _row(
        f"The site “Bakı, Səfirlik” ({UNKNOWN}) has no entry in the audit log.",
        f"The site “{second['name']}” ({second['uuid']}) differs from the audit log in: address.",
    )


def test_without_location_every_difference_is_named_location_last(
    stripped: dict[str, Any],
) -> None:
    photo = stripped["evidence"][0]

    def edit(data: dict[str, Any]) -> None:
        data["evidence"][0].update(media_type="image/png", gps_latitude=40.4093)

    said = [finding.message for finding in row_findings(_read(stripped, edit))]
    assert said == [
        f"The photo {photo['original_filename']} “{photo['caption']}” ({photo['uuid']}) "
        "differs from the audit log in: media_type, gps_latitude."
    ]


def test_a_bundle_that_cannot_be_opened_is_one_finding_and_nothing_else(tmp_path: Path) -> None:
    junk = tmp_path / "bundle.zip"
    junk.write_bytes(b"PK\x03\x04 not a zip")
    report = verify_bundle(junk)
    assert len(report.findings) == 1 and report.findings[0].check == "bundle"
    assert (report.files, report.source_fingerprint, report.complete) == (0, None, False)
    assert (report.redacted_entries, report.warnings, report.signers) == (0, [], [])
    assert report.signed_by is None


def test_an_encrypted_bundle_is_verified_with_its_password(
    demo_original: Path, tmp_path: Path
) -> None:
    target = tmp_path / "şifrəli.zip"
    with CaseFile.open(demo_original, read_only=True) as case:
        export_bundle(case, target, password="Kiyev-2025")
    report = verify_bundle(target, "Kiyev-2025")
    assert report.findings == []
    assert report.complete is True


def test_a_location_field_held_beside_withheld_ones_is_hashed_by_its_digest(
    demo: dict[str, Any], stripped: dict[str, Any]
) -> None:
    """An entry may hold one location field (with its salt) and withhold the others: the held
    one enters the hash as its salted digest, as when it was written."""
    photo = demo["evidence"][0]["uuid"]
    full = json.loads(_created(demo, photo)["changes_json"])

    def hold_camera_make(data: dict[str, Any]) -> None:
        entry = _created(data, photo)
        changes = json.loads(entry["changes_json"])
        changes["camera_make"] = full["camera_make"]
        changes.setdefault("_salts", {})["camera_make"] = full["_salts"]["camera_make"]
        entry["changes_json"] = json.dumps(changes)
        del entry["withheld"]["camera_make"]

    assert audit_findings(_read(stripped, hold_camera_make)) == []
