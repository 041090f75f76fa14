"""A clerk's day, driven through the real window: a new case file, a site, an incident filled
in Azerbaijani and Ukrainian, damage, photos by the Import action and by a drop, a note, undo
and redo; then the file is closed, reopened, and everything is found as it was."""

from __future__ import annotations

import warnings
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.domain.vocabulary import DamageElement, IncidentType, Severity
from casefiles.services import damage, evidence_reading, incidents, notes, sites
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.ui.helpers import MessageBoxes, open_window, type_text, when_shown
from ui.dialogs.damage_dialog import DamageDialog
from ui.dialogs.import_summary_dialog import ImportSummaryDialog
from ui.dialogs.new_case_dialog import NewCaseDialog
from ui.dialogs.new_incident_dialog import NewIncidentDialog
from ui.dialogs.note_dialog import NoteDialog
from ui.dialogs.site_dialog import SiteDialog
from ui.models.damage_table_model import DamageColumn
from ui.window.main_window import MainWindow

KYIV = ZoneInfo("Europe/Kyiv")
STRIKE = datetime(2025, 11, 14, 7, 30, tzinfo=KYIV)
MISSION = "Azərbaycan Respublikasının Ukraynadakı Səfirliyi"
SITE = "Səfirliyin inzibati binası, Київ"
TITLE = "Raket səfirliyin ərazisinə düşüb — ракета влучила в територію посольства"
DESCRIPTION = (
    "Gecə saat 03:20-də güclü partlayış oldu; divarın bir hissəsi uçub.\n"
    "Вибухом пошкоджено стіни та вікна; персонал не постраждав."
)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
NOTE = "Konsul xəbər verdi: işçilər sağdır. Нота МЗС надіслана."


