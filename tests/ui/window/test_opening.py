"""Starting, opening and closing: the first run, recent files, a case file in use elsewhere,
a copy, and what the window remembers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefiles import clock
from casefiles.language.catalogue import Language, phrases_for
from casefiles.services import incidents
from casefiles.storage.backup import list_backups
from casefiles.storage.store import CaseFile
from tests.helpers import older_copy
from tests.ui.helpers import MessageBoxes, SaveDialogs, open_window
from ui.app import open_window as start_app
from ui.language import install
from ui.preferences import Preferences
from ui.window.case_loader import demo_copy_path


def test_the_first_run_opens_a_copy_of_the_demo_case(qtbot: QtBot) -> None:
    window = start_app(None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert window.windowTitle().startswith("Embassy of the Republic of Azerbaijan in Ukraine")
    assert "Demo case.casefile" in window.windowTitle()
    assert Preferences().recent_files() == [demo_copy_path().resolve()]
    window.close()
    # The second run starts on the welcome view, with the demo among the recent files.
    again = start_app(None)
    qtbot.addWidget(again)
    assert again.workspace is None
    assert again.welcome.recent.count() == 1
    assert again.welcome.recent.item(0).text().startswith("Demo case")


def test_recent_files_open_from_the_welcome_view_and_the_menu(
    qtbot: QtBot, demo_path: Path
) -> None:
    Preferences().add_recent(demo_path)
    window = open_window(qtbot)
    item = window.welcome.recent.item(0)
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        window.welcome.recent.itemActivated.emit(item)
    assert window.session is not None and window.session.case.path == demo_path
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == ["&1 demo.casefile"]


def test_a_case_file_in_use_elsewhere_can_be_opened_read_only(
    qtbot: QtBot, demo_path: Path, message_boxes: MessageBoxes
) -> None:
    holder = CaseFile.open(demo_path)  # as another Casefiles would
    try:
        window = open_window(qtbot)
        message_boxes.answer = QMessageBox.StandardButton.Yes
        with qtbot.waitSignal(window.caseOpened, timeout=20_000):
            window.open_path(demo_path)
        assert "Open it read-only instead" in message_boxes.shown[0]
        assert window.session is not None and window.session.read_only
        assert "read-only" in window.windowTitle()
        window.close_case()
    finally:
        holder.close()


def test_an_error_on_opening_is_said_in_plain_words(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    not_a_case = tmp_path / "notes.casefile"
    not_a_case.write_text("just text", encoding="utf-8")
    window = open_window(qtbot)
    window.open_path(not_a_case)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10_000)
    assert message_boxes.shown == [
        "notes.casefile is not a case file (it is not a Casefiles database)."
    ]
    assert window.workspace is None and window.welcome.new_button.isEnabled()


def test_save_a_copy_writes_a_consistent_copy(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, save_dialogs: SaveDialogs
) -> None:
    target = tmp_path / "usb" / "copy"
    target.parent.mkdir()
    save_dialogs.answer(target)
    window = open_window(qtbot, demo_path)
    window.commands.save_copy.trigger()
    assert [task.operation.title for task in window.background.running()] == ["Save a copy"]
    copy = target.with_name("copy.casefile")
    qtbot.waitUntil(lambda: not window.background.running(), timeout=10_000)
    assert copy.exists()
    with CaseFile.open(copy, read_only=True) as case:
        assert len(incidents.list_incidents(case)) == 6


def test_window_geometry_and_splitters_are_remembered(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    window.resize(1024, 700)  # the test screen is small: stay within it
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: sum(workspace.splitter.sizes()) < 1024)
    workspace.splitter.setSizes([300, 700])
    sizes = workspace.splitter.sizes()
    window.close()
    assert Preferences().state("geometry") is not None
    again = open_window(qtbot, demo_path)
    assert again.size() == window.size()
    reopened = again.workspace
    assert reopened is not None
    qtbot.waitUntil(lambda: reopened.splitter.sizes() == sizes)


def test_main_actions_have_shortcuts_and_names(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    keys = {a.text(): a.shortcut().toString() for a in window.commands.all()}
    assert keys["New &incident…"] == "Ctrl+N"
    assert keys["&Import photos…"] == "Ctrl+I"
    assert keys["Add &note…"] == "Ctrl+Shift+N"
    assert keys["&Find…"] == "Ctrl+F"
    assert keys["&Print the case summary…"] == "Ctrl+P"
    assert [s.toString() for s in window.commands.redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_opening_for_writing_keeps_an_automatic_backup(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    assert window.session is not None
    case = window.session.case
    qtbot.waitUntil(lambda: not window.backing_up, timeout=20_000)
    (backup,) = list_backups(case)
    with CaseFile.open(backup, read_only=True) as copy:
        assert copy.fingerprint() == case.fingerprint()
    window.close_case()
    window = open_window(qtbot, demo_path)  # nothing changed since: no second copy
    qtbot.waitUntil(lambda: not window.backing_up, timeout=20_000)
    assert window.session is not None
    assert list_backups(window.session.case) == [backup]
    window.close_case()


def test_an_older_copy_is_said_in_the_interface_language(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, translations: Path
) -> None:
    """A restored backup opens with a warning, said in Russian with the day in CLDR's words."""
    backup = older_copy(demo_path, tmp_path / "Köhnə nüsxə.casefile")
    assert install(Language.RU) is Language.RU
    window = open_window(qtbot, backup, read_only=True)
    message = window.statusBar().currentMessage()
    russian = phrases_for(Language.RU)
    assert russian.dates.long(clock.now().astimezone().date()) in message
    assert "эта копия старше той, что этот компьютер видел" in message
    assert "не хватает" in message and "this copy" not in message
