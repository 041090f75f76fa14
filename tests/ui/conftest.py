"""Fixtures shared by the app's tests (helpers that are not fixtures: tests/ui/helpers.py).
Fixtures that only one folder needs live in that folder's conftest (timeline, printing)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

import ui.language
from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.language.catalogue import Language
from casefiles.services import incidents, sites
from casefiles.services.mission import create_case_file
from casefiles.storage import encryption
from casefiles.storage.store import CaseFile
from tests.ui.helpers import (
    PASSPHRASE,
    TRANSLATED,
    MessageBoxes,
    RecordedErrors,
    SaveDialogs,
    build_qm,
    session_on,
)
from ui.background import Background
from ui.case_session import CaseSession

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english_system() -> Iterator[None]:
    """The app takes its languages from the system's locale: the tests' is C (English, and
    the widths the layout tests were measured with), whatever the machine's (a test of another
    language sets its own)."""
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


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


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    """An encrypted case file (its passphrase: helpers.PASSPHRASE) with two incidents."""
    path = tmp_path / "Səfirlik.casefile"
    with create_case_file(
        path, "Azərbaycan Respublikasının Ukraynadakı Səfirliyi",
        key=encryption.new_key(PASSPHRASE), timezone="Europe/Kyiv",
    ) as case:  # fmt: skip
        site = sites.create(case, kind="chancery", name="Səfirlik binası")
        for day, title in enumerate(
            ["Dron hücumu — атака дрона", "Raket zərbəsi — ракетний удар"], 1
        ):
            incidents.create(case, title=title, site=site.uuid, span=f"2025-11-{day:02}")
    return path


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    """Message boxes are a boundary: recorded and answered instead of blocking the run."""
    boxes = MessageBoxes()

    def exec_(box: QMessageBox) -> int:
        boxes.shown.append(box.text())
        return int(boxes.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield boxes


@pytest.fixture
def save_dialogs(monkeypatch: pytest.MonkeyPatch) -> SaveDialogs:
    """Answers the app's save dialogs (`answer` before the app asks) and records what they
    offered."""
    dialogs = SaveDialogs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialogs)
    return dialogs


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


@pytest.fixture
def errors() -> RecordedErrors:
    return RecordedErrors()


@pytest.fixture
def background(qtbot: QtBot, errors: RecordedErrors) -> Iterator[Background]:
    """A background runner of the test's own; what it would show as errors goes to `errors`."""
    runner = Background(errors.append)
    yield runner
    runner.wait()


@pytest.fixture
def session(new_case: CaseFile, background: Background, errors: RecordedErrors) -> CaseSession:
    """The empty case file as the widgets see it."""
    return session_on(new_case, background, errors)


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[Path]:
    """The app's translations folder, holding only the small translations of
    tests/ui/helpers.py; the interface is English again afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for language in TRANSLATED:
        build_qm(folder, language)
    monkeypatch.setattr(ui.language, "TRANSLATION_DIR", folder)
    yield folder
    ui.language.install(Language.EN)