def create_case_file(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    def fill(dialog: NewCaseDialog) -> None:
        type_text(dialog.name, MISSION)
        dialog.host_country.setText("Україна")
        dialog.city.setText("Kyiv")
        dialog.timezone.setCurrentText("Europe/Kyiv")
        dialog.reference_prefix.setText("KYIV")
        dialog.file.line.setText(str(path))
        dialog.encryption.choose_no_encryption()  # encrypted ones: test_encryption_window.py
        dialog.accept()

    when_shown(NewCaseDialog, fill)
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        window.commands.new_case.trigger()


def add_site(window: MainWindow) -> None:
    def fill(dialog: SiteDialog) -> None:
        dialog.name.setText(SITE)
        dialog.kind.set_value("chancery")
        dialog.latitude.setText("50,4619")  # a decimal comma, as typed on many keyboards
        dialog.longitude.setText("30.4826")
        dialog.coordinates_notified.setText("2022-04")
        dialog.accept()

    when_shown(SiteDialog, fill)
    window.commands.new_site.trigger()


def add_incident(window: MainWindow) -> None:
    def fill(dialog: NewIncidentDialog) -> None:
        dialog.title.setText("Ракетний удар")
        dialog.span.short_form.setText("2025-11-14 night")
        dialog.span.short_form.editingFinished.emit()
        dialog.incident_type.set_value(IncidentType.MISSILE_STRIKE)
        dialog.accept()

    when_shown(NewIncidentDialog, fill)
    window.commands.new_incident.trigger()


def fill_details(qtbot: QtBot, window: MainWindow) -> None:
    assert window.workspace is not None
    form = window.workspace.page.details
    form.title.setText(TITLE)
    form.title.editingFinished.emit()
    type_text(form.description, DESCRIPTION)
    form.impact.setCurrentIndex(form.impact.findData("in_compound"))
    form.impact.activated.emit(form.impact.currentIndex())
    form.distance_m.setValue(25)
    form.distance_m.editingFinished.emit()
    form.distance_words.setText("təxminən 35 addım")
    form.distance_words.editingFinished.emit()
    form.staff_injured.setValue(0)  # zero is a fact: nobody was injured
    form.staff_injured.editingFinished.emit()
    form.uxo_found.setCurrentIndex(form.uxo_found.findData(True))
    form.uxo_found.activated.emit(form.uxo_found.currentIndex())
    form.uxo_depth_m.setValue(8)
    form.uxo_depth_m.editingFinished.emit()
    form.status.setCurrentIndex(form.status.findData("reported"))
    form.status.activated.emit(form.status.currentIndex())
    form.flush()  # the description is saved when the clerk moves on


def add_damage(window: MainWindow, element: str, severity: str, text: str, cost: str) -> str:
    """Add a damage item through its dialog; returns the message a refused cost showed, after
    which the clerk corrects the cost."""
    assert window.workspace is not None
    refused: list[str] = []

    def fill(dialog: DamageDialog) -> None:
        dialog.element.set_value(element)
        dialog.severity.set_value(severity)
        dialog.description.setPlainText(text)
        dialog.cost_amount.setText(cost)
        dialog.cost_currency.setText("uah" if cost else "")
        dialog.accept()
        if dialog.isVisible():
            refused.append(dialog.fields["cost_amount"].error or "")
            dialog.cost_amount.setText(cost.replace(" ", ""))
            dialog.accept()

    when_shown(DamageDialog, fill)
    window.workspace.page.damage.add_action.trigger()
    return "".join(refused)


def wait_for_import(qtbot: QtBot, window: MainWindow, before: object = None) -> ImportSummaryDialog:
    """The summary of the import that follows `before` (the import done before, if any)."""
    assert window.workspace is not None
    photos = window.workspace.page.photos
    qtbot.waitUntil(lambda: photos.current_import not in (None, before), timeout=5_000)
    current = photos.current_import
    assert current is not None
    qtbot.waitUntil(lambda: current.summary is not None, timeout=30_000)
    assert current.summary is not None
    return current.summary


def drag_and_drop(widget: QWidget, paths: list[Path]) -> None:
    """What the window system sends when files are dragged over `widget` and dropped."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where = QPoint(20, 20)
    buttons = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, NO_MODIFIER)
    with warnings.catch_warnings():
        # PySide marks QDragMoveEvent's one constructor deprecated, with nothing to use instead.
        warnings.simplefilter("ignore", DeprecationWarning)
        move = QDragMoveEvent(where, *buttons)
    QApplication.sendEvent(widget, QDragEnterEvent(where, *buttons))
    QApplication.sendEvent(widget, move)
    QApplication.sendEvent(widget, QDropEvent(QPointF(where), *buttons))


def test_a_clerks_day_from_a_new_case_file_to_reopening_it(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    path = tmp_path / "Səfirlik.casefile"
    shots = tmp_path / "photos"
    shots.mkdir()
    chosen = [
        factory.camera_jpeg(shots / "hasar-1.jpg", when=STRIKE, gps=(50.4619, 30.4826, 170.0)),
        factory.camera_jpeg(shots / "hasar-2.jpg", when=STRIKE.replace(minute=40), gps=None),
    ]
    dropped = tmp_path / "з телефону"
    dropped.mkdir()
    factory.camera_jpeg(dropped / "вікна.jpg", when=STRIKE.replace(minute=50), gps=None)
    factory.png_without_metadata(dropped / "схема.png")
    factory.text_as_jpg(dropped / "not-a-photo.jpg")

    window = open_window(qtbot)
    create_case_file(qtbot, window, path)
    assert MISSION in window.windowTitle() and path.name in window.windowTitle()

    add_site(window)
    add_incident(window)
    workspace = window.workspace
    assert workspace is not None
    page = workspace.page
    qtbot.waitUntil(lambda: page.record is not None)
    fill_details(qtbot, window)
    assert page.details.span.words.text() == "night of 13–14 Nov 2025, local time"

    assert not add_damage(window, "windows", "severe", "Вікна вибито вибуховою хвилею.", "")
    refused = add_damage(window, "perimeter", "moderate", "Hasarın bir hissəsi uçub.", "12 500.50")
    assert refused == "Cost estimate must be an amount such as 12500 or 12500.50."
    assert page.damage.model.rowCount() == 2
    # ...and a severity changed in the table itself.
    severity = page.damage.model.index(0, DamageColumn.SEVERITY)
    assert page.damage.model.setData(severity, "destroyed")

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(p) for p in chosen], "")
    )
    window.commands.import_photos.trigger()
    summary = wait_for_import(qtbot, window)
    assert summary.summary.text().startswith("2 imported, 0 already in the incident, 0 refused")
    summary.close()
    qtbot.waitUntil(lambda: page.photos.model.rowCount() == 2)

    first_import = page.photos.current_import
    drag_and_drop(page.photos.grid.viewport(), [dropped, chosen[0]])
    summary = wait_for_import(qtbot, window, first_import)
    assert summary.summary.text().startswith("2 imported, 1 already in the incident, 1 refused")
    outcomes = [summary.table.item(row, 1).text() for row in range(summary.table.rowCount())]
    refused_row = outcomes.index("Refused")
    assert summary.table.item(refused_row, 0).text() == "not-a-photo.jpg"
    assert summary.table.item(refused_row, 2).text()  # and why
    summary.close()
    qtbot.waitUntil(lambda: page.photos.model.rowCount() == 4)

    when_shown(NoteDialog, lambda dialog: (dialog.text.setPlainText(NOTE), dialog.accept()))
    window.commands.add_note.trigger()
    assert [page.notes.model.note_at(0).text] == [NOTE]

    # Undo the note and the dropped photos; redo both.
    window.commands.undo.trigger()
    assert page.notes.model.rowCount() == 0
    window.commands.undo.trigger()
    assert page.photos.model.rowCount() == 2
    window.commands.redo.trigger()
    window.commands.redo.trigger()
    assert page.photos.model.rowCount() == 4 and page.notes.model.rowCount() == 1
    # A deletion is undone too.
    page.damage.table.selectRow(1)
    page.damage.delete_action.trigger()
    assert page.damage.model.rowCount() == 1
    window.commands.undo.trigger()
    assert page.damage.model.rowCount() == 2
    assert not message_boxes.shown

    window.commands.close_case.trigger()
    assert window.workspace is None and window.windowTitle() == "Casefiles"
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        window.open_path(path)
    reopened = window.workspace
    assert reopened is not None
    qtbot.waitUntil(lambda: reopened.page.record is not None)
    form = reopened.page.details
    assert form.title.text() == TITLE
    assert form.description.toPlainText() == DESCRIPTION
    assert form.span.words.text() == "night of 13–14 Nov 2025, local time"
    assert form.distance_words.text() == "təxminən 35 addım"
    assert form.staff_injured.count() == 0 and form.staff_killed.count() is None
    assert reopened.page.photos.model.rowCount() == 4
    assert reopened.page.notes.model.note_at(0).text == NOTE
    window.close_case()

    with CaseFile.open(path, read_only=True) as case:
        (site,) = sites.list_sites(case)
        assert (site.name, site.latitude, site.coordinates_notified) == (SITE, 50.4619, "2022-04")
        (incident,) = incidents.list_incidents(case)
        assert (incident.title, incident.description) == (TITLE, DESCRIPTION)
        assert incident.incident_type == IncidentType.MISSILE_STRIKE
        assert (incident.distance_m, incident.uxo_found, incident.uxo_depth_m) == (25, True, 8)
        assert (incident.staff_injured, incident.others_injured) == (0, None)
        items = damage.list_damage(case, incident.uuid)
        assert {(d.element, d.severity, d.description) for d in items} == {
            (DamageElement.WINDOWS, Severity.DESTROYED, "Вікна вибито вибуховою хвилею."),
            (DamageElement.PERIMETER, Severity.MODERATE, "Hasarın bir hissəsi uçub."),
        }
        names = sorted(
            p.original_filename for p in evidence_reading.list_evidence(case, incident.uuid)
        )
        assert names == ["hasar-1.jpg", "hasar-2.jpg", "вікна.jpg", "схема.png"]
        assert [n.text for n in notes.list_notes(case, incident.uuid)] == [NOTE]


def test_the_counts_follow_every_change_in_words(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    window = open_window(qtbot)
    create_case_file(qtbot, window, tmp_path / "Səfirlik.casefile")
    workspace = window.workspace
    assert workspace is not None
    listed = workspace.navigator.incidents
    assert window.case_status.text() == "0 incidents at 0 sites"

    add_site(window)
    assert window.case_status.text() == "0 incidents at 1 site"
    add_incident(window)
    assert window.case_status.text() == "1 incident at 1 site"
    assert listed.count.text() == "1 incident"
    site_row = workspace.navigator.sites.model.index(1)
    assert site_row.data(Qt.ItemDataRole.AccessibleTextRole) == f"{SITE}, Chancery, 1 incident"
    add_incident(window)
    assert window.case_status.text() == "2 incidents at 1 site"
    assert listed.count.text() == "2 incidents"
    listed.type_filter.set_value(IncidentType.DRONE_STRIKE)
    assert listed.count.text() == "0 of 2 incidents shown"
    listed.clear_filters()

    message_boxes.answer = QMessageBox.StandardButton.Yes
    listed.select_first()
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    window.commands.delete_incident.trigger()
    assert window.case_status.text() == "1 incident at 1 site"
    window.commands.undo.trigger()
    assert window.case_status.text() == "2 incidents at 1 site"
