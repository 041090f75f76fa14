"""Photos of an incident: the viewer (zoom, metadata, hash, warnings), captions with undo,
originals exported byte for byte, removal undone, and an import cancelled midway."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from casefiles.domain import wording
from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.language.catalogue import Language, phrases_for
from casefiles.services import evidence_reading, mission, photo_derivation, photo_import
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_incident_report
from tests import photo_factory as factory
from ui.case_session import CaseSession
from ui.language import install
from ui.photos.photo_panel import PhotoPanel
from ui.photos.photo_viewer import PhotoViewer

KYIV = zone("Europe/Kyiv")
STRIKE = datetime(2025, 11, 14, 7, 30, tzinfo=KYIV)


@pytest.fixture
def panel(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> PhotoPanel:
    incident = three_incidents[2]
    files = [
        factory.camera_jpeg(tmp_path / "ok.jpg", when=STRIKE, gps=None),
        factory.camera_jpeg(
            tmp_path / "edited.jpg", when=STRIKE, gps=None, software="Adobe Photoshop 25.1"
        ),
    ]
    photo_import.import_files(session.case, incident.uuid, files)
    photo_derivation.derive_pending(session.case)  # as the queue does after an import
    widget = PhotoPanel(session)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.show_incident(incident.uuid, incident.reference)
    return widget


def test_viewer_says_when_the_time_is_only_the_file_date(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> None:
    incident = three_incidents[2]
    edited = factory.file_date_only_jpeg(
        tmp_path / "redaktə.jpg", datetime(2022, 2, 16, 12, 55, 41), offset="+01:00"
    )
    photo_import.import_files(session.case, incident.uuid, [edited])
    widget = PhotoPanel(session)
    qtbot.addWidget(widget)
    widget.show_incident(incident.uuid, incident.reference)
    viewer = widget.open_viewer(0)
    assert viewer is not None
    assert viewer.taken.text() == (
        "16 February 2022, 12:55:41 UTC+01:00: the file's date, which can be a later edit"
    )
    assert "the time shown is the file's date" in viewer.warnings.text()
    viewer.close()


def test_the_warnings_are_in_the_interface_language(
    qtbot: QtBot,
    session: CaseSession,
    three_incidents: list[IncidentRecord],
    tmp_path: Path,
    translations: Path,
) -> None:
    assert install(Language.UK) is Language.UK
    incident = three_incidents[2]
    edited = factory.camera_jpeg(
        tmp_path / "змінене.jpg", when=STRIKE, gps=None, software="Adobe Photoshop 25.1"
    )
    photo_import.import_files(session.case, incident.uuid, [edited])
    widget = PhotoPanel(session)
    qtbot.addWidget(widget)
    widget.show_incident(incident.uuid, incident.reference)
    ukrainian = phrases_for(Language.UK)(
        "warning.editing_software", software="Adobe Photoshop 25.1"
    )
    tip = widget.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert ukrainian in tip and "editing software" not in tip
    viewer = widget.open_viewer(0)
    assert viewer is not None
    assert ukrainian in viewer.warnings.text()
    viewer.close()


def test_viewer_shows_the_photo_its_facts_and_warnings(qtbot: QtBot, panel: PhotoPanel) -> None:
    viewer = panel.open_viewer(1)
    assert viewer is not None
    qtbot.waitUntil(viewer.view.has_picture, timeout=10_000)
    photo = panel.model.photo_at(1)
    assert viewer.file_name.text() == "edited.jpg"
    assert viewer.sha256.text() == photo.sha256
    assert "editing software (Adobe Photoshop 25.1)" in viewer.warnings.text()
    assert viewer.warnings.isVisibleTo(viewer)
    assert viewer.place.text() == "The file gives no position."
    assert viewer.taken.text() == "14 November 2025, 07:30:00 UTC+02:00"  # as on paper
    fitted = viewer.view.scale_factor()
    viewer.zoom_in_button.click()
    assert viewer.view.scale_factor() == pytest.approx(fitted * 1.25)
    viewer.actual_button.click()
    assert viewer.view.scale_factor() == 1.0
    viewer.previous_button.click()
    assert viewer.file_name.text() == "ok.jpg" and not viewer.warnings.isVisibleTo(viewer)
    viewer.close()


def test_double_clicking_a_photo_opens_one_viewer(qtbot: QtBot, panel: PhotoPanel) -> None:
    qtbot.waitExposed(panel)
    spot = panel.grid.visualRect(panel.model.index(1)).center()
    # Through the window, as a real double click comes: press, release, press, double click.
    window = panel.window().windowHandle()
    at = panel.grid.viewport().mapTo(panel.window(), spot)
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    viewers = [w for w in QApplication.topLevelWidgets() if isinstance(w, PhotoViewer)]
    assert [v.file_name.text() for v in viewers if v.isVisible()] == ["edited.jpg"]
    viewers[0].close()


def test_caption_edit_is_saved_and_undone(
    qtbot: QtBot, panel: PhotoPanel, session: CaseSession
) -> None:
    viewer = panel.open_viewer(0)
    assert viewer is not None
    viewer.caption.setText("Pəncərələr — вікна")
    viewer.caption.editingFinished.emit()
    uuid = panel.model.photo_at(0).uuid
    assert evidence_reading.get(session.case, uuid).caption == "Pəncərələr — вікна"
    assert panel.model.index(0).data() == "Pəncərələr — вікна"
    session.undo_stack.undo()
    assert evidence_reading.get(session.case, uuid).caption == ""
    assert viewer.caption.text() == ""
    viewer.close()


def test_export_original_is_byte_identical(
    qtbot: QtBot,
    panel: PhotoPanel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: object,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(out))
    panel.grid.selectAll()
    panel.export_action.trigger()
    qtbot.waitUntil(lambda: len(list(out.iterdir())) == 4, timeout=10_000)
    for name in ("ok.jpg", "edited.jpg"):
        exported = (out / name).read_bytes()
        assert exported == (tmp_path / name).read_bytes()
        sidecar = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert sidecar["sha256"] == hashlib.sha256(exported).hexdigest()


def test_removing_photos_is_undone(panel: PhotoPanel, session: CaseSession) -> None:
    panel.grid.selectAll()
    panel.delete_action.trigger()
    assert panel.model.rowCount() == 0 and panel.stack.currentWidget() is panel.empty
    session.undo_stack.undo()
    assert panel.model.rowCount() == 2 and panel.stack.currentWidget() is panel.grid


def test_an_import_cancelled_midway_keeps_what_was_imported(
    qtbot: QtBot, panel: PhotoPanel, session: CaseSession, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for minute in range(12):
        factory.camera_jpeg(
            folder / f"{minute:02}.jpg", when=STRIKE.replace(minute=minute), size=(1600, 1200)
        )
    panel.import_paths([folder])
    current = panel.current_import
    assert current is not None and current.task is not None
    dialog = current.task.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not current.running or dialog.bar.value() >= 2)
    current.cancel()
    qtbot.waitUntil(lambda: current.summary is not None, timeout=20_000)
    assert current.summary is not None
    imported = panel.model.rowCount() - 2
    assert 0 < imported < 12
    assert f"Cancelled: {12 - imported} of 12 files were not looked at." in (
        current.summary.summary.text()
    )
    current.summary.close()
    session.undo_stack.undo()  # the import is one step
    assert panel.model.rowCount() == 2


def test_progress_delivered_as_the_import_ends_leaves_no_error(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> None:
    # Every report and the end are queued before the UI thread handles any of them: the
    # reports that come after the end must not touch the closed progress dialog.
    incident = three_incidents[0]
    photos = [
        factory.camera_jpeg(tmp_path / f"ş{i}.jpg", when=STRIKE.replace(minute=i), gps=None)
        for i in range(2)
    ]
    widget = PhotoPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_incident(incident.uuid, incident.reference)
    widget.import_paths(photos)
    importer = widget.current_import
    assert importer is not None and importer.task is not None
    assert importer.task.dialog is not None
    importer.task.dialog.open()  # as it is once its minimum duration has passed
    assert session.background.wait(30_000)  # every report and the end are now queued
    with qtbot.waitSignal(importer.finished, timeout=10_000) as ended:
        pass
    assert [o.outcome for o in ended.args[0]] == ["imported", "imported"]
    assert importer.task.dialog is None and not importer.running
    assert len(evidence_reading.list_evidence(session.case, incident.uuid)) == 2


def test_rotate_view_turns_the_preview_and_thumbnail_and_undoes(
    qtbot: QtBot, panel: PhotoPanel, session: CaseSession
) -> None:
    photo = panel.model.photo_at(0)  # 640×480, no rotation recorded in the file
    viewer = panel.open_viewer(0)
    assert viewer is not None
    qtbot.waitUntil(viewer.view.has_picture, timeout=10_000)
    assert viewer.view.picture_size().width() > viewer.view.picture_size().height()

    viewer.rotate_right_button.click()
    qtbot.waitUntil(
        lambda: viewer.view.picture_size().width() < viewer.view.picture_size().height(),
        timeout=10_000,
    )
    assert evidence_reading.get(session.case, photo.uuid).display_rotation == 90
    assert evidence_reading.original_bytes(session.case, photo.uuid)  # the original, as it was

    def thumbnail_turned() -> bool:  # the grid fetches the turned thumbnail in the background
        thumbnail = panel.loader.pixmap(photo.uuid) or QPixmap()
        return 0 < thumbnail.width() < thumbnail.height()

    qtbot.waitUntil(thumbnail_turned, timeout=10_000)

    session.undo_stack.undo()
    qtbot.waitUntil(
        lambda: viewer.view.picture_size().width() > viewer.view.picture_size().height(),
        timeout=10_000,
    )
    assert evidence_reading.get(session.case, photo.uuid).display_rotation == 0
    viewer.close()


def test_the_viewer_words_each_capture_time_as_the_printed_summary_does(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> None:
    """With an offset, without one (camera clock) and only a file date: the viewer's words
    are the paper's, read from the same wording module; the import time is worded there too."""
    incident = three_incidents[2]
    files = [
        factory.camera_jpeg(tmp_path / "şəkil.jpg", when=STRIKE, gps=None),
        factory.camera_jpeg(
            tmp_path / "знімок.jpg", when=STRIKE.replace(tzinfo=None), offset=None, gps=None
        ),
        factory.file_date_only_jpeg(tmp_path / "redaktə.jpg", datetime(2025, 11, 14, 9, 5, 0)),
    ]
    photo_import.import_files(session.case, incident.uuid, files)
    (section,) = build_incident_report(session.case, incident.reference).incidents
    printed = {photo.sha256: photo.capture_time for photo in section.photos}
    assert len(set(printed.values())) == 3
    widget = PhotoPanel(session)
    qtbot.addWidget(widget)
    widget.show_incident(incident.uuid, incident.reference)
    for row in range(len(printed)):
        viewer = widget.open_viewer(row)
        assert viewer is not None
        photo = widget.model.photo_at(row)
        assert viewer.taken.text() == printed[photo.sha256]
        imported = wording.local_moment(photo.imported_at, session.tz)
        assert viewer.imported.text() == f"by {photo.imported_by}, {imported}"
        viewer.close()


