"""A new case file: the mission it belongs to and where to keep the file.

The values are checked here with the mission service's own validators, so that the file is
created (off the UI thread) only from values the core will take.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from casefiles.errors import ValidationError, worded
from casefiles.language.phrase import Phrase
from casefiles.services import mission
from casefiles.settings import data_dir
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import SUFFIX
from ui.dialogs.mission_form import MissionForm
from ui.dialogs.passphrase_dialog import NewPassphrase


@dataclass(frozen=True, slots=True)
class NewCase:
    path: Path
    name: str
    details: dict[str, str]  # the mission's other fields
    key: CaseKey | None = None  # None: the user chose no encryption


class PathPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(self.tr("File"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.line)

    def path(self) -> Path | None:
        text = self.line.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New case file"),
            self.line.text(),
            self.tr("Case files (*%1)").replace("%1", SUFFIX),
        )
        if chosen:
            self.line.setText(chosen)


class NewCaseDialog(MissionForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New case file"), parent)
        self.add_mission_fields(None)
        self.file = PathPicker(self)
        self.file.line.setText(str(data_dir() / f"{self._untitled()}{SUFFIX}"))
        self._suggested: Path | None = None
        self.add_field("file", self.tr("&File"), self.file)
        self.encryption = NewPassphrase(self)
        self.add_field("encryption", self.tr("E&ncryption"), self.encryption)
        self.name.textEdited.connect(self._suggest_file_name)
        self.set_submit(self._check)
        self.resize(600, 480)

    def _suggest_file_name(self, text: str) -> None:
        current = self.file.path()
        untitled = self._untitled()
        if current is None or current.stem.startswith(untitled) or self._suggested == current:
            safe = "".join(c for c in text if c.isalnum() or c in " -_.,").strip() or untitled
            folder = current.parent if current else data_dir()
            self._suggested = folder / f"{safe}{SUFFIX}"
            self.file.line.setText(str(self._suggested))

    def _untitled(self) -> str:
        return self.tr("New case", "the file name suggested before the mission is named")

    def _check(self) -> NewCase:
        values: dict[str, Any] = self.mission_values()
        errors: dict[str, str | Phrase] = {}
        for field, value in values.items():
            try:
                values[field] = mission.VALIDATORS[field](value)
            except ValueError as error:
                errors[field] = worded(error)
        path = self.file.path()
        if path is None:
            errors["file"] = self.tr("Choose where to keep the case file.")
        elif path.exists():
            errors["file"] = self.tr("%1 already exists; choose another name.").replace(
                "%1", path.name
            )
        elif not path.parent.is_dir():
            errors["file"] = self.tr("The folder %1 does not exist.").replace(
                "%1", str(path.parent)
            )
        problem = self.encryption.problem()
        if problem is not None:
            errors["encryption"] = problem
        if errors:
            raise ValidationError(errors)
        assert path is not None
        name = values.pop("name")
        return NewCase(path, name, values, self.encryption.new_key())

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[NewCase | None, bool]:
        dialog = cls(parent)
        value, accepted = dialog.run()
        return value, accepted
