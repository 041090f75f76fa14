"""What a reader of the printed summary saw wrong (issue 13): letter numbers broken inside,
a time column wrapped to five lines, hashes in a proportional font, scans of letters missing
from the evidence index, and a nearly empty page 2 in a file of one incident."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot

from casefiles.services import correspondence, damage, evidence_reading, incidents, sites
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary
from tests.ui.printing.conftest import images_of, page_texts
from ui.printing.fonts import MONO_FAMILY
from ui.printing.pdf import write_pdf

LETTER_NUMBER = "No. 4/117-2025"
HASH = re.compile(r"[0-9a-f]{16,64}")


def _summary_pdf(case: CaseFile, path: Path) -> Path:
    write_pdf(build_case_summary(case), path, images=images_of(case))
    return path


def test_a_letter_number_is_printed_whole(qtbot: QtBot, case: CaseFile, tmp_path: Path) -> None:
    november = incidents.get_by_reference(case, "KYIV-2025-004")
    correspondence.create(
        case,
        kind="note_verbale",
        direction="sent",
        span="2025-11-15",
        reference_number=LETTER_NUMBER,
        counterpart="Ministry of Foreign Affairs of Ukraine",
        summary="Protest against the strike of 14 November",
        incidents=[november.uuid],
    )
    texts = page_texts(_summary_pdf(case, tmp_path / "summary.pdf"))
    # In the incident's part and in the correspondence log, each time on one line.
    assert sum(text.count(LETTER_NUMBER) for text in texts) == 2


def test_the_chronology_time_takes_at_most_two_lines(
    qtbot: QtBot, case: CaseFile, tmp_path: Path
) -> None:
    texts = page_texts(_summary_pdf(case, tmp_path / "summary.pdf"))
    chronology = next(text for text in texts if "Chronology of incidents" in text)
    # "night of 13–14 Nov 2025, local time" took five lines: "night of", "13–14 Nov", ...
    assert "night of 13–14 Nov" in chronology
    assert "early August 2025" in chronology and "late August 2025" in chronology


def test_every_hash_is_set_in_dejavu_sans_mono(
    qtbot: QtBot, case: CaseFile, tmp_path: Path
) -> None:
    path = _summary_pdf(case, tmp_path / "summary.pdf")
    fonts_of_hashes: dict[str, set[str]] = {}

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        for found in HASH.findall(text):
            name = str(font.get("/BaseFont")) if isinstance(font, dict) else "?"
            fonts_of_hashes.setdefault(found, set()).add(name)

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    fingerprint = case.fingerprint()
    assert fingerprint in fonts_of_hashes  # on the cover and in every footer
    assert len(fonts_of_hashes) > 10  # photos' hashes in full and in short
    assert {name for names in fonts_of_hashes.values() for name in names} == {
        "/" + MONO_FAMILY.replace(" ", "")
    }


def test_scans_of_letters_are_in_the_evidence_index(
    qtbot: QtBot, case: CaseFile, tmp_path: Path
) -> None:
    (letter,) = [c for c in correspondence.list_correspondence(case) if c.span.start.year == 2022]
    (scan,) = evidence_reading.list_scans(case, letter.uuid)
    texts = page_texts(_summary_pdf(case, tmp_path / "summary.pdf"))
    index = texts[next(i for i, text in enumerate(texts) if "Evidence index" in text) :]
    everything = "\n".join(index)
    assert f"SHA-256 {scan.sha256}" in everything
    assert "Scan 1" in everything and scan.original_filename in everything
    assert any("Scan 1 in the evidence index" in text for text in texts)


def test_a_file_of_one_incident_has_no_nearly_empty_page(
    qtbot: QtBot, new_case: CaseFile, tmp_path: Path
) -> None:
    site = sites.create(new_case, kind="chancery", name="Səfirlik binası").uuid
    strike = incidents.create(
        new_case, title="Dron zərbəsi", site=site, span="2025-11-14 night", description="Şüşələr"
    )
    damage.create(new_case, strike.uuid, element="windows", severity="moderate")
    texts = page_texts(_summary_pdf(new_case, tmp_path / "one.pdf"))

    # The chronology and timeline follow the cover; the incident has its page; the
    # correspondence log and the evidence index share the last.
    assert len(texts) == 3
    assert "Case summary" in texts[0] and "Chronology of incidents" in texts[0]
    assert "Timeline" in texts[0]
    assert "Dron zərbəsi" in texts[1]
    assert "Correspondence log" in texts[2] and "Evidence index" in texts[2]
