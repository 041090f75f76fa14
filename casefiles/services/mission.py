"""The case file's own record: which mission it belongs to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles import clock
from casefiles.domain.records import MissionRecord
from casefiles.domain.timespan import zone
from casefiles.errors import FieldProblem, NotFound
from casefiles.integrity.signing import Signer
from casefiles.language.phrase import phrase
from casefiles.services import _common as common
from casefiles.storage import store
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_writing import remove_with_sidecars
from casefiles.storage.models import Mission
from casefiles.storage.store import CaseFile


def _timezone(value: Any) -> str:
    name = common.text()(value) or "UTC"
    zone(name)
    return name


def _prefix(value: Any) -> str:
    prefix = common.text(max_length=32)(value) or "CASE"
    if not all(ch.isalnum() or ch in "-_" for ch in prefix):
        raise FieldProblem(phrase("field.prefix_rule"))
    return prefix


VALIDATORS: dict[str, common.Validator] = {
    "name": common.text(required=True, max_length=300),
    "sending_state": common.text(max_length=300),
    "host_country": common.text(max_length=300),
    "city": common.text(max_length=300),
    "timezone": _timezone,
    "classification": common.text(max_length=200),
    "reference_prefix": _prefix,
}


def create(case: CaseFile, **values: Any) -> MissionRecord:
    cleaned = common.validate(values, VALIDATORS)
    with case.transaction() as session:
        mission = common.add(case, session, Mission(created_at=clock.now(), **cleaned))
        return to_record(mission)


def update(case: CaseFile, **values: Any) -> MissionRecord:
    cleaned = common.validate(values, VALIDATORS, partial=True)
    with case.transaction() as session:
        mission = _the_mission(session)
        common.change(case, session, mission, cleaned)
        return to_record(mission)


def get(case: CaseFile) -> MissionRecord:
    with case.reading() as session:
        return to_record(_the_mission(session))


def _the_mission(session: Session) -> Mission:
    mission: Mission | None = session.scalar(select(Mission).order_by(Mission.id).limit(1))
    if mission is None:
        raise NotFound(phrase("not_found.mission"))
    return mission


def to_record(mission: Mission) -> MissionRecord:
    return MissionRecord(
        uuid=mission.uuid,
        name=mission.name,
        sending_state=mission.sending_state,
        host_country=mission.host_country,
        city=mission.city,
        timezone=mission.timezone,
        classification=mission.classification,
        reference_prefix=mission.reference_prefix,
        created_at=mission.created_at,
    )


def create_case_file(
    path: Path | str,
    mission_name: str,
    *,
    key: CaseKey | None = None,
    signer: Signer | None = None,
    **mission: str,
) -> CaseFile:
    """A new case file with its mission record, open for writing, encrypted when given a key,
    written by `signer` (else the profile's person). Refuses to overwrite anything; bad mission
    input leaves no file behind."""
    path = Path(path)
    common.validate({"name": mission_name, **mission}, VALIDATORS)  # before any file exists
    store.create_empty(path, key)
    case = CaseFile.open(path, key=key)
    if signer is not None:
        case.sign_as(signer)
    try:
        create(case, name=mission_name, **mission)
    except BaseException:
        case.close()
        remove_with_sidecars(path)
        raise
    return case
