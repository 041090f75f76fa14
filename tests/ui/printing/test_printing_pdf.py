"""The summary as a PDF, read back: pages numbered, every incident and photo hash present,
Azerbaijani and Cyrillic text copied out exactly, fonts embedded, user markup printed as typed."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from casefiles.domain.records import EvidenceRecord
from casefiles.services import evidence_changes, incidents, notes
from casefiles.storage.store import CaseFile
from casefiles.summary import Paper, SummaryDocument
from casefiles.summary.build import build_case_summary, build_incident_report
from tests.casefiles.summary.photo_case import MARKUP, NOVEMBER
from tests.ui.printing.conftest import images_of, page_texts
from ui.printing.fonts import FAMILY, MONO_FAMILY
from ui.printing.pdf import write_pdf
from ui.printing.photos import PRINT_DPI

AZERBAIJANI = "Səfirliyin inzibati binasında böyük çat yaranıb"
UKRAINIAN = "Посольство: пошкоджено стіни та вікна"
POINTS_PER_MM = 72 / 25.4


def flat(text: str) -> str:
    """Line breaks are layout, not content: join the lines for phrases that may wrap."""
    return " ".join(text.split())


def test_every_page_says_page_x_of_n(summary_pdf: Path) -> None:
    texts = page_texts(summary_pdf)

    assert len(texts) > 5
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def test_every_page_has_the_header_and_footer(summary_pdf: Path, summary: SummaryDocument) -> None:
    for text in page_texts(summary_pdf):
        assert summary.mission in text
        assert "Case summary" in text
        assert "DEMONSTRATION — PUBLIC SOURCES ONLY" in text
        # The fingerprint is drawn in the monospaced font, a text run of its own.
        assert f"Case file fingerprint {summary.fingerprint}" in flat(text)
        assert f"Printed {summary.printed_at_words}" in text


def test_every_incident_reference_is_printed(summary_pdf: Path, case: CaseFile) -> None:
    texts = page_texts(summary_pdf)
    chronology = next(text for text in texts if "Chronology of incidents" in text)

    for incident in incidents.list_incidents(case):
        assert incident.reference in chronology
        # and its own part, under its reference and title
        assert any(f"{incident.reference} {incident.title}" in flat(text) for text in texts)


def test_azerbaijani_and_cyrillic_copy_out_exactly(summary_pdf: Path, case: CaseFile) -> None:
    texts = page_texts(summary_pdf)
    everything = "\n".join(texts)

    # Whole lines, exactly: spaces are spaces (not tabs), "fi" is two letters (no ligature).
    assert AZERBAIJANI in everything
    assert UKRAINIAN in everything
    assert "\t" not in everything
    assert "\ufb01" not in everything and "\ufb02" not in everything
    november = incidents.get_by_reference(case, NOVEMBER)
    for note in notes.list_notes(case, november.uuid):
        assert flat(note.text) in flat(everything)


def test_every_photo_is_printed_with_its_hash(
    summary_pdf: Path, summary: SummaryDocument, photos: list[EvidenceRecord]
) -> None:
    texts = page_texts(summary_pdf)
    start = next(
        i for i, text in enumerate(texts) if "Evidence index" in text and "SHA-256 " in text
    )
    index = "\n".join(texts[start:])
    body = "\n".join(texts[:start])

    assert summary.photos  # the demo's own illustrations, if any, and the three imported
    for photo in summary.photos:
        assert f"SHA-256 {photo.sha256}" in index
        assert photo.original_filename in index
        assert f"SHA-256 (first 16 digits): {photo.short_hash}" in body
        assert photo.label in body
    assert "Crack in the chancery wall, seen from the yard" in body
    assert "Taken: 14 November 2025, 07:40:00 UTC+02:00" in body
    assert "GPS: 50.45000° N, 30.50000° E" in body


def test_user_markup_is_printed_as_typed(summary_pdf: Path) -> None:
    everything = flat("\n".join(page_texts(summary_pdf)))

    assert everything.count(MARKUP) == 2  # the caption and the note


def test_all_fonts_are_embedded_and_are_the_shipped_ones(summary_pdf: Path) -> None:
    reader = pypdf.PdfReader(summary_pdf)
    names = set()
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, pypdf.generic.DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, pypdf.generic.DictionaryObject)
        for reference in fonts.values():
            font = reference.get_object()
            names.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
    family = "/" + FAMILY.replace(" ", "")
    assert names == {family, f"{family}-Bold", "/" + MONO_FAMILY.replace(" ", "")}


def test_photos_are_downscaled_to_print_resolution(summary_pdf: Path) -> None:
    widest_printed_mm = 80  # half the text width of an A4 page
    limit = widest_printed_mm / 25.4 * PRINT_DPI
    sizes = []
    for page in pypdf.PdfReader(summary_pdf).pages:
        for image in page.images:
            assert image.image is not None
            sizes.append(image.image.size)
    assert len(sizes) >= 3
    assert all(width <= limit and height <= limit for width, height in sizes)


def test_paper_sizes(
    qtbot: QtBot, case: CaseFile, summary: SummaryDocument, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.pdf"
    write_pdf(summary, letter, paper=Paper.LETTER, images=images_of(case))
    a4 = tmp_path / "a4.pdf"
    write_pdf(summary, a4, images=images_of(case))

    def size(path: Path) -> tuple[float, float]:
        box = pypdf.PdfReader(path).pages[0].mediabox
        return float(box.width), float(box.height)

    assert size(letter) == pytest.approx((612, 792), abs=1)
    assert size(a4) == pytest.approx((210 * POINTS_PER_MM, 297 * POINTS_PER_MM), abs=1)


def test_the_incident_report(
    qtbot: QtBot, case: CaseFile, photos: list[EvidenceRecord], tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    report = build_incident_report(case, NOVEMBER)

    pages = write_pdf(report, path, images=images_of(case))

    texts = page_texts(path)
    assert len(texts) == pages
    everything = "\n".join(texts)
    assert all("Incident report KYIV-2025-004" in text for text in texts)
    assert all(f"Page {n} of {pages}" in text for n, text in enumerate(texts, start=1))
    assert "Chronology of incidents" not in everything
    for record in photos:
        assert f"SHA-256 {record.sha256}" in everything
    assert AZERBAIJANI in everything


def test_a_failed_write_leaves_no_file(
    qtbot: QtBot, case: CaseFile, summary: SummaryDocument, tmp_path: Path
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the earlier export")

    def stop(done: int, total: int, label: str = "") -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_pdf(summary, target, images=images_of(case), progress=stop, replace=True)

    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_empty_case_file_still_prints(qtbot: QtBot, new_case: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"

    pages = write_pdf(build_case_summary(new_case), path, images=images_of(new_case))

    texts = page_texts(path)
    assert len(texts) == pages == 2  # the cover with the (empty) chronology; log and index
    everything = "\n".join(texts)
    assert "Azərbaycan Respublikasının Ukraynadakı Səfirliyi" in everything
    assert "No incidents match this summary." in everything
    assert "No correspondence is recorded." in everything
    assert "This document contains no photos." in everything
    assert f"Page {pages} of {pages}" in texts[-1]


def test_a_photo_turned_for_display_prints_turned(
    qtbot: QtBot, case: CaseFile, photos: list[EvidenceRecord], tmp_path: Path
) -> None:
    def portraits() -> int:
        path = tmp_path / "summary.pdf"
        path.unlink(missing_ok=True)
        write_pdf(build_case_summary(case), path, images=images_of(case))
        sizes = [
            image.image.size
            for page in pypdf.PdfReader(path).pages
            for image in page.images
            if image.image is not None
        ]
        return sum(1 for width, height in sizes if height > width)

    before = portraits()
    wall = next(p for p in photos if p.original_filename == "IMG_0001.jpg")  # 800×600
    evidence_changes.set_display_rotation(case, wall.uuid, 270)
    assert portraits() == before + 1
