"""What the app remembers between runs: recent case files, window geometry and splitters, the
interface language and the language the summary was last printed in.

Kept in the core's settings file (platformdirs), written at once on every change so that a
power cut loses nothing.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QStandardPaths

from casefiles import settings
from casefiles.language.catalogue import Language
from ui.language import interface_language

MAX_RECENT = 10


class Preferences:
    def __init__(self) -> None:
        self._values: dict[str, Any] = settings.load()

    # Recent case files ---------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recent case files, most recent first; files since moved or deleted are left out."""
        paths = [Path(p) for p in self._values.get("recent_files", []) if isinstance(p, str)]
        return [p for p in paths if p.is_file()]

    def add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [p for p in self._values.get("recent_files", []) if p != entry]
        self._values["recent_files"] = [entry, *recent][:MAX_RECENT]
        self._save()

    def remove_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = self._values.get("recent_files", [])
        self._values["recent_files"] = [p for p in recent if p != entry]
        self._save()

    # First run -----------------------------------------------------------------------------

    @property
    def first_run(self) -> bool:
        return not self._values.get("welcomed", False)

    def mark_welcomed(self) -> None:
        if self.first_run:
            self._values["welcomed"] = True
            self._save()

    @property
    def profile_asked(self) -> bool:
        """The window asked for the person's name and role once (given or put off)."""
        return bool(self._values.get("profile_asked", False))

    def mark_profile_asked(self) -> None:
        if not self.profile_asked:
            self._values["profile_asked"] = True
            self._save()

    # Where exports go -----------------------------------------------------------------------

    def export_folder(self) -> Path:
        """The folder the last export went to, while it exists; else the user's documents
        (never the app's data folder, where the demo case lives: users cannot find it)."""
        last = self._values.get("export_folder")
        if isinstance(last, str) and Path(last).is_dir():
            return Path(last)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def set_export_folder(self, folder: Path) -> None:
        self._values["export_folder"] = str(folder.resolve())
        self._save()

    # Interface language --------------------------------------------------------------------

    @property
    def language(self) -> Language | None:
        """The interface language the user chose; None follows the system locale."""
        value = self._values.get("language")
        try:
            return Language(value) if isinstance(value, str) else None
        except ValueError:  # a settings file from a later version, or edited by hand
            return None

    def set_language(self, language: Language | None) -> None:
        if language is None:
            self._values.pop("language", None)
        else:
            self._values["language"] = language.value
        self._save()

    # The summary's language ---------------------------------------------------------------

    def summary_language(self) -> Language:
        """The language the summary was last printed in; the interface's until one was chosen."""
        try:
            return Language(self._values.get("summary_language", ""))
        except ValueError:
            return interface_language()

    def set_summary_language(self, language: Language) -> None:
        if self._values.get("summary_language") != language.value:
            self._values["summary_language"] = language.value
            self._save()

    # Window state --------------------------------------------------------------------------

    def state(self, key: str) -> QByteArray | None:
        """A saved window geometry, window state or splitter state, if there is one."""
        value = self._values.get("window", {}).get(key)
        if not isinstance(value, str):
            return None
        try:
            return QByteArray(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            return None

    def set_state(self, key: str, value: QByteArray) -> None:
        window = self._values.setdefault("window", {})
        window[key] = base64.b64encode(value.data()).decode("ascii")
        self._save()

    def _save(self) -> None:
        settings.save(self._values)
