"""Numbers that may be unknown: a spin box whose lowest value reads "unknown".

Unknown is not zero: zero is a reported fact ("no staff injured"), unknown is a blank in the
source. The lowest step of the box stands for unknown and reads as the word.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget


class OptionalCount(QSpinBox):
    """A count of people (or None when not known)."""

    def __init__(self, parent: QWidget | None = None, maximum: int = 100_000) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(self.tr("unknown", "a number the source does not give"))
        self.setToolTip(self.tr("Leave at “unknown” when the source does not say; 0 means none."))

    def count(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_count(self, count: int | None) -> None:
        self.setValue(-1 if count is None else count)


class OptionalMeasure(QDoubleSpinBox):
    """A measure such as a distance in metres (or None when not known)."""

    def __init__(
        self, suffix: str, parent: QWidget | None = None, maximum: float = 1_000_000.0
    ) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(-1.0, maximum)
        self.setSpecialValueText(self.tr("unknown", "a measure the source does not give"))
        self.setSuffix(suffix)

    def measure(self) -> float | None:
        return None if self.value() < 0 else self.value()

    def set_measure(self, value: float | None) -> None:
        self.setValue(-1.0 if value is None else value)
