"""Why a photo or scan was refused, in the interface language: the window's import summary
says the core's refusals (a FIFO, a damaged JPEG, a photo already there) in Russian or
Azerbaijani when the interface speaks it; the file names stay as they are."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.language.catalogue import ENGLISH, Language
from casefiles.services import evidence_reading, photo_derivation, photo_import
from tests import photo_factory as factory
from ui.case_session import CaseSession
from ui.dialogs.import_summary_dialog import ImportSummaryDialog
from ui.language import install
from ui.photos.photo_panel import PhotoPanel

STRIKE = datetime(2025, 11, 14, 7, 30, tzinfo=zone("Europe/Kyiv"))
DAMAGED, PIPE, AGAIN = "zədələnmiş_şəkil.jpg", "канал — pipe.jpg", "Şəkil — фото.jpg"

SAID = {
    Language.RU: {
        DAMAGED: "изображение не читается или обрезано",
        PIPE: "это канал (FIFO), а не файл",
        AGAIN: "уже есть в этом инциденте",
    },
    Language.AZ: {
        DAMAGED: "şəkil oxunmur və ya yarımçıqdır",
        PIPE: "bu fayl deyil: kanal (FIFO)",
        AGAIN: "artıq bu insidentdədir",
    },
}


def cut_off(path: Path) -> Path:
    """A JPEG cut off inside its header, as after a copy interrupted early: refused at import
    (one cut later in its data is imported, and its picture fails to be made)."""
    factory.photo_like_jpeg(path, megapixels=0.3, seed=5)
    path.write_bytes(path.read_bytes()[:200])
    return path


def summary_of(
    qtbot: QtBot, session: CaseSession, incident: IncidentRecord, paths: list[Path]
) -> ImportSummaryDialog:
    panel = PhotoPanel(session)
    qtbot.addWidget(panel)
    panel.show_incident(incident.uuid, incident.reference)
    panel.import_paths(paths)
    current = panel.current_import
    assert current is not None
    qtbot.waitUntil(lambda: current.summary is not None, timeout=30_000)
    assert current.summary is not None
    return current.summary


def reasons(summary: ImportSummaryDialog) -> dict[str, str]:
    table = summary.table
    return {table.item(row, 0).text(): table.item(row, 2).text() for row in range(table.rowCount())}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("language", [Language.RU, Language.AZ])
def test_a_refused_import_says_why_in_the_interface_language(
    qtbot: QtBot,
    session: CaseSession,
    three_incidents: list[IncidentRecord],
    tmp_path: Path,
    translations: Path,
    language: Language,
) -> None:
    assert install(language) is language
    incident = three_incidents[2]
    again = factory.camera_jpeg(tmp_path / AGAIN, when=STRIKE, gps=None)
    photo_import.import_files(session.case, incident.uuid, [again])
    damaged = cut_off(tmp_path / DAMAGED)
    pipe = tmp_path / PIPE
    os.mkfifo(pipe)

    summary = summary_of(qtbot, session, incident, [damaged, pipe, again])

    assert reasons(summary) == SAID[language]
    summary.close()


def test_in_english_the_window_says_what_the_command_line_says(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> None:
    incident = three_incidents[2]
    damaged = cut_off(tmp_path / DAMAGED)
    summary = summary_of(qtbot, session, incident, [damaged])
    assert reasons(summary) == {DAMAGED: "unreadable or truncated image"}
    assert reasons(summary)[DAMAGED] == ENGLISH("import.truncated")
    summary.close()


def test_a_picture_that_could_not_be_made_says_why_in_the_interface_language(
    qtbot: QtBot,
    session: CaseSession,
    three_incidents: list[IncidentRecord],
    tmp_path: Path,
    translations: Path,
) -> None:
    """Cut off in its data, a JPEG is imported (its header is whole) and its thumbnail fails:
    the reason is kept in English (audited), and shown in the interface language."""
    assert install(Language.RU) is Language.RU
    incident = three_incidents[2]
    cut = factory.truncated_jpeg(tmp_path / DAMAGED)
    photo_import.import_files(session.case, incident.uuid, [cut])
    photo_derivation.derive_pending(session.case)
    (photo,) = evidence_reading.list_evidence(session.case, incident.uuid)
    assert photo.derivation_error == "unreadable or truncated image"
    panel = PhotoPanel(session)
    qtbot.addWidget(panel)
    panel.show_incident(incident.uuid, incident.reference)
    tip = panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "изображение не читается или обрезано" in tip
    assert "truncated" not in tip
