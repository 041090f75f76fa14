"""manifest.json read and checked (casefiles.bundle.manifest): the demo bundle's own manifest,
changed one value at a time, is refused with the place and the reason in the refusal; what it
accepts is put in one canonical form. (Through verify and import-bundle: test_checks.py and
test_forgery.py.)"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from casefiles.bundle import manifest
from casefiles.bundle.errors import BadBundle
from casefiles.bundle.verify import verify_bundle
from casefiles.domain.vocabulary import IncidentType, Precision, Severity
from casefiles.storage.models import Correspondence, DamageItem, EvidenceItem, Incident, Note, Site
from casefiles.storage.store import CaseFile
from tests.casefiles.bundle.zips import files_of, with_manifest

Edit = Callable[[dict[str, Any]], None]
HEX = "ab" * 32
UNKNOWN = "00000000-0000-4000-8000-000000000000"
REFUSED = "The bundle is refused: manifest.json is not valid: "


@pytest.fixture(scope="module")
def demo_manifest(demo_bundle_original: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(files_of(demo_bundle_original)["manifest.json"])
    return data


def _encoded(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def _edited(demo: dict[str, Any], edit: Edit) -> bytes:
    data = copy.deepcopy(demo)
    edit(data)
    # A number too large for a float: Python's json reads it as infinity.
    return _encoded(data).replace(b'"1e400"', b"1e400")


def _refusal(demo: dict[str, Any], edit: Edit) -> str:
    with pytest.raises(BadBundle) as raised:
        manifest.parse(_edited(demo, edit))
    return str(raised.value)


def _set(*path: str | int, to: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = to

    return edit


def _delete(*keys: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        for key in keys:
            del data[key]

    return edit


def _listed(data: dict[str, Any], path: str) -> dict[str, Any]:
    return next(entry for entry in data["files"] if entry["path"] == path)


def _evidence_path(data: dict[str, Any], index: int) -> str:
    path: str = data["evidence"][index]["file"]["path"]
    return path


def _same_uuid_twice(data: dict[str, Any]) -> None:
    data["sites"][1]["uuid"] = data["sites"][0]["uuid"]


def _incident_with_the_mission_s_uuid(data: dict[str, Any]) -> None:
    data["incidents"][0]["uuid"] = data["mission"]["uuid"]


def _reference_twice(data: dict[str, Any]) -> None:
    data["incidents"][2]["reference"] = data["incidents"][0]["reference"]


def _damage_of_a_site(data: dict[str, Any]) -> None:
    data["damage_items"][1]["incident_uuid"] = data["sites"][0]["uuid"]


def _letter_about_a_site(data: dict[str, Any]) -> None:
    data["correspondence"][2]["incident_uuids"] = [data["sites"][0]["uuid"]]


def _letter_links_unsorted(data: dict[str, Any]) -> None:
    links = data["correspondence"][1]["incident_uuids"]
    links[0], links[1] = links[1], links[0]


def _letter_links_repeated(data: dict[str, Any]) -> None:
    row = data["correspondence"][2]
    row["incident_uuids"] = row["incident_uuids"] * 2


def _photo_of_another_incident_s_damage(data: dict[str, Any]) -> None:
    # evidence[5] shows damage of KYIV-2025-003; damage_items[0] is KYIV-2022-001's.
    data["evidence"][5]["damage_item_uuid"] = data["damage_items"][0]["uuid"]


def _two_files_one_name(data: dict[str, Any]) -> None:
    first = data["evidence"][0]["file"]["path"]
    data["evidence"][3]["file"]["path"] = first.upper().replace("EVIDENCE/", "evidence/")


def _derived_copy(data: dict[str, Any]) -> None:
    data["evidence"][4]["file"]["derived"] = "image/jpeg"


def _file_not_the_original(key: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        described = data["evidence"][2]["file"]
        described[key] = HEX if key == "sha256" else described[key] + 1

    return edit


def _listed_twice(data: dict[str, Any]) -> None:
    data["files"].append({**data["files"][0], "path": "readme.TXT"})


def _role(path: str, role: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        listed = {"path": path, "sha256": HEX, "size_bytes": 1, "role": role}
        data["files"] = [entry for entry in data["files"] if entry["path"] != path] + [listed]

    return edit


def _listed_unlike_its_row(key: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        entry = _listed(data, _evidence_path(data, 6))
        entry[key] = HEX if key == "sha256" else entry[key] + 1
        data["files"].remove(entry)
        data["files"].append(entry)  # last: files[20]

    return edit


def _unlisted_evidence(data: dict[str, Any]) -> None:
    gone = {_evidence_path(data, 1), _evidence_path(data, 7)}
    data["files"] = [entry for entry in data["files"] if entry["path"] not in gone]


def _audit(index: int, key: str, to: Any) -> Edit:
    return _set("audit_log", index, key, to=to)


# Each change with the words of its refusal after "manifest.json is not valid: " ({0}: the
# path of evidence[1], {7}: of evidence[7]).
REFUSALS: dict[str, tuple[Edit, str]] = {
    "keys missing": (_delete("source", "app_version"), "the manifest: app_version is missing"),
    "keys unknown": (
        lambda d: d.update(zeta=1, extra=2),
        "the manifest: 'extra' is not a known field",
    ),
    "format": (_set("format", to="zip"), "format: it is not a casefiles-bundle"),
    "version as text": (_set("format_version", to="3"), "format_version: must be a whole number"),
    "version as true": (_set("format_version", to=True), "format_version: must be a whole number"),
    "version 0": (_set("format_version", to=0), "format_version: must be a whole number"),
    "bundle name": (_set("bundle_name", to=5), "bundle_name: must be text"),
    "bundle uuid in capitals": (
        _set("bundle_uuid", to=UNKNOWN.upper().replace("-4000-", "-4ABC-")),
        "bundle_uuid: must be a uuid in lower case",
    ),
    "bundle uuid not a uuid": (
        _set("bundle_uuid", to="səfirlik"),
        "bundle_uuid: must be a uuid in lower case",
    ),
    "creation time unreadable": (
        _set("created_at", to="14 noyabr 2025"),
        "created_at: must be a time such as 2025-11-14T02:00:00+00:00",
    ),
    "creation time without zone": (
        _set("created_at", to="2025-11-14T02:00:00"),
        "created_at: must be a time with its time zone",
    ),
    "creation time a number": (_set("created_at", to=1731549600), "created_at: must be text"),
    "creator": (_set("created_by", to=None), "created_by: must be text"),
    "app version": (_set("app_version", to=1.0), "app_version: must be text"),
    "source not an object": (_set("source", to="demo"), "source: must be an object"),
    "source key missing": (
        lambda d: d["source"].pop("fingerprint"),
        "source: fingerprint is missing",
    ),
    "source file name": (_set("source", "file_name", to=["a"]), "source.file_name: must be text"),
    "source fingerprint": (
        _set("source", "fingerprint", to=HEX.upper()),
        "source.fingerprint: must be 64 lower-case hexadecimal digits",
    ),
    "source fingerprint too long": (
        _set("source", "fingerprint", to=HEX + "0"),
        "source.fingerprint: must be 64 lower-case hexadecimal digits",
    ),
    "schema version as text": (
        _set("source", "schema_version", to="5"),
        "source.schema_version: must be a whole number",
    ),
    "schema version too large": (
        _set("source", "schema_version", to=2**63),
        "source.schema_version: must be a whole number",
    ),
    "schema version too small": (
        _set("source", "schema_version", to=-(2**63)),
        "source.schema_version: must be a whole number",
    ),
    "selection not an object": (_set("selection", to=None), "selection: must be an object"),
    "selection not a list": (
        _set("selection", "incidents", to="KYIV-2025-004"),
        "selection.incidents: must be a list",
    ),
    "selection of a number": (
        _set("selection", "incidents", to=["KYIV-2025-004", 2025]),
        "selection.incidents[1]: must be text",
    ),
    "location stripped as 0": (
        _set("selection", "strip_location", to=0),
        "selection.strip_location: must be true or false",
    ),
    "summary named otherwise": (
        _set("summary_pdf", to="xülasə.pdf"),
        "summary_pdf: must be summary.pdf or null",
    ),
    "summary announced, not listed": (
        _set("summary_pdf", to="summary.pdf"),
        "files: summary.pdf is not listed",
    ),
    "mission field": (_set("mission", "name", to=5), "mission.name: must be text"),
    "table not a list": (_set("sites", to={}), "sites: must be a list"),
    "row not an object": (_set("sites", 1, to=[]), "sites[1]: must be an object"),
    "row with a file": (_set("sites", 2, "file", to=None), "sites[2]: 'file' is not a known field"),
    "letter without its incidents": (
        lambda d: d["correspondence"][1].pop("incident_uuids"),
        "correspondence[1]: incident_uuids is missing",
    ),
    "evidence without its file": (
        lambda d: d["evidence"][3].pop("file"),
        "evidence[3]: file is missing",
    ),
    "required field empty": (
        _set("incidents", 1, "title", to=None),
        "incidents[1].title: is required",
    ),
    "unknown code": (
        _set("incidents", 1, "impact", to="yaxınlıqda"),
        "incidents[1].impact: 'yaxınlıqda' is not a known code",
    ),
    "code of another list": (
        _set("damage_items", 3, "severity", to="drone_strike"),
        "damage_items[3].severity: 'drone_strike' is not a known code",
    ),
    "whole number as text": (
        _set("incidents", 1, "staff_killed", to="0"),
        "incidents[1].staff_killed: must be a whole number",
    ),
    "whole number as true": (
        _set("incidents", 1, "staff_injured", to=True),
        "incidents[1].staff_injured: must be a whole number",
    ),
    "number as text": (
        _set("incidents", 1, "distance_m", to="25"),
        "incidents[1].distance_m: must be a number",
    ),
    "number as false": (
        _set("incidents", 1, "distance_m", to=False),
        "incidents[1].distance_m: must be a number",
    ),
    "number too large for a float": (
        _set("incidents", 1, "distance_m", to=10**400),
        "incidents[1].distance_m: must be a number",
    ),
    "number infinite": (
        _set("sites", 0, "latitude", to="1e400"),
        "sites[0].latitude: must be a finite number",
    ),
    "true or false as 1": (
        _set("notes", 2, "deleted", to=1),
        "notes[2].deleted: must be true or false",
    ),
    "time without zone": (
        _set("notes", 2, "written_at", to="2025-11-14T02:00:00"),
        "notes[2].written_at: must be a time with its time zone",
    ),
    "date unreadable": (
        _set("damage_items", 0, "cost_estimated_on", to="2025-13-01"),
        "damage_items[0].cost_estimated_on: must be a date such as 2025-11-14",
    ),
    "date a number": (
        _set("damage_items", 0, "cost_estimated_on", to=20251114),
        "damage_items[0].cost_estimated_on: must be text",
    ),
    "amount unreadable": (
        _set("damage_items", 0, "cost_amount", to="12 500"),
        "damage_items[0].cost_amount: must be an amount written as text, such as '12500.50'",
    ),
    "amount a number": (
        _set("damage_items", 0, "cost_amount", to=12500),
        "damage_items[0].cost_amount: must be text",
    ),
    "amount not a number": (
        _set("damage_items", 0, "cost_amount", to="NaN"),
        "damage_items[0].cost_amount: must be a finite amount",
    ),
    "amount infinite": (
        _set("damage_items", 0, "cost_amount", to="-Infinity"),
        "damage_items[0].cost_amount: must be a finite amount",
    ),
    "uuid in capitals": (
        lambda d: d["notes"][3].update(uuid=d["notes"][3]["uuid"].upper()),
        "notes[3].uuid: must be a uuid in lower case",
    ),
    "uuid a number": (_set("notes", 3, "uuid", to=7), "notes[3].uuid: must be text"),
    "link not a uuid": (
        _set("damage_items", 2, "incident_uuid", to="KYIV-2025-003"),
        "damage_items[2].incident_uuid: must be a uuid in lower case",
    ),
    "checksum in capitals": (
        lambda d: d["evidence"][2].update(sha256=d["evidence"][2]["sha256"].upper()),
        "evidence[2].sha256: must be 64 lower-case hexadecimal digits",
    ),
    "letter links not a list": (
        _set("correspondence", 2, "incident_uuids", to=UNKNOWN),
        "correspondence[2].incident_uuids: must be a list",
    ),
    "letter link not a uuid": (
        _set("correspondence", 2, "incident_uuids", to=["KYIV-2025-004"]),
        "correspondence[2].incident_uuids: must be a uuid in lower case",
    ),
    "letter links unsorted": (
        _letter_links_unsorted,
        "correspondence[1].incident_uuids: must be sorted and without repeats",
    ),
    "letter links repeated": (
        _letter_links_repeated,
        "correspondence[2].incident_uuids: must be sorted and without repeats",
    ),
    "row against a rule": (
        _set("incidents", 2, "uxo_depth_m", to=3.0),
        "incidents[2].uxo_depth_m: give a depth only when unexploded ordnance was found",
    ),
    "file outside evidence/": (
        _set("evidence", 1, "file", "path", to="photos/a.jpg"),
        "evidence[1].file.path: must be a file in evidence/",
    ),
    "file in a folder of evidence/": (
        _set("evidence", 1, "file", "path", to="evidence/2025/a.jpg"),
        "evidence[1].file.path: must be a file in evidence/",
    ),
    "file named evidence/": (
        _set("evidence", 1, "file", "path", to="evidence/"),
        "evidence[1].file.path: names no file",
    ),
    "file name unsafe": (
        _set("evidence", 1, "file", "path", to="evidence/a:b.jpg"),
        "evidence[1].file.path: has a colon in its name",
    ),
    "file path a number": (
        _set("evidence", 1, "file", "path", to=1),
        "evidence[1].file.path: must be text",
    ),
    "file not an object": (
        _set("evidence", 1, "file", to="evidence/a.jpg"),
        "evidence[1].file: must be an object",
    ),
    "file checksum": (
        _set("evidence", 1, "file", "sha256", to="0"),
        "evidence[1].file.sha256: must be 64 lower-case hexadecimal digits",
    ),
    "file size negative": (
        _set("evidence", 1, "file", "size_bytes", to=-1),
        "evidence[1].file.size_bytes: must not be negative",
    ),
    "file size as text": (
        _set("evidence", 1, "file", "size_bytes", to="1"),
        "evidence[1].file.size_bytes: must be a whole number",
    ),
    "derived not text": (
        _set("evidence", 1, "file", "derived", to=True),
        "evidence[1].file.derived: must be text",
    ),
    "derived copy in a full bundle": (
        _derived_copy,
        "evidence[4].file.derived: this bundle holds originals only",
    ),
    "file with another checksum": (
        _file_not_the_original("sha256"),
        "evidence[2].file: does not describe the original",
    ),
    "file of another size": (
        _file_not_the_original("size_bytes"),
        "evidence[2].file: does not describe the original",
    ),
    "uuid used twice": (_same_uuid_twice, "sites[1].uuid: is used twice"),
    "the mission's uuid again": (
        _incident_with_the_mission_s_uuid,
        "incidents[0].uuid: is used twice",
    ),
    "reference used twice": (_reference_twice, "incidents: an incident reference is used twice"),
    "link to nothing": (
        _set("damage_items", 1, "incident_uuid", to=UNKNOWN),
        "damage_items[1].incident_uuid: no such record in it",
    ),
    "link to another table": (
        _damage_of_a_site,
        "damage_items[1].incident_uuid: no such record in it",
    ),
    "letter about nothing": (
        _set("correspondence", 2, "incident_uuids", to=[UNKNOWN]),
        "correspondence[2].incident_uuids: no such incident in it",
    ),
    "letter about a site": (
        _letter_about_a_site,
        "correspondence[2].incident_uuids: no such incident in it",
    ),
    "photo of another incident's damage": (
        _photo_of_another_incident_s_damage,
        "evidence[5]: its damage item belongs to another incident",
    ),
    "two files under one name": (
        _two_files_one_name,
        "evidence[3].file.path: names two different files",
    ),
    "audit log not a list": (_set("audit_log", to={}), "audit_log: must be a list"),
    "audit entry not an object": (_set("audit_log", 2, to=None), "audit_log[2]: must be an object"),
    "audit id repeated": (
        lambda d: d["audit_log"][3].update(id=d["audit_log"][2]["id"]),
        "audit_log[3].id: entries must be in order",
    ),
    "audit id 0": (_audit(0, "id", 0), "audit_log[0].id: entries must be in order"),
    "audit id as text": (_audit(1, "id", "2"), "audit_log[1].id: must be a whole number"),
    "audit time": (_audit(1, "at", 1), "audit_log[1].at: must be text"),
    "audit user": (_audit(1, "user", None), "audit_log[1].user: must be text"),
    "audit action": (_audit(1, "action", []), "audit_log[1].action: must be text"),
    "audit entity type": (_audit(1, "entity_type", 2), "audit_log[1].entity_type: must be text"),
    "audit entity uuid": (_audit(1, "entity_uuid", 2), "audit_log[1].entity_uuid: must be text"),
    "audit changes": (_audit(1, "changes_json", {}), "audit_log[1].changes_json: must be text"),
    "audit previous hash": (
        _audit(1, "prev_hash", "0"),
        "audit_log[1].prev_hash: must be 64 lower-case hexadecimal digits",
    ),
    "audit hash": (_audit(1, "hash", None), "audit_log[1].hash: must be text"),
    "audit key id": (
        _audit(1, "key_id", "AD7B2253FEBE4E7A"),
        "audit_log[1].key_id: is not a key id",
    ),
    "audit key id a number": (_audit(1, "key_id", 7), "audit_log[1].key_id: must be text"),
    "audit signature": (_audit(1, "signature", HEX), "audit_log[1].signature: is not a signature"),
    "audit redacted": (_audit(1, "redacted", "no"), "audit_log[1].redacted: must be true or false"),
    "audit withheld": (
        _audit(1, "withheld", ["title"]),
        "audit_log[1].withheld: must be an object",
    ),
    "audit withheld hash": (
        _audit(1, "withheld", {"title": "0"}),
        "audit_log[1].withheld.title: must be 64 lower-case hexadecimal digits",
    ),
    "audit withheld in part": (
        _audit(1, "withheld", {"title": HEX, "description": None}),
        "audit_log[1].withheld: gives the hashes of some fields but not all",
    ),
    "audit changes not JSON": (
        _audit(1, "changes_json", "{"),
        "audit_log[1].changes_json: is not JSON",
    ),
    "audit changes with NaN": (
        _audit(1, "changes_json", '{"distance_m": NaN}'),
        "audit_log[1].changes_json: is not JSON",
    ),
    "audit changes too deep": (
        _audit(1, "changes_json", "[" * 100_000),
        "audit_log[1].changes_json: is not JSON",
    ),
    "audit changes not an object": (
        _audit(1, "changes_json", '["title"]'),
        "audit_log[1].changes_json: is not a JSON object",
    ),
    "files not a list": (_set("files", to={}), "files: must be a list"),
    "file entry incomplete": (
        lambda d: d["files"][0].pop("role"),
        "files[0]: role is missing",
    ),
    "file entry path": (_set("files", 0, "path", to=None), "files[0].path: must be text"),
    "file entry checksum": (
        _set("files", 1, "sha256", to=""),
        "files[1].sha256: must be 64 lower-case hexadecimal digits",
    ),
    "file entry size": (
        _set("files", 1, "size_bytes", to=-1),
        "files[1].size_bytes: must not be negative",
    ),
    "file entry size as text": (
        _set("files", 1, "size_bytes", to="1"),
        "files[1].size_bytes: must be a whole number",
    ),
    "file listed twice": (_listed_twice, "files[21].path: is listed twice"),
    "readme as a table": (
        _role("README.txt", "table"),
        "files[20].role: README.txt cannot be a file of role 'table'",
    ),
    "table as the readme": (
        _role("tables/notes.csv", "readme"),
        "files[20].role: tables/notes.csv cannot be a file of role 'readme'",
    ),
    "table not of the bundle": (
        _role("tables/extra.csv", "table"),
        "files[21].role: tables/extra.csv cannot be a file of role 'table'",
    ),
    "table outside tables/": (
        _role("other/notes.csv", "table"),
        "files[21].role: other/notes.csv cannot be a file of role 'table'",
    ),
    "summary not announced": (
        _role("summary.pdf", "summary"),
        "files[21].role: summary.pdf cannot be a file of role 'summary'",
    ),
    "file with no role": (
        _role("notes.txt", None),  # type: ignore[arg-type]
        "files[21].role: notes.txt cannot be a file of role None",
    ),
    "listed checksum unlike its row": (
        _listed_unlike_its_row("sha256"),
        "files[20]: does not match the evidence row that describes {6}",
    ),
    "listed size unlike its row": (
        _listed_unlike_its_row("size_bytes"),
        "files[20]: does not match the evidence row that describes {6}",
    ),
    "evidence not listed": (_unlisted_evidence, "files: {first} is not listed"),
}


@pytest.mark.parametrize("change", REFUSALS)
def test_a_manifest_changed_in_one_place_is_refused_saying_where_and_why(
    demo_manifest: dict[str, Any], change: str
) -> None:
    edit, words = REFUSALS[change]
    paths = {
        str(n): _evidence_path(demo_manifest, n) for n in range(len(demo_manifest["evidence"]))
    }
    first = min(_evidence_path(demo_manifest, 1), _evidence_path(demo_manifest, 7))
    expected = REFUSED + words.format(*paths.values(), first=first) + "."
    assert _refusal(demo_manifest, edit) == expected


def test_the_demo_manifest_is_read_as_it_was_written(demo_manifest: dict[str, Any]) -> None:
    read = manifest.parse(_encoded(demo_manifest))
    assert read.data == demo_manifest
    assert read.mission == demo_manifest["mission"]
    assert read.rows("incidents") == demo_manifest["incidents"]
    assert read.audit_log == demo_manifest["audit_log"]
    assert read.complete is True
    assert read.strip_location is False
    assert read.source_fingerprint == demo_manifest["source"]["fingerprint"]
    assert read.bundle_uuid == demo_manifest["bundle_uuid"]
    assert read.files == {entry["path"]: entry for entry in demo_manifest["files"]}
    assert read.evidence_files() == {
        row["file"]["path"]: row["file"] for row in demo_manifest["evidence"]
    }
    assert len(read.evidence_files()) == 12


def test_a_manifest_that_is_not_json_is_refused_as_unreadable() -> None:
    unreadable = "The bundle is refused: manifest.json is not readable JSON."
    for data in (b"{", "{}".encode("utf-16"), b'{"format": NaN}', b"[" * 100_000, b"\xff"):
        with pytest.raises(BadBundle) as raised:
            manifest.parse(data)
        assert str(raised.value) == unreadable
    with pytest.raises(BadBundle) as raised:
        manifest.parse(b"[]")
    assert str(raised.value) == REFUSED + "the manifest: must be an object."


@pytest.mark.parametrize(
    ("version", "words"),
    [
        (4, "was made by a newer Casefiles (bundle format 4); update Casefiles to read it"),
        (1, "was made by an older Casefiles (bundle format 1), whose bundles do not bind every "
         "file; export it again"),
        (2, "was made by an older Casefiles (bundle format 2), whose bundles do not bind every "
         "file; export it again"),
    ],
)  # fmt: skip
def test_a_bundle_of_another_format_version_says_which_casefiles_to_use(
    demo_manifest: dict[str, Any], version: int, words: str
) -> None:
    refusal = _refusal(demo_manifest, _set("format_version", to=version))
    assert refusal == f"The bundle {words}. Nothing was changed."


def _accepted(demo: dict[str, Any], edit: Edit) -> manifest.Manifest:
    return manifest.parse(_edited(demo, edit))


def test_values_are_read_into_one_canonical_form(demo_manifest: dict[str, Any]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["notes"][0]["written_at"] = "2025-11-14T02:00:00.5Z"
        data["damage_items"][0].update(
            cost_amount="12500.50", cost_currency="UAH", cost_estimated_on="2025-11-20"
        )
        data["incidents"][1]["distance_m"] = 25
        data["source"]["schema_version"] = 2**63 - 1

    read = _accepted(demo_manifest, edit)
    assert read.rows("notes")[0]["written_at"] == "2025-11-14T02:00:00.500000+00:00"
    damage = read.rows("damage_items")[0]
    assert (damage["cost_amount"], damage["cost_estimated_on"]) == ("12500.50", "2025-11-20")
    distance = read.rows("incidents")[1]["distance_m"]
    assert (distance, type(distance)) == (25.0, float)
    assert read.data["source"]["schema_version"] == 2**63 - 1


def test_what_a_manifest_may_hold_is_accepted(demo_manifest: dict[str, Any]) -> None:
    """A selection of incidents, a summary listed, links left empty, hashes withheld for every
    field or none, an unsigned entry, and a copy in a bundle without location; empty files."""

    def edit(data: dict[str, Any]) -> None:
        data["selection"] = {"incidents": ["KYIV-2025-004", "Bakı-1"], "strip_location": True}
        data["summary_pdf"] = "summary.pdf"
        data["files"].append(
            {"path": "summary.pdf", "sha256": HEX, "size_bytes": 0, "role": "summary"}
        )
        data["damage_items"][1]["site_uuid"] = None
        data["audit_log"][1].update(withheld={"title": HEX, "description": HEX})
        data["audit_log"][2].update(withheld={"title": None, "description": None})
        data["audit_log"][3].update(key_id=None, signature=None)
        data["evidence"][4]["file"].update(derived="image/jpeg", sha256=HEX, size_bytes=0)
        _listed(data, data["evidence"][4]["file"]["path"]).update(sha256=HEX, size_bytes=0)

    read = _accepted(demo_manifest, edit)
    assert read.complete is False
    assert read.strip_location is True
    assert read.files["summary.pdf"]["role"] == "summary"
    assert read.evidence_files()[read.rows("evidence")[4]["file"]["path"]]["size_bytes"] == 0


def test_a_photo_may_show_damage_of_its_own_incident(demo_manifest: dict[str, Any]) -> None:
    def edit(data: dict[str, Any]) -> None:
        # evidence[4] is of KYIV-2025-003, as damage_items[2] is.
        data["evidence"][4]["damage_item_uuid"] = data["damage_items"][2]["uuid"]

    read = _accepted(demo_manifest, edit)
    assert read.rows("evidence")[4]["damage_item_uuid"] == demo_manifest["damage_items"][2]["uuid"]


# Computed afresh, not answered from the cache that reading any manifest fills.
_fields = manifest.fields.__wrapped__


def test_fields_follow_the_models() -> None:
    kinds = {field.name: field for field in _fields(Incident)}
    assert [(name, field.kind) for name, field in kinds.items()] == [
        ("reference", "text"), ("title", "text"), ("site_uuid", "link"),
        ("time_start", "datetime"), ("time_end", "datetime"), ("time_precision", "text"),
        ("incident_type", "text"), ("impact", "text"), ("distance_m", "float"),
        ("distance_words", "text"), ("description", "text"), ("staff_killed", "int"),
        ("staff_injured", "int"), ("others_injured", "int"), ("uxo_found", "bool"),
        ("uxo_depth_m", "float"), ("status", "text"), ("deleted", "bool"), ("uuid", "uuid"),
    ]  # fmt: skip
    site = kinds["site_uuid"]
    assert (site.column, site.nullable, site.target) == ("site_id", False, Site)
    assert (kinds["title"].nullable, kinds["distance_m"].nullable) == (False, True)
    assert (kinds["incident_type"].vocabulary, kinds["time_precision"].vocabulary) == (
        IncidentType,
        Precision,
    )
    assert kinds["title"].vocabulary is None and kinds["title"].target is None
    damage = {field.name: field for field in _fields(DamageItem)}
    assert [damage[name].kind for name in ("cost_amount", "cost_estimated_on")] == [
        "decimal", "date",
    ]  # fmt: skip
    assert damage["severity"].vocabulary is Severity
    incident = damage["incident_uuid"]
    assert (incident.column, incident.target, incident.nullable) == ("incident_id", Incident, False)
    assert (damage["site_uuid"].target, damage["site_uuid"].nullable) == (Site, True)
    evidence = {field.name: field for field in _fields(EvidenceItem)}
    assert [evidence[name].kind for name in ("sha256", "size_bytes", "capture_time")] == [
        "sha256", "int", "text",
    ]  # fmt: skip
    assert evidence["correspondence_uuid"].target is Correspondence
    assert evidence["damage_item_uuid"].target is DamageItem
    assert [field.name for field in _fields(Note)][:3] == [
        "site_uuid", "incident_uuid", "correspondence_uuid",
    ]  # fmt: skip
    assert manifest.fields(Note) == _fields(Note)


def test_a_row_comes_back_as_model_values_with_its_links_as_ids(
    demo_manifest: dict[str, Any],
) -> None:
    read = manifest.parse(_encoded(demo_manifest))
    damage = read.rows("damage_items")[0]
    damage.update(cost_amount="12500.50", cost_estimated_on="2025-11-20")
    ids = {Incident: {damage["incident_uuid"]: 7}, Site: {}}
    values = manifest.column_values(DamageItem, damage, ids)
    assert values["incident_id"] == 7
    assert values["site_id"] is None
    assert values["cost_amount"] == Decimal("12500.50")
    assert values["cost_estimated_on"] == date(2025, 11, 20)
    assert values["uuid"] == damage["uuid"]
    note = read.rows("notes")[0]
    assert manifest.column_values(Note, note, {})["written_at"] == datetime.fromisoformat(
        note["written_at"]
    )
    assert manifest.column_values(Note, note, {})["written_at"].tzinfo == UTC
    evidence = read.rows("evidence")[0]
    assert manifest.content(evidence) == {k: v for k, v in evidence.items() if k != "file"}
    assert "file" in evidence


@pytest.mark.parametrize("change", ["unknown code", "audit id repeated", "evidence not listed"])
def test_a_forged_bundle_with_such_a_manifest_is_refused_by_verify(
    demo_bundle: Path, tmp_path: Path, demo_manifest: dict[str, Any], change: str
) -> None:
    """The same refusal through the bundle's checks, with SHA256SUMS made to agree."""
    edit, _ = REFUSALS[change]
    forged = with_manifest(demo_bundle, tmp_path / "forged.zip", edit)
    report = verify_bundle(forged)
    assert [finding.message for finding in report.findings] == [_refusal(demo_manifest, edit)]


def test_a_record_of_the_case_file_becomes_its_manifest_row(
    demo_original: Path, demo_manifest: dict[str, Any]
) -> None:
    """Links by uuid, a letter's incidents, the fields in the models' order; the file of an
    evidence row is the exporter's to add."""
    with CaseFile.open(demo_original, read_only=True) as case, case.reading() as session:
        for table, model in manifest.TABLES.items():
            for entity in session.scalars(select(model)):
                row = manifest.row_of(entity)
                written = next(r for r in demo_manifest[table] if r["uuid"] == entity.uuid)
                assert row == manifest.content(written)
                assert list(row) == [key for key in written if key != "file"]
