"""A picture that can be zoomed (wheel, keys, buttons) and panned (drag), fitted at first."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 16.0


class ZoomView(QGraphicsView):
    zoomChanged = Signal(float)  # the scale now: 1.0 is one image pixel per screen pixel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setAccessibleName(self.tr("Photo"))
        self._fitted = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit()

    def has_picture(self) -> bool:
        return not self._item.pixmap().isNull()

    def picture_size(self) -> QSize:
        """The picture's own size in pixels (before zooming)."""
        return self._item.pixmap().size()

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """The whole picture in view, never enlarged beyond its own size."""
        self._fitted = True
        if not self.has_picture():
            return
        self.resetTransform()
        self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > 1.0:
            self.resetTransform()
        self.zoomChanged.emit(self.scale_factor())

    def actual_size(self) -> None:
        self._fitted = False
        self.resetTransform()
        self.zoomChanged.emit(1.0)

    def zoom_in(self) -> None:
        self._zoom(STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / STEP)

    def _zoom(self, factor: float) -> None:
        target = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        self._fitted = False
        self.scale(target / self.scale_factor(), target / self.scale_factor())
        self.zoomChanged.emit(self.scale_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom(STEP**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
