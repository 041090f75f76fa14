"""Undo and redo replay changes through the services: create, update (merged while typing),
delete; a change the services refuse never reaches the stack."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from casefiles.domain.records import SiteRecord
from casefiles.errors import ValidationError
from casefiles.services import incidents, notes, sites
from casefiles.storage.models import Note
from ui.case_session import CaseSession


def test_create_undo_redo_and_delete_undo(session: CaseSession, site: SiteRecord) -> None:
    case, changed = session.case, []
    note = session.create(
        "Add note", lambda: notes.create(case, "Qeyd — нотатка"), notes, lambda: changed.append(1)
    )
    assert notes.list_notes(case) == [note] and changed == [1]
    session.undo_stack.undo()
    assert notes.list_notes(case) == []
    session.undo_stack.redo()
    assert [n.text for n in notes.list_notes(case)] == ["Qeyd — нотатка"]
    session.delete("Delete site", sites, site.uuid, lambda: None)
    assert sites.list_sites(case) == []
    session.undo_stack.undo()
    assert [s.uuid for s in sites.list_sites(case)] == [site.uuid]
    assert changed == [1, 1, 1]


def test_a_refused_change_is_not_pushed(session: CaseSession, site: SiteRecord) -> None:
    with pytest.raises(ValidationError) as refused:
        session.update(
            "Rename",
            lambda values: sites.update(session.case, site.uuid, **values),
            {"name": "   "},
            {"name": site.name},
            lambda: None,
        )
    assert refused.value.errors == {"name": "is required"}
    assert session.undo_stack.count() == 0


def test_successive_saves_of_one_field_are_one_undo_step(
    session: CaseSession, site: SiteRecord
) -> None:
    case = session.case
    incident = incidents.create(case, title="Zərbə", site=site.uuid, span="2025-11")
    text = ""
    for word in ("Вибух", " біля", " посольства"):
        old, text = text, text + word
        session.update(
            "Description",
            lambda values: incidents.update(case, incident.uuid, **values),
            {"description": text},
            {"description": old},
            lambda: None,
            merge_key="description",
        )
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert incidents.get(case, incident.uuid).description == ""
    session.undo_stack.redo()
    assert incidents.get(case, incident.uuid).description == "Вибух біля посольства"


def test_an_undo_the_file_refuses_is_reported_and_dropped(
    session: CaseSession, site: SiteRecord, errors: list[BaseException]
) -> None:
    case = session.case
    note = session.create("Add note", lambda: notes.create(case, "x"), notes, lambda: None)
    # Something else removed what the command would restore: the undo cannot happen.
    with case.transaction() as db:
        db.execute(delete(Note).where(Note.uuid == note.uuid))
    session.undo_stack.undo()
    assert len(errors) == 1 and "There is no note" in str(errors[0])
