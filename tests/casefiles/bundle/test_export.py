"""Export bundles: what is inside, that anyone can check them, and the round trip."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
import subprocess
import threading
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from sqlalchemy import func, select

from casefiles.bundle.errors import BadBundle
from casefiles.bundle.export import StripAndSummary, export_bundle
from casefiles.bundle.importer import create_from_bundle, import_bundle
from casefiles.bundle.verify import verify_bundle
from casefiles.errors import AlreadyExists, CaseFileError, NotFound
from casefiles.integrity.verify import verify
from casefiles.language.catalogue import Language, phrases_for
from casefiles.photos.photo_metadata import read_metadata
from casefiles.progress import Cancelled
from casefiles.services import evidence_reading, incidents, notes, photo_import
from casefiles.storage.models import AuditEntry, EvidenceItem
from casefiles.storage.overview import overview
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.casefiles.bundle.zips import files_of
from tests.helpers import folder_state, have, require

REFERENCE = "KYIV-2025-004"


def _evidence_hashes(case: CaseFile) -> Counter[str]:
    with case.reading() as session:
        return Counter(item.sha256 for item in session.scalars(select(EvidenceItem)))


def _without_fingerprint(case: CaseFile) -> dict[str, object]:
    facts = dataclasses.asdict(overview(case))
    del facts["fingerprint"]
    return facts


def test_the_demo_round_trips_with_identical_counts_and_evidence(
    demo_original: Path, demo_bundle: Path, tmp_path: Path
) -> None:
    target = tmp_path / "Міністерство.casefile"
    result = import_bundle(demo_bundle, target)
    with (
        CaseFile.open(demo_original, read_only=True) as source,
        CaseFile.open(target, read_only=True) as copy,
    ):
        assert result.created and result.new_originals == overview(source).photos
        assert verify(copy) == []
        assert _without_fingerprint(copy) == _without_fingerprint(source)
        assert _evidence_hashes(copy) == _evidence_hashes(source)
        for reference in ("KYIV-2022-001", REFERENCE):
            ours = evidence_reading.list_evidence(
                source, incidents.get_by_reference(source, reference).uuid
            )
            theirs = evidence_reading.list_evidence(
                copy, incidents.get_by_reference(copy, reference).uuid
            )
            assert [r.uuid for r in theirs] == [r.uuid for r in ours]
            for record in ours:
                assert evidence_reading.original_bytes(
                    copy, record.uuid
                ) == evidence_reading.original_bytes(source, record.uuid)
                assert evidence_reading.derived_image(copy, record.uuid, "thumbnail")
        # Every record holds the same values: a bundle of the copy has the same tables.
        again = export_bundle(copy, tmp_path / "again.zip").path
    first, second = (json.loads(files_of(b)["manifest.json"]) for b in (demo_bundle, again))
    for table in ("mission", "sites", "incidents", "damage_items", "correspondence", "evidence",
                  "notes"):  # fmt: skip
        assert first[table] == second[table], table


def test_importing_the_same_bundle_twice_adds_and_writes_nothing(
    demo_bundle: Path, tmp_path: Path
) -> None:
    target = tmp_path / "case.casefile"
    create_from_bundle(demo_bundle, target)
    state = folder_state(tmp_path)
    again = import_bundle(demo_bundle, target)
    assert not again.added_anything
    assert folder_state(tmp_path) == state
    with CaseFile.open(target, read_only=True) as case:
        facts = overview(case)
    # Everything was found already there: the mission and every row of the case.
    assert sum(again.unchanged.values()) == 1 + sum(
        getattr(facts, name)
        for name in ("sites", "incidents", "damage_items", "photos", "notes", "correspondence")
    )


def test_sha256sum_accepts_the_unpacked_bundle(demo_bundle: Path, tmp_path: Path) -> None:
    require(shutil.which("sha256sum") is not None, "sha256sum (coreutils)")
    folder = tmp_path / "unpacked"
    if have("unzip"):
        subprocess.run(["unzip", "-q", str(demo_bundle), "-d", str(folder)], check=True)
    else:
        zipfile.ZipFile(demo_bundle).extractall(folder)
    checked = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == len([p for p in folder.rglob("*") if p.is_file()]) - 1
    assert all(line.endswith(": OK") for line in lines)


def test_the_layout_of_a_bundle(demo_original: Path, demo_bundle: Path) -> None:
    with zipfile.ZipFile(demo_bundle) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        sums = archive.read("SHA256SUMS").decode()
        readme = archive.read("README.txt").decode()
        incidents_csv = archive.read("tables/incidents.csv")
        notes_csv = archive.read("tables/notes.csv")
    evidence_names = [name for name in infos if name.startswith("evidence/")]
    with CaseFile.open(demo_original, read_only=True) as source:
        assert len(evidence_names) == overview(source).photos
    assert set(infos) == {
        "manifest.json", "manifest.sig", "SHA256SUMS", "README.txt", *evidence_names,
        *(f"tables/{t}.csv" for t in ("mission", "sites", "incidents", "damage_items",
                                       "correspondence", "evidence", "notes", "audit_log")),
    }  # fmt: skip
    manifest = json.loads(files_of(demo_bundle)["manifest.json"])
    for row in manifest["evidence"]:
        path = row["file"]["path"]
        assert path == f"evidence/{row['sha256'][:16]}_{row['original_filename']}"
        assert infos[path].compress_type == zipfile.ZIP_STORED  # photos do not compress
    assert infos["manifest.json"].compress_type == zipfile.ZIP_DEFLATED
    # SHA256SUMS: "<hex>  <path>" for every file but itself.
    listed = dict(reversed(line.split("  ", 1)) for line in sums.splitlines())
    assert set(listed) == set(infos) - {"SHA256SUMS"}
    assert "sha256sum -c SHA256SUMS" in readme
    assert 'casefiles verify "demo bundle.zip"' in readme
    # CSV: UTF-8 with a byte order mark, a header row, Cyrillic and Azerbaijani intact.
    assert incidents_csv.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(incidents_csv.decode("utf-8-sig"))))
    assert len(rows) == 6 and rows[-1]["reference"] == REFERENCE
    assert rows[-1]["incident_type"] == "Missile strike"  # words, not codes
    assert rows[-1]["site"] == "Embassy chancery, Kyiv"
    text = notes_csv.decode("utf-8-sig")
    assert "Посольство: пошкоджено стіни" in text and "Səfirliyin inzibati binasında" in text


def test_the_manifest_holds_everything_with_hashes_and_the_audit_log(
    demo_original: Path, demo_bundle: Path
) -> None:
    manifest = json.loads(files_of(demo_bundle)["manifest.json"])
    with CaseFile.open(demo_original, read_only=True) as case:
        facts = overview(case)
        with case.reading() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEntry))
    assert manifest["source"]["fingerprint"] == facts.fingerprint
    assert manifest["mission"]["name"] == facts.mission
    assert len(manifest["incidents"]) == facts.incidents
    assert len(manifest["audit_log"]) == entries
    assert manifest["audit_log"][-1]["hash"] == facts.fingerprint
    photo = manifest["evidence"][0]
    assert photo["gps_latitude"] is not None and photo["camera_make"] is not None
    assert len(photo["sha256"]) == 64 and json.loads(photo["metadata_json"])["gps"]


def test_a_bundle_of_chosen_incidents(demo_original: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_original, read_only=True) as case:
        bundle = export_bundle(case, tmp_path / "november.zip", incidents=[REFERENCE]).path
        chosen = incidents.get_by_reference(case, REFERENCE)
        photos = {r.sha256 for r in evidence_reading.list_evidence(case, chosen.uuid)}
    manifest = json.loads(files_of(bundle)["manifest.json"])
    assert [row["reference"] for row in manifest["incidents"]] == [REFERENCE]
    assert {row["incident_uuid"] for row in manifest["damage_items"]} == {chosen.uuid}
    assert {row["sha256"] for row in manifest["evidence"]} == photos
    assert [row["name"] for row in manifest["sites"]] == ["Embassy chancery, Kyiv"]
    # The summons is also about two older incidents; the bundle speaks only of this one.
    assert all(row["incident_uuids"] == [chosen.uuid] for row in manifest["correspondence"])
    assert len(manifest["correspondence"]) == 2
    assert {row["incident_uuid"] for row in manifest["notes"]} == {chosen.uuid}
    people = {e["entity_uuid"] for e in manifest["audit_log"] if e["entity_type"] == "person"}
    assert people, "the register of the people who signed goes with the entries they signed"
    assert {e["entity_uuid"] for e in manifest["audit_log"]} <= {
        row["uuid"]
        for table in ("sites", "incidents", "damage_items", "correspondence", "evidence", "notes")
        for row in manifest[table]
    } | {manifest["mission"]["uuid"]} | people
    report = verify_bundle(bundle)
    assert report.findings == [] and not report.complete
    # It imports on its own, and into its own source it adds nothing.
    with CaseFile.open(create_from_bundle(bundle, tmp_path / "part.casefile").path) as part:
        assert verify(part) == []
        assert overview(part).incidents == 1
    shutil.copyfile(demo_original, tmp_path / "source.casefile")
    assert not import_bundle(bundle, tmp_path / "source.casefile").added_anything


def test_strip_location_leaves_no_position_or_device_anywhere(
    demo_original: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_original, read_only=True) as case:
        with case.reading() as session:
            items = list(session.scalars(select(EvidenceItem)))
            secrets = {
                str(value)
                for item in items
                for value in (item.gps_latitude, item.gps_longitude, item.camera_model)
            } | {"50.4619", "30.4826"}  # the chancery's coordinates
        originals = {
            item.sha256: evidence_reading.original_bytes(case, item.uuid) for item in items
        }
        bundle = export_bundle(case, tmp_path / "shareable.zip", strip_location=True).path
    files = files_of(bundle)
    assert "summary.pdf" not in files
    for name, data in files.items():
        if not name.startswith("evidence/"):
            text = data.decode("utf-8")
            leaked = [secret for secret in secrets if secret in text]
            assert leaked == [], name
    manifest = json.loads(files["manifest.json"])
    assert all(site["latitude"] is None for site in manifest["sites"])
    for row in manifest["evidence"]:
        assert row["gps_latitude"] is None and row["camera_make"] is None
        assert "gps" not in json.loads(row["metadata_json"])
        assert row["file"]["derived"] and row["file"]["sha256"] != row["sha256"]
        copy = tmp_path / Path(row["file"]["path"]).name
        copy.write_bytes(files[row["file"]["path"]])
        said = read_metadata(copy)
        assert (said.gps_latitude, said.camera_make, said.camera_model, said.software) == (
            None, None, None, None,
        )  # fmt: skip
        if row["media_type"] == "image/jpeg":
            assert copy.suffix == ".jpg"  # the picture data byte for byte: same pixels
            original = Image.open(io.BytesIO(originals[row["sha256"]])).convert("RGB")
            assert (
                ImageChops.difference(original, Image.open(copy).convert("RGB")).getbbox() is None
            )
        else:
            assert copy.suffix == ".png"
    report = verify_bundle(bundle)
    # Every entry that lost location kept the salted hash of each field it lost, so the
    # hashes of all entries were recomputed.
    assert report.findings == [] and report.redacted_entries == 0
    withheld = [entry["withheld"] for entry in manifest["audit_log"] if entry["redacted"]]
    assert withheld and all(None not in names.values() for names in withheld)
    assert not any("_salts" in entry["changes_json"] for entry in manifest["audit_log"])
    assert b"LOCATION AND DEVICE DATA REMOVED" in files["README.txt"]
    with pytest.raises(BadBundle, match="without location data"):
        import_bundle(bundle, tmp_path / "never.casefile")
    assert not (tmp_path / "never.casefile").exists()


def test_a_summary_goes_in_unless_location_is_stripped(demo_original: Path, tmp_path: Path) -> None:
    pdf = b"%PDF-1.4 a summary drawn by the app\n%%EOF\n"
    with CaseFile.open(demo_original, read_only=True) as case:
        bundle = export_bundle(case, tmp_path / "with summary.zip", pdf=pdf)
        assert bundle.summary_included
        with pytest.raises(StripAndSummary, match="shows positions"):
            export_bundle(case, tmp_path / "no.zip", pdf=pdf, strip_location=True)
    files = files_of(bundle.path)
    assert files["summary.pdf"] == pdf
    assert "summary.pdf" in files["SHA256SUMS"].decode()
    assert verify_bundle(bundle.path).findings == []
    assert not (tmp_path / "no.zip").exists()


def test_export_refuses_to_overwrite_and_unknown_incidents(
    demo_original: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "existing.zip"
    existing.write_bytes(b"keep me")
    with CaseFile.open(demo_original, read_only=True) as case:
        with pytest.raises(AlreadyExists):
            export_bundle(case, existing)
        with pytest.raises(NotFound, match="KYIV-1999-001"):
            export_bundle(case, tmp_path / "new.zip", incidents=["KYIV-1999-001"])
    assert existing.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.zip"]


def _newest_entries(case: CaseFile, count: int) -> list[tuple[str, dict[str, object]]]:
    """The newest entries' actions and changes, oldest first."""
    with case.reading() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(count)
        return [(e.action, json.loads(e.changes)) for e in reversed(session.scalars(query).all())]


