"""An incident's time is worded once (casefiles.domain.wording): the list, the timeline, the
time editor and the printed summary say the same words for it and for its precision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefiles.domain import wording
from casefiles.domain.records import SiteRecord
from casefiles.domain.timespan import zone
from casefiles.domain.vocabulary import Precision
from casefiles.language.catalogue import ENGLISH
from casefiles.services import incidents
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary
from ui.models.incident_table_model import IncidentColumn, IncidentTableModel
from ui.models.roles import Role
from ui.plain_text import tooltip
from ui.timeline.from_case import timeline_data
from ui.timeline.tooltip import TimelineTooltips
from ui.widgets.time_span_edit import TimeSpanEdit

KYIV = zone("Europe/Kyiv")
# One short form of each precision, with a title in each script the missions write in.
WRITTEN = {
    Precision.YEAR: ("2022", "Hava zərbəsi — İlk"),
    Precision.MONTH: ("2024-01", "Ракетний удар поблизу"),
    Precision.PART_OF_MONTH: ("2025-08 late", "Ракетный удар, конец августа"),
    Precision.DAY: ("2025-10-02", "Dron zərbəsi, şüşələr"),
    Precision.PART_OF_DAY: ("2025-11-14 night", "Нічна атака дронів"),
    Precision.MINUTE: ("2025-11-30 03:20", "Missile strike at 03:20"),
}


def test_every_precision_is_worded_the_same_on_screen_and_on_paper(
    qtbot: QtBot, new_case: CaseFile, site: SiteRecord
) -> None:
    assert set(WRITTEN) == set(Precision)
    records = {
        precision: incidents.create(new_case, title=title, site=site.uuid, span=written)
        for precision, (written, title) in WRITTEN.items()
    }
    paper = {row.reference: row for row in build_case_summary(new_case).chronology}
    model = IncidentTableModel(KYIV)
    model.set_records(list(records.values()))
    table_tips = {
        model.index(row, 0).data(Role.UUID): model.index(row, IncidentColumn.WHEN).data(
            Qt.ItemDataRole.ToolTipRole
        )
        for row in range(model.rowCount())
    }
    lanes, shown = timeline_data([site], records.values())
    assert len(lanes) == 1
    tips = TimelineTooltips()
    timeline_tips = {item.uuid: tips.incident(item, site.name, KYIV, ENGLISH) for item in shown}
    editor = TimeSpanEdit(KYIV)
    qtbot.addWidget(editor)
    for precision, record in records.items():
        words = wording.precision_words(precision)
        printed = paper[record.reference]
        assert printed.when_precision == words
        assert printed.when == wording.span_words(record.span, KYIV)
        assert f"({words})" in timeline_tips[record.uuid]
        assert wording.span_words(record.span, KYIV) in timeline_tips[record.uuid]
        # The list's heading says "local time", so its rows need not.
        listed = wording.span_words(record.span, KYIV, local_time=False)
        assert table_tips[record.uuid] == tooltip(f"{listed} ({words})")
        editor.set_span(record.span)
        # The editor offers the precision as a short choice, from the same wording module.
        assert editor.precision.currentText() == wording.precision_choice(precision)
        assert editor.precision.currentText() != words
        assert editor.words.text() == printed.when
