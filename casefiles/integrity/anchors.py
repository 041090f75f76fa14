"""Anchors against rollback: the fingerprints of what left this computer (a printed summary, a
bundle, a copy), kept in the audit log and in a list per case file in the app's data folder.

Restoring a backup is legitimate, so an older copy is never refused; but opening or verifying
a copy whose audit log lacks the newest state this computer has seen says so. The list is
per case file as people know it (its mission's uuid, which every copy shares), not per path.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from casefiles import clock, settings
from casefiles.integrity import audit
from casefiles.language.phrase import Moment, Phrase, phrase
from casefiles.storage.file_format import GENESIS_HASH
from casefiles.storage.file_writing import written_whole
from casefiles.storage.models import jsonable
from casefiles.storage.store import CaseFile

FOLDER = "anchors"
ENTITY = "case_file"  # the audit entries of anchors: about the case file as a whole
EVENTS = ("print", "export", "backup")


@dataclass(frozen=True, slots=True)
class Anchor:
    at: datetime
    event: str  # print, export, backup
    fingerprint: str
    entries: int  # in the audit log at that fingerprint
    file: str  # the case file's name then

    def as_json(self) -> dict[str, Any]:
        return {
            "at": jsonable(self.at),
            "event": self.event,
            "fingerprint": self.fingerprint,
            "entries": self.entries,
            "file": self.file,
        }


def _mission_uuid(case: CaseFile) -> str | None:
    with case.reading() as session:
        value = session.execute(text("SELECT uuid FROM mission ORDER BY id LIMIT 1")).scalar()
    return value if isinstance(value, str) and value.replace("-", "").isalnum() else None


def _list_path(mission_uuid: str) -> Path:
    return settings.data_dir() / FOLDER / f"{mission_uuid}.json"


def load(mission_uuid: str) -> list[Anchor]:
    """The anchors of a case file, oldest first; a damaged list counts as empty."""
    try:
        values = json.loads(_list_path(mission_uuid).read_text(encoding="utf-8"))
        return [
            Anchor(
                datetime.fromisoformat(v["at"]),
                str(v["event"]),
                str(v["fingerprint"]),
                int(v["entries"]),
                str(v["file"]),
            )
            for v in values
        ]
    except (OSError, ValueError, TypeError, KeyError):
        return []


def anchors_of(case: CaseFile) -> list[Anchor]:
    uuid = _mission_uuid(case)
    return [] if uuid is None else load(uuid)


def held(case: CaseFile) -> set[str]:
    """The fingerprints of every state this copy's audit log went through."""
    with case.reading() as session:
        return {row[0] for row in session.execute(text("SELECT hash FROM audit_log"))}


def record(case: CaseFile, event: str, fingerprint: str, **details: Any) -> None:
    """Record that the state `fingerprint` left this computer (`event`): in the audit log
    (`log`) and in the data folder's list."""
    log(case, event, fingerprint, **details)
    remember(case, event, fingerprint)


def log(case: CaseFile, event: str, fingerprint: str, **details: Any) -> None:
    """An audit entry naming `fingerprint`, when the case file can be written and its writer's
    key is unlocked; nothing otherwise (the list still records it)."""
    if case.read_only or case.signing_key_locked:
        return
    with case.transaction() as session:
        mission = _mission_uuid(case)
        if mission is not None:
            audit.append(
                session, case.user, event, ENTITY, mission, {"fingerprint": fingerprint, **details}
            )


def remember(case: CaseFile, event: str, fingerprint: str) -> None:
    """Add `fingerprint` (a state of this case file's log) to the data folder's list."""
    uuid = _mission_uuid(case)
    if uuid is None:
        return
    with case.reading() as session:
        number = session.execute(
            text("SELECT id FROM audit_log WHERE hash = :hash"), {"hash": fingerprint}
        ).scalar()
        entries = session.execute(
            text("SELECT count(*) FROM audit_log WHERE id <= :id"), {"id": number or 0}
        ).scalar()
    anchor = Anchor(clock.now(), event, fingerprint, int(entries or 0), case.path.name)
    values = [a.as_json() for a in load(uuid)] + [anchor.as_json()]
    # A safety net, not a gate: a data folder that cannot be written never fails the copy,
    # bundle or print that was made (the audit log holds the anchor too).
    with contextlib.suppress(OSError):
        path = _list_path(uuid)
        path.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(path, replace=True, sync=True) as partial:  # the app's own list
            partial.write_text(json.dumps(values, ensure_ascii=False, indent=1), encoding="utf-8")


def rollback_warning(case: CaseFile) -> Phrase | None:
    """The warning for a copy whose log lacks the newest state this computer has seen; None
    when it holds it (or nothing was anchored yet)."""
    anchors = [a for a in anchors_of(case) if a.fingerprint != GENESIS_HASH]
    if not anchors:
        return None
    newest = max(anchors, key=lambda a: (a.entries, a.at))
    try:
        hashes = held(case)
    except DBAPIError:
        return None  # a log that cannot be read is verify's finding, not a rollback
    if newest.fingerprint in hashes:
        return None
    # The command line's English says the time as numbers; the catalogue's languages in words.
    seen = {"seen": f"{newest.at.astimezone():%Y-%m-%d %H:%M}", "seen_words": Moment(newest.at)}
    if len(hashes) < newest.entries:
        missing = newest.entries - len(hashes)
        return phrase("verify_warning.older_copy", missing, fingerprint=newest.fingerprint, **seen)
    return phrase("verify_warning.other_copy", fingerprint=newest.fingerprint, **seen)
