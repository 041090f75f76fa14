"""The details form's second column (people, ordnance, status) sits beside the first when the
page is wide enough for both, and below it when not, never cut off at the page's edge."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from tests.ui.helpers import ListedIncidents
from ui.case_session import CaseSession
from ui.incident.details_form import IncidentDetailsForm
from ui.incident.incident_page import IncidentPage


def details_at(qtbot: QtBot, page: IncidentPage, width: int) -> tuple[IncidentDetailsForm, bool]:
    """The form, and whether its second column is beside the first, with the page `width`
    pixels wide."""
    page.resize(width, 700)
    qtbot.wait(50)  # the layouts settle on posted events
    form = page.details
    scroll = next(a for a in page.findChildren(QScrollArea) if a.widget() is form)
    assert not scroll.horizontalScrollBar().isVisible()
    assert form.width() <= scroll.viewport().width()
    beside = form.staff_killed.mapTo(form, form.staff_killed.rect().topLeft())
    first = form.reference.mapTo(form, form.reference.rect().topLeft())
    side_by_side = beside.x() > first.x() + form.reference.width()
    if not side_by_side:  # below the incident's identity, within the width
        assert beside.y() > form.distance_m.mapTo(form, form.distance_m.rect().topLeft()).y()
    for editor in (form.title, form.staff_killed, form.status):
        right = editor.mapTo(form, editor.rect().topRight()).x()
        assert right <= scroll.viewport().width()
    return form, side_by_side


def test_the_second_column_goes_below_when_narrow_and_back_beside_when_wide(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    page = IncidentPage(session, ListedIncidents(three_incidents))
    qtbot.addWidget(page)
    page.set_sites([])
    page.show_incident(three_incidents[2].uuid)
    page.show()
    assert details_at(qtbot, page, 1100)[1]
    assert not details_at(qtbot, page, 600)[1]
    assert details_at(qtbot, page, 1100)[1]
