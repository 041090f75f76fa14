"""Print, Print preview and Export PDF driven end to end in a real X window.

Run by test_printing_in_x.py in a pytest of its own under Xvfb with QT_QPA_PLATFORM=xcb (the
rest of the suite stays offscreen, fixed in tests/conftest.py before Qt loads). Each flow is
started from its menu item, its dialogs are answered as a user would, and afterwards nothing
modal may be left and the window must take typing from the X server (xdotool): a progress
dialog that came back after closing once froze the app.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from casefiles.language.catalogue import Language, phrases_for
from casefiles.services import incidents, sites
from casefiles.services.mission import create_case_file
from tests.ui.helpers import MessageBoxes, open_window, when_shown
from ui.background import SHOW_PROGRESS_AFTER_MS, ProgressDialog
from ui.preferences import Preferences
from ui.printing.language import SummaryTab
from ui.window.main_window import MainWindow

# A progress dialog shows itself this long after its work started: waiting longer lets any
# forgotten one come back.
PROGRESS_DIALOG_DEADLINE_MS = SHOW_PROGRESS_AFTER_MS + 2000


@pytest.fixture
def small_case(tmp_path: Path) -> Path:
    """A case file that reads in a moment: its progress dialogs close before they show, the
    way that brought the closed one back."""
    path = tmp_path / "Gəncə.casefile"
    with create_case_file(path, "Azərbaycan Respublikasının Ukraynadakı Səfirliyi") as case:
        site = sites.create(case, kind="chancery", name="Səfirlik binası, Kyiv")
        incidents.create(case, title="Ракетний удар поблизу", site=site.uuid,
                         span="2025-11-14 night", incident_type="missile_strike")  # fmt: skip
    return path


@pytest.fixture
def window(qtbot: QtBot, small_case: Path) -> MainWindow:
    assert QGuiApplication.platformName() == "xcb", "run under Xvfb with QT_QPA_PLATFORM=xcb"
    shown = open_window(qtbot, small_case)
    workspace = shown.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.page.record is not None, timeout=20_000)
    qtbot.waitExposed(shown)
    return shown


def print_to_file(target: Path) -> Callable[[QPrintDialog], None]:
    """The printer is the boundary: the chosen "printer" writes a PDF the test can read."""

    def act(dialog: QPrintDialog) -> None:
        dialog.accept()  # applies what the dialog shows to the printer, then:
        dialog.printer().setOutputFileName(str(target))

    return act


def save_as(target: Path) -> Callable[[QFileDialog], None]:
    def act(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    return act


def close_when_drawn(pages: list[int]) -> Callable[[QPrintPreviewDialog], None]:
    """Look at the preview until its pages are drawn, then close it (what it showed goes into
    `pages`: its page count, width and height)."""

    def act(dialog: QPrintPreviewDialog) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        if preview.pageCount() == 0:
            QTimer.singleShot(50, lambda: act(dialog))
            return
        pages.extend([preview.pageCount(), dialog.width(), dialog.height()])
        dialog.reject()

    return act


def wait_for_the_work(qtbot: QtBot, window: MainWindow) -> None:
    """The operation started from the menu has ended (its progress dialog closed)."""
    qtbot.waitUntil(lambda: not window.background.running(), timeout=60_000)


def visible_dialogs() -> list[str]:
    return [
        f"{type(widget).__name__} “{widget.windowTitle()}”"
        + (f": {widget.label.text()}" if isinstance(widget, ProgressDialog) else "")
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible()
    ]


def assert_window_takes_input(qtbot: QtBot, window: MainWindow) -> None:
    """Nothing modal is left, and keys typed through the X server reach the search box."""
    qtbot.wait(PROGRESS_DIALOG_DEADLINE_MS)
    assert visible_dialogs() == []
    assert QApplication.activeModalWidget() is None
    workspace = window.workspace
    assert workspace is not None
    search = workspace.navigator.incidents.search
    corner = search.mapToGlobal(search.rect().center())
    subprocess.run(
        ["xdotool", "mousemove", "--sync", str(corner.x()), str(corner.y()), "click", "1"],
        check=True,
    )
    qtbot.waitUntil(search.hasFocus, timeout=5000)
    subprocess.run(["xdotool", "type", "--delay", "20", "Kyiv"], check=True)
    qtbot.waitUntil(lambda: search.text() == "Kyiv", timeout=5000)


def test_print_leaves_the_window_usable(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    printed = tmp_path / "printer.pdf"
    when_shown(QPrintDialog, print_to_file(printed))
    window.commands.print_summary.trigger()
    wait_for_the_work(qtbot, window)
    pages = [page.extract_text() for page in pypdf.PdfReader(printed).pages]
    assert "Chronology of incidents" in "".join(pages)
    assert message_boxes.shown == []
    assert_window_takes_input(qtbot, window)


def test_print_preview_leaves_the_window_usable(
    qtbot: QtBot, window: MainWindow, message_boxes: MessageBoxes
) -> None:
    pages: list[int] = []
    when_shown(QPrintPreviewDialog, close_when_drawn(pages))
    window.commands.print_preview.trigger()
    qtbot.waitUntil(lambda: bool(pages), timeout=60_000)
    count, width, height = pages
    assert count >= 2
    assert width >= 1200 and height >= 650  # of the 1366×768 screen; Qt's own is 692×512
    assert message_boxes.shown == []
    assert_window_takes_input(qtbot, window)


@pytest.mark.parametrize("item", ["export_pdf", "incident_pdf"])
def test_export_pdf_leaves_the_window_usable(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes, item: str
) -> None:
    target = tmp_path / "Protest annex.pdf"
    when_shown(QFileDialog, save_as(target))
    getattr(window.commands, item).trigger()
    wait_for_the_work(qtbot, window)
    assert len(pypdf.PdfReader(target).pages) >= 2
    assert message_boxes.shown == []
    assert_window_takes_input(qtbot, window)


def click(widget: QWidget) -> None:
    """A mouse click through the X server, in the middle of `widget`."""
    centre = widget.mapToGlobal(widget.rect().center())
    subprocess.run(
        ["xdotool", "mousemove", "--sync", str(centre.x()), str(centre.y()), "click", "1"],
        check=True,
    )


def after(condition: Callable[[], bool], then: Callable[[], None]) -> None:
    """`then` once `condition` holds, the event loop running meanwhile."""
    QTimer.singleShot(20, lambda: then() if condition() else after(condition, then))


def choose_language_first_in_the_list(
    target: Path, titles: list[str]
) -> Callable[[QPrintDialog], None]:
    """Unfold the print dialog's options, open the language box on the "Summary" tab, take
    the first language (Azərbaycanca) with the keyboard, then print to a file: all of it
    through the X server as a person would (`titles`: the dialog's title before and after)."""

    def act(dialog: QPrintDialog) -> None:
        tab = dialog.findChild(SummaryTab)
        assert tab is not None
        titles.append(dialog.windowTitle())
        unfold = next(
            b for b in dialog.findChildren(QPushButton) if b.text().startswith("&Options")
        )
        click(unfold)
        after(tab.language.isVisible, lambda: open_list(dialog, tab))

    def open_list(dialog: QPrintDialog, tab: SummaryTab) -> None:
        click(tab.language)
        after(lambda: QApplication.activePopupWidget() is not None, lambda: pick(dialog, tab))

    def pick(dialog: QPrintDialog, tab: SummaryTab) -> None:
        subprocess.run(["xdotool", "key", "--delay", "50", "Home", "Return"], check=True)
        after(
            lambda: (
                QApplication.activePopupWidget() is None and tab.language.language() is Language.AZ
            ),
            lambda: done(dialog),
        )

    def done(dialog: QPrintDialog) -> None:
        titles.append(dialog.windowTitle())
        print_to_file(target)(dialog)

    return act


def test_print_in_the_language_chosen_on_the_print_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    printed = tmp_path / "printer.pdf"
    titles: list[str] = []
    when_shown(QPrintDialog, choose_language_first_in_the_list(printed, titles))
    window.commands.print_summary.trigger()
    wait_for_the_work(qtbot, window)
    assert titles == ["Print the case summary in English", "Print the case summary in Azərbaycanca"]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(printed).pages)
    assert phrases_for(Language.AZ)("heading.chronology") in text
    assert "Chronology of incidents" not in text
    assert "Ракетний удар поблизу" in text and "Səfirlik binası, Kyiv" in text  # as typed
    assert Preferences().summary_language() is Language.AZ
    assert message_boxes.shown == []
    assert_window_takes_input(qtbot, window)
