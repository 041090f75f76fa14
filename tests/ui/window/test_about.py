"""Help › About says the version and what build it is (the build stamp: tests/packaging)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles import __version__
from tests.ui.helpers import MessageBoxes, open_window


def test_about_shows_the_version_and_what_build_it_is(
    qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    window = open_window(qtbot)
    window.commands.about.trigger()
    assert len(message_boxes.shown) == 1
    assert message_boxes.shown[0].endswith(
        f"\n\nCasefiles {__version__} (development run, not a build)."
    )
