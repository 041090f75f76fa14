"""The window at 1366x768 in every translated language, with the translators' own .ts files:
no label, button, tab or column heading cut short, no toolbar hiding its buttons, and the
incident's details without a sideways scroll bar. Russian and Ukrainian run 30-40 % longer
than English, Azerbaijani about 20 %."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ui.language
from casefiles.language.catalogue import Language
from tests.ui.helpers import open_window
from ui.incident.details_form import IncidentDetailsForm
from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
SIZE = (1366, 768)
INCIDENT = "KYIV-2025-004"  # the demo's incident with every field filled


@pytest.fixture
def committed_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's translations folder holding .qm built from the committed .ts files (whatever
    `tools/translations.py release` left in resources/ is not what is tested)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("casefiles_*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(ui.language, "TRANSLATION_DIR", folder)
    yield
    ui.language.install(Language.EN)


def name(widget: QLabel | QAbstractButton) -> str:
    return f"{type(widget).__name__} {widget.text()!r} in {type(widget.parentWidget()).__name__}"


def words_cut(widget: QLabel | QAbstractButton) -> str | None:
    """How a label's or button's words do not show whole, if they do not."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        if widget.height() < widget.heightForWidth(widget.width()):
            return f"{name(widget)}: wrapped lines cut off"
    else:
        needed = (
            widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
        ).width()
        if widget.width() < needed:
            return f"{name(widget)}: {widget.width()} of {needed} px"
    # Cut by a parent too narrow for it (scrolled out of view up or down is fine).
    seen = widget.visibleRegion().boundingRect()
    if not seen.isEmpty() and seen.width() < widget.width():
        return f"{name(widget)}: {seen.width()} of {widget.width()} px shown"
    return None


def headings_cut(header: QHeaderView) -> list[str]:
    return [
        f"heading {header.model().headerData(section, header.orientation())!r}: "
        f"{header.sectionSize(section)} of {header.sectionSizeHint(section)} px"
        for section in range(header.count())
        if not header.isSectionHidden(section)
        and header.sectionSize(section) < header.sectionSizeHint(section)
    ]


def cut_short(window: MainWindow) -> list[str]:
    """What on the window's visible part does not show whole, said in a line each."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            cut = words_cut(widget)
            found += [cut] if cut else []
        elif isinstance(widget, QTabBar):
            found += [
                f"tab {widget.tabText(index)!r} elided"
                for index in range(widget.count())
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width()
            ]
        elif isinstance(widget, QHeaderView):
            found += headings_cut(widget)
        elif isinstance(widget, QToolBar):
            extension = widget.findChild(QAbstractButton, "qt_toolbar_ext_button")
            if extension is not None and extension.isVisible():
                words = [action.text() for action in widget.actions()]
                found.append(f"toolbar {words} hides buttons behind »")
    return found


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
