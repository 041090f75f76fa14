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
from PySide6.QtGui import QIcon, QPainter, QPixmap

from casefiles.domain.records import EvidenceRecord
from ui.language import arg
from ui.models.roles import Role
from ui.photos.thumbnails import ThumbnailLoader
from ui.plain_text import tooltip
from ui.plurals import plural

Index = QModelIndex | QPersistentModelIndex


class PhotoGridModel(QAbstractListModel):
    """Rows are EvidenceRecords in import order. The decoration is the thumbnail once loaded
    (with a warning badge when the photo has consistency warnings), a placeholder before."""

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
                lines.append(self.tr("No preview: %1").replace("%1", photo.derivation_error))
            if photo.derived_pending:
                lines.append(
                    self.tr("The thumbnail and preview are being made; the original is saved.")
                )
            return tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = len(photo.warnings)
            warnings = plural(self.tr(", %n warning(s)", "", count), count) if count else ""
            return arg(self.tr("Photo %1%2"), photo.caption or photo.original_filename, warnings)
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
        self.endResetModel()

    def photo_at(self, row: int) -> EvidenceRecord:
        return self._photos[row]

    def photos(self) -> list[EvidenceRecord]:
        return list(self._photos)

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, photo in enumerate(self._photos) if photo.uuid == uuid), None)

    def _decoration(self, photo: EvidenceRecord) -> QIcon | QPixmap:
        pixmap = self._loader.pixmap(photo.uuid)
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

    def _thumbnails_loaded(self, uuids: list[str]) -> None:
        rows = [row for uuid in uuids if (row := self.row_of(uuid)) is not None]
        for row in rows:
            self.dataChanged.emit(
                self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole]
            )
