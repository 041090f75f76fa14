from pytestqt.qtbot import QtBot

from ui.widgets.optional_number import OptionalCount, OptionalMeasure


def test_unknown_is_not_zero(qtbot: QtBot) -> None:
    count = OptionalCount()
    qtbot.addWidget(count)
    count.set_count(None)
    assert count.count() is None and count.text() == "unknown"
    count.set_count(0)
    assert count.count() == 0 and count.text() == "0"
    measure = OptionalMeasure(" m")
    qtbot.addWidget(measure)
    measure.set_measure(None)
    assert measure.measure() is None and measure.text() == "unknown"
    measure.set_measure(8)
    assert measure.measure() == 8.0
