"""An incident's photos as a grid of thumbnails, fetched only when an item is painted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from casefiles.domain.records import EvidenceRecord
from casefiles.services.photo_derivation import failure_words
from ui.language import QT_TRANSLATE_NOOP, arg, words
from ui.models.roles import Role
from ui.photos.thumbnails import ThumbnailLoader
from ui.plain_text import tooltip
from ui.plurals import plural

Index = QModelIndex | QPersistentModelIndex
CAMERA_PREVIEW = QT_TRANSLATE_NOOP("PhotoGridModel", "Camera preview")
CAMERA_PREVIEW_TIP = QT_TRANSLATE_NOOP(
    "PhotoGridModel",
    "Shown: the small picture the camera stored in the file, until the thumbnail is made from "
    "the photo itself. It is not part of the evidence.",
)
BANNER_PX = 16  # a line of the status shown over a pending photo
PENDING_ROLES = [
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
]


class PhotoGridModel(QAbstractListModel):
    """Rows are EvidenceRecords in import order. The decoration is the thumbnail once loaded
    (with a warning badge when the photo has consistency warnings), a placeholder before.

    A photo whose thumbnail is still being made shows the camera's own small picture when its
    file carries one, marked as such, or the placeholder; either says where the photo is in
    the queue (`set_queue`)."""

    def __init__(
        self,
        loader: ThumbnailLoader,
        placeholder: QIcon,
        missing: QIcon,
        badge: QIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._placeholder = placeholder
        self._missing = missing
        self._badge = badge
        self._photos: list[EvidenceRecord] = []
        self._badged: dict[str, QPixmap] = {}
        self._places: dict[str, int] = {}  # pending photos' places in the queue, 1 is next
        self._working = 0  # the first places are being made
        self._pending_shown: dict[tuple[str, str, bool], QPixmap] = {}
        loader.loaded.connect(self._thumbnails_loaded)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.original_filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo.original_filename]
            if photo.caption:
                lines.append(photo.caption)
            lines.extend(f"⚠ {warning}" for warning in photo.warnings)
            if photo.derivation_error:
                failure = failure_words(photo.derivation_error, words())
                lines.append(arg(self.tr("No preview: %1"), failure))
            if photo.derived_pending:
                lines.append(
                    self.tr("The thumbnail and preview are being made; the original is saved.")
                )
                lines.append(self.queue_status(photo))
                if self._loader.pixmap(photo.uuid) is not None:
                    lines.append(self.tr(CAMERA_PREVIEW_TIP))
            return tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = len(photo.warnings)
            warnings = plural(self.tr(", %n warning(s)", "", count), count) if count else ""
            pending = ""
            if photo.derived_pending:
                shown = self._loader.pixmap(photo.uuid) is not None
                camera = f"{self.tr(CAMERA_PREVIEW)}, " if shown else ""
                pending = f", {camera}{self.queue_status(photo)}"
            return arg(
                self.tr("Photo %1%2%3"), photo.caption or photo.original_filename, warnings, pending
            )
        if role == Role.RECORD:
            return photo
        if role == Role.UUID:
            return photo.uuid
        if role == Role.SORT:
            return index.row()
        return None

    def set_photos(self, photos: Sequence[EvidenceRecord]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self._badged.clear()
        self._pending_shown.clear()
        self.endResetModel()

    def set_queue(self, places: dict[str, int], working: int) -> None:
        """Where each pending photo is in the derivation queue (1 is next); the first
        `working` places are being made."""
        self._places, self._working = places, working
        for row, photo in enumerate(self._photos):
            if photo.derived_pending:
                self.dataChanged.emit(self.index(row), self.index(row), PENDING_ROLES)

    def queue_status(self, photo: EvidenceRecord) -> str:
        """What the queue is doing about a pending photo's thumbnail, in a few words."""
        place = self._places.get(photo.uuid)
        if place is None:
            return self.tr("Waiting to be made")
        if place <= self._working:
            return self.tr("Being made…")
        return arg(self.tr("In the queue: %1"), place - self._working)

    def photo_at(self, row: int) -> EvidenceRecord:
        return self._photos[row]

    def photos(self) -> list[EvidenceRecord]:
        return list(self._photos)

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, photo in enumerate(self._photos) if photo.uuid == uuid), None)

    def _decoration(self, photo: EvidenceRecord) -> QIcon | QPixmap:
        pixmap = self._loader.pixmap(photo.uuid)
        if photo.derived_pending:
            return self._pending(photo, pixmap)
        if pixmap is None:
            return self._missing if self._loader.known(photo.uuid) else self._placeholder
        if not photo.warnings:
            return pixmap
        badged = self._badged.get(photo.uuid)
        if badged is None:
            badged = self._badged[photo.uuid] = self._with_badge(pixmap)
        return badged

    def _with_badge(self, pixmap: QPixmap) -> QPixmap:
        result = QPixmap(pixmap)
        # Painting happens in device-independent pixels (the pixmap knows its pixel ratio).
        width = round(pixmap.width() / pixmap.devicePixelRatio())
        height = round(pixmap.height() / pixmap.devicePixelRatio())
        side = max(16, min(width, height) // 5)
        painter = QPainter(result)
        self._badge.paint(painter, QRect(width - side - 4, 4, side, side))
        painter.end()
        return result

    def _pending(self, photo: EvidenceRecord, camera: QPixmap | None) -> QPixmap:
        """The camera's picture (marked) or the placeholder, with the queue's status below."""
        status = self.queue_status(photo)
        key = (photo.uuid, status, camera is not None)
        shown = self._pending_shown.get(key)
        if shown is not None:
            return shown
        size, ratio = self._loader.size, self._loader.ratio
        shown = QPixmap(size * ratio)
        shown.setDevicePixelRatio(ratio)
        shown.fill(Qt.GlobalColor.transparent)
        painter = QPainter(shown)
        area = QRect(0, 0, size.width(), size.height())
        if camera is None:
            self._placeholder.paint(painter, area.adjusted(0, 0, 0, -2 * BANNER_PX))
            lines = [status]
        else:
            scaled = camera.size() / camera.devicePixelRatio()
            left = (size.width() - scaled.width()) // 2
            top = (size.height() - scaled.height()) // 2
            painter.drawPixmap(left, top, camera)
            lines = [self.tr(CAMERA_PREVIEW), status]
        height = BANNER_PX * len(lines)
        banner = QRect(0, size.height() - height, size.width(), height)
        painter.fillRect(banner, QColor(0, 0, 0, 150))
        painter.setPen(QColor(Qt.GlobalColor.white))
        font = painter.font()
        font.setPixelSize(BANNER_PX - 4)
        painter.setFont(font)
        painter.drawText(banner, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        if photo.warnings:
            side = max(16, min(size.width(), size.height()) // 5)
            self._badge.paint(painter, QRect(size.width() - side - 4, 4, side, side))
        painter.end()
        self._pending_shown = {k: v for k, v in self._pending_shown.items() if k[0] != photo.uuid}
        self._pending_shown[key] = shown
        return shown

    def _thumbnails_loaded(self, uuids: list[str]) -> None:
        rows = [row for uuid in uuids if (row := self.row_of(uuid)) is not None]
        for row in rows:
            self.dataChanged.emit(
                self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole]
            )
