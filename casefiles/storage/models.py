"""The case file's tables: typed SQLAlchemy 2 models on one declarative base.

Every audited entity has a row id for joins and a UUID that stays the same across laptops and
bundles. Nothing is ever deleted: a deleted row keeps its data with `deleted` set, so undo and
the audit log can always bring it back.
"""

from __future__ import annotations

import hashlib
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import (
    Composite,
    DeclarativeBase,
    Mapped,
    composite,
    mapped_column,
    object_session,
    relationship,
)
from sqlalchemy.sql.elements import KeyedColumnElement

from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import Precision


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO 8601 text in UTC, so it sorts and reads back exactly."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a time without a time zone cannot be stored")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class IsoDate(TypeDecorator[date]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)


class PrecisionCode(TypeDecorator[Precision]):
    """A span's precision, stored as its code ("part_of_day")."""

    impl = String(16)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else Precision(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> Precision | None:
        return None if value is None else Precision(value)


class DecimalText(TypeDecorator[Decimal]):
    """Money as exact decimal text; SQLite has no decimal type and floats round."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class SpanComparator(Composite.Comparator[TimeSpan]):
    """Lets a query order by `Model.span.start`, the indexed column, whatever it is named."""

    @property
    def start(self) -> ColumnElement[datetime]:
        first: ColumnElement[datetime] = self.__clause_element__().clauses[0]
        return first


DERIVED_HASHES = "derived_sha256"  # evidence snapshots: {purpose: SHA-256 of that image}


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    pass


class Audited(Base):
    """An entity whose every change is an audit entry. `audit_name` names it in the log."""

    __abstract__ = True
    audit_name: ClassVar[str]

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)

    def snapshot(self, *, derived: bool = True) -> dict[str, Any]:
        """Every stored value except the row id, as JSON-ready data: what the audit log records
        and what `verify` compares against it (`derived`: with the hashes of an original's
        derived images, which bundles leave out). A link to another record is that record's uuid
        (`site_id` is recorded as `site_uuid`): row ids can be swapped behind the app's back."""
        values: dict[str, Any] = {}
        for column in self.__table__.columns:
            if column.key == "id":
                continue
            value = getattr(self, column.key)
            target = linked_table(column)
            if target is None:
                values[column.key] = jsonable(value)
            else:
                values[link_name(column.key)] = (
                    None if value is None else self._uuid_in(target, value)
                )
        return values

    def _uuid_in(self, table: str, row_id: int) -> str | None:
        session = object_session(self)
        assert session is not None, "a snapshot is taken of a stored record"
        return session.execute(
            text(f"SELECT uuid FROM {table} WHERE id = :id"), {"id": row_id}
        ).scalar()


def linked_table(column: KeyedColumnElement[Any]) -> str | None:
    """The audited table a column links to by row id, if it is such a link."""
    for key in column.foreign_keys:
        table = key.column.table.name
        if table in AUDITED_TABLES:
            return table
    return None


def link_name(column: str) -> str:
    """How the audit log and bundles name a link: `incident_id` becomes `incident_uuid`."""
    return column.removesuffix("_id") + "_uuid"


def jsonable(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date | Decimal):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    return value


class Meta(Base):
    """Key/value facts about the file itself: schema version and who may read or write it."""

    __tablename__ = "casefile_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Mission(Audited):
    __tablename__ = "mission"
    audit_name = "mission"

    name: Mapped[str] = mapped_column(Text)
    sending_state: Mapped[str] = mapped_column(Text, default="")
    host_country: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    classification: Mapped[str] = mapped_column(Text, default="")
    reference_prefix: Mapped[str] = mapped_column(String(32), default="CASE")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Site(Audited):
    __tablename__ = "sites"
    audit_name = "site"

    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # "2022-04": a partial ISO date, as precise as the notification is known.
    coordinates_notified: Mapped[str | None] = mapped_column(String(10))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


correspondence_incidents = Table(
    "correspondence_incidents",
    Base.metadata,
    Column("correspondence_id", ForeignKey("correspondence.id"), primary_key=True),
    Column("incident_id", ForeignKey("incidents.id"), primary_key=True, index=True),
)


class Incident(Audited):
    __tablename__ = "incidents"
    audit_name = "incident"

    reference: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    # Read and written as `span`. The columns keep their names: the audit log and bundles
    # name them, and correspondence spells them date_*.
    time_start: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    time_end: Mapped[datetime] = mapped_column(UtcDateTime)
    time_precision: Mapped[Precision] = mapped_column(PrecisionCode)
    span: Mapped[TimeSpan] = composite(
        "time_start", "time_end", "time_precision", comparator_factory=SpanComparator
    )
    incident_type: Mapped[str] = mapped_column(String(32))
    impact: Mapped[str] = mapped_column(String(32))
    distance_m: Mapped[float | None] = mapped_column(Float)
    distance_words: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # None means not known; 0 is a reported zero.
    staff_killed: Mapped[int | None] = mapped_column(Integer)
    staff_injured: Mapped[int | None] = mapped_column(Integer)
    others_injured: Mapped[int | None] = mapped_column(Integer)
    uxo_found: Mapped[bool | None] = mapped_column(Boolean)
    uxo_depth_m: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    site: Mapped[Site] = relationship()


class DamageItem(Audited):
    __tablename__ = "damage_items"
    audit_name = "damage_item"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    # The premises damaged, when not the incident's own site (e.g. the consular section's roof).
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    element: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")
    cost_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    cost_currency: Mapped[str | None] = mapped_column(String(3))
    cost_estimated_on: Mapped[date | None] = mapped_column(IsoDate)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Correspondence(Audited):
    __tablename__ = "correspondence"
    audit_name = "correspondence"

    kind: Mapped[str] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(16))
    # Read and written as `span`, like an incident's time.
    date_start: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    date_end: Mapped[datetime] = mapped_column(UtcDateTime)
    date_precision: Mapped[Precision] = mapped_column(PrecisionCode)
    span: Mapped[TimeSpan] = composite(
        "date_start", "date_end", "date_precision", comparator_factory=SpanComparator
    )
    reference_number: Mapped[str] = mapped_column(Text, default="")
    counterpart: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    incidents: Mapped[list[Incident]] = relationship(secondary=correspondence_incidents)

    def snapshot(self, *, derived: bool = True) -> dict[str, Any]:
        values = super().snapshot()
        values["incident_uuids"] = sorted(i.uuid for i in self.incidents)
        return values


