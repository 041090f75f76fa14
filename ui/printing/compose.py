"""A SummaryDocument laid out as pages: cover, case notes, chronology, timeline, one part per
incident, correspondence log and evidence index, each part starting on a new page (except the
chronology and the evidence index, which follow on the page before when they fit there whole)."""

from __future__ import annotations

from collections.abc import Sequence

from casefiles.language.catalogue import Phrases
from casefiles.summary.document import (
    DocumentKind,
    Field,
    IncidentSection,
    Letter,
    PrintedNote,
    SummaryDocument,
)
from ui.printing import styles
from ui.printing.blocks import Column, Row, Writer

# Columns by their catalogue key and share of the width.
SITES = (
    ("column.site", 22),
    ("column.kind", 17),
    ("column.address", 27),
    ("column.coordinates", 17),
    ("column.notified", 17),
)
DAMAGE = (
    ("column.element", 16),
    ("column.site", 18),
    ("column.severity", 11),
    ("column.description", 37),
    ("column.cost", 18),
)
TIMELINE_HEIGHT_MM = 80.0
# A few sites need less: the axis and legend, and a lane each (lanes never grow past a limit).
TIMELINE_BASE_MM = 22.0
TIMELINE_LANE_MM = 12.0


def _columns(say: Phrases, columns: Sequence[tuple[str, float]]) -> tuple[Column, ...]:
    return tuple(Column(say(key), share) for key, share in columns)


def _continued(say: Phrases, heading: str) -> str:
    return say("continued", heading=heading)


def compose(writer: Writer, document: SummaryDocument) -> None:
    say = writer.say
    _cover(writer, document)
    if document.kind is DocumentKind.CASE_SUMMARY:
        # Below the cover when all of it fits there (a file of one or two incidents).
        writer.flow.keep_on_one_page(lambda: _overview(writer, document))
    if document.case_notes:
        writer.flow.gap(writer.ts.mm(styles.SECTION_GAP))
        writer.heading(say("heading.case_notes"), styles.HEADING, keep_with=_two_lines(writer))
        _notes(writer, document.case_notes)
    for section in document.incidents:
        writer.flow.break_page()
        _incident(writer, section)
    if document.kind is DocumentKind.CASE_SUMMARY:
        writer.flow.break_page()
        log = say("heading.correspondence_log")
        writer.heading(log, styles.HEADING, keep_with=_two_lines(writer))
        writer.paragraph(document.correspondence_scope, styles.SMALL)
        if document.correspondence_log:
            _letters(writer, document.correspondence_log, None, _continued(say, log))
        else:
            writer.paragraph(say("paragraph.no_correspondence"), styles.BODY)
    writer.flow.keep_on_one_page(lambda: _evidence_index(writer, document))


def _overview(writer: Writer, document: SummaryDocument) -> None:
    """The chronology and the timeline."""
    writer.flow.gap(2 * writer.ts.mm(styles.SECTION_GAP))
    _chronology(writer, document)
    timeline = document.timeline
    if timeline is not None and timeline.incidents:
        lanes = max(len(timeline.sites), 1)
        height = min(TIMELINE_HEIGHT_MM, TIMELINE_BASE_MM + TIMELINE_LANE_MM * lanes)
        writer.flow.gap(writer.ts.mm(styles.SECTION_GAP))
        writer.heading(
            writer.say("heading.timeline"), styles.HEADING, keep_with=writer.ts.mm(height)
        )
        writer.timeline(timeline, height)


def _two_lines(writer: Writer) -> float:
    return 2 * writer.ts.line_height(styles.BODY) + writer.ts.mm(6)


def _cover(writer: Writer, document: SummaryDocument) -> None:
    cover, say = document.cover, writer.say
    writer.flow.gap(writer.ts.mm(14))
    for number, line in enumerate(cover.mission_lines):
        writer.paragraph(line, styles.SUBHEADING if number == 0 else styles.BODY)
    writer.flow.gap(writer.ts.mm(6))
    writer.rule()
    writer.flow.gap(writer.ts.mm(4))
    writer.heading(cover.title, styles.TITLE)
    writer.paragraph(cover.scope, styles.BODY)
    writer.flow.gap(writer.ts.mm(4))
    writer.fields(cover.facts, after_mm=0)
    # Smaller, so that all 64 digits stay on one line and copy out whole.
    writer.fields([Field(say("field.fingerprint"), document.fingerprint)], value_style=styles.HASH)
    if cover.sites:
        rows = [
            Row([[(site.name, styles.TABLE)], [(site.kind, styles.TABLE)],
                 [(site.address or "—", styles.TABLE)], [(site.coordinates, styles.TABLE)],
                 [(site.notified, styles.TABLE)]])
            for site in cover.sites
        ]  # fmt: skip
        title = say("heading.sites")
        writer.table(_columns(say, SITES), rows, title=title, continued=_continued(say, title))
    writer.flow.gap(writer.ts.mm(3))
    writer.paragraph(say("paragraph.verification"), styles.SMALL)


def _notes(writer: Writer, notes: Sequence[PrintedNote]) -> None:
    for note in notes:
        writer.flow.ensure(3 * writer.ts.line_height(styles.BODY))
        writer.paragraph(note.byline, styles.LABEL, after_mm=0.5)
        writer.paragraph(note.text, styles.BODY, after_mm=3.0)


