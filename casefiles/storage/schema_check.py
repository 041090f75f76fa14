"""The schema a case file must have: its tables, indexes, triggers and views, and the version
values of its meta table, compared with those of a file this app makes at the same version.

A trigger added behind the app's back could rewrite what the services store; a raised minimum
writer version silently makes the file read-only. Both are findings.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from casefiles.language.phrase import Phrase, phrase
from casefiles.storage.file_format import SCHEMA_VERSION, FileVersion

# What the version of a file is made of; `written_by_app` only says which app wrote it last.
VERSION_KEYS = (
    "schema_version", "min_reader_schema", "min_writer_schema", "min_reader_app", "min_writer_app",
)  # fmt: skip
# SQLite's own bookkeeping (statistics, autoincrement counters) changes no meaning.
_SQLITE_OWN = ("sqlite_stat", "sqlite_sequence")
_OBJECTS = "SELECT type, name, sql FROM sqlite_master"

Objects = dict[tuple[str, str], str | None]  # (type, name) -> the SQL that made it


@functools.cache
def expected_schema(version: int) -> tuple[Objects, dict[str, str]]:
    """The objects and version values of a new file made at `version`, by the migrations."""
    from casefiles.storage.migrate import create_schema  # Alembic loads only when needed

    with tempfile.TemporaryDirectory(prefix="casefiles-schema-") as folder:
        path = Path(folder) / "expected.casefile"
        create_schema(path, f"{version:04d}")
        connection = sqlite3.connect(path)
        try:
            objects = _own_objects(connection.execute(_OBJECTS).fetchall())
            meta = dict(connection.execute("SELECT key, value FROM casefile_meta").fetchall())
        finally:
            connection.close()
    return objects, {key: meta[key] for key in VERSION_KEYS if key in meta}


def _own_objects(rows: list[tuple[str, str, str | None]]) -> Objects:
    return {(kind, name): sql for kind, name, sql in rows if not name.startswith(_SQLITE_OWN)}


def schema_problems(session: Session, version: FileVersion) -> list[Phrase]:
    """What differs from the schema this app makes at the file's version, in words."""
    if version.schema > SCHEMA_VERSION:
        return []  # a newer app's schema: only a newer app knows what it should be
    expected, expected_meta = expected_schema(version.schema)
    rows = session.execute(text(_OBJECTS)).all()
    actual = _own_objects([(str(kind), str(name), sql) for kind, name, sql in rows])
    problems = []
    for kind, name in sorted(actual.keys() - expected.keys()):
        problems.append(phrase("finding.schema_foreign", **_object(kind, name)))
    for kind, name in sorted(expected.keys() - actual.keys()):
        problems.append(phrase("finding.schema_missing", **_object(kind, name)))
    for key in sorted(expected.keys() & actual.keys()):
        if expected[key] != actual[key]:
            problems.append(phrase("finding.schema_altered", **_object(*key)))
    if version.schema == SCHEMA_VERSION:
        meta = {
            name: value
            for name, value in session.execute(text("SELECT key, value FROM casefile_meta"))
        }
        for name, value in expected_meta.items():
            if meta.get(name) != value:
                problems.append(
                    phrase(
                        "finding.schema_meta",
                        name=name.replace("_", " "),
                        value=repr(meta.get(name)),
                        expected=repr(value),
                    )
                )
    user_version = session.execute(text("PRAGMA user_version")).scalar()
    if user_version != version.schema:
        problems.append(phrase("finding.user_version", value=user_version, expected=version.schema))
    return problems


def _object(kind: str, name: str) -> dict[str, object]:
    """A schema object's kind (table, index, trigger, view) in words, and its own name."""
    said = phrase(f"sqlite.{kind}") if kind in ("table", "index", "trigger", "view") else kind
    return {"kind": kind, "kind_label": said, "name": name}
