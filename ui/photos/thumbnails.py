"""Thumbnails loaded lazily: asked for when a view paints an item, fetched and decoded in
batches off the UI thread, kept in a bounded cache.

Decoding happens in the worker (QImage is safe there); only the conversion to QPixmap, which
must happen on the UI thread, is left for when a batch arrives.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from ui.background import Background
from ui.decoding import decoded

# Reads the stored thumbnail (JPEG bytes) of one photo, or None when it has none.
ReadThumbnail = Callable[[str], bytes | None]
CACHE_SIZE = 400  # thumbnails of about 160 px: some 30 MB at most
BATCH = 24
SMOOTH = Qt.TransformationMode.SmoothTransformation


class ThumbnailLoader(QObject):
    loaded = Signal(list)  # uuids whose thumbnail (or lack of one) is now known

    def __init__(
        self,
        read: ReadThumbnail,
        background: Background,
        size: QSize,
        parent: QObject | None = None,
        ratio: float = 1.0,
    ) -> None:
        """`size` in device-independent pixels; `ratio` is the screen's pixels per one of
        them, so thumbnails stay sharp on high-DPI screens."""
        super().__init__(parent)
        self._read = read
        self._background = background
        self.size = size  # device-independent, as the grid lays its items out
        self.ratio = ratio
        self._size = size * ratio  # in the screen's pixels
        self._cache: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._wanted: list[str] = []
        self._in_flight: set[str] = set()
        self._stale: set[str] = set()  # in flight when forgotten: what arrives is out of date
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # one batch for all the items painted in one pass
        self._timer.timeout.connect(self._fetch)

    def pixmap(self, uuid: str) -> QPixmap | None:
        """The thumbnail if it is loaded; otherwise None, and it is fetched soon."""
        if uuid in self._cache:
            self._cache.move_to_end(uuid)
            return self._cache[uuid]
        if uuid not in self._in_flight and uuid not in self._wanted:
            self._wanted.append(uuid)
            self._timer.start()
        return None

    def known(self, uuid: str) -> bool:
        """Whether the thumbnail was fetched (it may be None: the photo has none)."""
        return uuid in self._cache

    def forget(self, uuids: list[str] | None = None) -> None:
        """Drop cached thumbnails (all of them by default), e.g. when another case opens."""
        if uuids is None:
            self._cache.clear()
            self._wanted.clear()
            self._stale.update(self._in_flight)
        else:
            for uuid in uuids:
                self._cache.pop(uuid, None)
            self._stale.update(self._in_flight.intersection(uuids))

    def _fetch(self) -> None:
        # Most recently wanted first: those are the ones on screen now.
        batch = self._wanted[-BATCH:][::-1]
        del self._wanted[-BATCH:]
        self._in_flight.update(batch)
        read, size = self._read, self._size

        def work() -> dict[str, QImage | None]:
            images: dict[str, QImage | None] = {}
            for uuid in batch:
                data = read(uuid)
                image = decoded(data)
                if image.isNull():
                    images[uuid] = None
                    continue
                images[uuid] = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, SMOOTH)
            return images

        def failed(_error: BaseException) -> None:
            # Shown as "no thumbnail"; the viewer reports the error if the photo is opened.
            self._arrived(dict.fromkeys(batch))

        self._background.run(work, self._arrived, failed, context=self)
        if self._wanted:
            self._timer.start()

    def _arrived(self, images: dict[str, QImage | None]) -> None:
        for uuid, image in images.items():
            self._in_flight.discard(uuid)
            if uuid in self._stale:  # read before it changed: asked for again when painted
                self._stale.discard(uuid)
                continue
            pixmap = None if image is None else QPixmap.fromImage(image)
            if pixmap is not None:
                pixmap.setDevicePixelRatio(self.ratio)
            self._cache[uuid] = pixmap
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.loaded.emit(list(images))
