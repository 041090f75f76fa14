"""Each model alone, under the model tester, with real records from a case file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.timespan import zone
from casefiles.services import (
    correspondence,
    damage,
    evidence_reading,
    notes,
    photo_derivation,
    photo_import,
)
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from ui.background import Background
from ui.icons import icon
from ui.models.correspondence_table_model import CorrespondenceColumn, CorrespondenceTableModel
from ui.models.damage_table_model import DamageColumn, DamageTableModel
from ui.models.note_list_model import NoteListModel, NoteRole
from ui.models.photo_grid_model import PhotoGridModel
from ui.models.roles import Role
from ui.models.site_list_model import SiteListModel
from ui.photos.thumbnails import ThumbnailLoader

KYIV = zone("Europe/Kyiv")


def test_site_list_model(qtmodeltester: ModelTester, site: SiteRecord) -> None:
    model = SiteListModel()
    model.set_sites([site])
    model.set_counts({site.uuid: 3})
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "All sites (3)" and model.index(0).data(Role.UUID) is None
    assert model.index(1).data() == "Səfirlik binası, Kyiv (3)"
    assert model.index(1).data(Role.RECORD) == site
    assert model.row_of(site.uuid) == 1 and model.count_of(site.uuid) == 3


def test_damage_table_model_edits_through_its_commit(
    qtmodeltester: ModelTester, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    incident = three_incidents[2].uuid
    item = damage.create(
        new_case, incident, element="roof", severity="minor", description="Dam çatlayıb",
        cost_amount="12500.50", cost_currency="UAH",
    )  # fmt: skip
    model = DamageTableModel()
    model.set_items(damage.list_damage(new_case, incident), {})
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, DamageColumn.COST).data() == "12,500.50 UAH"
    assert model.index(0, DamageColumn.SITE).data() == "The incident's site"
    severity = model.index(0, DamageColumn.SEVERITY)
    assert not model.flags(severity) & Qt.ItemFlag.ItemIsEditable  # no commit: read-only
    commits: list[tuple[str, dict[str, object]]] = []
    model.set_commit(lambda uuid, values: commits.append((uuid, values)) is None)
    assert model.flags(severity) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(severity, "severe")
    assert not model.setData(severity, "minor")  # unchanged: nothing to save
    assert commits == [(item.uuid, {"severity": "severe"})]


def test_note_list_model(
    qtmodeltester: ModelTester, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    notes.create(new_case, "Нота надіслана", target=three_incidents[0].uuid, author="Konsul")
    model = NoteListModel(KYIV)
    model.set_notes(notes.list_notes(new_case, three_incidents[0].uuid))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "Нота надіслана"
    assert model.index(0).data(NoteRole.AUTHOR) == "Konsul"
    assert model.index(0).data(NoteRole.HEADING).startswith("Konsul · ")


def test_correspondence_table_model(
    qtmodeltester: ModelTester, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    linked = three_incidents[2]
    correspondence.create(
        new_case, kind="note_verbale", direction="sent", span="2025-11-15",
        reference_number="No. 12/345", counterpart="<b>MFA</b>", summary="Protest\nnote",
        incidents=[linked.uuid],
    )  # fmt: skip
    model = CorrespondenceTableModel(KYIV)
    model.set_items(correspondence.list_correspondence(new_case), {linked.uuid: linked.reference})
    qtmodeltester.check(model, force_py=True)
    row = [model.index(0, column).data() for column in CorrespondenceColumn]
    assert row == [
        "15 November 2025", "Note verbale", "Sent", "No. 12/345", "<b>MFA</b>",
        "Protest note", linked.reference,
    ]  # fmt: skip
    assert model.index(0, CorrespondenceColumn.COUNTERPART).data(Qt.ItemDataRole.ToolTipRole) == (
        "<qt>&lt;b&gt;MFA&lt;/b&gt;</qt>"
    )


def test_photo_grid_model_loads_thumbnails_only_when_asked(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    new_case: CaseFile,
    three_incidents: list[IncidentRecord],
    tmp_path: Path,
) -> None:
    incident = three_incidents[2].uuid
    when = datetime(2025, 11, 14, 7, 0, tzinfo=KYIV)
    paths = [
        factory.camera_jpeg(tmp_path / f"{n}.jpg", when=when.replace(minute=n)) for n in range(3)
    ]
    photo_import.import_files(new_case, incident, paths)
    photo_derivation.derive_pending(new_case)
    reads: list[str] = []

    def read(uuid: str) -> bytes | None:
        reads.append(uuid)
        return evidence_reading.derived_image(new_case, uuid, "thumbnail")

    loader = ThumbnailLoader(read, Background(lambda error: None), QSize(160, 120))
    placeholder = icon("photo")
    model = PhotoGridModel(loader, placeholder, icon("no_preview"), icon("warning"))
    model.set_photos(evidence_reading.list_evidence(new_case, incident))
    assert model.index(1).data(Qt.ItemDataRole.DisplayRole) == "1.jpg"
    first = model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert first.cacheKey() == placeholder.cacheKey()
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        pass
    assert reads == [model.index(1).data(Role.UUID)]  # only the item that was asked for
    pixmap = model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert not pixmap.isNull() and pixmap.width() <= 160
    qtmodeltester.check(model, force_py=True)
