"""The printable documents as data: what is covered, and every fact worded as it must be printed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casefiles import clock
from casefiles.domain.records import EvidenceRecord
from casefiles.errors import NotFound, ValidationError
from casefiles.services import damage, incidents, notes, photo_import
from casefiles.storage.store import CaseFile
from casefiles.summary import DocumentKind
from casefiles.summary.build import build_case_summary, build_incident_report
from casefiles.summary.document import SHORT_HASH_DIGITS
from tests import photo_factory as factory
from tests.casefiles.summary.photo_case import MARKUP, NOVEMBER, add_photos

DEMO_REFERENCES = [
    "KYIV-2022-001",
    "KYIV-2024-001",
    "KYIV-2025-001",
    "KYIV-2025-002",
    "KYIV-2025-003",
    "KYIV-2025-004",
]
AZERBAIJANI = "Səfirliyin inzibati binasında böyük çat yaranıb"
UKRAINIAN = "Посольство: пошкоджено стіни та вікна"
PRINTED_AT = datetime(2025, 11, 20, 12, 32, tzinfo=UTC)


@pytest.fixture
def case(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CaseFile]:
    monkeypatch.setattr(clock, "now", lambda: PRINTED_AT)
    with CaseFile.open(demo_path) as opened:
        yield opened


@pytest.fixture
def photos(case: CaseFile, tmp_path: Path) -> list[EvidenceRecord]:
    return add_photos(case, tmp_path / "photos")


def test_the_whole_case_file_in_time_order(case: CaseFile) -> None:
    document = build_case_summary(case)

    assert document.kind is DocumentKind.CASE_SUMMARY
    assert [row.reference for row in document.chronology] == DEMO_REFERENCES
    assert [section.reference for section in document.incidents] == DEMO_REFERENCES
    assert document.cover.scope == "The whole case file"
    facts = {field.label: field.value for field in document.cover.facts}
    assert facts["Incidents"] == "6"
    assert facts["Period covered"] == "2022 to night of 13–14 Nov 2025, local time"
    assert facts["Classification"] == "DEMONSTRATION — PUBLIC SOURCES ONLY"
    assert document.fingerprint == case.fingerprint()
    assert facts["Printed"] == "20 November 2025, 14:32 Europe/Kyiv (12:32 UTC)"
    assert document.printed_at == PRINTED_AT
    assert [site.name for site in document.cover.sites][:2] == [
        "Embassy chancery, Kyiv",
        "Consular section, Kyiv",
    ]
    assert document.cover.sites[0].notified == "April 2022"
    assert document.cover.sites[0].coordinates == "50.46190° N, 30.48260° E"


def test_times_keep_their_precision(case: CaseFile) -> None:
    rows = {row.reference: row for row in build_case_summary(case).chronology}

    assert (rows["KYIV-2022-001"].when, rows["KYIV-2022-001"].when_precision) == (
        "2022",
        "known to the year",
    )
    assert rows["KYIV-2024-001"].when == "January 2024"
    assert rows["KYIV-2025-003"].when == "late August 2025"
    assert rows["KYIV-2025-004"].when == "night of 13–14 Nov 2025, local time"
    assert rows["KYIV-2025-004"].when_precision == "known to part of a day"


def test_unknown_casualties_are_not_zero(case: CaseFile) -> None:
    rows = {row.reference: row for row in build_case_summary(case).chronology}

    assert rows["KYIV-2022-001"].people == "Not reported"
    assert rows["KYIV-2025-004"].people == "Staff: 0 killed, 0 injured; others: not reported"
    assert rows["KYIV-2024-001"].impact == "Explosion nearby, about 35 steps (about 25 m)"
    assert rows["KYIV-2025-004"].worst_damage == "Severe"
    assert rows["KYIV-2024-001"].worst_damage == "None recorded"


def test_incident_sections_hold_details_damage_notes_and_correspondence(case: CaseFile) -> None:
    section = build_case_summary(case).incidents[-1]

    details = {field.label: field.value for field in section.details}
    assert details["People"] == "staff killed: 0; staff injured: 0; others injured: not reported"
    assert details["Unexploded ordnance"] == "Not reported"
    assert [row.element for row in section.damage] == [
        "Structure",
        "Exterior walls",
        "Windows and glazing",
        "Vehicles",
    ]
    texts = [note.text for note in section.notes]
    assert any(text.startswith(AZERBAIJANI) for text in texts)
    assert any(text.startswith(UKRAINIAN) for text in texts)
    assert [letter.kind for letter in section.correspondence] == [
        "Summons, sent",
        "Phone call, received",
    ]
    assert section.correspondence[0].incidents == "KYIV-2022-001, KYIV-2024-001, KYIV-2025-004"


def test_the_correspondence_log_includes_the_notification_of_coordinates(case: CaseFile) -> None:
    log = build_case_summary(case).correspondence_log

    assert log[0].when == "April 2022"
    assert log[0].kind == "Note verbale, sent"
    assert "coordinates of the buildings" in log[0].summary
    assert log[0].incidents == "—"


def test_a_period_keeps_incidents_whose_vague_time_overlaps_it(case: CaseFile) -> None:
    august = build_case_summary(case, date_from=date(2025, 8, 1), date_to=date(2025, 8, 31))
    assert [row.reference for row in august.chronology] == ["KYIV-2025-002", "KYIV-2025-003"]
    assert august.cover.scope.startswith("Incidents from 1 August 2025 to 31 August 2025.")

    # Known only to the year 2022: it may have happened in June, so June keeps it.
    june_2022 = build_case_summary(case, date_from=date(2022, 6, 1), date_to=date(2022, 6, 30))
    assert [row.reference for row in june_2022.chronology] == ["KYIV-2022-001"]

    since = build_case_summary(case, date_from=date(2025, 8, 25))
    assert [row.reference for row in since.chronology] == ["KYIV-2025-003", "KYIV-2025-004"]


def test_a_period_keeps_general_notifications_and_linked_correspondence(case: CaseFile) -> None:
    august = build_case_summary(case, date_from=date(2025, 8, 1), date_to=date(2025, 8, 31))

    # The April 2022 note is linked to no incident: it backs every protest, so it stays.
    assert [letter.when for letter in august.correspondence_log] == ["April 2022"]


def test_chosen_incidents(case: CaseFile) -> None:
    document = build_case_summary(case, incidents=["KYIV-2025-004", "KYIV-2022-001"])

    assert [row.reference for row in document.chronology] == ["KYIV-2022-001", "KYIV-2025-004"]
    assert document.cover.scope == "Chosen incidents of the case file"
    assert len(document.correspondence_log) == 3


def test_the_incident_report_covers_one_incident(case: CaseFile) -> None:
    report = build_incident_report(case, NOVEMBER)

    assert report.kind is DocumentKind.INCIDENT_REPORT
    assert report.title == "Incident report KYIV-2025-004"
    assert [section.reference for section in report.incidents] == [NOVEMBER]
    assert report.chronology == () and report.timeline is None
    assert (
        report.cover.scope == "Missile hits the embassy compound during a combined attack on Kyiv"
    )


def test_bad_requests_are_refused(case: CaseFile) -> None:
    with pytest.raises(NotFound, match="no incident KYIV-1999-001"):
        build_incident_report(case, "KYIV-1999-001")
    with pytest.raises(NotFound):
        build_case_summary(case, incidents=["KYIV-2025-004", "NOPE"])
    with pytest.raises(ValidationError, match="before the start date"):
        build_case_summary(case, date_from=date(2025, 9, 1), date_to=date(2025, 8, 1))
    incidents.delete(case, incidents.get_by_reference(case, "KYIV-2025-001").uuid)
    with pytest.raises(NotFound, match="was deleted"):
        build_incident_report(case, "KYIV-2025-001")
    assert "KYIV-2025-001" not in [row.reference for row in build_case_summary(case).chronology]


def test_photos_are_numbered_and_indexed_with_their_hashes(
    case: CaseFile, photos: list[EvidenceRecord]
) -> None:
    document = build_case_summary(case)
    printed = document.photos

    assert [photo.number for photo in printed] == list(range(1, len(printed) + 1))
    ours = {photo.sha256: photo for photo in printed}
    assert {record.sha256 for record in photos} <= set(ours)
    indexed = [entry for entry in document.evidence_index if entry.kind == "Photo"]
    assert [entry.sha256 for entry in indexed] == [p.sha256 for p in printed]
    assert [entry.number for entry in indexed] == [p.number for p in printed]
    first, portrait, no_zone = (ours[record.sha256] for record in photos)
    assert first.short_hash == first.sha256[:SHORT_HASH_DIGITS]
    assert re.fullmatch(r"[0-9a-f]{16}", first.short_hash)
    assert first.caption == "Crack in the chancery wall, seen from the yard"
    assert first.capture_time == "14 November 2025, 07:40:00 UTC+02:00"
    assert first.gps == "50.45000° N, 30.50000° E"
    assert first.aspect_ratio == pytest.approx(800 / 600)
    assert portrait.gps == "No position in the file"
    assert portrait.aspect_ratio == pytest.approx(480 / 640)  # orientation 6 turns it upright
    assert no_zone.capture_time == (
        "15 November 2025, 09:30:00, camera clock (time zone not recorded)"
    )
    assert no_zone.caption == MARKUP  # kept as typed; the renderer prints it literally
    entry = next(e for e in document.evidence_index if e.sha256 == first.sha256)
    assert entry.filed_under == NOVEMBER
    assert entry.original_filename == "IMG_0001.jpg"


def test_notes_keep_their_text_exactly(case: CaseFile) -> None:
    november = incidents.get_by_reference(case, NOVEMBER)
    text = "İşçilər\n\tIlıq İstanbul — «Київ» ґанок ЇЄ 𝔘 <script>alert(1)</script>"
    notes.create(case, text, target=november.uuid, author="Əli")

    section = build_incident_report(case, NOVEMBER).incidents[0]

    note = next(note for note in section.notes if note.byline.startswith("Əli"))
    assert note.text == text.strip()
    assert note.byline == "Əli, 20 Nov 2025, 14:32"


def test_a_photo_names_the_damage_it_shows(case: CaseFile, tmp_path: Path) -> None:
    november = incidents.get_by_reference(case, NOVEMBER)
    structure = next(
        item for item in damage.list_damage(case, november.uuid) if item.element == "structure"
    )
    photo = factory.camera_jpeg(tmp_path / "crack.jpg", when=datetime(2025, 11, 14, 9, 0))
    [outcome] = photo_import.import_files(case, november.uuid, [photo], damage=structure.uuid)

    printed = next(
        p for p in build_incident_report(case, NOVEMBER).photos if p.sha256 == outcome.sha256
    )

    assert printed.damage == "Structure, Severe"


def test_a_photo_dated_only_by_its_file_says_so_on_paper(case: CaseFile, tmp_path: Path) -> None:
    november = incidents.get_by_reference(case, NOVEMBER)
    edited = factory.file_date_only_jpeg(
        tmp_path / "redaktə.jpg", datetime(2025, 11, 16, 18, 5), offset="+02:00"
    )
    (outcome,) = photo_import.import_files(case, november.uuid, [edited])
    document = build_case_summary(case)
    (photo,) = [p for p in document.photos if p.evidence_uuid == outcome.evidence_uuid]
    assert photo.capture_time == (
        "16 November 2025, 18:05:00 UTC+02:00: the file's date, which can be a later edit"
    )
    (entry,) = [e for e in document.evidence_index if e.sha256 == photo.sha256]
    assert entry.capture_time == photo.capture_time
