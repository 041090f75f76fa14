"""Where the app keeps its own files (platformdirs), and the settings it remembers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import platformdirs

from casefiles.storage.file_writing import written_whole

APP_NAME = "Casefiles"


def _dir(path: str) -> Path:
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    return _dir(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return _dir(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return _dir(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def load() -> dict[str, Any]:
    """The settings file's content; an unreadable or damaged one counts as empty."""
    try:
        value = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save(values: dict[str, Any]) -> None:
    """Write the settings atomically, so a power cut never leaves half a file."""
    target = config_dir() / "settings.json"
    with written_whole(target, replace=True, sync=True) as partial:
        partial.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
