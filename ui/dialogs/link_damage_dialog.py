"""Which damage item a photo shows: one of its incident's damage items, or none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain.records import DamageRecord
from ui.language import arg, in_sentence, label, translate


def damage_label(item: DamageRecord) -> str:
    """A damage item in a few words: element, severity and the start of its description."""
    words = arg(
        translate("LinkDamageDialog", "%1, %2", "damage element, severity"),
        label(item.element),
        in_sentence(item.severity),
    )
    described = " ".join(item.description.split())
    if described:
        words += f": {described[:60]}{'…' if len(described) > 60 else ''}"
    return words


class LinkDamageDialog(QDialog):
    def __init__(
        self,
        photo_name: str,
        items: Sequence[DamageRecord],
        current: str | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a damage item"))
        question = QLabel(self.tr("Which damage does %1 show?").replace("%1", photo_name), self)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setAccessibleName(self.tr("Damage items"))
        no_damage = self.tr("No damage item (the incident as a whole)")
        for uuid, text in [(None, no_damage), *((i.uuid, damage_label(i)) for i in items)]:
            entry = QListWidgetItem(text, self.choices)
            entry.setData(Qt.ItemDataRole.UserRole, uuid)
            if uuid == current:
                self.choices.setCurrentItem(entry)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def chosen(self) -> str | None:
        item = self.choices.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        photo_name: str,
        items: Sequence[DamageRecord],
        current: str | None,
    ) -> tuple[str | None, bool]:
        """Returns (the chosen damage item's uuid, or None for none; accepted)."""
        dialog = cls(photo_name, items, current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.chosen() if accepted else current), accepted
