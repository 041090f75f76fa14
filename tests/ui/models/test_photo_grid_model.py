"""The photo grid: thumbnails are loaded only when a view asks for them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.services import evidence_reading, photo_derivation, photo_import
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from ui.background import Background
from ui.icons import icon
from ui.models.photo_grid_model import PhotoGridModel
from ui.models.roles import Role
from ui.photos.thumbnails import ThumbnailLoader

KYIV = zone("Europe/Kyiv")


def test_photo_grid_model_loads_thumbnails_only_when_asked(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    new_case: CaseFile,
    three_incidents: list[IncidentRecord],
    tmp_path: Path,
    background: Background,  # waits for the thumbnail reads before the case file closes
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

    loader = ThumbnailLoader(read, background, QSize(160, 120))
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
    qtmodeltester.check(model, force_py=True)  # asks for every thumbnail: reads in flight
    # The reads it started end, and their results reach the loader, while it is alive.
    assert background.wait(10_000)
    qtbot.wait(50)
