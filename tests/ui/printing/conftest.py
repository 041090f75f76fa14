"""Fixtures of the printing tests: a demo case file with photos, and PDFs read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from casefiles.domain.records import EvidenceRecord
from casefiles.services import incidents, notes, photo_derivation
from casefiles.storage.store import CaseFile
from casefiles.summary import ImageSource, SummaryDocument
from casefiles.summary.build import build_case_summary
from tests.casefiles.summary.photo_case import MARKUP, NOVEMBER, add_photos
from ui.printing.pdf import write_pdf


@pytest.fixture
def case(demo_path: Path) -> Iterator[CaseFile]:
    with CaseFile.open(demo_path) as opened:
        yield opened


@pytest.fixture
def photos(case: CaseFile, tmp_path: Path) -> list[EvidenceRecord]:
    records = add_photos(case, tmp_path / "photos")
    notes.create(case, MARKUP, target=incidents.get_by_reference(case, NOVEMBER).uuid)
    return records


def images_of(case: CaseFile) -> ImageSource:
    """As the app prints: stored previews, and those still pending made for the page."""
    return photo_derivation.preview_source(case, photo_derivation.pending_uuids(case))


@pytest.fixture
def summary(case: CaseFile, photos: list[EvidenceRecord]) -> SummaryDocument:
    return build_case_summary(case)


@pytest.fixture
def summary_pdf(qtbot: QtBot, case: CaseFile, summary: SummaryDocument, tmp_path: Path) -> Path:
    path = tmp_path / "summary.pdf"
    write_pdf(summary, path, images=images_of(case))
    return path


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]
