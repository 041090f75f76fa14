"""Counts and identity of a case file, for `casefiles info` and the tests' checks.

Plain SQL over the standard library's sqlite3, so that `casefiles info` reads a file without
loading the ORM: SQLAlchemy's import alone is a third of a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefiles.domain.vocabulary import EvidenceKind
from casefiles.errors import CaseFileDamaged, NotFound
from casefiles.language.phrase import phrase
from casefiles.storage.encryption import DATABASE_ERRORS
from casefiles.storage.file_format import GENESIS_HASH, read_only_connection

if TYPE_CHECKING:
    from casefiles.storage.encryption import CaseKey
    from casefiles.storage.store import CaseFile

_COUNTS = f"""
SELECT
    (SELECT name FROM mission ORDER BY id LIMIT 1),
    (SELECT count(*) FROM sites WHERE NOT deleted),
    (SELECT count(*) FROM incidents WHERE NOT deleted),
    (SELECT count(*) FROM damage_items WHERE NOT deleted),
    (SELECT count(*) FROM evidence_items WHERE NOT deleted AND kind = '{EvidenceKind.PHOTO}'),
    (SELECT count(*) FROM notes WHERE NOT deleted),
    (SELECT count(*) FROM correspondence WHERE NOT deleted),
    (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)
"""


@dataclass(frozen=True, slots=True)
class Overview:
    mission: str
    sites: int
    incidents: int
    damage_items: int
    photos: int
    notes: int
    correspondence: int
    schema_version: int
    fingerprint: str


def read_overview(path: Path, key: CaseKey | None = None) -> Overview:
    """The overview of the case file at `path`, opened read-only with the usual checks."""
    with read_only_connection(path, key) as (connection, version):
        try:
            # One statement reads one snapshot: the counts and the fingerprint belong together.
            row = connection.execute(_COUNTS).fetchone()
        except DATABASE_ERRORS:
            raise CaseFileDamaged(phrase("open.tables_unreadable", name=path.name)) from None
        return _overview(row, version.schema)


def overview(case: CaseFile) -> Overview:
    """The overview of an open case file, read in its session (so inside a transaction it
    includes that transaction's changes)."""
    with case.reading() as session:
        row = session.connection().exec_driver_sql(_COUNTS).one()
    return _overview(tuple(row), case.version.schema)


def _overview(row: Sequence[Any], schema_version: int) -> Overview:
    mission, *counts, newest = row
    if mission is None:
        raise NotFound(phrase("not_found.mission"))
    sites, incidents, damage_items, photos, notes, correspondence = (int(n) for n in counts)
    return Overview(
        mission=mission,
        sites=sites,
        incidents=incidents,
        damage_items=damage_items,
        photos=photos,
        notes=notes,
        correspondence=correspondence,
        schema_version=schema_version,
        fingerprint=newest or GENESIS_HASH,
    )