def test_photos_pending_at_open_get_their_pictures_from_the_queue(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> None:
    """As after a power cut mid-derivation: the originals are in, the pictures are not."""
    incident = three_incidents[2]
    files = [
        factory.camera_jpeg(tmp_path / f"şəkil {n}.jpg", when=STRIKE, size=(500 + n, 400))
        for n in range(3)
    ]
    photo_import.import_files(session.case, incident.uuid, files)
    assert photo_derivation.pending_count(session.case) == 3
    widget = PhotoPanel(session)
    qtbot.addWidget(widget)
    widget.show_incident(incident.uuid, incident.reference)
    pending = [widget.model.photo_at(row).derived_pending for row in range(3)]
    if any(pending):  # unless the queue was quicker than this line
        tip = widget.model.index(pending.index(True)).data(Qt.ItemDataRole.ToolTipRole)
        assert "being made; the original is saved" in tip
    qtbot.waitUntil(lambda: photo_derivation.pending_count(session.case) == 0, timeout=30_000)
    qtbot.waitUntil(
        lambda: not any(widget.model.photo_at(r).derived_pending for r in range(3)), timeout=10_000
    )
    qtbot.waitUntil(lambda: not widget.derivation.running, timeout=10_000)
    assert widget.derive_status.isHidden()
    for row in range(3):
        widget.model.index(row).data(Qt.ItemDataRole.DecorationRole)  # asks for the thumbnail
    qtbot.waitUntil(
        lambda: all(widget.loader.pixmap(widget.model.photo_at(r).uuid) for r in range(3)),
        timeout=10_000,
    )


MAGENTA = (200, 30, 160)


def _colour_at(shown: QPixmap, x: int, y: int) -> tuple[int, int, int]:
    ratio = shown.devicePixelRatio()
    colour = shown.toImage().pixelColor(round(x * ratio), round(y * ratio))
    return colour.red(), colour.green(), colour.blue()


def _near(colour: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 8 for a, b in zip(colour, expected, strict=True))


def test_a_pending_photo_shows_the_camera_preview_marked_as_such(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> None:
    incident = three_incidents[2]
    camera = factory.jpeg_with_camera_preview(
        tmp_path / "kamera — камера.jpg", size=(1200, 900), preview_colour=MAGENTA
    )
    photo_import.import_files(session.case, incident.uuid, [camera])
    path = session.case.path
    # Read-only, no queue runs: the photo stays pending for as long as the test looks at it.
    with CaseFile.open(path, read_only=True) as case:
        viewing = CaseSession(case, mission.get(case), session.background)
        widget = PhotoPanel(viewing)
        qtbot.addWidget(widget)
        widget.show_incident(incident.uuid, incident.reference)
        index = widget.model.index(0)
        index.data(Qt.ItemDataRole.DecorationRole)  # asks for the thumbnail
        uuid = widget.model.photo_at(0).uuid
        qtbot.waitUntil(lambda: widget.loader.known(uuid), timeout=10_000)
        shown = index.data(Qt.ItemDataRole.DecorationRole)
        assert _near(_colour_at(shown, 80, 30), MAGENTA)  # the camera's picture, above the mark
        assert "small picture the camera stored in the file" in index.data(
            Qt.ItemDataRole.ToolTipRole
        )
        assert "Camera preview" in index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert evidence_reading.derived_image(case, uuid, "thumbnail") is None  # not stored
        assert session.background.wait(10_000)
        widget.close()
    # Writable again: the queue makes the real thumbnail, which replaces it, unmarked.
    panel = PhotoPanel(session)
    qtbot.addWidget(panel)
    panel.show_incident(incident.uuid, incident.reference)
    qtbot.waitUntil(lambda: not panel.model.photo_at(0).derived_pending, timeout=30_000)
    panel.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: panel.loader.pixmap(uuid) is not None, timeout=10_000)
    real = panel.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert not _near(_colour_at(real, 60, 40), MAGENTA)
    assert "camera" not in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: not panel.derivation.running, timeout=10_000)


