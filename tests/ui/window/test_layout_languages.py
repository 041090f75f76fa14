"""The window at 1366x768 in every translated language, with the translators' own .ts files:
no label, button, tab or column heading cut short, no toolbar hiding its buttons, and the
incident's details without a sideways scroll bar. Russian and Ukrainian run 30-40 % longer
than English, Azerbaijani about 20 %."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QScrollArea,
)
from pytestqt.qtbot import QtBot

import ui.language
from casefiles.language.catalogue import Language
from tests.ui.helpers import open_window
from tests.ui.layout_checks import SIZE, cut_short
from ui.incident.details_form import IncidentDetailsForm
from ui.window.main_window import MainWindow

INCIDENT = "KYIV-2025-004"  # the demo's incident with every field filled


def details_scroll_bar_shown(window: MainWindow) -> bool:
    area = next(
        a for a in window.findChildren(QScrollArea) if isinstance(a.widget(), IncidentDetailsForm)
    )
    return area.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("language", [Language.UK, Language.RU, Language.AZ, Language.EN])
def test_nothing_is_cut_short_at_1366_by_768(
    qtbot: QtBot, demo_path: Path, committed_translations: None, language: Language
) -> None:
    assert ui.language.install(language) is language
    window = open_window(qtbot, demo_path)
    window.resize(*SIZE)
    workspace = window.workspace
    assert workspace is not None
    incidents = workspace.navigator.incidents
    record = next(r for r in incidents.records() if r.reference == INCIDENT)
    incidents.select(record.uuid)
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    page = workspace.page

    def settled() -> None:
        qtbot.wait(50)  # layouts settle on posted events

    problems: dict[str, list[str]] = {}
    for timeline in (False, True):
        window.timeline.setVisible(timeline)
        also = " with the timeline" if timeline else ""
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            settled()
            problems[page.tabs.tabText(index) + also] = cut_short(window)
        page.tabs.setCurrentIndex(0)
        settled()
        if details_scroll_bar_shown(window):
            problems["details" + also] = ["scroll sideways"]
        for index in range(1, workspace.tabs.count()):
            workspace.tabs.setCurrentIndex(index)
            settled()
            problems[workspace.tabs.tabText(index) + also] = cut_short(window)
        workspace.tabs.setCurrentIndex(0)
    assert {where: found for where, found in problems.items() if found} == {}
