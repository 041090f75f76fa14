"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from casefiles import profile
from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import TimeSpan, zone
from casefiles.domain.vocabulary import Impact, IncidentStatus, IncidentType
from casefiles.integrity import anchors
from casefiles.services import notes
from casefiles.storage.backup import save_copy
from casefiles.storage.store import CaseFile

NOBODY = 65534
# CI installs every tool and runs as root (.ci/dev), so there a missing one is a failure.
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")


def require(available: bool, what: str) -> None:
    """Skip the test when `what` (a tool, root) is missing on a developer's machine; fail in
    CI, where a skip would let a missing install step pass as green."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI must provide {what} (see .ci/dev)", pytrace=False)
    pytest.skip(f"needs {what}")


def have(tool: str) -> bool:
    """Whether a command-line tool is installed, for an optional part of a test; in CI a
    missing tool fails the test instead."""
    found = shutil.which(tool) is not None
    if not found and IN_CI:
        pytest.fail(f"CI must provide {tool} (see .ci/dev)", pytrace=False)
    return found


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def blob_count(case: CaseFile) -> int:
    """Originals stored in the case file: to prove that a duplicate was not stored again."""
    with case.reading() as session:
        count: int = session.connection().exec_driver_sql("SELECT count(*) FROM blobs").scalar_one()
        return count


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in a folder with its hash: to prove that nothing was written."""
    return {p.name: sha256_of(p) for p in sorted(folder.iterdir()) if p.is_file()}


@contextlib.contextmanager
def shared_temp_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="casefiles-perm-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            path.chmod(0o777)
        for path in sorted(folder.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        folder.rmdir()


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """Run the block as an ordinary user: root reads and writes any file, so permission tests
    drop the effective user id for a moment (a no-op when not root)."""
    if os.geteuid() != 0:
        yield
        return
    # That user has app folders of its own (its signing key, its anchors), as any user has.
    folders = Path(tempfile.mkdtemp(prefix="casefiles-nobody-"))
    os.chown(folders, NOBODY, NOBODY)
    variables = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    before = {name: os.environ.get(name) for name in variables}
    os.environ.update({name: str(folders / name.lower()) for name in variables})
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folders, ignore_errors=True)


def unsigned(path: Path) -> None:
    """Turn the log of a current file back into what an app before signed entries wrote: no
    people registered, no signatures, the chain hashed again without the people's entries."""
    import json
    import sqlite3
    from datetime import datetime

    from casefiles.integrity.audit import content_digest, entry_hash
    from casefiles.storage.file_format import GENESIS_HASH
    from casefiles.storage.models import jsonable

    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM audit_log WHERE entity_type = 'person'")
    connection.execute("DELETE FROM people")
    connection.execute("UPDATE audit_log SET key_id = NULL, signature = NULL")
    rows = connection.execute(
        "SELECT id, at, user, action, entity_type, entity_uuid, changes FROM audit_log ORDER BY id"
    ).fetchall()
    previous = GENESIS_HASH
    for new_id, (number, at, user, action, kind, uuid, changes) in enumerate(rows, start=1):
        moment = str(jsonable(datetime.fromisoformat(at)))
        digest = entry_hash(
            previous, moment, user, action, kind, uuid, content_digest(kind, json.loads(changes))
        )
        connection.execute(
            "UPDATE audit_log SET id = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (new_id, previous, digest, number),
        )
        previous = digest
    connection.commit()
    connection.close()


def incident_record(**changes: object) -> IncidentRecord:
    """An incident as the services read it, nothing reported but its month: for the words."""
    record = IncidentRecord(
        uuid="u", reference="KYIV-2025-009", title="t", site_uuid="s", site_name="Səfirlik",
        span=TimeSpan.in_month(2025, 7, zone("Europe/Kyiv")),
        incident_type=IncidentType.DRONE_STRIKE, impact=Impact.NEARBY, distance_m=None,
        distance_words="", description="", staff_killed=None, staff_injured=None,
        others_injured=None, uxo_found=None, uxo_depth_m=None, status=IncidentStatus.DRAFT,
        deleted=False, worst_severity=None, photo_count=0,
    )  # fmt: skip
    return replace(record, **changes)  # type: ignore[arg-type]


def tamper_behind_the_app(path: Path, caption: str) -> None:
    """What someone with sqlite3 does to a case file: a photo's caption and an incident's title
    changed, an audit entry removed, the last entry given its neighbour's signature."""
    with contextlib.closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("UPDATE evidence_items SET caption = ? WHERE id = 1", (caption,))
        raw.execute("UPDATE incidents SET title = 'Heç nə olmayıb' WHERE id = 1")
        middle, last = raw.execute("SELECT max(id) / 2, max(id) FROM audit_log").fetchone()
        raw.execute("DELETE FROM audit_log WHERE id = ?", (middle,))
        raw.execute(
            "UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE id = ?) "
            "WHERE id = ?",
            (last - 1, last),
        )


def older_copy(case_path: Path, copy: Path) -> Path:
    """`copy` saved from the case file, which then moves on (a note) after this computer has
    seen its newest state (an anchor): the copy is older than the one seen."""
    profile.save(profile.make("Aynur Məmmədova", "Konsul"))
    with CaseFile.open(case_path) as case:
        save_copy(case, copy)
        notes.create(case, "Після копії: нова нотатка")
        anchors.remember(case, "export", case.fingerprint())
    return copy
