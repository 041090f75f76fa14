"""`casefiles damage`: an incident's damage items with their ids, which `add-photos --damage ID`
takes, and how many photos show each."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casefiles.cli.passphrase import case_key
from casefiles.domain.records import DamageRecord


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    damage = commands.add_parser(
        "damage",
        help="an incident's damage items with their ids (for add-photos --damage ID)",
    )
    damage.add_argument("path", type=Path, help="the case file")
    damage.add_argument("--incident", required=True, metavar="REF", help="e.g. KYIV-2025-004")
    damage.add_argument("--json", action="store_true")
    damage.set_defaults(run=_damage)


def _json(item: DamageRecord, photos: int) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "element": item.element.value,
        "severity": item.severity.value,
        "description": item.description,
        "cost_amount": None if item.cost_amount is None else str(item.cost_amount),
        "cost_currency": item.cost_currency,
        "photos": photos,
    }


def _damage(args: argparse.Namespace) -> int:
    from casefiles.services import damage as damage_service
    from casefiles.services import evidence_reading  # Pillow loads only when this command runs
    from casefiles.services import incidents as incident_service
    from casefiles.storage.store import CaseFile

    with CaseFile.open(args.path, read_only=True, key=case_key(args)) as case:
        incident = incident_service.get_by_reference(case, args.incident)
        items = damage_service.list_damage(case, incident.uuid)
        photos = [e.damage_uuid for e in evidence_reading.list_evidence(case, incident.uuid)]
    counts = {item.uuid: photos.count(item.uuid) for item in items}
    if args.json:
        rows = [_json(item, counts[item.uuid]) for item in items]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(f"{incident.reference} has no damage items.")
        return 0
    for item in items:
        described = " ".join(item.description.split())
        described = described if len(described) <= 60 else described[:59] + "…"
        count = counts[item.uuid]
        shown = f"{count} photo{'' if count == 1 else 's'}"
        print(
            f"{item.uuid}  {item.element.label}, {item.severity.label.lower()}, {shown}"
            + (f": {described}" if described else "")
        )
    return 0
