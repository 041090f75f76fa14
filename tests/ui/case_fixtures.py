"""Fixtures for the app's tests, imported by the conftest of each test folder that needs them
(tests/ui/conftest.py belongs to the timeline's tests)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from casefiles.records import IncidentRecord, SiteRecord
from casefiles.services import incidents, sites
from casefiles.store import CaseFile


@pytest.fixture
def site(new_case: CaseFile) -> SiteRecord:
    return sites.create(new_case, kind="chancery", name="Səfirlik binası, Kyiv")


@pytest.fixture
def three_incidents(new_case: CaseFile, site: SiteRecord) -> list[IncidentRecord]:
    """Incidents in 2022, January 2024 and the night of 14 November 2025, in that order."""
    return [
        incidents.create(new_case, title="Hava zərbəsi", site=site.uuid, when="2022",
                         incident_type="unknown", status="closed"),
        incidents.create(new_case, title="Ракетний удар поблизу", site=site.uuid,
                         when="2024-01", incident_type="missile_strike", impact="nearby"),
        incidents.create(new_case, title="Missile hits the compound", site=site.uuid,
                         when="2025-11-14 night", incident_type="missile_strike",
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
