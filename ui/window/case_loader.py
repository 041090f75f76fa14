"""Opening and creating case files, done off the UI thread: what the window needs to show a
case (its mission, sites and incidents) is read in the same worker that opens the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casefiles.demo import write_demo
from casefiles.records import IncidentRecord, MissionRecord, SiteRecord
from casefiles.services import incidents, mission, sites
from casefiles.settings import data_dir
from casefiles.store import SUFFIX, CaseFile

DEMO_NAME = f"Demo case{SUFFIX}"


@dataclass(frozen=True, slots=True)
class LoadedCase:
    case: CaseFile
    mission: MissionRecord
    sites: list[SiteRecord]
    incidents: list[IncidentRecord]


def load_case(path: Path, read_only: bool = False) -> LoadedCase:
    case = CaseFile.open(path, read_only=read_only)
    try:
        return LoadedCase(
            case, mission.get(case), sites.list_sites(case), incidents.list_incidents(case)
        )
    except BaseException:
        case.close()
        raise


def create_case(path: Path, name: str, details: dict[str, str]) -> LoadedCase:
    CaseFile.create(path, name, **details).close()
    return load_case(path)


def demo_copy_path() -> Path:
    """The user's own copy of the demo case, in the app's data folder."""
    return data_dir() / DEMO_NAME


def load_demo_copy() -> LoadedCase:
    """Open the demo copy, writing it first if there is none yet."""
    path = demo_copy_path()
    if not path.exists():
        write_demo(path)
    return load_case(path)