def test_a_cancelled_export_says_so_in_the_log(demo_path: Path, tmp_path: Path) -> None:
    """The export entry is written before the bundle is read (the bundle's own log must hold
    it); when the person cancels, the log says that bundle never left, and nothing is saved."""
    target = tmp_path / "Kyiv bundle, ləğv edilmiş.zip"

    def cancel_halfway(done: int, total: int, label: str = "") -> None:
        if done * 2 >= total > 0:
            raise Cancelled("stopped by the person")

    with CaseFile.open(demo_path) as case:
        with pytest.raises(Cancelled):
            export_bundle(case, target, progress=cancel_halfway)
        export, abandoned = _newest_entries(case, 2)
        assert verify(case) == []
    assert export[0] == "export" and abandoned[0] == "export_abandoned"
    assert abandoned[1]["bundle_uuid"] == export[1]["bundle_uuid"]
    assert abandoned[1]["outcome"] == "cancelled"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.casefile"]


def test_an_export_that_fails_while_writing_says_so_in_the_log(
    demo_path: Path, tmp_path: Path
) -> None:
    """The stick pulled out while the bundle is written: the error reaches the person, and the
    log's export entry is followed by one saying it failed."""
    stick = tmp_path / "флешка"
    stick.mkdir()

    def pull_the_stick(done: int, total: int, label: str = "") -> None:
        if stick.exists():
            shutil.rmtree(stick)

    with CaseFile.open(demo_path) as case:
        with pytest.raises(CaseFileError):
            export_bundle(case, stick / "bundle.zip", progress=pull_the_stick)
        export, abandoned = _newest_entries(case, 2)
    assert (export[0], abandoned[0]) == ("export", "export_abandoned")
    assert abandoned[1] == {
        "fingerprint": abandoned[1]["fingerprint"],
        "bundle_uuid": export[1]["bundle_uuid"],
        "outcome": "failed",
    }
    assert not stick.exists()


