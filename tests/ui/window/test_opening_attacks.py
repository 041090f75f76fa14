"""Opening case files that were changed behind the app's back: the window says what is wrong
in a message, never a traceback, and the file is left as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers import sha256_of
from tests.ui.helpers import MessageBoxes, open_window


def test_an_unknown_mission_time_zone_is_a_message(
    qtbot: QtBot, demo_path: Path, message_boxes: MessageBoxes
) -> None:
    connection = sqlite3.connect(demo_path)
    connection.execute("UPDATE mission SET timezone = 'Mars/Olympus_Mons'")
    connection.commit()
    connection.close()
    window = open_window(qtbot)
    window.open_path(demo_path, read_only=True)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=20_000)
    assert message_boxes.shown == [
        "'Mars/Olympus_Mons' is not a known time zone (e.g. Europe/Kyiv)"
    ]
    assert window.workspace is None


def test_a_file_with_only_the_version_table_is_a_message(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    from casefiles.storage.file_format import APPLICATION_ID

    path = tmp_path / "boş.casefile"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("CREATE TABLE casefile_meta (key TEXT PRIMARY KEY, value TEXT)")
    connection.execute("INSERT INTO casefile_meta VALUES ('schema_version', '2')")
    connection.commit()
    connection.close()
    before = sha256_of(path)
    window = open_window(qtbot)
    window.open_path(path)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=20_000)
    assert message_boxes.shown[0].startswith("boş.casefile is not a complete case file")
    assert window.workspace is None
    assert sha256_of(path) == before


def test_a_direction_control_in_the_mission_s_name_stays_inside_it(
    qtbot: QtBot, demo_path: Path
) -> None:
    from casefiles.domain.bidi import FSI, PDI
    from casefiles.services import mission
    from casefiles.storage.store import CaseFile

    name = "Səfirlik \u202eenilno"  # would print " — demo.casefile — Casefiles" backwards
    with CaseFile.open(demo_path) as case:
        mission.update(case, name=name)
    window = open_window(qtbot, demo_path)
    assert window.windowTitle() == f"{FSI}{name}{PDI} — demo.casefile — Casefiles"
