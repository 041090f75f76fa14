"""The time of an event at the precision the source gives, never more.

The user picks the precision (year, month, part of a month, day, part of a day, exact minute)
and fills the inputs that precision needs, or types the short form ("2025-11-14 night").
Beside it, the span reads back in words ("night of 13–14 Nov 2025, local time").
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import wording
from casefiles.domain.timespan import SpanError, TimeSpan, parse
from casefiles.domain.vocabulary import DayPart, MonthPart, Precision
from ui.language import month_names, words
from ui.widgets.vocabulary_combo import VocabularyCombo

SETTLE_MS = 600  # after the last change of an input, the new time is saved
SHORT_FORM_HINT = "2022 · 2024-01 · 2025-08 late · 2025-11-14 · 2025-11-14 night · 2025-11-14 03:20"


class TimeSpanEdit(QWidget):
    spanEdited = Signal(object)  # the TimeSpan the user entered
    problem = Signal(str)  # why the typed short form cannot be read; "" when it can

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._committed: TimeSpan | None = None

        self.precision = VocabularyCombo(
            Precision, self, words=lambda p: wording.precision_choice(p, phrases=words())
        )
        self.precision.setAccessibleName(self.tr("Precision of the time"))
        self.precision.setToolTip(self.tr("How precisely the source gives the time: never more."))
        self.day_part = VocabularyCombo(
            DayPart, self, words=lambda p: wording.day_part_words(p, phrases=words())
        )
        self.day_part.setAccessibleName(self.tr("Part of the day"))
        self.of_label = QLabel(self.tr("of", "night of 14 Nov 2025"), self)
        self.month_part = VocabularyCombo(
            MonthPart, self, words=lambda p: wording.month_part_words(p, phrases=words())
        )
        self.month_part.setAccessibleName(self.tr("Part of the month"))
        self.month = QComboBox(self)
        self.month.addItems(month_names())
        self.month.setAccessibleName(self.tr("Month"))
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2200)
        self.year.setAccessibleName(self.tr("Year"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Local time"))
        # What the precision box shows or hides, in the order they stand.
        self._parts: tuple[QWidget, ...] = (
            self.day_part, self.of_label, self.month_part, self.month, self.year,
            self.date, self.time,
        )  # fmt: skip
        self.short_form = QLineEdit(self)
        self.short_form.setAccessibleName(self.tr("Time in short form"))
        self.short_form.setPlaceholderText(self.tr("or type e.g. 2025-11-14 night"))
        self.short_form.setToolTip(self.tr("Short forms: %1").replace("%1", SHORT_FORM_HINT))
        # Room for the longest short form, so none is shown cut.
        longest = self.short_form.fontMetrics().horizontalAdvance("2025-11-14 afternoon")
        self.short_form.setMinimumWidth(longest + 16)
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Time in words"))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setWordWrap(True)  # in a narrow form, wrap rather than widen the form
        font = self.words.font()
        font.setBold(True)
        self.words.setFont(font)

        inputs = QHBoxLayout()
        inputs.setContentsMargins(0, 0, 0, 0)
        for widget in (self.precision, *self._parts):
            inputs.addWidget(widget)
        inputs.addStretch(1)
        typed = QHBoxLayout()
        typed.setContentsMargins(0, 0, 0, 0)
        typed.addWidget(self.short_form, 2)
        typed.addWidget(self.words, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(inputs)
        layout.addLayout(typed)
        self.setFocusProxy(self.precision)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.commit)

        self.precision.currentIndexChanged.connect(self._precision_changed)
        for combo in (self.day_part, self.month_part, self.month):
            combo.currentIndexChanged.connect(self._inputs_changed)
        self.year.valueChanged.connect(self._inputs_changed)
        self.date.dateChanged.connect(self._inputs_changed)
        self.time.timeChanged.connect(self._inputs_changed)
        for editor in (self.year, self.date, self.time):
            editor.editingFinished.connect(self.commit)
        self.short_form.textEdited.connect(self._short_form_edited)
        self.short_form.editingFinished.connect(self._short_form_finished)

        self.set_span(TimeSpan.on_day(datetime.now(tz).date(), tz))

    # Public --------------------------------------------------------------------------------

    def span(self) -> TimeSpan | str:
        """What the inputs say now (saved or not); the short form as typed when it cannot be
        read, so that the service given it refuses it in words rather than a dialog saving the
        time the other inputs still show."""
        try:
            parse(self.short_form.text(), self._tz)
        except SpanError:
            return self.short_form.text()
        return self._from_inputs()

    def set_span(self, span: TimeSpan) -> None:
        """Show `span` without reporting it as an edit."""
        self._settle.stop()
        self._committed = span
        widgets = (self.precision, *self._parts)
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self._fill(span)
        finally:
            for widget, was in zip(widgets, blocked, strict=True):
                widget.blockSignals(was)
        self._show_precision(span.precision)
        self._name_the_night()
        self.short_form.setText(span.code(self._tz))
        self.short_form.setCursorPosition(0)
        self.words.setText(wording.span_words(span, self._tz, phrases=words()))
        self.problem.emit("")

    def set_timezone(self, tz: ZoneInfo) -> None:
        self._tz = tz
        if self._committed is not None:
            self.set_span(self._committed)

    def setReadOnly(self, read_only: bool) -> None:
        for widget in (self.precision, self.day_part, self.month_part, self.month):
            widget.setEnabled(not read_only)
        for editor in (self.year, self.date, self.time):
            editor.setReadOnly(read_only)
        self.short_form.setReadOnly(read_only)

    def commit(self) -> None:
        """Report the inputs' span now if it differs from the last one reported."""
        self._settle.stop()
        span = self._from_inputs()
        if span != self._committed:
            self._committed = span
            self.spanEdited.emit(span)

    # Inside --------------------------------------------------------------------------------

    def _fill(self, span: TimeSpan) -> None:
        start = span.start.astimezone(self._tz)
        self.precision.set_value(span.precision)
        self.year.setValue(start.year)
        self.month.setCurrentIndex(start.month - 1)
        self.month_part.set_value(span.month_part(self._tz) or MonthPart.EARLY)
        day_part = span.day_part(self._tz)
        self.day_part.set_value(day_part or DayPart.MORNING)
        # "The night of the 14th" runs from the evening of the 13th: show the 14th.
        day = span.end.astimezone(self._tz).date() if day_part is DayPart.NIGHT else start.date()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.time.setTime(QTime(start.hour, start.minute))

    def _from_inputs(self) -> TimeSpan:
        tz = self._tz
        precision = self.precision.value() or Precision.DAY
        day = _python_date(self.date.date())
        match precision:
            case Precision.YEAR:
                return TimeSpan.in_year(self.year.value(), tz)
            case Precision.MONTH:
                return TimeSpan.in_month(self.year.value(), self.month.currentIndex() + 1, tz)
            case Precision.PART_OF_MONTH:
                part = self.month_part.value() or MonthPart.EARLY
                return TimeSpan.part_of_month(
                    self.year.value(), self.month.currentIndex() + 1, part, tz
                )
            case Precision.DAY:
                return TimeSpan.on_day(day, tz)
            case Precision.PART_OF_DAY:
                return TimeSpan.part_of_day(day, self.day_part.value() or DayPart.MORNING, tz)
        moment = self.time.time()
        return TimeSpan.at_minute(
            datetime(day.year, day.month, day.day, moment.hour(), moment.minute()), tz
        )

    def _show_precision(self, precision: Precision) -> None:
        inputs: dict[Precision, set[QWidget]] = {
            Precision.YEAR: {self.year},
            Precision.MONTH: {self.month, self.year},
            Precision.PART_OF_MONTH: {self.month_part, self.month, self.year},
            Precision.DAY: {self.date},
            Precision.PART_OF_DAY: {self.day_part, self.of_label, self.date},
            Precision.MINUTE: {self.date, self.time},
        }
        shown = inputs[precision]
        for widget in self._parts:
            widget.setVisible(widget in shown)

    def _name_the_night(self) -> None:
        """A night spans two dates: "night | 13– | 14 Nov 2025" says which two, and that the
        date chosen is the morning it ends. As short as that: the form has no room to spare."""
        if self.day_part.value() is not DayPart.NIGHT:
            self.of_label.setText(self.tr("of", "night of 14 Nov 2025"))
            self.date.setToolTip("")
            return
        morning = self.date.date()
        evening = morning.addDays(-1)
        if evening.year() != morning.year():
            evening_format = "d MMM yyyy"
        elif evening.month() != morning.month():
            evening_format = "d MMM"
        else:
            evening_format = "d"
        shown = self.date.locale().toString(evening, evening_format)  # as the date box says it
        self.of_label.setText(f"{shown}–")
        self.date.setToolTip(self.tr("The morning the night ends; it began the evening before."))

    def _precision_changed(self) -> None:
        precision = self.precision.value() or Precision.DAY
        # Carry the date across: a day keeps its month and year, and the reverse.
        if precision in (Precision.YEAR, Precision.MONTH, Precision.PART_OF_MONTH):
            day = self.date.date()
            for widget in (self.year, self.month):
                widget.blockSignals(True)
            self.year.setValue(day.year())
            self.month.setCurrentIndex(day.month() - 1)
            for widget in (self.year, self.month):
                widget.blockSignals(False)
        self._show_precision(precision)
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        if self.sender() in (self.year, self.month):
            # Keep the date in step, so switching to a day starts in the same month.
            year, month = self.year.value(), self.month.currentIndex() + 1
            day = min(self.date.date().day(), QDate(year, month, 1).daysInMonth())
            self.date.blockSignals(True)
            self.date.setDate(QDate(year, month, day))
            self.date.blockSignals(False)
        self._name_the_night()
        span = self._from_inputs()
        self.short_form.setText(span.code(self._tz))
        self.words.setText(wording.span_words(span, self._tz, phrases=words()))
        self.problem.emit("")
        self._settle.start()

    def _short_form_edited(self, text: str) -> None:
        try:
            span = parse(text, self._tz)
        except SpanError:
            self.words.setText("…")
            return
        self.words.setText(wording.span_words(span, self._tz, phrases=words()))

    def _short_form_finished(self) -> None:
        if self.short_form.isReadOnly():
            return
        try:
            span = parse(self.short_form.text(), self._tz)
        except SpanError as error:
            self.problem.emit(error.said(words()))
            return
        committed = self._committed
        self.set_span(span)
        self._committed = committed
        self.commit()


def _python_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