def test_a_bundle_made_while_another_thread_writes_is_consistent(
    demo_path: Path, tmp_path: Path
) -> None:
    stop = threading.Event()
    with CaseFile.open(demo_path) as case:

        def keep_writing() -> None:
            while not stop.is_set():
                notes.create(case, "Written during the export")

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            bundles = [export_bundle(case, tmp_path / f"b{n}.zip").path for n in range(2)]
        finally:
            stop.set()
            writer.join()
    for bundle in bundles:
        assert verify_bundle(bundle).findings == []


def test_text_that_looks_like_a_formula_is_not_run_by_a_spreadsheet(
    demo_path: Path, tmp_path: Path
) -> None:
    with CaseFile.open(demo_path) as case:
        notes.create(case, '=HYPERLINK("http://example.invalid","click")')
        notes.create(case, "<img src=file:///etc/passwd> <script>alert(1)</script>")
        bundle = export_bundle(case, tmp_path / "b.zip").path
    text = files_of(bundle)["tables/notes.csv"].decode("utf-8-sig")
    cells = [row["text"] for row in csv.DictReader(io.StringIO(text))]
    assert '\'=HYPERLINK("http://example.invalid","click")' in cells
    assert "<img src=file:///etc/passwd> <script>alert(1)</script>" in cells  # kept as text


