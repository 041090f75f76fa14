"""A combo box of one vocabulary's words, holding its codes: the only way lists are offered."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from casefiles.domain.vocabulary import Vocabulary
from ui.language import label

V = TypeVar("V", bound=Vocabulary)


class VocabularyCombo(QComboBox, Generic[V]):
    """Offers every member of `vocabulary` by its label in the interface language, or by
    `words` for a vocabulary worded otherwise (the time editor's choices); `none_label` adds a
    first item that stands for no choice (a filter's "any", an unknown value)."""

    def __init__(
        self,
        vocabulary: type[V],
        parent: QWidget | None = None,
        *,
        none_label: str | None = None,
        words: Callable[[V], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        if none_label is not None:
            self.addItem(none_label, None)
        for member in vocabulary:
            self.addItem((words or label)(member), member.value)

    def value(self) -> V | None:
        code = self.currentData()
        return None if code is None else self._vocabulary(code)

    def set_value(self, value: V | str | None) -> None:
        index = self.findData(None if value is None else str(value))
        self.setCurrentIndex(max(index, 0))
