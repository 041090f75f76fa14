"""Evidence rows as records: whose they are, what they carry, and the warnings that come from
checking them against their incident's time and site. Shared by the evidence services."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from casefiles.domain.records import EvidenceRecord
from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import EvidenceKind
from casefiles.language.catalogue import ENGLISH, Phrases
from casefiles.photos.evidence_checks import consistency_warnings
from casefiles.photos.photo_metadata import time_is_file_date
from casefiles.services import _common as common
from casefiles.storage.models import (
    Correspondence,
    DamageItem,
    DerivedImage,
    EvidenceItem,
    Incident,
    PhotoView,
    Site,
)


@dataclass(frozen=True, slots=True)
class Owner:
    """Where imported evidence goes: an incident (and maybe one of its damage items), or a
    correspondence item on its own (a scanned note verbale belongs to the letter)."""

    incident_id: int | None = None
    damage_id: int | None = None
    correspondence_id: int | None = None

    def holds(self) -> ColumnElement[bool]:
        """The evidence rows already in this owner, for spotting a duplicate."""
        if self.incident_id is not None:
            return EvidenceItem.incident_id == self.incident_id
        return and_(
            EvidenceItem.correspondence_id == self.correspondence_id,
            EvidenceItem.incident_id.is_(None),
        )


def live_items(session: Session, owner: Owner) -> list[EvidenceItem]:
    """The owner's evidence that is not deleted, in import order."""
    query = select(EvidenceItem).where(owner.holds(), EvidenceItem.deleted.is_(False))
    return list(session.scalars(query.order_by(EvidenceItem.id)))


def display_rotation(session: Session, item: EvidenceItem) -> int:
    rotation = session.scalar(select(PhotoView.rotation).where(PhotoView.evidence_id == item.id))
    return rotation or 0


def to_record(session: Session, item: EvidenceItem) -> EvidenceRecord:
    def uuid_of(model: type[Incident | DamageItem], row_id: int | None) -> str | None:
        return (
            None if row_id is None else session.scalar(select(model.uuid).where(model.id == row_id))
        )

    correspondence_uuid = None
    if item.correspondence_id is not None:
        correspondence_uuid = session.scalar(
            select(Correspondence.uuid).where(Correspondence.id == item.correspondence_id)
        )
    return EvidenceRecord(
        uuid=item.uuid,
        kind=EvidenceKind(item.kind),
        incident_uuid=uuid_of(Incident, item.incident_id),
        damage_uuid=uuid_of(DamageItem, item.damage_item_id),
        correspondence_uuid=correspondence_uuid,
        sha256=item.sha256,
        original_filename=item.original_filename,
        size_bytes=item.size_bytes,
        media_type=item.media_type,
        imported_at=item.imported_at,
        imported_by=item.imported_by,
        caption=item.caption,
        capture_time=item.capture_time,
        capture_offset_known=item.capture_offset_known,
        gps_latitude=item.gps_latitude,
        gps_longitude=item.gps_longitude,
        gps_altitude=item.gps_altitude,
        camera_make=item.camera_make,
        camera_model=item.camera_model,
        software=item.software,
        orientation=item.orientation,
        pixel_width=item.pixel_width,
        pixel_height=item.pixel_height,
        derivation_error=item.derivation_error,
        deleted=item.deleted,
        capture_time_is_file_date=(
            item.capture_time is not None and time_is_file_date(stored_metadata(item))
        ),
        display_rotation=display_rotation(session, item),
        derived_pending=item.derivation_error is None
        and session.scalar(
            select(DerivedImage.id).where(DerivedImage.evidence_id == item.id).limit(1)
        )
        is None,
    )


def stored_metadata(item: EvidenceItem) -> dict[str, Any]:
    try:
        value = json.loads(item.metadata_json or "{}")
    except ValueError:  # edited behind the app's back: verify reports it
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True, slots=True)
class Setting:
    """What a photo's warnings are checked against: its incident's time and site."""

    span: TimeSpan
    tz: ZoneInfo
    site_position: tuple[float, float] | None
    site_name: str


def setting_of(session: Session, incident_uuid: str | None) -> Setting | None:
    if incident_uuid is None:
        return None
    incident = session.scalar(select(Incident).where(Incident.uuid == incident_uuid))
    if incident is None:
        return None
    site = session.get(Site, incident.site_id)
    position = None
    if site is not None and site.latitude is not None and site.longitude is not None:
        position = (site.latitude, site.longitude)
    return Setting(
        span=incident.span,
        tz=common.time_zone(session),
        site_position=position,
        site_name=site.name if site else "the site",
    )


def with_warnings(
    session: Session,
    record: EvidenceRecord,
    setting: Setting | None = None,
    phrases: Phrases = ENGLISH,
) -> EvidenceRecord:
    """The record with its consistency warnings; pass `setting` when checking many photos of
    one incident, so it is read once."""
    setting = setting or setting_of(session, record.incident_uuid)
    if setting is None:
        return record
    warnings = _warnings(record, record.capture_time_is_file_date, setting, phrases)
    return replace(record, warnings=warnings)


def item_warnings(
    item: EvidenceItem, setting: Setting | None, phrases: Phrases = ENGLISH
) -> tuple[str, ...]:
    """A stored item's consistency warnings from its row alone (an import checks each photo
    it writes without building its record), in `phrases`' language."""
    if setting is None:
        return ()
    is_file_date = item.capture_time is not None and time_is_file_date(stored_metadata(item))
    return _warnings(item, is_file_date, setting, phrases)


def _warnings(
    fields: EvidenceRecord | EvidenceItem,
    capture_time_is_file_date: bool,
    setting: Setting,
    phrases: Phrases = ENGLISH,
) -> tuple[str, ...]:
    gps = None
    if fields.gps_latitude is not None and fields.gps_longitude is not None:
        gps = (fields.gps_latitude, fields.gps_longitude)
    return consistency_warnings(
        capture_time=fields.capture_time,
        capture_offset_known=bool(fields.capture_offset_known),
        capture_time_is_file_date=capture_time_is_file_date,
        gps=gps,
        software=fields.software,
        span=setting.span,
        tz=setting.tz,
        site_position=setting.site_position,
        site_name=setting.site_name,
        phrases=phrases,
    )
