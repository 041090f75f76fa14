"""What reads return: plain frozen data that outlives the session, safe to hand to any thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from casefiles.domain.timespan import TimeSpan, zone
from casefiles.domain.vocabulary import (
    CorrespondenceKind,
    DamageElement,
    Direction,
    EvidenceKind,
    Impact,
    IncidentStatus,
    IncidentType,
    Severity,
    SiteKind,
)


@dataclass(frozen=True, slots=True)
class MissionRecord:
    uuid: str
    name: str
    sending_state: str
    host_country: str
    city: str
    timezone: str
    classification: str
    reference_prefix: str
    created_at: datetime

    @property
    def tz(self) -> ZoneInfo:
        """The premises' time zone, in which every local time of the case is read and said."""
        return zone(self.timezone)


@dataclass(frozen=True, slots=True)
class SiteRecord:
    uuid: str
    kind: SiteKind
    name: str
    address: str
    latitude: float | None
    longitude: float | None
    coordinates_notified: str | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    uuid: str
    reference: str
    title: str
    site_uuid: str
    site_name: str
    span: TimeSpan
    incident_type: IncidentType
    impact: Impact
    distance_m: float | None
    distance_words: str
    description: str
    staff_killed: int | None
    staff_injured: int | None
    others_injured: int | None
    uxo_found: bool | None
    uxo_depth_m: float | None
    status: IncidentStatus
    deleted: bool
    worst_severity: Severity | None
    photo_count: int


@dataclass(frozen=True, slots=True)
class DamageRecord:
    uuid: str
    incident_uuid: str
    site_uuid: str | None
    element: DamageElement
    severity: Severity
    description: str
    cost_amount: Decimal | None
    cost_currency: str | None
    cost_estimated_on: date | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class NoteRecord:
    uuid: str
    target_uuid: str | None  # None: a note on the case as a whole
    author: str
    written_at: datetime
    edited_at: datetime | None
    text: str
    deleted: bool


@dataclass(frozen=True, slots=True)
class CorrespondenceRecord:
    uuid: str
    kind: CorrespondenceKind
    direction: Direction
    span: TimeSpan
    reference_number: str
    counterpart: str
    summary: str
    incident_uuids: tuple[str, ...]
    deleted: bool


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    uuid: str
    kind: EvidenceKind
    incident_uuid: str | None
    damage_uuid: str | None
    correspondence_uuid: str | None
    sha256: str
    original_filename: str
    size_bytes: int
    media_type: str
    imported_at: datetime
    imported_by: str
    caption: str
    capture_time: str | None
    capture_offset_known: bool
    gps_latitude: float | None
    gps_longitude: float | None
    gps_altitude: float | None
    camera_make: str | None
    camera_model: str | None
    software: str | None
    orientation: int | None
    pixel_width: int | None
    pixel_height: int | None
    derivation_error: str | None
    deleted: bool
    # Consistency warnings against the incident's time and site (warnings, not refusals).
    warnings: tuple[str, ...] = ()
    # The capture time is only the file's date (EXIF DateTime), which may be a later edit.
    capture_time_is_file_date: bool = False
    # Degrees clockwise the picture is turned for display (a setting; the original is as is).
    display_rotation: int = 0
    # No thumbnail or preview yet, and no reason why not: the derivation queue will make them.
    derived_pending: bool = False
