"""Add site and Edit site, driven as a person would: the services' messages in place, OK saves
through the services (one undo step), Cancel saves nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.domain.records import SiteRecord
from casefiles.domain.vocabulary import SiteKind
from casefiles.services import sites
from tests.ui.helpers import type_text
from ui.case_session import CaseSession
from ui.dialogs.site_dialog import SiteDialog

NAME = "Konsulluq şöbəsi — Консульський відділ"


def new_dialog(qtbot: QtBot, session: CaseSession, record: SiteRecord | None = None) -> SiteDialog:
    dialog = SiteDialog(session, record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_site_is_added_once_the_services_accept_it(qtbot: QtBot, session: CaseSession) -> None:
    dialog = new_dialog(qtbot, session)
    dialog.accept()  # nothing typed
    assert dialog.isVisible() and dialog.fields["name"].error == "Name is required."

    type_text(dialog.name, NAME)
    dialog.kind.set_value(SiteKind.CONSULAR_SECTION)
    type_text(dialog.latitude, "95")
    dialog.accept()
    assert dialog.isVisible() and dialog.fields["latitude"].error == "Latitude must be at most 90."
    assert dialog.fields["name"].error is None
    assert sites.list_sites(session.case) == []

    dialog.latitude.setText("50,4619")  # a decimal comma, as typed on many keyboards
    type_text(dialog.longitude, "30.4826")
    type_text(dialog.address, "İnstitutska küç. 1\nКиїв")
    dialog.accept()
    assert not dialog.isVisible()
    [site] = sites.list_sites(session.case)
    assert dialog.result_value == site
    assert (site.name, site.kind, site.latitude) == (NAME, SiteKind.CONSULAR_SECTION, 50.4619)
    assert site.address == "İnstitutska küç. 1\nКиїв"
    assert session.undo_stack.undoText() == "Add site"


def test_cancel_saves_nothing(qtbot: QtBot, session: CaseSession, site: SiteRecord) -> None:
    dialog = new_dialog(qtbot, session, site)
    assert dialog.windowTitle() == "Edit site" and dialog.name.text() == site.name
    dialog.name.setText("Ləğv ediləcək ad")
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible()
    assert sites.list_sites(session.case) == [site]
    assert session.undo_stack.count() == 0


def test_an_edit_is_one_undo_step(qtbot: QtBot, session: CaseSession, site: SiteRecord) -> None:
    dialog = new_dialog(qtbot, session, site)
    dialog.name.setText(NAME)
    dialog.accept()
    assert sites.get(session.case, site.uuid).name == NAME
    session.undo_stack.undo()
    assert sites.get(session.case, site.uuid).name == site.name
