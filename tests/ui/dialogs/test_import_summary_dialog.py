"""The import report keeps each row as tall as its text, measured at the width it is shown."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from casefiles.services.photo_import import ImportOutcome
from ui.dialogs.import_summary_dialog import ImportSummaryDialog

OUTSIDE = (
    "The capture time 2025-11-14 09:30 is outside the incident's time "
    "(night of 13–14 Nov 2025, local time)."
)


def test_rows_are_as_tall_as_their_wrapped_text(qtbot: QtBot, tmp_path: Path) -> None:
    outcomes = [
        ImportOutcome(tmp_path / "hasar-1.jpg", "imported", "0" * 64, warnings=(OUTSIDE,)),
        ImportOutcome(tmp_path / "вікна.jpg", "imported", "1" * 64),
        ImportOutcome(tmp_path / "not-a-photo.jpg", "refused", reason="not a picture"),
    ]
    dialog = ImportSummaryDialog(outcomes, False, 3)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    line = dialog.table.fontMetrics().lineSpacing()
    heights = [dialog.table.rowHeight(row) for row in range(3)]
    assert heights[0] <= 2 * line + 8  # the warning wraps to two lines at 820 pixels
    assert heights[1] <= line + 8 and heights[2] <= line + 8
