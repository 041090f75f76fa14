"""The File menu's Print preview, Export PDF and Print, with their dialogs answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.domain.records import EvidenceRecord
from casefiles.services import incidents
from casefiles.storage.store import CaseFile
from tests.casefiles.summary.photo_case import NOVEMBER
from tests.ui.printing.conftest import page_texts
from ui.printing import actions


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_export_pdf_of_the_case(
    parent: QWidget,
    case: CaseFile,
    photos: list[EvidenceRecord],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "Protest annex"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)

    written = actions.export_pdf(parent, case, None)

    assert written == tmp_path / "Protest annex.pdf"
    assert Path(asked[0]).name.startswith("Case summary ")
    texts = page_texts(written)
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    assert all(f"SHA-256 {record.sha256}" in "".join(texts) for record in photos)


def test_export_pdf_of_an_incident_and_cancelling(
    parent: QWidget, case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    november = incidents.get_by_reference(case, NOVEMBER)
    suggestions: list[str] = []

    def cancel(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        suggestions.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)

    assert actions.export_pdf(parent, case, november.uuid) is None
    assert Path(suggestions[0]).name == "Incident report KYIV-2025-004.pdf"
    assert not list(tmp_path.glob("*.pdf"))


def test_export_pdf_offers_the_documents_folder_then_the_last_one(
    parent: QWidget, case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # Qt finds Documents in it
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert documents.is_relative_to(tmp_path)
    documents.mkdir(parents=True)
    chosen = tmp_path / "Nota üçün"
    chosen.mkdir()
    offered: list[Path] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(suggested).parent)
        return str(chosen / "annex.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    november = incidents.get_by_reference(case, NOVEMBER).uuid
    assert actions.export_pdf(parent, case, november) == chosen / "annex.pdf"
    assert actions.export_pdf(parent, case, november) == chosen / "annex.pdf"
    # Never the case file's folder (the demo's is the app's hidden data folder).
    assert offered == [documents, chosen] and case.path.parent not in offered


def test_print_preview_draws_every_page(
    parent: QWidget, case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[int] = []
    sizes: list[QSize] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()
        shown.append(preview.pageCount())
        sizes.append(dialog.size())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)

    actions.print_preview(parent, case, incidents.get_by_reference(case, NOVEMBER).uuid)

    assert len(shown) == 1 and shown[0] >= 3
    screen = parent.screen().availableGeometry()  # Qt's own size was 692×512 on any screen
    assert sizes[0].width() >= 0.89 * screen.width()
    assert sizes[0].height() >= 0.89 * screen.height()


def test_print_sends_the_document_to_the_chosen_printer(
    parent: QWidget, case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printer.pdf"

    def exec_(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))  # a "printer" the test can read
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)

    assert actions.print_document(parent, case, None)

    texts = page_texts(printed)
    assert "Chronology of incidents" in "".join(texts)
    assert f"Page 1 of {len(texts)}" in texts[0]


def test_a_missing_incident_is_reported_not_raised(
    parent: QWidget, case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append(text))

    assert actions.build_document(parent, case, "no-such-uuid") is None
    assert messages == ["There is no incident with id no-such-uuid in this case file."]
