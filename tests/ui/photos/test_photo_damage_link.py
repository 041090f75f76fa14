"""A photo linked to the damage item it shows, from the photo panel, seen on both sides: the
photo panel names the damage, the damage table counts the photos (issue 13)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.services import damage, evidence_reading, photo_import
from tests import photo_factory as factory
from tests.ui.helpers import MessageBoxes, when_shown
from ui.case_session import CaseSession
from ui.dialogs.link_damage_dialog import LinkDamageDialog
from ui.incident.damage_panel import DamagePanel
from ui.models.damage_table_model import DamageColumn
from ui.photos.photo_panel import PhotoPanel

STRIKE = datetime(2025, 11, 14, 7, 30, tzinfo=zone("Europe/Kyiv"))


def test_link_a_photo_to_damage_and_see_it_on_both_sides(
    qtbot: QtBot,
    session: CaseSession,
    three_incidents: list[IncidentRecord],
    tmp_path: Path,
    message_boxes: MessageBoxes,
    qtmodeltester: ModelTester,
) -> None:
    incident = three_incidents[2]
    photo_import.import_files(
        session.case, incident.uuid, [factory.camera_jpeg(tmp_path / "pəncərə.jpg", when=STRIKE)]
    )
    photos = PhotoPanel(session)
    table = DamagePanel(session)
    for widget in (photos, table):
        qtbot.addWidget(widget)
        widget.show()
    photos.show_incident(incident.uuid, incident.reference)
    table.show_incident(incident.uuid, [])
    photos.grid.setCurrentIndex(photos.model.index(0))

    photos.link_action.trigger()  # no damage items yet: said so, nothing changed
    assert message_boxes.shown == [
        "This incident has no damage items yet: add one on the Damage tab first."
    ]
    windows = damage.create(session.case, incident.uuid, element="windows", severity="severe",
                            description="Bütün pəncərələr qırılıb")  # fmt: skip
    session.damageChanged.emit(incident.uuid)
    assert photos.link_label.text() == "Shows no particular damage item"

    def pick_windows(dialog: LinkDamageDialog) -> None:
        assert dialog.choices.currentItem().text() == "No damage item (the incident as a whole)"
        dialog.choices.setCurrentRow(1)
        dialog.accept()

    when_shown(LinkDamageDialog, pick_windows)
    photos.link_action.trigger()

    assert (
        evidence_reading.list_evidence(session.case, incident.uuid)[0].damage_uuid == windows.uuid
    )
    expected = "Shows: Windows and glazing, severe: Bütün pəncərələr qırılıb"
    assert photos.link_label.text() == expected
    assert table.model.index(0, DamageColumn.PHOTOS).data() == "1 photo"
    assert "pəncərə.jpg" in table.model.index(0, DamageColumn.PHOTOS).data(3)  # tooltip
    qtmodeltester.check(table.model)

    session.undo_stack.undo()
    assert evidence_reading.list_evidence(session.case, incident.uuid)[0].damage_uuid is None
    assert table.model.index(0, DamageColumn.PHOTOS).data() == ""
    assert photos.link_label.text() == "Shows no particular damage item"
