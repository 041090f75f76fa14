"""The File menu's Print preview, Export PDF and Print, with their dialogs answered by the test;
each runs as one background operation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.domain.records import EvidenceRecord
from casefiles.services import incidents
from casefiles.storage.store import CaseFile
from tests.casefiles.summary.photo_case import NOVEMBER
from tests.ui.helpers import SaveDialogs, wait_for
from tests.ui.printing.conftest import page_texts
from ui.background import Background
from ui.printing import actions


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_export_pdf_of_the_case(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    photos: list[EvidenceRecord],
    tmp_path: Path,
    save_dialogs: SaveDialogs,
) -> None:
    save_dialogs.answer(tmp_path / "Protest annex")

    wait_for(qtbot, actions.export_pdf(parent, background, case, None))

    written = tmp_path / "Protest annex.pdf"
    assert save_dialogs.offered[0].suggested.name.startswith("Case summary ")
    texts = page_texts(written)
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    assert all(f"SHA-256 {record.sha256}" in "".join(texts) for record in photos)


def test_export_pdf_of_an_incident_and_choosing_no_file(
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    save_dialogs: SaveDialogs,
) -> None:
    november = incidents.get_by_reference(case, NOVEMBER)
    save_dialogs.answer(None)

    assert actions.export_pdf(parent, background, case, november.uuid) is None
    assert save_dialogs.offered[0].suggested.name == "Incident report KYIV-2025-004.pdf"
    assert not list(tmp_path.glob("*.pdf"))


def test_export_pdf_offers_the_documents_folder_then_the_last_one(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    save_dialogs: SaveDialogs,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # Qt finds Documents in it
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert documents.is_relative_to(tmp_path)
    documents.mkdir(parents=True)
    chosen = tmp_path / "Nota üçün"
    chosen.mkdir()
    save_dialogs.answer(chosen / "annex.pdf")
    november = incidents.get_by_reference(case, NOVEMBER).uuid
    wait_for(qtbot, actions.export_pdf(parent, background, case, november))
    (chosen / "annex.pdf").unlink()
    wait_for(qtbot, actions.export_pdf(parent, background, case, november))
    assert (chosen / "annex.pdf").read_bytes().startswith(b"%PDF")
    # Never the case file's folder (the demo's is the app's hidden data folder).
    offered = [o.suggested.parent for o in save_dialogs.offered]
    assert offered == [documents, chosen] and case.path.parent not in offered


def test_print_preview_draws_every_page(
    qtbot: QtBot, parent: QWidget, background: Background, case: CaseFile
) -> None:
    november = incidents.get_by_reference(case, NOVEMBER).uuid
    wait_for(qtbot, actions.print_preview(parent, background, case, november))

    dialog = parent.findChild(QPrintPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() >= 3, timeout=30_000)
    screen = parent.screen().availableGeometry()  # Qt's own size was 692×512 on any screen
    assert dialog.width() >= 0.89 * screen.width()
    assert dialog.height() >= 0.89 * screen.height()
    dialog.reject()


def test_print_sends_the_document_to_the_chosen_printer(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "printer.pdf"

    def exec_(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))  # a "printer" the test can read
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)

    wait_for(qtbot, actions.print_document(parent, background, case, None))

    texts = page_texts(printed)
    assert "Chronology of incidents" in "".join(texts)
    assert f"Page 1 of {len(texts)}" in texts[0]


def test_a_missing_incident_is_reported_not_raised(
    parent: QWidget, background: Background, case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append(text))

    for what in (actions.print_preview, actions.export_pdf, actions.print_document):
        assert what(parent, background, case, "no-such-uuid") is None
    assert messages == ["There is no incident with id no-such-uuid in this case file."] * 3
    assert background.running() == []


def test_cancelling_an_export_leaves_no_file(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    photos: list[EvidenceRecord],
    tmp_path: Path,
    save_dialogs: SaveDialogs,
) -> None:
    target = tmp_path / "Ləğv edilmiş.pdf"
    save_dialogs.answer(target)
    task = actions.export_pdf(parent, background, case, None)
    assert task is not None and task.dialog is not None
    task.cancel()  # before the first incident is read
    wait_for(qtbot, task)
    assert task.cancelled and list(tmp_path.glob("*.pdf")) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
