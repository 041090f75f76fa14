"""The window on a headquarters database, driven with qtbot against the real throw-away
PostgreSQL (tests/hq_fixtures.py): opened from File › Open headquarters database…, missions
above sites, the timeline's lanes per mission and site, search, the summary, read-only."""

from __future__ import annotations

import subprocess
from pathlib import Path
from shutil import which

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import ui.language
from casefiles.errors import CaseFileError
from casefiles.hq.connection import connect
from casefiles.hq.importer import import_bundle
from casefiles.hq.queries import reading
from casefiles.language.catalogue import Language, phrases_for
from tests.helpers import require
from tests.hq_fixtures import MissionBundles, PasswordLogin
from tests.postgres_server import PASSWORD_ROLE
from tests.ui.helpers import MessageBoxes, SaveDialogs, open_window, when_shown
from tests.ui.layout_checks import SIZE, cut_short
from ui.headquarters.hq_window import HeadquartersWindow
from ui.headquarters.open_dialog import OpenHeadquartersDialog
from ui.preferences import Preferences

BAKU = "Azərbaycan Respublikasının Xarkovdakı Fəxri Konsulluğu"
DEMO = "Embassy of the Republic of Azerbaijan in Ukraine"
BAKU_SITE = "Fəxri Konsulluq binası"


@pytest.fixture
def filled_url(hq_url: str, demo_bundle_file: Path, baku_bundles: MissionBundles) -> str:
    engine = connect(hq_url)
    try:
        for bundle in (demo_bundle_file, baku_bundles.later):
            assert import_bundle(engine, bundle).outcome == "imported"
    finally:
        engine.dispose()
    return hq_url


@pytest.fixture
def hq_window(qtbot: QtBot, filled_url: str) -> HeadquartersWindow:
    window = HeadquartersWindow(connect(filled_url))
    qtbot.addWidget(window)  # closed at the end, which lets its connections go
    window.show()
    return window


def _shown_references(window: HeadquartersWindow) -> list[str]:
    return [window.model.incident(row).reference for row in range(window.model.rowCount())]


def _lane_counts(window: HeadquartersWindow) -> dict[str, int]:
    layout = window.timeline.timeline.timeline_layout()
    return {lane.name: lane.incident_count for lane in layout.lanes}


def test_file_menu_opens_the_window_on_the_database(qtbot: QtBot, filled_url: str) -> None:
    main = open_window(qtbot)

    def fill(dialog: OpenHeadquartersDialog) -> None:
        dialog.url.setText(filled_url)
        dialog.accept()

    when_shown(OpenHeadquartersDialog, fill)
    main.commands.open_headquarters.trigger()
    opened = main.findChild(HeadquartersWindow)
    assert opened is not None and opened.isVisible()
    assert "(read-only)" in opened.windowTitle()
    assert len(_shown_references(opened)) == 8
    opened.close()


def test_missions_above_their_sites_and_a_lane_per_mission_and_site(
    hq_window: HeadquartersWindow,
) -> None:
    everything = hq_window.navigator.topLevelItem(0)
    assert everything is not None and everything.text(0) == "All missions"
    assert everything.text(1) == "8"
    missions = {}
    for n in range(everything.childCount()):
        item = everything.child(n)
        assert item is not None
        missions[item.text(0)] = [item.child(s).text(0) for s in range(item.childCount())]  # type: ignore[union-attr]
    assert set(missions) == {BAKU, DEMO}
    assert missions[BAKU] == [BAKU_SITE]
    assert len(missions[DEMO]) >= 2  # the demo's chancery, residence…
    lanes = _lane_counts(hq_window)
    assert lanes[f"{BAKU} · {BAKU_SITE}"] == 2
    assert sum(lanes.values()) == 8
    assert all(name.startswith((BAKU, DEMO)) for name in lanes)


def test_choosing_a_mission_or_a_site_narrows_table_and_timeline(
    hq_window: HeadquartersWindow,
) -> None:
    hq_window.choose_mission(BAKU)
    assert _shown_references(hq_window) == ["XRK-2024-001", "XRK-2024-002"]
    lanes = _lane_counts(hq_window)
    assert lanes[f"{BAKU} · {BAKU_SITE}"] == 2 and sum(lanes.values()) == 2
    hq_window.choose_mission(BAKU, BAKU_SITE)
    assert len(_shown_references(hq_window)) == 2
    hq_window.choose_mission(DEMO)
    assert len(_shown_references(hq_window)) == 6
    assert all(r.startswith("KYIV") for r in _shown_references(hq_window))
    hq_window.choose_all()
    assert len(_shown_references(hq_window)) == 8
    # The table shows each incident in its mission's time, and its worst damage.
    row = _shown_references(hq_window).index("XRK-2024-001")
    cells = [hq_window.model.index(row, c).data() for c in range(hq_window.model.columnCount())]
    assert cells[2:5] == [BAKU, BAKU_SITE, "2024-05-03"] and cells[6] == "Moderate"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("обстрел", ["XRK-2024-002"]),
        ("AGIR ZIYAN", ["XRK-2024-001"]),  # ağır ziyan, folded
        ("nothing-like-this", []),
    ],
)
def test_search_finds_across_missions_with_folding(
    hq_window: HeadquartersWindow, query: str, expected: list[str]
) -> None:
    hq_window.search.setText(query)
    hq_window.run_search()
    assert _shown_references(hq_window) == expected
    assert sum(_lane_counts(hq_window).values()) == len(expected)
    assert hq_window.count.text().startswith(f"{len(expected)} incident")
    hq_window.search.clear()  # clearing the search shows everything again
    assert len(_shown_references(hq_window)) == 8


