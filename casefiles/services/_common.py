"""What the service modules share: field validation and the audited create/update/delete."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles.domain import rules
from casefiles.domain.timespan import TimeSpan, parse, zone
from casefiles.domain.vocabulary import Vocabulary
from casefiles.errors import FieldProblem, NotFound, ValidationError, worded
from casefiles.integrity import audit
from casefiles.language.phrase import Number, Phrase, phrase
from casefiles.storage import search
from casefiles.storage.models import Audited, Mission
from casefiles.storage.store import CaseFile

ModelT = TypeVar("ModelT", bound=Audited)
Validator = Callable[[Any], Any]

MAX_TEXT = 100_000
# What a record is called when it is not found (a catalogue key each: not_found.*).
What = Literal["correspondence item", "damage item", "incident", "note", "photo", "site"]


def validate(
    values: Mapping[str, Any], validators: Mapping[str, Validator], *, partial: bool = False
) -> dict[str, Any]:
    """Clean each field with its validator. Collects every problem, then raises them together.
    With `partial`, only the fields given are checked (an update)."""
    unknown = [name for name in values if name not in validators]
    if unknown:
        raise ValidationError({name: phrase("field.not_settable") for name in unknown})
    cleaned: dict[str, Any] = {}
    errors: dict[str, str | Phrase] = {}
    names = values.keys() if partial else validators.keys()
    for name in names:
        try:
            cleaned[name] = validators[name](values.get(name))
        except ValueError as error:
            errors[name] = worded(error)
    if errors:
        raise ValidationError(errors)
    return cleaned


def text(*, required: bool = False, max_length: int = MAX_TEXT) -> Validator:
    def check(value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise FieldProblem(phrase("field.not_text"))
        cleaned = value.strip()
        if required and not cleaned:
            raise FieldProblem(phrase("field.required"))
        if len(cleaned) > max_length:
            raise FieldProblem(phrase("field.too_long", max_length, limit=Number(max_length)))
        return cleaned

    return check


def count() -> Validator:
    """A number of people: None is unknown, zero is a reported zero."""

    def check(value: Any) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise FieldProblem(phrase("field.not_whole"))
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise FieldProblem(phrase("field.not_whole_or_empty")) from None
        if number != value and str(number) != str(value).strip():
            raise FieldProblem(phrase("field.not_whole"))
        if number < 0 or number > 100_000:
            raise FieldProblem(phrase("field.not_a_count"))
        return number

    return check


def number(*, minimum: float | None = None, maximum: float | None = None) -> Validator:
    def check(value: Any) -> float | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise FieldProblem(phrase("field.not_number"))
        try:
            result = float(value)
        except (TypeError, ValueError):
            raise FieldProblem(phrase("field.not_number")) from None
        if result != result:  # NaN
            raise FieldProblem(phrase("field.not_number"))
        if minimum is not None and result < minimum:
            raise FieldProblem(phrase("field.below", minimum=f"{minimum:g}"))
        if maximum is not None and result > maximum:
            raise FieldProblem(phrase("field.above", maximum=f"{maximum:g}"))
        return result

    return check


def optional_bool() -> Validator:
    def check(value: Any) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        raise FieldProblem(phrase("field.not_yes_no"))

    return check


def choice(vocabulary: type[Vocabulary], *, default: str | None = None) -> Validator:
    def check(value: Any) -> str:
        if value is None or value == "":
            if default is None:
                raise FieldProblem(phrase("field.required"))
            value = default
        try:
            return vocabulary(value).value
        except ValueError:
            allowed = ", ".join(member.value for member in vocabulary)
            raise FieldProblem(phrase("field.not_one_of", value=value, allowed=allowed)) from None

    return check


def fetch(session: Session, model: type[ModelT], uuid: str, *, what: What) -> ModelT:
    entity = session.scalar(select(model).where(model.uuid == uuid))
    if entity is None:
        raise NotFound(phrase(f"not_found.{what.replace(' ', '_')}", uuid=uuid))
    return entity


def add(case: CaseFile, session: Session, entity: ModelT) -> ModelT:
    session.add(entity)
    audit.record_create(session, case.user, entity)
    return entity


def change(case: CaseFile, session: Session, entity: Audited, values: Mapping[str, Any]) -> bool:
    """Apply cleaned values; write an audit entry if anything changed. True if it did."""
    before = entity.snapshot()
    for name, value in values.items():
        setattr(entity, name, value)
    return bool(audit.record_update(session, case.user, entity, before))


def set_deleted(case: CaseFile, session: Session, entity: Audited, deleted: bool) -> None:
    """Within a transaction: set `deleted` and write its audit entry."""
    before = entity.snapshot()
    entity.deleted = deleted  # type: ignore[attr-defined]
    audit.record_update(session, case.user, entity, before, "delete" if deleted else "restore")


def check_rules(entity: Audited) -> None:
    """The rules of casefiles.domain.rules, which a bundle's rows keep too, on the entity as it
    is about to be stored."""
    row = {column.key: getattr(entity, column.key) for column in entity.__table__.columns}
    found = rules.problems(entity.__tablename__, row)
    if found:
        raise ValidationError(dict(found))


def mark_deleted(
    case: CaseFile,
    model: type[ModelT],
    uuid: str,
    deleted: bool,
    *,
    what: What,
    incidents: Callable[[ModelT], Iterable[int | None]] = lambda _entity: (),
) -> None:
    """Delete or restore a record: it keeps its data with `deleted` set (undo and the audit log
    can always bring it back). `incidents` gives the row ids of the incidents whose search text
    holds the record's words."""
    with case.transaction() as session:
        entity = fetch(session, model, uuid, what=what)
        set_deleted(case, session, entity, deleted)
        for incident_id in incidents(entity):
            if incident_id is not None:
                search.reindex(session, incident_id)


def time_zone(session: Session) -> ZoneInfo:
    """The premises' time zone, in which every local time of the case is read and said."""
    return zone(session.scalar(select(Mission.timezone).order_by(Mission.id).limit(1)) or "UTC")


def span_field(case: CaseFile) -> Validator:
    """A TimeSpan, or its short written form ('2025-11-14 night') read in the premises' time
    zone. A SpanError is a ValueError: `validate` files its message under the field."""

    def check(value: Any) -> TimeSpan:
        if isinstance(value, TimeSpan):
            return value
        if value is None or value == "":
            raise FieldProblem(phrase("field.required"))
        if not isinstance(value, str):
            raise FieldProblem(phrase("field.not_a_time"))
        with case.reading() as session:
            tz = time_zone(session)
        return parse(value, tz)

    return check
