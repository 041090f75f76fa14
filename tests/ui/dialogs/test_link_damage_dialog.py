"""Link to a damage item: the incident's damage items in words, the photo's current link chosen
first; the choice is given back (the photo panel saves it), Cancel keeps the current link, and
the dialog itself writes nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.domain.records import DamageRecord, IncidentRecord
from casefiles.services import damage
from casefiles.storage.store import CaseFile
from tests.ui.helpers import when_shown
from ui.dialogs.link_damage_dialog import LinkDamageDialog

LONG = "Şimal fasadındakı bütün pəncərələr partlayış dalğası ilə qırılıb — усі вікна вибито"

NO_DAMAGE = "No damage item (the incident as a whole)"  # the first choice, in English


def two_items(case: CaseFile, incident: IncidentRecord) -> list[DamageRecord]:
    return [
        damage.create(case, incident.uuid, element="windows", severity="severe", description=LONG),
        damage.create(case, incident.uuid, element="roof", severity="minor", description=""),
    ]


def test_the_items_in_words_and_the_choice_given_back(
    qtbot: QtBot, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    windows, roof = two_items(new_case, three_incidents[2])
    fingerprint = new_case.fingerprint()
    shown: list[list[str]] = []

    def pick_roof(dialog: LinkDamageDialog) -> None:
        assert dialog.windowTitle() == "Link to a damage item"
        shown.append([dialog.choices.item(r).text() for r in range(dialog.choices.count())])
        assert dialog.choices.currentItem().text() == NO_DAMAGE  # not linked yet
        dialog.choices.setCurrentRow(2)
        dialog.accept()

    when_shown(LinkDamageDialog, pick_roof)
    assert LinkDamageDialog.choose(None, "pəncərə.jpg", [windows, roof], None) == (roof.uuid, True)
    assert shown == [
        [
            NO_DAMAGE,
            f"Windows and glazing, severe: {LONG[:60]}…",
            "Roof, minor",
        ]
    ]

    def pick_none(dialog: LinkDamageDialog) -> None:
        assert dialog.chosen() == roof.uuid  # the current link, chosen first
        dialog.choices.setCurrentRow(0)
        dialog.accept()

    when_shown(LinkDamageDialog, pick_none)
    assert LinkDamageDialog.choose(None, "pəncərə.jpg", [windows, roof], roof.uuid) == (None, True)
    assert new_case.fingerprint() == fingerprint


def test_cancel_keeps_the_current_link(
    qtbot: QtBot, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    windows, roof = two_items(new_case, three_incidents[2])

    def change_then_cancel(dialog: LinkDamageDialog) -> None:
        dialog.choices.setCurrentRow(2)
        dialog.reject()

    when_shown(LinkDamageDialog, change_then_cancel)
    chosen = LinkDamageDialog.choose(None, "фото.jpg", [windows, roof], windows.uuid)
    assert chosen == (windows.uuid, False)
