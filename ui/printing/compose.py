"""A SummaryDocument laid out as pages: cover, case notes, chronology, timeline, one part per
incident, correspondence log and evidence index, each part starting on a new page (except the
chronology and the evidence index, which follow on the page before when they fit there whole)."""

from __future__ import annotations

from collections.abc import Sequence

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

SITES = (
    Column("Site", 22),
    Column("Kind", 17),
    Column("Address", 27),
    Column("Coordinates", 17),
    Column("Coordinates notified", 17),
)
DAMAGE = (
    Column("Element", 16),
    Column("Site", 18),
    Column("Severity", 11),
    Column("Description", 37),
    Column("Cost estimate", 18),
)
TIMELINE_HEIGHT_MM = 80.0
# A few sites need less: the axis and legend, and a lane each (lanes never grow past a limit).
TIMELINE_BASE_MM = 22.0
TIMELINE_LANE_MM = 12.0
VERIFICATION_NOTE = (
    "How to match this paper with the case file: the fingerprint is the hash of the newest entry "
    "of the case file's audit log, so it changes with every change to the file; running "
    "“casefiles verify” on the file prints the same fingerprint while the file is as it was when "
    "this was printed. Each photo is identified by the SHA-256 hash of its original file, listed "
    "in full in the evidence index."
)


def compose(writer: Writer, document: SummaryDocument) -> None:
    _cover(writer, document)
    if document.kind is DocumentKind.CASE_SUMMARY:
        # Below the cover when all of it fits there (a file of one or two incidents).
        writer.flow.keep_on_one_page(lambda: _overview(writer, document))
    if document.case_notes:
        writer.flow.gap(writer.ts.mm(styles.SECTION_GAP))
        writer.heading("Notes on the case file", styles.HEADING, keep_with=_two_lines(writer))
        _notes(writer, document.case_notes)
    for section in document.incidents:
        writer.flow.break_page()
        _incident(writer, section)
    if document.kind is DocumentKind.CASE_SUMMARY:
        writer.flow.break_page()
        writer.heading("Correspondence log", styles.HEADING, keep_with=_two_lines(writer))
        writer.paragraph(document.correspondence_scope, styles.SMALL)
        if document.correspondence_log:
            _letters(writer, document.correspondence_log, None, "Correspondence log, continued")
        else:
            writer.paragraph("No correspondence is recorded.", styles.BODY)
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
        writer.heading("Timeline", styles.HEADING, keep_with=writer.ts.mm(height))
        writer.timeline(timeline, height)


def _two_lines(writer: Writer) -> float:
    return 2 * writer.ts.line_height(styles.BODY) + writer.ts.mm(6)


def _cover(writer: Writer, document: SummaryDocument) -> None:
    cover = document.cover
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
    writer.fields([Field("Fingerprint", document.fingerprint)], value_style=styles.HASH)
    if cover.sites:
        rows = [
            Row([[(site.name, styles.TABLE)], [(site.kind, styles.TABLE)],
                 [(site.address or "—", styles.TABLE)], [(site.coordinates, styles.TABLE)],
                 [(site.notified, styles.TABLE)]])
            for site in cover.sites
        ]  # fmt: skip
        writer.table(
            SITES, rows, title="Sites of the mission", continued="Sites of the mission, continued"
        )
    writer.flow.gap(writer.ts.mm(3))
    writer.paragraph(VERIFICATION_NOTE, styles.SMALL)


def _notes(writer: Writer, notes: Sequence[PrintedNote]) -> None:
    for note in notes:
        writer.flow.ensure(3 * writer.ts.line_height(styles.BODY))
        writer.paragraph(note.byline, styles.LABEL, after_mm=0.5)
        writer.paragraph(note.text, styles.BODY, after_mm=3.0)


