"""Edits a table cell that holds a vocabulary code with a combo box of the vocabulary's words."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casefiles.domain.vocabulary import Vocabulary
from ui.widgets.vocabulary_combo import VocabularyCombo

Index = QModelIndex | QPersistentModelIndex


class VocabularyDelegate(QStyledItemDelegate):
    def __init__(self, vocabulary: type[Vocabulary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return VocabularyCombo(self._vocabulary, parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, VocabularyCombo)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, VocabularyCombo)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