class Blob(Base):
    """Original bytes, keyed by their SHA-256. This table's schema never changes."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceItem(Audited):
    __tablename__ = "evidence_items"
    audit_name = "evidence"

    kind: Mapped[str] = mapped_column(String(16))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    damage_item_id: Mapped[int | None] = mapped_column(ForeignKey("damage_items.id"))
    correspondence_id: Mapped[int | None] = mapped_column(ForeignKey("correspondence.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    original_filename: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str] = mapped_column(Text)
    caption: Mapped[str] = mapped_column(Text, default="")
    # What the file said about itself. The capture time keeps its own offset when the file
    # gave one; without one it is stored naive and `capture_offset_known` is false.
    capture_time: Mapped[str | None] = mapped_column(String(40))
    capture_offset_known: Mapped[bool] = mapped_column(Boolean, default=False)
    gps_latitude: Mapped[float | None] = mapped_column(Float)
    gps_longitude: Mapped[float | None] = mapped_column(Float)
    gps_altitude: Mapped[float | None] = mapped_column(Float)
    camera_make: Mapped[str | None] = mapped_column(Text)
    camera_model: Mapped[str | None] = mapped_column(Text)
    software: Mapped[str | None] = mapped_column(Text)
    orientation: Mapped[int | None] = mapped_column(Integer)
    pixel_width: Mapped[int | None] = mapped_column(Integer)
    pixel_height: Mapped[int | None] = mapped_column(Integer)
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")
    # Why no thumbnail could be made, when none could.
    derivation_error: Mapped[str | None] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    def snapshot(self, *, derived: bool = True) -> dict[str, Any]:
        values = super().snapshot()
        if not derived:
            return values
        session = object_session(self)
        assert session is not None, "a snapshot is taken of a stored record"
        rows = session.execute(
            text("SELECT purpose, data FROM derived_images WHERE evidence_id = :id"),
            {"id": self.id},
        )
        values[DERIVED_HASHES] = derived_hashes(rows)
        return values


def derived_hashes(rows: Iterable[Sequence[Any]]) -> dict[str, str]:
    """SHA-256 of each derived image of an item, by purpose (thumbnail, preview): the audit
    entry of the original records them, so a swapped preview is found."""
    return {purpose: hashlib.sha256(data).hexdigest() for purpose, data in rows}


class PhotoView(Audited):
    """How a photo is shown: a display setting, audited, that never touches the original or
    its derived copies (a phone may record no rotation, and the picture lies on its side)."""

    __tablename__ = "photo_views"
    audit_name = "photo_view"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_items.id"), unique=True)
    # Degrees clockwise the upright picture is turned for display: 0, 90, 180 or 270.
    rotation: Mapped[int] = mapped_column(Integer, default=0)


class DerivedImage(Base):
    """A thumbnail or preview made from an original. Derived, so not evidence and not audited."""

    __tablename__ = "derived_images"
    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_items.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # "thumbnail" or "preview"
    derived_from_sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Note(Audited):
    __tablename__ = "notes"
    audit_name = "note"

    # All empty: a note on the case as a whole.
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    correspondence_id: Mapped[int | None] = mapped_column(ForeignKey("correspondence.id"))
    author: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
    edited_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    text: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Person(Audited):
    """The register of people who write in the case file: each one's public signing key,
    added (audited and signed) at their first write."""

    __tablename__ = "people"
    audit_name = "person"

    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    public_key: Mapped[str] = mapped_column(String(64))  # hex of the raw Ed25519 key
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Append-only: each entry carries the SHA-256 of the previous one, and from schema 5 its
    signer's key id and their Ed25519 signature over its hash (signing.py)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    user: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(16))
    signature: Mapped[str | None] = mapped_column(String(128))


AUDITED_MODELS: tuple[type[Audited], ...] = (
    Mission, Site, Incident, DamageItem, Correspondence, EvidenceItem, Note, PhotoView, Person,
)  # fmt: skip
AUDITED_TABLES = frozenset(model.__tablename__ for model in AUDITED_MODELS)