def _chronology(writer: Writer, document: SummaryDocument) -> None:
    writer.heading("Chronology of incidents", styles.HEADING, keep_with=_two_lines(writer))
    references = [row.reference for row in document.chronology]
    columns = (
        Column("Reference", 0, fit=references),
        Column("Time", 0, fit=[row.when for row in document.chronology], fit_lines=2),
        Column("Site", 15),
        Column("Type", 14),
        Column("Impact and distance", 16),
        Column("Worst damage", 11),
        Column("People", 14),
        Column("Status", 11),
    )
    if not document.chronology:
        writer.paragraph("No incidents match this summary.", styles.BODY)
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
    writer.table(columns, rows, continued="Chronology of incidents, continued")


def _incident(writer: Writer, section: IncidentSection) -> None:
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
            DAMAGE, rows, title="Damage", continued=f"Damage in {section.reference}, continued"
        )
    if section.photos:
        writer.flow.gap(subheading_gap)
        first_row = max(writer.photo_block_height(photo) for photo in section.photos[:2])
        writer.heading("Photos", styles.SUBHEADING, keep_with=first_row)
        writer.photos(section.photos)
    if section.notes:
        writer.flow.gap(subheading_gap)
        writer.heading("Notes", styles.SUBHEADING, keep_with=_two_lines(writer))
        _notes(writer, section.notes)
    if section.correspondence:
        writer.flow.gap(subheading_gap)
        _letters(
            writer,
            section.correspondence,
            "Correspondence",
            f"Correspondence on {section.reference}, continued",
        )


def _letters(writer: Writer, letters: Sequence[Letter], title: str | None, continued: str) -> None:
    references = [ref for item in letters for ref in item.incidents.split(", ")]
    columns = (
        Column("Time", 0, fit=[item.when for item in letters], fit_lines=2),
        Column("Kind", 13),
        # Fitted, so that a number such as "No. 4/117-2025" is never broken inside.
        Column("Reference no.", 0, fit=[item.reference_number for item in letters]),
        Column("Counterpart", 18),
        Column("Summary", 40),
        Column("Incidents", 0, fit=references),
    )
    rows = [
        Row([[(item.when, styles.TABLE)], [(item.kind, styles.TABLE)],
             [(item.reference_number, styles.TABLE)], [(item.counterpart, styles.TABLE)],
             [(item.summary, styles.TABLE), *_scan_labels(item)], [(item.incidents, styles.TABLE)]])
        for item in letters
    ]  # fmt: skip
    writer.table(columns, rows, title=title, continued=continued)


def _scan_labels(letter: Letter) -> list[tuple[str, styles.TextStyle]]:
    if not letter.scans:
        return []
    return [(f"{', '.join(letter.scans)} in the evidence index", styles.TABLE_NOTE)]


def _evidence_index(writer: Writer, document: SummaryDocument) -> None:
    writer.flow.gap(2 * writer.ts.mm(styles.SECTION_GAP))
    writer.heading("Evidence index", styles.HEADING, keep_with=_two_lines(writer))
    if not document.evidence_index:
        writer.paragraph("This document contains no photos.", styles.BODY)
        return
    writer.paragraph(
        "Every photo and every scan of a letter in this document, with the SHA-256 hash of its "
        "original file as kept unchanged in the case file.",
        styles.SMALL,
    )
    columns = (
        Column("Evidence", 0, fit=[entry.label for entry in document.evidence_index]),
        Column("Filed under", 0, fit=[entry.filed_under for entry in document.evidence_index]),
        Column("Original file name", 40),
        Column("Capture time", 60),
    )
    rows = [
        Row(
            [[(entry.label, styles.TABLE_HEAD)], [(entry.filed_under, styles.TABLE)],
             [(entry.original_filename, styles.TABLE)], [(entry.capture_time, styles.TABLE)]],
            span=[(f"SHA-256 {entry.sha256}", styles.HASH)],
        )
        for entry in document.evidence_index
    ]  # fmt: skip
    writer.table(columns, rows, continued="Evidence index, continued")
