"""`python -m ui.screenshots` shows every screen, the new ones of issue 13 among them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from ui.screenshots import take

NEW_SCREENS = {"profile.png", "verify.png", "export_bundle.png", "import_bundle.png", "backups.png"}


def test_the_screenshots_include_the_new_screens(qtbot: QtBot, tmp_path: Path) -> None:
    saved = take(tmp_path / "shots")
    names = {path.name for path in saved}
    assert len(saved) == len(names) >= 12
    assert NEW_SCREENS.issubset(names)
    for path in saved:
        with Image.open(path) as picture:
            assert picture.width >= 400 and picture.height >= 200, path.name
    with Image.open(tmp_path / "shots" / "main_window.png") as window:
        assert window.size == (1366, 768)
