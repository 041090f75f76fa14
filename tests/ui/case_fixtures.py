"""Fixtures for the app's tests, imported by the conftest of each test folder that needs them
(tests/ui/conftest.py belongs to the timeline's tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.services import incidents, mission, sites
from casefiles.storage.store import CaseFile
from ui.background import Background
from ui.case_session import CaseSession
from ui.preferences import Preferences
from ui.window.main_window import MainWindow

D = TypeVar("D", bound=QWidget)


class ListedIncidents:
    """The incidents a page or panel can look up (in the app, the incident list holds them)."""

    def __init__(self, records: list[IncidentRecord]) -> None:
        self._records = records

    def records(self) -> list[IncidentRecord]:
        return self._records

    def record_of(self, uuid: str) -> IncidentRecord | None:
        return next((r for r in self._records if r.uuid == uuid), None)


@pytest.fixture
def site(new_case: CaseFile) -> SiteRecord:
    return sites.create(new_case, kind="chancery", name="Səfirlik binası, Kyiv")


@pytest.fixture
def three_incidents(new_case: CaseFile, site: SiteRecord) -> list[IncidentRecord]:
    """Incidents in 2022, January 2024 and the night of 14 November 2025, in that order."""
    return [
        incidents.create(new_case, title="Hava zərbəsi", site=site.uuid, span="2022",
                         incident_type="unknown", status="closed"),
        incidents.create(new_case, title="Ракетний удар поблизу", site=site.uuid,
                         span="2024-01", incident_type="missile_strike", impact="nearby"),
        incidents.create(new_case, title="Missile hits the compound", site=site.uuid,
                         span="2025-11-14 night", incident_type="missile_strike",
                         status="protest_sent"),
    ]  # fmt: skip


class MessageBoxes:
    """What message boxes the app showed, and the button the 'user' presses next."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.answer = QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    """Message boxes are a boundary: recorded and answered instead of blocking the run."""
    boxes = MessageBoxes()

    def exec_(box: QMessageBox) -> int:
        boxes.shown.append(box.text())
        return int(boxes.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield boxes


class RecordedErrors(list[BaseException]):
    """Errors the app would have shown in a dialog."""


@pytest.fixture
def errors() -> RecordedErrors:
    return RecordedErrors()


@pytest.fixture
def session(qtbot: QtBot, new_case: CaseFile, errors: RecordedErrors) -> Iterator[CaseSession]:
    """The empty case file as the widgets see it, with a background runner of its own."""
    background = Background(errors.append)
    case_session = CaseSession(new_case, mission.get(new_case), background)
    case_session.errorOccurred.connect(errors.append)
    yield case_session
    background.wait()


def open_window(qtbot: QtBot, path: Path | None = None, read_only: bool = False) -> MainWindow:
    """A main window, shown, with `path` opened (waiting until its incident list is up)."""
    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    window.show()
    if path is not None:
        with qtbot.waitSignal(window.caseOpened, timeout=20_000):
            window.open_path(path, read_only=read_only)
    return window


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
