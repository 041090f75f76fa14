"""Markup in user text (HTML, <img src=file:...>, script tags, Qt rich text) is shown as the
characters typed, in every place the window shows a title, a note or a caption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from casefiles.services import evidence_changes, evidence_reading, incidents, notes
from casefiles.storage.store import CaseFile
from tests.ui.helpers import open_window

TITLE = "<qt><b>Strike</b> <img src=file:///etc/passwd></qt>"
NOTE = "<script>alert(1)</script> <a href='file:///etc/shadow'>details</a> Київ"
CAPTION = '<h1>Not a heading</h1> <img src="file:///home/consul/secret.png"> şəkil'


def _all_display_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    root = QModelIndex()
    for row in range(model.rowCount(root)):
        # A list model has one column, and PySide6 keeps its columnCount() private.
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for column in range(columns):
            value = model.index(row, column, root).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
    return texts


def test_titles_notes_and_captions_are_shown_literally(qtbot: QtBot, demo_path: Path) -> None:
    with CaseFile.open(demo_path) as case:
        november = incidents.get_by_reference(case, "KYIV-2025-004")
        incidents.update(case, november.uuid, title=TITLE)
        notes.create(case, NOTE, target=november.uuid)
        photo = evidence_reading.list_evidence(case, november.uuid)[0]
        evidence_changes.set_caption(case, photo.uuid, CAPTION)

    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    listing = workspace.navigator.incidents
    assert TITLE in _all_display_texts(listing.model)
    listing.select(november.uuid)
    page = workspace.page
    qtbot.waitUntil(lambda: page.record is not None and page.record.uuid == november.uuid)

    heading: QLabel = page.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert TITLE in heading.text()
    assert page.details.title.text() == TITLE

    assert any(NOTE in text for text in _all_display_texts(page.notes.model))

    grid = page.photos
    qtbot.waitUntil(lambda: len(grid.model.photos()) > 0)
    assert any(CAPTION in text for text in _all_display_texts(grid.model))
    viewer = grid.open_viewer(0)
    assert viewer is not None
    labels = [label for label in viewer.findChildren(QLabel) if label.text()]
    with_markup = [label for label in labels if "<" in label.text()]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in with_markup), [
        label.text() for label in with_markup
    ]
    viewer.close()
    window.close_case()
