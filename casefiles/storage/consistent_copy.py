"""A consistent copy of a case file made through SQLite's backup API, safe while the file is
open elsewhere; migrations keep one before they change a file."""

from __future__ import annotations

from pathlib import Path

from casefiles.errors import AlreadyExists
from casefiles.language.phrase import phrase
from casefiles.storage import encryption
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import file_uri
from casefiles.storage.file_writing import written_whole


def backup_to(source: Path, target: Path, key: CaseKey | None = None) -> None:
    """A consistent copy through SQLite's backup API (safe while the file is open elsewhere),
    encrypted with the same key as the source. Refuses to overwrite; the copy appears under
    its name only once it is complete."""
    if target.exists():
        raise AlreadyExists(phrase("write.exists", path=str(target)))
    source_db = encryption.connect(file_uri(source, mode="ro"), key, uri=True)
    try:
        with written_whole(target) as partial:
            target_db = encryption.connect(partial, key)
            try:
                source_db.backup(target_db)
            finally:
                target_db.close()
    finally:
        source_db.close()
