"""The printable documents as plain data: every string already worded, nothing left to look up.

`casefiles.summary.build` makes them from the services; `ui.printing` draws them. Frozen and
free of database sessions, so a document built on a worker thread can be drawn on another.
User text (titles, notes, captions) is held exactly as typed; the renderer prints it as plain
text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.language.catalogue import Language

SHORT_HASH_DIGITS = 16


class DocumentKind(StrEnum):
    CASE_SUMMARY = "case_summary"
    INCIDENT_REPORT = "incident_report"


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value: a line of the cover or of an incident's details."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class SiteRow:
    name: str
    kind: str
    address: str
    coordinates: str
    notified: str


@dataclass(frozen=True, slots=True)
class Cover:
    title: str
    scope: str  # what the document covers: the whole case file, a period, chosen incidents
    mission_lines: tuple[str, ...]
    facts: tuple[Field, ...]  # the fingerprint follows them, from the document
    sites: tuple[SiteRow, ...]


@dataclass(frozen=True, slots=True)
class ChronologyRow:
    reference: str
    when: str
    when_precision: str  # "known to the month": shown under `when`
    site: str
    incident_type: str
    impact: str
    worst_damage: str
    people: str
    status: str


@dataclass(frozen=True, slots=True)
class DamageRow:
    element: str
    site: str
    severity: str
    description: str
    cost: str


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo as printed: the picture comes from the case file by `evidence_uuid`."""

    number: int
    label: str  # "Photo 3", in the document's language
    evidence_uuid: str
    sha256: str
    original_filename: str
    caption: str
    damage: str  # the damage item the photo shows, or ""
    capture_time: str
    gps: str
    aspect_ratio: float | None  # width / height as shown upright; None when not known
    no_picture: str | None  # why no picture can be printed, when none can
    warnings: tuple[str, ...]

    @property
    def short_hash(self) -> str:
        return self.sha256[:SHORT_HASH_DIGITS]


@dataclass(frozen=True, slots=True)
class PrintedNote:
    byline: str  # author and time of writing
    text: str


@dataclass(frozen=True, slots=True)
class Letter:
    """An item of correspondence: a note verbale, summons, meeting, call or statement."""

    when: str
    kind: str
    reference_number: str
    counterpart: str
    summary: str
    incidents: str  # the references of the linked incidents, or a dash
    scans: tuple[str, ...] = ()  # labels of its scans in the evidence index ("Scan 1")


@dataclass(frozen=True, slots=True)
class IncidentSection:
    reference: str
    title: str
    details: tuple[Field, ...]
    description: str
    damage: tuple[DamageRow, ...]
    photos: tuple[Photo, ...]
    notes: tuple[PrintedNote, ...]
    correspondence: tuple[Letter, ...]


@dataclass(frozen=True, slots=True)
class EvidenceEntry:
    """A photo of an incident or a scan of a letter, as the evidence index lists it."""

    kind: str  # "Photo" or "Scan", in the document's language
    number: int
    filed_under: str  # the incident's reference, or the letter it is a scan of
    original_filename: str
    capture_time: str
    sha256: str

    @property
    def label(self) -> str:
        return f"{self.kind} {self.number}"


@dataclass(frozen=True, slots=True)
class TimelineSource:
    """What the timeline drawing needs: the incidents covered, their sites, the time zone."""

    incidents: tuple[IncidentRecord, ...]
    sites: tuple[SiteRecord, ...]
    timezone: str


@dataclass(frozen=True, slots=True)
class SummaryDocument:
    kind: DocumentKind
    language: Language  # of every word the core and the renderer put on paper
    title: str
    mission: str
    classification: str
    fingerprint: str
    printed_at: datetime
    printed_at_words: str
    cover: Cover
    case_notes: tuple[PrintedNote, ...]
    chronology: tuple[ChronologyRow, ...]
    timeline: TimelineSource | None
    incidents: tuple[IncidentSection, ...]
    correspondence_log: tuple[Letter, ...]
    correspondence_scope: str
    evidence_index: tuple[EvidenceEntry, ...]

    @property
    def photos(self) -> tuple[Photo, ...]:
        return tuple(photo for section in self.incidents for photo in section.photos)
