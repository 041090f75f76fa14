"""The window's print menu items hand the case file (and, for the incident report, the incident
shown) to the printing module, which is built and tested on its own (tests/ui/printing)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.helpers import open_window

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("ui.printing.actions") is None,
    reason="the printing module (ui/printing) is not installed",
)


def test_print_items_call_the_printing_module(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.printing import actions as printing

    calls: list[tuple[str, str | None]] = []
    for name in ("print_document", "print_preview", "export_pdf"):
        monkeypatch.setattr(
            printing,
            name,
            lambda parent, background, case, incident, name=name: calls.append((name, incident)),
        )
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    shown = workspace.page.record
    assert shown is not None and window.commands.print_summary.isVisible()
    window.commands.print_summary.trigger()
    window.commands.print_preview.trigger()
    window.commands.export_pdf.trigger()
    window.commands.incident_pdf.trigger()
    assert calls == [
        ("print_document", None),
        ("print_preview", None),
        ("export_pdf", None),
        ("export_pdf", shown.uuid),
    ]