def _chronology(writer: Writer, document: SummaryDocument) -> None:
    say = writer.say
    heading = say("heading.chronology")
    writer.heading(heading, styles.HEADING, keep_with=_two_lines(writer))
    references = [row.reference for row in document.chronology]
    columns = (
        Column(say("column.reference"), 0, fit=references),
        Column(say("column.time"), 0, fit=[row.when for row in document.chronology], fit_lines=2),
        Column(say("column.site"), 15),
        Column(say("column.type"), 14),
        Column(say("column.impact"), 16),
        Column(say("column.worst_damage"), 11),
        Column(say("column.people"), 14),
        Column(say("column.status"), 11),
    )
    if not document.chronology:
        writer.paragraph(say("paragraph.no_incidents"), styles.BODY)
        return
    rows = [
        Row([
            [(row.reference, styles.TABLE_HEAD)],
            [(row.when, styles.TABLE), (row.when_precision, styles.TABLE_NOTE)],
            [(row.site, styles.TABLE)],
            [(row.incident_type, styles.TABLE)],
            [(row.impact, styles.TABLE)],
            [(row.worst_damage, styles.TABLE)],
            [(row.people, styles.TABLE)],
            [(row.status, styles.TABLE)],
        ])
        for row in document.chronology
    ]  # fmt: skip
    writer.table(columns, rows, continued=_continued(say, heading))


def _incident(writer: Writer, section: IncidentSection) -> None:
    say = writer.say
    writer.heading(section.reference, styles.HEADING, after_mm=0.6)
    writer.heading(section.title, styles.SUBHEADING)
    writer.rule()
    writer.fields(section.details)
    if section.description:
        writer.paragraph(section.description, styles.BODY)
    subheading_gap = writer.ts.mm(styles.SECTION_GAP) / 2
    if section.damage:
        writer.flow.gap(subheading_gap)
        rows = [
            Row([[(item.element, styles.TABLE)], [(item.site, styles.TABLE)],
                 [(item.severity, styles.TABLE)], [(item.description, styles.TABLE)],
                 [(item.cost, styles.TABLE)]])
            for item in section.damage
        ]  # fmt: skip
        writer.table(
            _columns(say, DAMAGE),
            rows,
            title=say("heading.damage"),
            continued=_continued(say, say("heading.damage_in", reference=section.reference)),
        )
    if section.photos:
        writer.flow.gap(subheading_gap)
        first_row = max(writer.photo_block_height(photo) for photo in section.photos[:2])
        writer.heading(say("heading.photos"), styles.SUBHEADING, keep_with=first_row)
        writer.photos(section.photos)
    if section.notes:
        writer.flow.gap(subheading_gap)
        writer.heading(say("heading.notes"), styles.SUBHEADING, keep_with=_two_lines(writer))
        _notes(writer, section.notes)
    if section.correspondence:
        writer.flow.gap(subheading_gap)
        _letters(
            writer,
            section.correspondence,
            say("heading.correspondence"),
            _continued(say, say("heading.correspondence_on", reference=section.reference)),
        )


def _letters(writer: Writer, letters: Sequence[Letter], title: str | None, continued: str) -> None:
    say = writer.say
    references = [ref for item in letters for ref in item.incidents.split(", ")]
    columns = (
        Column(say("column.time"), 0, fit=[item.when for item in letters], fit_lines=2),
        Column(say("column.kind"), 13),
        # Fitted, so that a number such as "No. 4/117-2025" is never broken inside.
        Column(say("column.reference_no"), 0, fit=[item.reference_number for item in letters]),
        Column(say("column.counterpart"), 18),
        Column(say("column.summary"), 40),
        Column(say("column.incidents"), 0, fit=references),
    )
    rows = [
        Row([[(item.when, styles.TABLE)], [(item.kind, styles.TABLE)],
             [(item.reference_number, styles.TABLE)], [(item.counterpart, styles.TABLE)],
             [(item.summary, styles.TABLE), *_scan_labels(say, item)],
             [(item.incidents, styles.TABLE)]])
        for item in letters
    ]  # fmt: skip
    writer.table(columns, rows, title=title, continued=continued)


def _scan_labels(say: Phrases, letter: Letter) -> list[tuple[str, styles.TextStyle]]:
    if not letter.scans:
        return []
    return [(say("scans.in_index", scans=", ".join(letter.scans)), styles.TABLE_NOTE)]


def _evidence_index(writer: Writer, document: SummaryDocument) -> None:
    writer.flow.gap(2 * writer.ts.mm(styles.SECTION_GAP))
    say = writer.say
    heading = say("heading.evidence_index")
    writer.heading(heading, styles.HEADING, keep_with=_two_lines(writer))
    if not document.evidence_index:
        writer.paragraph(say("paragraph.no_photos"), styles.BODY)
        return
    writer.paragraph(say("paragraph.evidence_index"), styles.SMALL)
    entries = document.evidence_index
    columns = (
        Column(say("column.evidence"), 0, fit=[entry.label for entry in entries]),
        Column(say("column.filed_under"), 0, fit=[entry.filed_under for entry in entries]),
        Column(say("column.file_name"), 40),
        Column(say("column.capture_time"), 60),
    )
    rows = [
        Row(
            [[(entry.label, styles.TABLE_HEAD)], [(entry.filed_under, styles.TABLE)],
             [(entry.original_filename, styles.TABLE)], [(entry.capture_time, styles.TABLE)]],
            span=[(f"SHA-256 {entry.sha256}", styles.HASH)],
        )
        for entry in document.evidence_index
    ]  # fmt: skip
    writer.table(columns, rows, continued=_continued(say, heading))
