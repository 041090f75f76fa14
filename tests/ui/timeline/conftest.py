"""Fixtures of the timeline's tests: shown timeline widgets of the demo case."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.timeline.timeline_demo import DEMO_LANES, KYIV, TODAY, demo_incidents
from ui.timeline import TimelineWidget

DEMO_SIZE = (1400, 360)


@pytest.fixture
def make_timeline(qtbot: QtBot) -> Callable[[], TimelineWidget]:
    """A factory of shown timeline widgets of the demo size, with today fixed."""

    def make() -> TimelineWidget:
        widget = TimelineWidget(today=lambda: TODAY)
        qtbot.addWidget(widget)
        widget.resize(*DEMO_SIZE)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


@pytest.fixture
def timeline(make_timeline: Callable[[], TimelineWidget]) -> TimelineWidget:
    """A shown timeline of the demo case, fitted to its incidents."""
    widget = make_timeline()
    widget.set_data(DEMO_LANES, demo_incidents(), KYIV)
    return widget
