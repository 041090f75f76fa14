from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from casefiles.domain.timespan import TimeSpan, parse, zone
from casefiles.domain.vocabulary import DayPart, MonthPart, Precision
from casefiles.domain.wording import span_words
from ui.widgets.time_span_edit import TimeSpanEdit

KYIV = zone("Europe/Kyiv")


def make(qtbot: QtBot) -> tuple[TimeSpanEdit, list[TimeSpan], list[str]]:
    edit = TimeSpanEdit(KYIV)
    qtbot.addWidget(edit)
    edited: list[TimeSpan] = []
    problems: list[str] = []
    edit.spanEdited.connect(edited.append)
    edit.problem.connect(problems.append)
    return edit, edited, problems


def test_each_precision_shows_its_inputs_and_reads_back_in_words(qtbot: QtBot) -> None:
    edit, edited, _problems = make(qtbot)
    edit.show()
    edit.set_span(TimeSpan.part_of_day(date(2025, 11, 14), DayPart.NIGHT, KYIV))
    assert edit.words.text() == "night of 13–14 Nov 2025, local time"
    assert edit.short_form.text() == "2025-11-14 night"
    assert edit.date.isVisible() and edit.day_part.isVisible() and not edit.year.isVisible()
    assert edited == []  # showing a value is not an edit

    edit.precision.set_value(Precision.MONTH)  # the date's month and year carry over
    edit.commit()
    assert edited[-1] == TimeSpan.in_month(2025, 11, KYIV)
    assert edit.words.text() == "November 2025"
    assert edit.month.isVisible() and edit.year.isVisible() and not edit.date.isVisible()

    edit.precision.set_value(Precision.PART_OF_MONTH)
    edit.month_part.set_value(MonthPart.LATE)
    edit.month.setCurrentIndex(7)
    edit.commit()
    assert edit.words.text() == "late August 2025"
    assert edited[-1] == TimeSpan.part_of_month(2025, 8, MonthPart.LATE, KYIV)

    edit.precision.set_value(Precision.YEAR)
    edit.year.setValue(2022)
    edit.commit()
    assert edited[-1] == TimeSpan.in_year(2022, KYIV) and edit.words.text() == "2022"


def test_typing_the_short_form_and_a_wrong_one(qtbot: QtBot) -> None:
    edit, edited, problems = make(qtbot)
    edit.short_form.setText("2024-01")
    edit.short_form.textEdited.emit("2024-01")
    assert edit.words.text() == "January 2024"  # live, before it is saved
    edit.short_form.editingFinished.emit()
    assert edited == [parse("2024-01", KYIV)]
    assert edit.precision.value() == Precision.MONTH and edit.year.value() == 2024

    edit.short_form.setText("14.11.2025")
    edit.short_form.editingFinished.emit()
    assert len(edited) == 1
    assert problems[-1].startswith("'14.11.2025' is not a date this app reads; write for example")


def test_inputs_save_after_a_pause(qtbot: QtBot) -> None:
    edit, edited, _problems = make(qtbot)
    edit.set_span(parse("2025-11-14 03:20", KYIV))
    edit.time.setTime(edit.time.time().addSecs(600))
    assert edited == []
    qtbot.waitUntil(lambda: edited == [parse("2025-11-14 03:30", KYIV)], timeout=3000)
    assert edit.words.text() == "14 Nov 2025, 03:30 local time"


def test_a_night_names_both_of_its_dates(qtbot: QtBot) -> None:
    edit, edited, _problems = make(qtbot)
    edit.show()
    edit.set_span(TimeSpan.part_of_day(date(2025, 11, 14), DayPart.NIGHT, KYIV))
    # night | 13– | 14 Nov 2025: the date chosen is the morning the night ends.
    assert edit.of_label.text() == "13–"
    assert edit.date.text() == "14 Nov 2025"
    edit.date.setDate(edit.date.date().addDays(17))  # the night into December
    assert edit.of_label.text() == "30 Nov–"
    edit.date.setDate(edit.date.date().addDays(31))  # the night into New Year's Day
    assert edit.of_label.text() == "31 Dec 2025–"
    edit.commit()
    assert span_words(edited[-1], KYIV) == "night of 31 Dec 2025 – 1 Jan 2026, local time"
    edit.day_part.set_value(DayPart.MORNING)
    assert edit.of_label.text() == "of"
