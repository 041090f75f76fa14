"""Draws a note as a card: author and time on top, then the text, wrapped, exactly as typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.note_list_model import NoteRole

Index = QModelIndex | QPersistentModelIndex
PADDING = 8
FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


class NoteDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            # Background and selection as the platform draws them, with no text of its own.
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        heading_rect, text_rect = self._rects(option.rect, option.font, index)
        painter.setFont(self._heading_font(option.font))
        painter.setPen(option.palette.color(QPalette.ColorGroup.Normal, role))
        painter.drawText(heading_rect, FLAGS, index.data(NoteRole.HEADING) or "")
        painter.setFont(option.font)
        painter.drawText(text_rect, FLAGS, index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Wrap to the list's width, so long notes grow taller rather than wider.
        view = option.widget
        viewport = getattr(view, "viewport", None)
        width = viewport().width() - 4 if viewport is not None else 400
        _heading, text = self._rects(QRect(0, 0, width, 10_000), option.font, index)
        return QSize(width, text.bottom() + PADDING)

    def _rects(self, rect: QRect, font: QFont, index: Index) -> tuple[QRect, QRect]:
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        heading_height = QFontMetrics(self._heading_font(font)).height()
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bounds = QFontMetrics(font).boundingRect(
            QRect(0, 0, max(inner.width(), 50), 100_000), FLAGS, text
        )
        heading = QRect(inner.left(), inner.top(), inner.width(), heading_height)
        body = QRect(inner.left(), heading.bottom() + 4, inner.width(), bounds.height())
        return heading, body

    @staticmethod
    def _heading_font(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(max(font.pointSizeF() - 0.5, 7.0))
        return bold
