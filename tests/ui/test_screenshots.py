"""`python -m ui.screenshots` shows every screen, the new ones of issue 13 among them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from casefiles.language.catalogue import Language
from ui.language import interface_language
from ui.preferences import Preferences
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


def test_the_screenshots_in_another_language(
    qtbot: QtBot, tmp_path: Path, translations: Path
) -> None:
    saved = take(tmp_path / "ru", Language.RU)
    assert interface_language() is Language.RU
    assert Preferences().language is Language.RU
    assert {path.name for path in saved} >= {"welcome.png", "main_window.png"}


def test_no_screenshots_without_the_translation(
    qtbot: QtBot, tmp_path: Path, translations: Path
) -> None:
    (translations / "casefiles_az.qm").unlink()
    with pytest.raises(SystemExit, match="no interface translation for az"):
        take(tmp_path / "az", Language.AZ)
    assert not (tmp_path / "az").exists() or not any((tmp_path / "az").iterdir())