def test_placeholders_show_their_place_in_the_queue(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord], tmp_path: Path
) -> None:
    incident = three_incidents[2]
    count = photo_derivation.working_places() + 2
    files = [
        factory.camera_jpeg(tmp_path / f"növbə {n}.jpg", when=STRIKE, size=(300 + n, 200))
        for n in range(count)
    ]
    photo_import.import_files(session.case, incident.uuid, files)
    # Holding the writer keeps the queue from storing any picture while the test looks.
    with session.case.transaction():
        widget = PhotoPanel(session)
        qtbot.addWidget(widget)
        widget.show_incident(incident.uuid, incident.reference)
        qtbot.waitUntil(lambda: widget.derivation.running, timeout=10_000)

        def tip(row: int) -> str:
            return str(widget.model.index(row).data(Qt.ItemDataRole.ToolTipRole))

        assert "Being made…" in tip(0)
        assert "In the queue: 1" in tip(count - 2) and "In the queue: 2" in tip(count - 1)
        assert "In the queue: 2" in widget.model.index(count - 1).data(
            Qt.ItemDataRole.AccessibleTextRole
        )
    qtbot.waitUntil(lambda: photo_derivation.pending_count(session.case) == 0, timeout=30_000)
    qtbot.waitUntil(lambda: not widget.derivation.running, timeout=10_000)
    assert "queue" not in tip(count - 1).casefold()
