"""On paper: the cover states the integrity check made at printing, a photo whose original fails
its hash carries the mark beside it, and a picture that does not check is not printed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot

from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary
from tests.ui.printing.conftest import images_of, page_texts
from ui.printing.pdf import write_pdf

CRATER = "KYIV-2024-001 crater.jpg"
WALL = "KYIV-2025-001 wall.jpg"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_failing_case_file_is_printed_with_its_failures_marked(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    connection = sqlite3.connect(demo_path)
    connection.execute(
        "UPDATE blobs SET data = substr(data, 1, 100) || x'00' || substr(data, 102) WHERE "
        "sha256 = (SELECT sha256 FROM evidence_items WHERE original_filename = ?)",
        (CRATER,),
    )
    connection.execute(
        "UPDATE derived_images SET data = (SELECT data FROM derived_images WHERE purpose = "
        "'preview' AND evidence_id = (SELECT id FROM evidence_items WHERE original_filename = ?))"
        " WHERE purpose = 'preview' AND evidence_id = (SELECT id FROM evidence_items WHERE "
        "original_filename = ?)",
        (CRATER, WALL),
    )
    connection.commit()
    connection.close()
    pdf = tmp_path / "summary.pdf"  # kept for a look: pdftoppm -png
    with CaseFile.open(demo_path, read_only=True) as case:
        document = build_case_summary(case)
        write_pdf(document, pdf, images=images_of(case))
    texts = [_flat(text) for text in page_texts(pdf)]
    assert "Integrity check FAILED when printed: 2 problems found" in texts[0]
    crater = next(p for p in document.photos if p.original_filename == CRATER)
    marked = [t for t in texts if "INTEGRITY CHECK FAILED when printed: the original of" in t]
    assert len(marked) == 1
    assert f"{crater.label} " in marked[0] and crater.short_hash in marked[0]
    wall = next(p for p in document.photos if p.original_filename == WALL)
    unprinted = [t for t in texts if "Not printed: the stored picture of this photo" in t]
    assert len(unprinted) == 1
    assert f"{wall.label} " in unprinted[0] and wall.short_hash in unprinted[0]
    # The crater's picture is printed (it checks); the wall's is not.
    pictures = sum(len(page.images) for page in pypdf.PdfReader(pdf).pages)
    photos = len(document.photos)
    assert pictures == photos - 1
