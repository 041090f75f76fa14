"""One photo at a time: the picture with zoom and pan, and beside it what the file said about
itself, its SHA-256, the consistency warnings, the caption (editable) and export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import wording
from casefiles.domain.records import EvidenceRecord
from casefiles.errors import CaseFileError, ValidationError
from casefiles.services import evidence_changes, evidence_export, evidence_reading, photo_derivation
from ui.case_session import CaseSession
from ui.decoding import decoded
from ui.icons import icon
from ui.language import arg, file_size, words
from ui.messages import inform, show_error
from ui.photos.zoom_view import ZoomView
from ui.widgets.validated_field import ValidatedField


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and EXIF are not markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class PhotoViewer(QDialog):
    def __init__(
        self,
        session: CaseSession,
        photos: Sequence[EvidenceRecord],
        index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._photos = list(photos)
        self._index = index
        self.setWindowTitle(self.tr("Photo"))
        self.setSizeGripEnabled(True)

        self.view = ZoomView(self)
        self.no_preview = QLabel(self)
        self.no_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.no_preview.setWordWrap(True)
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QStackedWidget(self)
        self.picture.addWidget(self.view)
        self.picture.addWidget(self.no_preview)

        zoom_bar = QHBoxLayout()
        self.zoom_out_button = self._tool(
            "zoom_out", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_button = self._tool(
            "zoom_in", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn
        )
        self.fit_button = self._tool("zoom_fit", self.tr("Fit to window"), QKeySequence("Ctrl+0"))
        self.actual_button = QToolButton(self)
        self.actual_button.setText("100%")
        self.actual_button.setAccessibleName(self.tr("Actual size"))
        self.actual_button.setToolTip(self.tr("Actual size (Ctrl+1)"))
        self.actual_button.setShortcut(QKeySequence("Ctrl+1"))
        self.zoom_label = QLabel(self)
        # Turns the view only (a setting of the photo): for a picture whose file records no
        # rotation and lies on its side. The original is never changed.
        self.rotate_left_button = self._tool(
            "rotate_left", self.tr("Rotate view left"), QKeySequence("Ctrl+Shift+R")
        )
        self.rotate_right_button = self._tool(
            "rotate_right", self.tr("Rotate view right"), QKeySequence("Ctrl+R")
        )
        self.rotate_left_button.clicked.connect(lambda: self.rotate_view(-1))
        self.rotate_right_button.clicked.connect(lambda: self.rotate_view(1))
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_button.clicked.connect(self.view.actual_size)
        self.view.zoomChanged.connect(lambda scale: self.zoom_label.setText(f"{scale:.0%}"))
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.actual_button,
            self.zoom_label,
            self.rotate_left_button,
            self.rotate_right_button,
        ):
            zoom_bar.addWidget(widget)
        zoom_bar.addStretch(1)
        picture_side = QWidget(self)
        picture_layout = QVBoxLayout(picture_side)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addLayout(zoom_bar)
        picture_layout.addWidget(self.picture, 1)

        self.caption = QLineEdit(self)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(self.tr("What the photo shows"))
        self.caption_field = ValidatedField(self.caption, self.tr("Caption"), self)
        self.caption.editingFinished.connect(self._save_caption)
        self.file_name = _value_label(self)
        self.file_facts = _value_label(self)
        self.taken = _value_label(self)
        self.place = _value_label(self)
        self.camera = _value_label(self)
        self.imported = _value_label(self)
        self.sha256 = _value_label(self)
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sha256.setAccessibleName(self.tr("SHA-256 of the original"))
        self.warnings = _value_label(self)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.warning_icon = QLabel(self)
        self.warning_icon.setPixmap(icon("warning").pixmap(18, 18))

        info = QWidget(self)
        form = QFormLayout(info)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        caption_label = QLabel(self.tr("&Caption"), info)
        caption_label.setBuddy(self.caption)
        form.addRow(caption_label, self.caption_field)
        form.addRow(self.tr("File"), self.file_name)
        form.addRow(self.tr("Original"), self.file_facts)
        form.addRow(self.tr("Taken"), self.taken)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Camera"), self.camera)
        form.addRow(self.tr("Imported"), self.imported)
        form.addRow(self.tr("SHA-256"), self.sha256)
        warning_row = QWidget(info)
        warning_layout = QHBoxLayout(warning_row)
        warning_layout.setContentsMargins(0, 0, 0, 0)
        warning_layout.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_layout.addWidget(self.warnings, 1)
        self.warnings_label = QLabel(self.tr("Warnings"), info)
        form.addRow(self.warnings_label, warning_row)
        self.warning_row = warning_row
        scroll = QScrollArea(self)
        scroll.setWidget(info)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(320)

        splitter = QSplitter(self)
        splitter.addWidget(picture_side)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.previous_button = QPushButton(icon("previous"), self.tr("&Previous"), self)
        self.next_button = QPushButton(icon("next"), self.tr("&Next"), self)
        self.export_button = QPushButton(icon("export"), self.tr("&Export original…"), self)
        self.export_button.setToolTip(
            self.tr(
                "Save the original file, byte for byte, with a JSON sidecar of its hash and "
                "metadata"
            )
        )
        close_button = QPushButton(self.tr("Close"), self)
        self.previous_button.clicked.connect(lambda: self.show_photo(self._index - 1))
        self.next_button.clicked.connect(lambda: self.show_photo(self._index + 1))
        self.export_button.clicked.connect(self.export_original)
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 680)
        session.evidenceChanged.connect(self._evidence_changed)
        self.show_photo(index)
        # The SHA-256, 64 characters that cannot wrap, sets how narrow the facts can be: the
        # splitter leaves them that much rather than scroll them sideways, cut at the edge.
        scroll.setMinimumWidth(
            info.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

    def _tool(
        self, icon_name: str, text: str, key: QKeySequence | QKeySequence.StandardKey
    ) -> QToolButton:
        shortcut = QKeySequence(key)
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setAccessibleName(text)
        button.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setShortcut(shortcut)
        return button

    @property
    def photo(self) -> EvidenceRecord:
        return self._photos[self._index]

    def show_photo(self, index: int) -> None:
        if not 0 <= index < len(self._photos):
            return
        self._index = index
        photo = self.photo
        self.setWindowTitle(
            arg(
                self.tr("Photo %1 of %2: %3"),
                str(index + 1),
                str(len(self._photos)),
                photo.original_filename,
            )
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(self._photos))
        self._fill(photo)
        self._load_preview(photo)

    def _fill(self, photo: EvidenceRecord) -> None:
        tz = self._session.tz
        self.caption.setText(photo.caption)
        self.caption.setCursorPosition(0)  # a long caption shows its beginning
        self.caption.setReadOnly(self._session.read_only)
        for button in (self.rotate_left_button, self.rotate_right_button):
            button.setEnabled(not self._session.read_only)
        self.caption_field.set_error(None)
        self.file_name.setText(photo.original_filename)
        facts = [file_size(photo.size_bytes), photo.media_type]
        if photo.pixel_width and photo.pixel_height:
            facts.insert(
                1,
                arg(self.tr("%1 × %2 px"), str(photo.pixel_width), str(photo.pixel_height)),
            )
        self.file_facts.setText(", ".join(facts))
        self.taken.setText(
            wording.capture_time(
                photo.capture_time,
                photo.capture_offset_known,
                file_date=photo.capture_time_is_file_date,
                phrases=words(),
            )
        )
        if photo.gps_latitude is not None and photo.gps_longitude is not None:
            place = f"{photo.gps_latitude:.6f}, {photo.gps_longitude:.6f}"
            if photo.gps_altitude is not None:
                place += self.tr(", %1 m above sea level").replace(
                    "%1", f"{photo.gps_altitude:.0f}"
                )
            self.place.setText(place)
        else:
            self.place.setText(self.tr("The file gives no position."))
        camera = " ".join(part for part in (photo.camera_make, photo.camera_model) if part)
        if photo.software:
            camera = (
                arg(self.tr("%1; software %2"), camera, photo.software)
                if camera
                else photo.software
            )
        self.camera.setText(camera or self.tr("The file does not say."))
        imported = wording.local_moment(photo.imported_at, tz, phrases=words())
        self.imported.setText(arg(self.tr("by %1, %2"), photo.imported_by, imported))
        self.sha256.setText(photo.sha256)
        warnings = list(photo.warnings)
        if photo.derivation_error:
            failure = photo_derivation.failure_words(photo.derivation_error, words())
            warnings.append(self.tr("No preview could be made: %1").replace("%1", failure))
        self.warnings.setText("\n".join(f"• {warning}" for warning in warnings))
        for widget in (self.warning_row, self.warnings_label):
            widget.setVisible(bool(warnings))

    def _load_preview(self, photo: EvidenceRecord) -> None:
        self.no_preview.setText(self.tr("Loading…"))
        self.picture.setCurrentWidget(self.no_preview)
        case, uuid = self._session.case, photo.uuid

        def work() -> QImage:
            # A preview still pending is made now, in memory (the queue stores its own).
            data = photo_derivation.preview_source(case, [uuid])(uuid)
            return decoded(data)

        def shown(image: QImage) -> None:
            if self.photo.uuid != uuid:
                return  # the user moved on meanwhile
            if image.isNull():
                reason = (
                    photo_derivation.failure_words(photo.derivation_error, words())
                    if photo.derivation_error
                    else self.tr("the picture could not be decoded")
                )
                self.no_preview.setText(
                    self.tr("No preview of this file: %1.").replace("%1", reason)
                )
                return
            self.view.set_pixmap(QPixmap.fromImage(image))
            self.picture.setCurrentWidget(self.view)

        self._session.background.run(work, shown, context=self)

    def _save_caption(self) -> None:
        photo = self.photo
        text = self.caption.text()
        if self._session.read_only or text.strip() == photo.caption:
            return
        session, case, uuid = self._session, self._session.case, photo.uuid
        incident = photo.incident_uuid
        owner = incident or photo.correspondence_uuid  # a scan belongs to its letter

        def announce() -> None:
            if owner is not None:
                session.evidenceChanged.emit(owner)

        try:
            updated = session.update(
                self.tr("Edit photo caption"),
                lambda values: evidence_changes.set_caption(case, uuid, values["caption"]),
                {"caption": text},
                {"caption": photo.caption},
                announce,
                reveal=incident,
            )
        except ValidationError as error:
            self.caption_field.set_error(error.problems.get("caption") or error.said(words()))
            return
        except CaseFileError as error:
            self.caption_field.set_error(error.said(words()))
            return
        self._photos[self._index] = updated
        self.caption_field.set_error(None)

    def rotate_view(self, quarter_turns: int) -> None:
        """Turn how the photo is shown by quarter turns clockwise (negative: anticlockwise);
        one undo step, kept in the case file as the photo's display setting."""
        photo = self.photo
        if self._session.read_only:
            return
        session, case, uuid = self._session, self._session.case, photo.uuid
        owner = photo.incident_uuid or photo.correspondence_uuid

        def announce() -> None:
            if owner is not None:
                session.evidenceChanged.emit(owner)

        try:
            updated = session.update(
                self.tr("Rotate photo view"),
                lambda values: evidence_changes.set_display_rotation(
                    case, uuid, values["rotation"]
                ),
                {"rotation": (photo.display_rotation + 90 * quarter_turns) % 360},
                {"rotation": photo.display_rotation},
                announce,
                reveal=photo.incident_uuid,
            )
        except CaseFileError as error:
            show_error(self, error)
            return
        self._photos[self._index] = updated
        self._load_preview(updated)

    def export_original(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export the original into a folder")
        )
        if not folder:
            return
        case, uuid = self._session.case, self.photo.uuid

        title = self.tr("Original exported")
        saved = self.tr("Saved %1 (byte-identical to the original) and %2.json beside it.")

        def done(path: Path) -> None:
            inform(self, title, arg(saved, str(path), path.name))

        self._session.background.run(
            lambda: evidence_export.export_original(case, uuid, Path(folder)),
            done,
            lambda error: show_error(self, error, self.tr("Export")),
            context=self,
        )

    def _evidence_changed(self, owner: str) -> None:
        """A caption or the rotation changed (perhaps by undo): show the stored one."""
        if owner not in (self.photo.incident_uuid, self.photo.correspondence_uuid):
            return
        shown = self.photo
        try:
            case, uuid = self._session.case, self.photo.uuid
            self._photos[self._index] = evidence_reading.get(case, uuid, words())
        except CaseFileError:
            return
        if not self.caption.hasFocus():
            self._fill(self.photo)
        if self.photo.display_rotation != shown.display_rotation:  # an undo turned it back
            self._load_preview(self.photo)

    @classmethod
    def view_photos(
        cls,
        parent: QWidget | None,
        session: CaseSession,
        photos: Sequence[EvidenceRecord],
        index: int,
    ) -> PhotoViewer:
        """Open the viewer on `photos[index]` without blocking (window-modal)."""
        viewer = cls(session, photos, index, parent)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer
