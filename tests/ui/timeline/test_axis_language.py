"""The timeline's axis in CLDR's words: on screen in the interface's language, on the printed
summary in the summary's; months named standing alone ("январь"), never the source's English."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefiles.language.catalogue import Language, phrases_for
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary
from tests.helpers import require
from tests.ui.printing.conftest import images_of
from tests.ui.timeline.timeline_demo import DEMO_LANES, KYIV, demo_incidents
from ui.language import install
from ui.printing.pdf import write_pdf
from ui.timeline import TimelineWidget
from ui.timeline.scale import TimeScale, axis_rows

ENGLISH_MONTHS = ("January", "February", "March", "April", "June", "July", "August",
                  "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                  "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
MONTHS = {
    Language.RU: ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                  "сентябрь", "октябрь", "ноябрь", "декабрь"),
    Language.AZ: ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
                  "sentyabr", "oktyabr", "noyabr", "dekabr"),
}  # fmt: skip


def kyiv(year: int, month: int, day: int = 1) -> float:
    return datetime(year, month, day, tzinfo=KYIV).timestamp()


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def width_of(text: str) -> float:
    return 7.0 * len(text)


@pytest.mark.parametrize("language", [Language.RU, Language.AZ])
def test_a_year_is_named_month_by_month_standing_alone(language: Language) -> None:
    scale = TimeScale(kyiv(2024, 1), kyiv(2025, 1), 0.0, 660.0)  # too narrow for days
    rows = axis_rows(scale, KYIV, lambda text: 5.0 * len(text), dates=phrases_for(language).dates)
    assert rows.level.unit == "month"
    assert tuple(tick.label for tick in rows.lower) == MONTHS[language]
    assert [tick.label for tick in rows.upper] == ["2024"]


@pytest.mark.parametrize(
    ("language", "upper", "day"),
    [
        (Language.RU, "ноябрь 2025 г.", "чт, 13"),
        (Language.AZ, "noyabr 2025", "13 C.a."),
        (Language.EN, "November 2025", "Thu 13"),
    ],
)
def test_days_under_their_month_in_the_language(language: Language, upper: str, day: str) -> None:
    scale = TimeScale(kyiv(2025, 11, 10), kyiv(2025, 11, 17), 0.0, 500.0)
    rows = axis_rows(scale, KYIV, width_of, dates=phrases_for(language).dates)
    assert rows.level.unit == "day"
    assert plain(rows.upper[0].label) == upper
    assert day in [tick.label for tick in rows.lower]


def test_narrow_labels_fall_back_to_shorter_forms_of_the_same_language() -> None:
    scale = TimeScale(kyiv(2020, 1), kyiv(2026, 1), 0.0, 600.0)
    rows = axis_rows(scale, KYIV, width_of, dates=phrases_for(Language.RU).dates)
    assert rows.level.unit == "month"
    labels = [tick.label for tick in rows.lower]
    assert set(labels) <= {"янв.", "апр.", "июль", "окт."}, labels
    upper = rows.upper[1]
    assert upper.label == "2021" and upper.shorter == ()


@pytest.mark.parametrize("language", [Language.RU, Language.AZ])
def test_the_timeline_on_screen_speaks_the_interface_language(
    make_timeline: Callable[[], TimelineWidget], translations: Path, language: Language
) -> None:
    assert install(language) is language
    widget = make_timeline()
    widget.set_data(DEMO_LANES, demo_incidents(), KYIV)
    widget.set_preset("5y")  # months on the lower row
    layout = widget.timeline_layout()
    assert layout.axis.level.unit == "month"
    lower = [tick.label for tick in layout.axis.lower]
    say = phrases_for(language)
    assert set(lower) <= set(MONTHS[language]) | {say.dates.month_alone(m, short=True)
                                                   for m in range(1, 13)}  # fmt: skip
    assert len(lower) >= 4 and not set(lower) & set(ENGLISH_MONTHS)
    legend = {item.kind: item.label for item in layout.legend}
    assert legend["today"] == say("timeline.today")


def timeline_page(pdf: Path, heading: str) -> str:
    """The text of the page that holds the timeline, laid out as printed."""
    require(subprocess.run(["which", "pdftotext"], capture_output=True).returncode == 0,
            "pdftotext (apt-get install poppler-utils)")  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [page for page in text.split("\f") if heading in page]
    assert len(pages) == 1
    return pages[0]


@pytest.mark.parametrize(
    ("language", "months"),
    [(Language.RU, ("янв.", "июль")), (Language.AZ, ("yan", "iyl"))],
)
def test_the_printed_timeline_names_months_in_the_summary_language(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, language: Language, months: tuple[str, ...]
) -> None:
    pdf = tmp_path / f"{language}.pdf"
    with CaseFile.open(demo_path) as case:
        write_pdf(build_case_summary(case, language=language), pdf, images=images_of(case))
    say = phrases_for(language)
    page = timeline_page(pdf, say("heading.timeline"))
    axis = page.split(say("heading.timeline"), 1)[1].split("\n\n")[0]  # the axis's two rows
    assert "2022" in axis and "2025" in axis
    for month in months:
        assert f" {month} " in f" {' '.join(axis.split())} "
    assert not set(axis.split()) & set(ENGLISH_MONTHS)
