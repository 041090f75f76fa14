"""Notes: plain text in any script, on the case, a site, an incident or a correspondence item."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles import clock
from casefiles.domain.records import NoteRecord
from casefiles.errors import FieldProblem, ValidationError
from casefiles.integrity import audit
from casefiles.language.phrase import phrase
from casefiles.services import _common as common
from casefiles.storage import search
from casefiles.storage.models import Correspondence, Incident, Note, Site
from casefiles.storage.store import CaseFile

_TEXT = common.text(required=True)
_AUTHOR = common.text(max_length=200)


def _target_columns(session: Session, target: str | None) -> dict[str, int | None]:
    """The note's owner by uuid: an incident, a site or a correspondence item; None: the case."""
    columns: dict[str, int | None] = {
        "incident_id": None,
        "site_id": None,
        "correspondence_id": None,
    }
    if target is None:
        return columns
    for model, column in (
        (Incident, "incident_id"),
        (Site, "site_id"),
        (Correspondence, "correspondence_id"),
    ):
        found = session.scalar(select(model.id).where(model.uuid == target))
        if found is not None:
            columns[column] = found
            return columns
    raise ValidationError({"target": phrase("field.note_target")})


def create(
    case: CaseFile, text: str, target: str | None = None, author: str | None = None
) -> NoteRecord:
    cleaned = common.validate({"text": text, "author": author}, {"text": _TEXT, "author": _AUTHOR})
    with case.transaction() as session:
        note = Note(
            text=cleaned["text"],
            author=cleaned["author"] or case.user,
            written_at=clock.now(),
            **_target_columns(session, target),
        )
        common.add(case, session, note)
        if note.incident_id is not None:
            search.reindex(session, note.incident_id)
        return to_record(session, note)


def update(case: CaseFile, uuid: str, text: str) -> NoteRecord:
    try:
        cleaned = _TEXT(text)
    except FieldProblem as error:
        raise ValidationError({"text": error.phrase or str(error)}) from None
    with case.transaction() as session:
        note = common.fetch(session, Note, uuid, what="note")
        if note.text != cleaned:
            before = note.snapshot()
            note.text = cleaned
            note.edited_at = clock.now()
            audit.record_update(session, case.user, note, before)
            if note.incident_id is not None:
                search.reindex(session, note.incident_id)
        return to_record(session, note)


def _its_incident(note: Note) -> tuple[int | None]:
    return (note.incident_id,)


def delete(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, Note, uuid, True, what="note", incidents=_its_incident)


def restore(case: CaseFile, uuid: str) -> None:
    common.mark_deleted(case, Note, uuid, False, what="note", incidents=_its_incident)


def list_notes(case: CaseFile, target: str | None = None) -> list[NoteRecord]:
    """Notes of one item (by uuid), or the case's own notes when `target` is None; oldest first."""
    with case.reading() as session:
        columns = _target_columns(session, target)
        query = select(Note).where(Note.deleted.is_(False)).order_by(Note.written_at, Note.id)
        for column, value in columns.items():
            query = query.where(
                getattr(Note, column).is_(None) if value is None else getattr(Note, column) == value
            )
        return [to_record(session, note) for note in session.scalars(query)]


def to_record(session: Session, note: Note) -> NoteRecord:
    target_uuid = None
    for model, row_id in (
        (Incident, note.incident_id),
        (Site, note.site_id),
        (Correspondence, note.correspondence_id),
    ):
        if row_id is not None:
            target_uuid = session.scalar(select(model.uuid).where(model.id == row_id))
    return NoteRecord(
        uuid=note.uuid,
        target_uuid=target_uuid,
        author=note.author,
        written_at=note.written_at,
        edited_at=note.edited_at,
        text=note.text,
        deleted=note.deleted,
    )
