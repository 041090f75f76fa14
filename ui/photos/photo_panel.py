"""The photos of one incident (or the scans of one correspondence item): a grid of thumbnails
that load as they come into view; import by drag-and-drop or the Import action; the viewer on
double-click; export and delete."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget

from casefiles.domain.records import DamageRecord, EvidenceRecord
from casefiles.errors import CaseFileError
from casefiles.services import (
    damage,
    evidence_changes,
    evidence_export,
    evidence_reading,
    photo_derivation,
)
from ui.case_session import CaseSession
from ui.dialogs.link_damage_dialog import LinkDamageDialog, damage_label
from ui.icons import icon
from ui.language import arg
from ui.messages import inform, show_error
from ui.models.photo_grid_model import PhotoGridModel
from ui.photos.derivation_runner import DerivationRunner
from ui.photos.photo_grid_view import ICON_SIZE, PhotoGridView
from ui.photos.photo_import import PhotoImport
from ui.photos.photo_owner import PhotoOwner
from ui.photos.photo_viewer import PhotoViewer
from ui.photos.thumbnails import ThumbnailLoader
from ui.plurals import plural
from ui.widgets.panel_toolbar import PanelToolbar

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp"


class PhotoPanel(QWidget):
    def __init__(
        self, session: CaseSession, parent: QWidget | None = None, *, scans: bool = False
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._owner: PhotoOwner | None = None
        self.current_import: PhotoImport | None = None
        self.viewer: PhotoViewer | None = None
        case = session.case
        self.loader = ThumbnailLoader(
            # Until its thumbnail is made, a photo shows the camera's own picture if it has one.
            lambda uuid: (
                evidence_reading.derived_image(case, uuid, "thumbnail")
                or photo_derivation.camera_preview(case, uuid)
            ),
            session.background,
            ICON_SIZE,
            self,
            ratio=self.devicePixelRatioF(),
        )
        self.model = PhotoGridModel(
            self.loader, icon("photo"), icon("no_preview"), icon("warning"), self
        )

        self.toolbar = PanelToolbar(self)
        self.import_action = self.toolbar.add(
            self.tr("Add scans…") if scans else self.tr("Import photos…"),
            "import_photos",
            self.choose_and_import,
        )
        self.view_action = self.toolbar.add(self.tr("View"), "view", self.view_selected)
        self.export_action = self.toolbar.add(
            self.tr("Export original…"), "export", self.export_selected
        )
        self.delete_action = self.toolbar.add(
            self.tr("Remove scan") if scans else self.tr("Remove from incident"),
            "delete",
            self.delete_selected,
            None if scans else QKeySequence.StandardKey.Delete,  # Delete belongs to the letter
        )
        self.link_action = self.toolbar.add(self.tr("Link to damage…"), "link", self.link_selected)
        self.link_action.setVisible(not scans)  # a scan shows a letter, not damage
        self.addActions(self.toolbar.actions())
        self.grid = PhotoGridView(self)
        self.grid.setModel(self.model)
        # A double click (or Enter) activates: doubleClicked as well would open a second viewer.
        self.grid.activated.connect(self._activated)
        self.grid.filesDropped.connect(self.import_paths)
        self.grid.selectionModel().selectionChanged.connect(self._update_actions)
        hint = (
            self.tr(
                "No scans of this letter yet. Drop scans or photos of it here, or use Add scans."
            )
            if scans
            else self.tr(
                "No photos yet. Drop photos or folders here, or use Import photos (Ctrl+I)."
            )
        )
        self.empty = QLabel(hint, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack)
        # The damage the selected photo shows (the damage table counts the photos of each).
        self.link_label = QLabel(self)
        self.link_label.setTextFormat(Qt.TextFormat.PlainText)
        self.link_label.setAccessibleName(self.tr("Damage shown by the selected photo"))
        layout.addWidget(self.link_label)
        self._damage: dict[str, DamageRecord] = {}
        self.setAcceptDrops(True)
        # Thumbnails and previews are made after an import, and at open for any left pending.
        self.derive_status = QLabel(self)
        self.derive_status.setAccessibleName(self.tr("Progress of the thumbnails and previews"))
        self.derive_status.setVisible(False)
        layout.addWidget(self.derive_status)
        self.derivation = DerivationRunner.of(session)
        self.derivation.progressed.connect(self._derivation_progressed)
        self.derivation.finished.connect(self.reload)
        self.derivation.start()
        session.evidenceChanged.connect(self._evidence_changed)
        session.damageChanged.connect(self._damage_changed)
        self._update_actions()

    def show_incident(self, incident_uuid: str | None, reference: str = "") -> None:
        self.show_owner(
            None if incident_uuid is None else PhotoOwner.incident(incident_uuid, reference)
        )

    @property
    def owner(self) -> PhotoOwner | None:
        return self._owner

    def show_owner(self, owner: PhotoOwner | None) -> None:
        self._owner = owner
        self.reload()

    def reload(self) -> None:
        photos: list[EvidenceRecord] = []
        if self._owner is not None:
            try:
                photos = self._owner.load_photos(self._session)
            except CaseFileError:
                photos = []
        # A photo turned for display needs its thumbnail again, turned; one whose pictures
        # were made since, its real thumbnail.
        shown = {photo.uuid: photo for photo in self.model.photos()}
        turned = [
            p.uuid
            for p in photos
            if p.uuid in shown
            and (
                shown[p.uuid].display_rotation != p.display_rotation
                or shown[p.uuid].derived_pending != p.derived_pending
            )
        ]
        if turned:
            self.loader.forget(turned)
        # A reload (pictures made, another photo changed) keeps what the person had selected.
        selected = [photo.uuid for photo in self.selected()]
        current = self.grid.currentIndex()
        current_uuid = self.model.photo_at(current.row()).uuid if current.isValid() else None
        self.model.set_photos(photos)
        self._select_again(selected, current_uuid)
        if any(photo.derived_pending for photo in photos):
            self._show_queue()
            self.derivation.ensure_running()
        self._damage = {}
        if self._owner is not None and self._owner.is_incident and photos:
            try:
                items = damage.list_damage(self._session.case, self._owner.uuid)
            except CaseFileError:
                items = []
            self._damage = {item.uuid: item for item in items}
        # The empty grid takes drops too: the hint sits over a grid that accepts them.
        self.stack.setCurrentWidget(self.grid if photos else self.empty)
        self._update_actions()

    def _select_again(self, uuids: list[str], current: str | None) -> None:
        selection = self.grid.selectionModel()
        if current is not None and (row := self.model.row_of(current)) is not None:
            self.grid.setCurrentIndex(self.model.index(row))
        for uuid in uuids:
            if (row := self.model.row_of(uuid)) is not None:
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)

    def selected(self) -> list[EvidenceRecord]:
        rows = sorted(index.row() for index in self.grid.selectionModel().selectedIndexes())
        return [self.model.photo_at(row) for row in rows]

    # Import --------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        if not self._can_import():
            return
        assert self._owner is not None  # _can_import says so
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            (
                self.tr("Import photos into %1")
                if self._owner.is_incident
                else self.tr("Import scans into %1")
            ).replace("%1", self._owner.label),
            "",
            self.tr("Photos (%1);;All files (*)").replace("%1", IMAGE_PATTERNS),
        )
        if files:
            self.import_paths([Path(file) for file in files])

    def import_paths(self, paths: Sequence[Path]) -> None:
        if not self._can_import() or self._owner is None:
            return
        self.current_import = PhotoImport(self._session, self._owner, self)
        self.current_import.finished.connect(self._import_finished)
        self.current_import.start(paths)
        self._update_actions()

    def _can_import(self) -> bool:
        busy = self.current_import is not None and self.current_import.running
        return self._owner is not None and not self._session.read_only and not busy

    def _import_finished(self) -> None:
        self._update_actions()
        self.derivation.start()

    def _derivation_progressed(self, done: int, total: int) -> None:
        self.derive_status.setVisible(total > 0)
        self.derive_status.setText(
            arg(self.tr("Making thumbnails and previews: %1 of %2"), str(done), str(total))
        )
        if done % 8 == 0 and done:
            self.reload()  # the photos done so far show their real thumbnails (now and then)
        elif any(photo.derived_pending for photo in self.model.photos()):
            self._show_queue()

    def _show_queue(self) -> None:
        """Each pending photo's place in the queue, on its placeholder (none runs read-only)."""
        if self._session.read_only:
            return
        try:
            places = photo_derivation.places_in_queue(self._session.case)
        except CaseFileError:
            return
        self.model.set_queue(places, photo_derivation.working_places())

    # Drops on the empty hint ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.grid.dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.grid.dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.grid.dropEvent(event)

    # Viewing, export, delete ---------------------------------------------------------------

    def view_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_viewer(self.model.row_of(chosen[0].uuid) or 0)

    def open_viewer(self, row: int) -> PhotoViewer | None:
        photos = self.model.photos()
        if not 0 <= row < len(photos):
            return None
        self.viewer = PhotoViewer.view_photos(self, self._session, photos, row)
        return self.viewer

    def export_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export originals into a folder"))
        if not folder:
            return
        case, uuids = self._session.case, [photo.uuid for photo in chosen]

        def work() -> list[Path]:
            return [evidence_export.export_original(case, uuid, Path(folder)) for uuid in uuids]

        saved_title = self.tr("Originals exported")

        def done(paths: list[Path]) -> None:
            saved = self.tr(
                "Saved %n original file(s), byte-identical, each with a JSON sidecar, in %1.",
                "",
                len(paths),
            )
            inform(
                self,
                saved_title,
                plural(saved, len(paths)).replace("%1", folder),
            )

        self._session.background.run(
            work, done, lambda error: show_error(self, error, self.tr("Export")), context=self
        )

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self._owner is None or self._session.read_only:
            return
        session, owner, uuids = self._session, self._owner, [p.uuid for p in chosen]

        def announce() -> None:
            owner.announce(session)

        def take_out() -> None:
            evidence_changes.delete_many(session.case, uuids)

        def put_back() -> None:
            evidence_changes.restore_many(session.case, uuids)

        try:
            take_out()
        except CaseFileError as error:
            show_error(self, error)
            return
        count = len(uuids)
        removed = (
            self.tr("Remove %n photo(s) from %1", "", count)
            if owner.is_incident
            else self.tr("Remove %n scan(s) from %1", "", count)
        )
        session.record_done(
            plural(removed, count).replace("%1", owner.label),
            take_out,
            put_back,
            announce,
            owner.reveal,
        )

    def _activated(self, index: QModelIndex) -> None:
        self.open_viewer(index.row())

    def _evidence_changed(self, owner: str) -> None:
        if self._owner is not None and owner == self._owner.uuid:
            selected = [photo.uuid for photo in self.selected()]
            self.reload()
            for uuid in selected:
                row = self.model.row_of(uuid)
                if row is not None:
                    self.grid.selectionModel().select(
                        self.model.index(row),
                        self.grid.selectionModel().SelectionFlag.Select,
                    )

    def link_selected(self) -> None:
        """Link the one selected photo to a damage item of its incident (one undo step)."""
        photos = self.selected()
        if len(photos) != 1 or self._session.read_only or self._owner is None:
            return
        photo, owner, session = photos[0], self._owner, self._session
        if not self._damage:
            inform(
                self,
                self.tr("Link to damage"),
                self.tr("This incident has no damage items yet: add one on the Damage tab first."),
            )
            return
        name = photo.caption or photo.original_filename
        chosen, accepted = LinkDamageDialog.choose(
            self, name, list(self._damage.values()), photo.damage_uuid
        )
        if not accepted or chosen == photo.damage_uuid:
            return
        try:
            session.update(
                self.tr("Link photo to damage"),
                lambda values: evidence_changes.set_damage(
                    session.case, photo.uuid, values["damage"]
                ),
                {"damage": chosen},
                {"damage": photo.damage_uuid},
                lambda: self._announce_link(owner),
                reveal=owner.reveal,
            )
        except CaseFileError as error:
            show_error(self, error)

    def _damage_changed(self, incident: str) -> None:
        if self._owner is not None and self._owner.uuid == incident:
            self._evidence_changed(incident)  # reloads, keeping the selection

    def _announce_link(self, owner: PhotoOwner) -> None:
        owner.announce(self._session)
        self._session.damageChanged.emit(owner.uuid)  # the damage table counts photos

    def _update_link_label(self) -> None:
        photos = self.selected()
        shown = ""
        if len(photos) == 1 and self._owner is not None and self._owner.is_incident:
            linked = self._damage.get(photos[0].damage_uuid or "")
            shown = (
                self.tr("Shows: %1").replace("%1", damage_label(linked))
                if linked is not None
                else self.tr("Shows no particular damage item")
            )
        self.link_label.setText(shown)
        self.link_label.setVisible(bool(shown))

    def _update_actions(self) -> None:
        self._update_link_label()
        has_selection = bool(self.grid.selectionModel().selectedIndexes())
        writable = not self._session.read_only
        self.import_action.setEnabled(self._can_import())
        self.view_action.setEnabled(has_selection)
        self.export_action.setEnabled(has_selection)
        self.delete_action.setEnabled(writable and has_selection)
        self.link_action.setEnabled(writable and len(self.selected()) == 1)
        self.grid.accepting_drops = self._can_import()
