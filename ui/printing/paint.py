"""Paint laid-out pages: the running header and footer, then the page's items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from casefiles.language.catalogue import Phrases, phrases_for
from casefiles.summary.document import SummaryDocument, TimelineSource
from casefiles.summary.rendering import ImageSource
from ui.printing import styles
from ui.printing.flow import Fill, Item, Page, Picture, Rule, Text, Timeline
from ui.printing.photos import print_image, print_size
from ui.printing.text import Typesetter

# Draws the timeline of the incidents covered into a rectangle.
TimelinePainter = Callable[[QPainter, QRectF, TimelineSource, Phrases], None]


class PagePainter:
    """Paints the pages of one document on one painter (whose origin is the printable area's
    top-left corner)."""

    def __init__(
        self,
        painter: QPainter,
        typesetter: Typesetter,
        document: SummaryDocument,
        images: ImageSource,
        area: QRectF,
        timeline: TimelinePainter,
    ) -> None:
        self.painter = painter
        self.ts = typesetter
        self.document = document
        self.images = images
        self.area = area
        self.body_top = typesetter.mm(styles.HEADER_BAND)
        self.timeline = timeline
        self.say = phrases_for(document.language)

    def paint(self, page: Page, number: int, total: int) -> None:
        self._header()
        self._footer(number, total)
        self.painter.save()
        self.painter.translate(0, self.body_top)
        for item in page.items:
            self._item(item)
        self.painter.restore()

    # Running header and footer -----------------------------------------------------------

    def _header(self) -> None:
        width = self.area.width()
        marking = self.document.classification
        marking_width = self.ts.width(marking, styles.RUNNING_BOLD) if marking else 0.0
        if marking:
            self._text(width - marking_width, 0, marking, styles.RUNNING_BOLD)
        mission_room = width - marking_width - self.ts.mm(4)
        mission = self.ts.elided(self.document.mission, styles.RUNNING, mission_room)
        self._text(0, 0, mission, styles.RUNNING)
        line = self.ts.line_height(styles.RUNNING)
        self._text(0, line, self.document.title, styles.RUNNING_BOLD)
        y = self.body_top - self.ts.mm(2.5)
        self._rule(0, y, width, y, styles.RULE, styles.RULE_WIDTH)

    def _footer(self, number: int, total: int) -> None:
        width = self.area.width()
        line = self.ts.line_height(styles.RUNNING)
        top = self.area.height() - 2 * line
        self._rule(0, top - self.ts.mm(1.5), width, top - self.ts.mm(1.5), styles.RULE, 0.25)
        label = f"{self.say('footer.fingerprint')} "
        self._text(0, top, label, styles.RUNNING)
        # The hash in the monospaced font, on the label's baseline (so it reads as one line).
        hash_top = top + self.ts.ascent(styles.RUNNING) - self.ts.ascent(styles.SMALL_HASH)
        hash_left = self.ts.width(label, styles.RUNNING)
        self._text(hash_left, hash_top, self.document.fingerprint, styles.SMALL_HASH)
        printed = self.say("footer.printed", when=self.document.printed_at_words)
        self._text(0, top + line, printed, styles.RUNNING)
        page = self.say("footer.page", number=number, total=total)
        page_width = self.ts.width(page, styles.RUNNING_BOLD)
        self._text(width - page_width, top + line, page, styles.RUNNING_BOLD)

    # Items -------------------------------------------------------------------------------

    def _item(self, item: Item) -> None:
        match item:
            case Text(x, top, text, style):
                self._text(x, top, text, style)
            case Rule(x1, y1, x2, y2, colour, width_mm):
                self._rule(x1, y1, x2, y2, colour, width_mm)
            case Fill(x, y, width, height, colour):
                self.painter.fillRect(QRectF(x, y, width, height), QColor(colour))
            case Picture():
                self._picture(item)
            case Timeline(x, y, width, height, source):
                self.painter.save()
                self.painter.setFont(self.ts.font(styles.TIMELINE))  # sets its text size
                self.timeline(self.painter, QRectF(x, y, width, height), source, self.say)
                self.painter.restore()

    def _text(self, x: float, top: float, text: str, style: styles.TextStyle) -> None:
        self.painter.setFont(self.ts.font(style))
        self.painter.setPen(QColor(style.colour))
        # One call per line: a PDF reader then extracts the line as it was written.
        self.painter.drawText(QPointF(x, top + self.ts.ascent(style)), text)

    def _rule(self, x1: float, y1: float, x2: float, y2: float, colour: str, mm: float) -> None:
        pen = QPen(QColor(colour))
        pen.setWidthF(self.ts.mm(mm))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def _picture(self, item: Picture) -> None:
        box = QRectF(item.x, item.y, item.width, item.height)
        image = None
        if item.photo.no_picture is None:
            data = self.images(item.photo.evidence_uuid)
            if data is not None:
                image = print_image(data, print_size(box.width(), box.height(), self.ts.dpi))
        if image is None:
            self.painter.fillRect(box, QColor(styles.NO_PICTURE_FILL))
            if item.photo.no_picture is None:
                pad = self.ts.mm(1.5)
                top = box.y() + pad
                for line in self.ts.wrap(
                    self.say("photo.no_preview"), styles.SMALL, box.width() - 2 * pad
                ):
                    self._text(box.x() + pad, top, line, styles.SMALL)
                    top += self.ts.line_height(styles.SMALL)
        else:
            # The picture's own proportions win over the recorded ones; the box only bounds it.
            fitted = QRectF(box)
            fitted.setSize(
                image.size().toSizeF().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
            fitted.moveCenter(box.center())
            self.painter.drawImage(fitted, image)
            box = fitted
        frame = QPen(QColor(styles.PHOTO_FRAME))
        frame.setWidthF(self.ts.mm(0.2))
        self.painter.setPen(frame)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(box)