def test_a_photo_whose_picture_cannot_be_read_stops_a_bundle_without_location(
    demo_path: Path, tmp_path: Path
) -> None:
    """A truncated photo is kept as received (it cannot be shown), so no copy without its
    location data can be made of it: the export says which file, in the person's language,
    and leaves nothing behind."""
    truncated = factory.truncated_jpeg(tmp_path / "Gəncə, zədələnmiş.jpg")
    with CaseFile.open(demo_path) as case:
        strike = incidents.get_by_reference(case, "KYIV-2025-004")
        (outcome,) = photo_import.import_files(case, strike.uuid, [truncated])
        assert outcome.outcome == "imported"
        target = tmp_path / "shareable.zip"
        names = sorted(p.name for p in tmp_path.iterdir())
        with pytest.raises(BadBundle) as refused:
            export_bundle(case, target, incidents=["KYIV-2025-004"], strip_location=True)
        assert sorted(p.name for p in tmp_path.iterdir()) == names  # no bundle, nor part of one
        with_location = export_bundle(case, tmp_path / "full.zip", incidents=["KYIV-2025-004"])
    assert str(refused.value) == (
        "The location and device data cannot be taken out of Gəncə, zədələnmiş.jpg: its picture "
        "cannot be read. Export with location, or leave its incident out."
    )
    assert refused.value.said(phrases_for(Language.AZ)).startswith(
        "Gəncə, zədələnmiş.jpg faylından yer və cihaz məlumatlarını çıxarmaq olmur"
    )
    assert verify_bundle(with_location.path).findings == []
