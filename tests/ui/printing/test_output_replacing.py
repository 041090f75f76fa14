"""Export PDF: a file is replaced only when the save dialog asked about that very file, and
never the open case file, whatever was answered (the timeline's own: tests/ui/timeline)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.storage.store import CaseFile
from tests.helpers import sha256_of
from tests.ui.helpers import SaveDialogs, wait_for
from ui.background import Background
from ui.printing import actions


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def test_export_pdf_replaces_the_file_the_dialog_asked_about(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    save_dialogs: SaveDialogs,
) -> None:
    target = tmp_path / "Protest annex.pdf"
    target.write_bytes(b"last week's annex")
    save_dialogs.answer(target)  # the dialog asked "replace?", and the person said yes
    wait_for(qtbot, actions.export_pdf(parent, background, case, None))
    assert len(pypdf.PdfReader(target).pages) > 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_pdf_never_replaces_a_file_the_dialog_did_not_ask_about(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    save_dialogs: SaveDialogs,
    warnings_shown: list[str],
) -> None:
    # The person typed "Protest annex"; the dialog had nothing to ask. ".pdf" is added, and
    # "Protest annex.pdf" is somebody's file.
    target = tmp_path / "Protest annex.pdf"
    target.write_bytes(b"last week's annex")
    save_dialogs.answer(tmp_path / "Protest annex")
    wait_for(qtbot, actions.export_pdf(parent, background, case, None))
    assert target.read_bytes() == b"last week's annex"
    assert warnings_shown == [f"{target} already exists; choose another name."]


def test_export_pdf_never_replaces_the_open_case_file(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    tmp_path: Path,
    demo_original: Path,
    save_dialogs: SaveDialogs,
    warnings_shown: list[str],
) -> None:
    named_like_a_pdf = tmp_path / "Səfirlik.pdf"
    named_like_a_pdf.write_bytes(demo_original.read_bytes())
    before = sha256_of(named_like_a_pdf)
    with CaseFile.open(named_like_a_pdf) as case:
        save_dialogs.answer(named_like_a_pdf)
        wait_for(qtbot, actions.export_pdf(parent, background, case, None))
    assert sha256_of(named_like_a_pdf) == before
    assert warnings_shown == [
        f"{named_like_a_pdf} is a file Casefiles is using; choose another name."
    ]
