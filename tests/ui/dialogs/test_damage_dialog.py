"""A new damage item starts "not assessed": nobody has judged it yet, which is not "none"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.vocabulary import Severity
from casefiles.services import damage
from ui.case_session import CaseSession
from ui.dialogs.damage_dialog import DamageDialog


def test_a_new_damage_item_is_not_assessed_until_judged(
    qtbot: QtBot, session: CaseSession, site: SiteRecord, three_incidents: list[IncidentRecord]
) -> None:
    incident = three_incidents[2]
    dialog = DamageDialog(session, incident.uuid, [site], None)
    qtbot.addWidget(dialog)
    assert dialog.severity.currentText() == "Not assessed"
    dialog.description.setPlainText("Pəncərələr sınıb; шибки вибито.")
    dialog.accept()
    (item,) = damage.list_damage(session.case, incident.uuid)
    assert item.severity is Severity.NOT_ASSESSED