def test_search_in_both_missions_then_one(hq_window: HeadquartersWindow) -> None:
    hq_window.search.setText("sefirliyin")
    hq_window.run_search()
    found = _shown_references(hq_window)
    assert any(r.startswith("XRK") for r in found) and any(r.startswith("KYIV") for r in found)
    hq_window.choose_mission(BAKU)
    assert all(r.startswith("XRK") for r in _shown_references(hq_window))


def test_picking_on_the_timeline_selects_the_row(hq_window: HeadquartersWindow) -> None:
    uuid = next(i.uuid for i in hq_window.data.incidents if i.reference == "XRK-2024-002")
    hq_window.timeline.timeline.incidentSelected.emit(uuid)
    current = hq_window.table.currentIndex()
    assert hq_window.model.incident(current.row()).reference == "XRK-2024-002"
    assert hq_window.timeline.timeline.highlighted() == uuid


def test_the_summary_of_the_chosen_mission(hq_window: HeadquartersWindow, tmp_path: Path) -> None:
    require(which("pdftotext") is not None, "pdftotext (apt-get install poppler-utils)")
    hq_window.choose_mission(BAKU)
    output = tmp_path / "Xarkov.pdf"
    assert hq_window.write_summary(output) >= 1
    words = " ".join(
        subprocess.run(
            ["pdftotext", str(output), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert "XRK-2024-002" in words and "KYIV" not in words and "UAH 12,500.50" in words
    before = output.read_bytes()
    with pytest.raises(CaseFileError):  # never over an existing file unless the person agreed
        hq_window.write_summary(output)
    assert output.read_bytes() == before


def test_the_summary_in_the_language_chosen_among_the_file_types(
    hq_window: HeadquartersWindow,
    tmp_path: Path,
    save_dialogs: SaveDialogs,
    message_boxes: MessageBoxes,
) -> None:
    require(which("pdftotext") is not None, "pdftotext (apt-get install poppler-utils)")
    output = tmp_path / "Сводка.pdf"

    save_dialogs.answer(output, "PDF, Русский (*.pdf)")
    menu = hq_window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    menu.actions()[0].trigger()  # File › Headquarters summary as PDF…

    read = subprocess.run(["pdftotext", str(output), "-"], capture_output=True, text=True)
    words = " ".join(read.stdout.split())
    russian = phrases_for(Language.RU)
    assert russian("hq.title") in words and russian("field.incidents") in words
    assert "Headquarters summary" not in words
    assert len(message_boxes.shown) == 1 and str(output) in message_boxes.shown[0]
    assert Preferences().summary_language() is Language.RU


def test_the_window_reads_in_read_only_transactions(hq_window: HeadquartersWindow) -> None:
    with reading(hq_window.engine) as connection, pytest.raises(DBAPIError, match="read-only"):
        connection.execute(text("UPDATE incidents SET title = 'x'"))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "is not a PostgreSQL connection URL"),
        ("postgresql://hq:secret@127.0.0.1:5/x", "holds a password"),
        ("postgresql://hq@127.0.0.1:1/headquarters", "cannot reach the headquarters database"),
    ],
)
def test_the_dialog_says_what_is_wrong_in_one_line_and_stays(
    qtbot: QtBot, url: str, expected: str
) -> None:
    dialog = OpenHeadquartersDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url.setText(url)
    dialog.password.setText("şifrə")
    dialog.accept()
    assert dialog.isVisible() and dialog.engine is None
    assert expected in dialog.problem.text() and "\n" not in dialog.problem.text()
    assert dialog.password.text() == ""  # not kept in the form either


def test_a_database_without_the_schema_is_refused_in_the_dialog(
    qtbot: QtBot, hq_server: str
) -> None:
    from tests.postgres_server import new_database

    dialog = OpenHeadquartersDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(new_database(hq_server, "hq_window_bare"))
    dialog.accept()
    assert dialog.engine is None and "casefiles hq init" in dialog.problem.text()


def test_the_password_typed_is_given_to_the_server(
    qtbot: QtBot, filled_url: str, password_login: PasswordLogin
) -> None:
    """A role the server asks a password of (tests/postgres_server.py): none, a wrong one and
    the right one typed in the dialog."""
    dialog = OpenHeadquartersDialog()
    qtbot.addWidget(dialog)
    for typed, expected in (("", "password"), ("yanlış", "password authentication failed")):
        dialog.url.setText(password_login.url)
        dialog.password.setText(typed)
        dialog.accept()
        assert dialog.engine is None and expected in dialog.problem.text()
    dialog.password.setText(password_login.password)
    dialog.accept()
    assert dialog.engine is not None
    with reading(dialog.engine) as connection:
        assert connection.execute(text("SELECT current_user")).scalar_one() == PASSWORD_ROLE
    dialog.engine.dispose()


@pytest.mark.usefixtures("committed_translations")
@pytest.mark.parametrize("language", [Language.UK, Language.RU, Language.AZ, Language.EN])
def test_nothing_is_cut_short_at_1366_by_768(
    qtbot: QtBot, filled_url: str, language: Language
) -> None:
    """As the case file's window is checked (tests/ui/window/test_layout_languages.py): every
    mission, one mission, and a search's results, in each language."""
    assert ui.language.install(language) is language
    window = HeadquartersWindow(connect(filled_url))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    problems: dict[str, list[str]] = {}
    qtbot.wait(50)  # layouts settle on posted events
    problems["every mission"] = cut_short(window)
    window.choose_mission(BAKU)
    qtbot.wait(50)
    problems[BAKU] = cut_short(window)
    window.choose_all()
    window.search.setText("sefirliyin")
    window.run_search()
    qtbot.wait(50)
    problems["search"] = cut_short(window)
    assert {where: found for where, found in problems.items() if found} == {}
