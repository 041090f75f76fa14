"""Opening and creating case files, done off the UI thread. Opening reads what the window needs
to stand up (the mission and the sites); the incidents, which take longest in a large case
file, are read in a second step while the window is being built."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefiles.domain.records import IncidentRecord, MissionRecord, SiteRecord
from casefiles.domain.timespan import zone
from casefiles.integrity import anchors
from casefiles.language.phrase import Phrase
from casefiles.services import incidents, mission, sites
from casefiles.services.mission import create_case_file
from casefiles.settings import data_dir
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import SUFFIX
from casefiles.storage.store import CaseFile

DEMO_NAME = f"Demo case{SUFFIX}"


@dataclass(frozen=True, slots=True)
class LoadedCase:
    case: CaseFile
    mission: MissionRecord
    sites: list[SiteRecord]
    older_copy: Phrase | None = None  # the warning for a copy older than one seen (anchors.py)


def load_case(path: Path, read_only: bool = False, key: CaseKey | None = None) -> LoadedCase:
    case = CaseFile.open(path, read_only=read_only, key=key)
    try:
        record = mission.get(case)
        zone(record.timezone)  # the window needs it: an unknown one is said here, not raised
        return LoadedCase(case, record, sites.list_sites(case), anchors.rollback_warning(case))
    except BaseException:
        case.close()
        raise


def load_incidents(case: CaseFile) -> list[IncidentRecord]:
    return incidents.list_incidents(case)


def create_case(
    path: Path, name: str, details: dict[str, str], key: CaseKey | None = None
) -> LoadedCase:
    fields: dict[str, Any] = dict(details)
    create_case_file(path, name, key=key, **fields).close()
    return load_case(path, key=key)


def demo_copy_path() -> Path:
    """The user's own copy of the demo case, in the app's data folder."""
    return data_dir() / DEMO_NAME


def load_demo_copy() -> LoadedCase:
    """Open the demo copy, writing it first if there is none yet."""
    from casefiles.demo import write_demo  # it draws pictures: loaded only when needed

    path = demo_copy_path()
    if not path.exists():
        write_demo(path)
    return load_case(path)
