"""Helpers of the app's tests: opening a window, answering dialogs, typing in any script. The
fixtures they share are in tests/ui/conftest.py."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from casefiles.integrity.audit import AuditRecord, history
from casefiles.services import mission
from casefiles.storage.store import CaseFile
from ui.background import Background, Task
from ui.case_session import CaseSession
from ui.preferences import Preferences
from ui.window.main_window import MainWindow

D = TypeVar("D", bound=QWidget)

PASSPHRASE = "Səfirlik qapısı bağlıdır — двері зачинені"  # of the `encrypted_path` case file


class ListedIncidents:
    """The incidents a page or panel can look up (in the app, the incident list holds them)."""

    def __init__(self, records: list[IncidentRecord]) -> None:
        self._records = records

    def records(self) -> list[IncidentRecord]:
        return self._records

    def record_of(self, uuid: str) -> IncidentRecord | None:
        return next((r for r in self._records if r.uuid == uuid), None)


class MessageBoxes:
    """What message boxes the app showed, and the button the 'user' presses next."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.answer = QMessageBox.StandardButton.Ok


@dataclass(frozen=True, slots=True)
class Offered:
    """What one save dialog offered: its title, the name suggested, the file types, the one
    selected."""

    title: str
    suggested: Path
    file_types: list[str]
    selected: str


class SaveDialogs:
    """Save dialogs are a boundary (a native one cannot be driven): each records what it
    offered and gets the next answer, a path (None: Cancel) and the file type chosen; the last
    answer stays for the calls after it."""

    def __init__(self) -> None:
        self.offered: list[Offered] = []
        self._answers: list[tuple[Path | None, str]] = []

    def answer(self, path: Path | None, file_type: str = "") -> None:
        self._answers.append((path, file_type))

    def __call__(
        self,
        _parent: QWidget | None,
        title: str = "",
        suggested: str = "",
        file_types: str = "",
        selected: str = "",
        *_options: object,
        **_named_options: object,
    ) -> tuple[str, str]:
        types = file_types.split(";;") if file_types else []
        self.offered.append(Offered(title, Path(suggested), types, selected))
        assert self._answers, "the app asked for a file name the test did not expect"
        path, file_type = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
        return ("" if path is None else str(path), file_type)


class RecordedErrors(list[BaseException]):
    """Errors the app would have shown in a dialog."""


def session_on(case: CaseFile, background: Background, errors: RecordedErrors) -> CaseSession:
    """`case` as the widgets see it; the errors it would show go to `errors`."""
    case_session = CaseSession(case, mission.get(case), background)
    case_session.errorOccurred.connect(errors.append)
    return case_session


def audit_log(case: CaseFile) -> list[AuditRecord]:
    """Every entry of the case file's audit log, oldest first, read back from the file."""
    with case.reading() as session:
        return history(session)


def open_window(qtbot: QtBot, path: Path | None = None, read_only: bool = False) -> MainWindow:
    """A main window, shown, with `path` opened (waiting until its incident list is up)."""
    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    window.show()
    if path is not None:
        with qtbot.waitSignal(window.caseOpened, timeout=20_000):
            window.open_path(path, read_only=read_only)
    return window


def shown(qtbot: QtBot, widget: D) -> D:
    """`widget` shown, and closed and deleted when the test ends."""
    qtbot.addWidget(widget)
    widget.show()
    return widget


def wait_for(qtbot: QtBot, task: Task | None) -> None:
    """Until the background operation `task` has ended and its callbacks have run."""
    assert task is not None
    qtbot.waitUntil(lambda: task.ended, timeout=60_000)


def when_shown(kind: type[D], act: Callable[[D], None]) -> None:
    """Once a `kind` window is up (a dialog opened with exec() blocks the test), `act` on it,
    as the user would: fill it in, then accept or cancel it."""

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key, in any script (QTest's own typing is ASCII only);
    a line break is the Enter key."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


# A few of the window's words per language, as a translator would give them (not their work).
TRANSLATED = {
    "ru": {
        ("MainWindow", "&File"): "&Файл",
        ("MainWindow", "&Edit"): "&Правка",
        ("MainWindow", "&Case"): "&Дело",
        ("Actions", "&Open…"): "&Открыть…",
        ("LanguageMenu", "The interface will be in %1 the next time Casefiles starts."): (
            "Интерфейс будет на языке %1 при следующем запуске Casefiles."
        ),
    },
    "uk": {
        ("MainWindow", "&File"): "&Файл",
        ("MainWindow", "&Edit"): "&Редагування",
        ("MainWindow", "&Case"): "&Справа",
        ("Actions", "&Open…"): "&Відкрити…",
    },
    "az": {("MainWindow", "&File"): "&Fayl"},
}


def build_qm(folder: Path, language: str) -> None:
    """casefiles_LANG.qm in `folder`, from a .ts written here (not the translators' work)."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in TRANSLATED[language].items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    ts = folder / f"casefiles_{language}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}">{body}</TS>',
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )
