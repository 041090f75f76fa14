"""The audit chain as an attacker with the sqlite3 shell meets it: every field of an entry edited
alone, and edited together with a hash recomputed for that entry. Each edit must be named by the
finding that fits it, not by "some finding"."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from casefiles import profile
from casefiles.integrity import audit
from casefiles.integrity.audit import head_hash
from casefiles.integrity.verify import verify
from casefiles.services import damage, incidents, notes, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.store import CaseFile

ENTRY = 5  # an entry in the middle of the log: several before it, several after it


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    """A small case file whose log holds every kind of entry: creates, an update, a deletion.
    Built here rather than copied from the demo, so each test (and each mutant of
    tools/mutation.sh) writes its own log."""
    path = tmp_path / "Zəncir.casefile"
    with create_case_file(path, "Посольство", timezone="Europe/Kyiv") as case:
        site = sites.create(
            case, kind="chancery", name="Kancelyariya", latitude=50.4501, longitude=30.5234
        )  # location fields: they stand in the hash as their salted digests
        incident = incidents.create(
            case, title="Dron zərbəsi", site=site.uuid, span="2025-11-14 night"
        )
        notes.create(case, "Вікна вибиті вибухом", incident.uuid)
        damage.create(
            case, incident.uuid, element="windows", severity="moderate", description="Şüşələr"
        )
        incidents.update(case, incident.uuid, status="reported")
        incidents.update(case, incident.uuid, status="reported")  # no change: no entry
        wrong = notes.create(case, "Yanlış qeyd", incident.uuid)
        notes.delete(case, wrong.uuid)
    return path


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# Location and device fields, which a bundle without location may withhold: in the hash they
# stand as their salted digests (the published format, written out here).
_WITHHOLDABLE = {
    "site": {"latitude", "longitude"},
    "evidence": {"gps_latitude", "gps_longitude", "gps_altitude", "camera_make",
                 "camera_model", "software", "metadata_json"},
}  # fmt: skip


def _attackers_hash(row: sqlite3.Row) -> str:
    """The entry hash as anyone who reads the published format recomputes it (written out here,
    not imported, so a change to the app's formula cannot hide behind this test): the changes
    with each location or device field replaced by its salted digest, hashed, then the entry's
    fields with that digest."""
    changes = json.loads(row["changes"])
    salts = changes.get("_salts")
    salts = salts if isinstance(salts, dict) else {}
    hidden = _WITHHOLDABLE.get(row["entity_type"], set())
    content = {
        name: hashlib.sha256(
            _canonical({"salt": str(salts.get(name, "")), "name": name, "value": value}).encode()
        ).hexdigest()
        if name in hidden
        else value
        for name, value in changes.items()
        if name != "_salts"
    }
    fields = [
        2,
        row["prev_hash"],
        row["at"],
        row["user"],
        row["action"],
        row["entity_type"],
        row["entity_uuid"],
        hashlib.sha256(_canonical(content).encode()).hexdigest(),
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def _edited(field: str, value: str) -> str:
    """A plausible forged value for one field of an entry."""
    if field == "at":
        return (datetime.fromisoformat(value) + timedelta(seconds=1)).isoformat(
            timespec="microseconds"
        )
    if field == "user":
        return "Ağa Məmmədov"
    if field == "action":
        return "delete" if value != "delete" else "update"
    if field == "entity_type":
        return "note" if value != "note" else "incident"
    if field == "entity_uuid":
        return "00000000-0000-4000-8000-000000000000"
    if field == "changes":
        changes = json.loads(value)
        key = sorted(k for k in changes if k != "_salts")[0]  # a recorded value
        changes[key] = "підроблено"  # still JSON of the shape the app writes
        return json.dumps(changes, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert field == "prev_hash"
    return hashlib.sha256(b"another history").hexdigest()


def _forge(path: Path, entry: int, field: str, *, recompute: bool) -> None:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    row = connection.execute("SELECT * FROM audit_log WHERE id = ?", (entry,)).fetchone()
    forged = _edited(field, row[field])
    assert forged != row[field]
    connection.execute(f"UPDATE audit_log SET {field} = ? WHERE id = ?", (forged, entry))
    if recompute:
        row = connection.execute("SELECT * FROM audit_log WHERE id = ?", (entry,)).fetchone()
        connection.execute(
            "UPDATE audit_log SET hash = ? WHERE id = ?", (_attackers_hash(row), entry)
        )
    connection.commit()
    connection.close()


def _chain_findings(path: Path) -> list[str]:
    with CaseFile.open(path, read_only=True) as case:
        return [f.message for f in verify(case) if f.check == "audit chain"]


def _altered(entry: int) -> str:
    return f"Audit entry {entry} was altered."


def _does_not_follow(entry: int) -> str:
    return (
        f"Audit entry {entry} does not follow the entry before it "
        "(an entry was removed or reordered)."
    )


FIELDS = ["at", "user", "action", "entity_type", "entity_uuid", "changes"]


def test_the_log_hashes_as_the_format_says(case_path: Path) -> None:
    """The attacker's formula above is the app's: otherwise the forgeries below prove nothing.
    Changes are stored as canonical JSON objects (sorted keys, no spaces, text as it is)."""
    connection = sqlite3.connect(case_path)
    connection.row_factory = sqlite3.Row
    rows = connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    connection.close()
    assert len(rows) > ENTRY + 1
    assert [_attackers_hash(row) for row in rows] == [row["hash"] for row in rows]
    assert [row["prev_hash"] for row in rows[1:]] == [row["hash"] for row in rows[:-1]]
    for row in rows:
        changes = json.loads(row["changes"])
        assert isinstance(changes, dict) and changes, row["changes"]
        assert row["changes"] == json.dumps(
            changes, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
    assert "Вікна вибиті вибухом" in "".join(row["changes"] for row in rows)
    with CaseFile.open(case_path, read_only=True) as case:
        assert verify(case) == []


def test_the_history_reads_back_what_was_recorded(case_path: Path) -> None:
    with CaseFile.open(case_path, read_only=True) as case, case.reading() as session:
        whole = audit.history(session)
        incident = incidents.list_incidents(case)[0]
        own = audit.history(session, incident.uuid)
        fingerprint = head_hash(session)
        user = case.user
    assert [e.id for e in whole] == list(range(1, len(whole) + 1))
    assert [e.action for e in own] == ["create", "update"]  # the unchanged update wrote nothing
    assert own[1].changes == {"status": ["draft", "reported"]}
    assert own[0].changes["title"] == "Dron zərbəsi" and own[0].entity_type == "incident"
    assert {e.entity_uuid for e in own} == {incident.uuid}
    assert [e.action for e in whole if e.entity_type == "note"] == ["create", "create", "delete"]
    assert whole[-1].hash == fingerprint and {e.user for e in whole} == {user}
    assert all(e.at.tzinfo is not None for e in whole)


@pytest.mark.parametrize("field", FIELDS)
def test_a_field_edited_alone_is_an_altered_entry(case_path: Path, field: str) -> None:
    _forge(case_path, ENTRY, field, recompute=False)
    assert _chain_findings(case_path) == [_altered(ENTRY)]


@pytest.mark.parametrize("field", FIELDS)
def test_a_field_edited_with_its_hash_recomputed_breaks_the_next_link(
    case_path: Path, field: str
) -> None:
    _forge(case_path, ENTRY, field, recompute=True)
    assert _chain_findings(case_path) == [_does_not_follow(ENTRY + 1)]


def test_the_previous_hash_edited_alone_breaks_both_checks(case_path: Path) -> None:
    _forge(case_path, ENTRY, "prev_hash", recompute=False)
    assert _chain_findings(case_path) == [_does_not_follow(ENTRY), _altered(ENTRY)]


def test_the_previous_hash_edited_with_its_hash_recomputed_breaks_two_links(
    case_path: Path,
) -> None:
    _forge(case_path, ENTRY, "prev_hash", recompute=True)
    assert _chain_findings(case_path) == [_does_not_follow(ENTRY), _does_not_follow(ENTRY + 1)]


def test_the_entry_hash_edited_alone_is_found_twice(case_path: Path) -> None:
    connection = sqlite3.connect(case_path)
    connection.execute(
        "UPDATE audit_log SET hash = ? WHERE id = ?", (hashlib.sha256(b"x").hexdigest(), ENTRY)
    )
    connection.commit()
    connection.close()
    assert _chain_findings(case_path) == [_altered(ENTRY), _does_not_follow(ENTRY + 1)]


def test_changes_forged_with_the_row_and_the_hash_still_break_the_next_link(
    case_path: Path,
) -> None:
    """The forgery the planted bug let through: a note's text and its log entry rewritten
    together, the entry's hash recomputed. The row agrees with the log, so only the chain can
    tell; and it does, because the next entry still names the old hash."""
    connection = sqlite3.connect(case_path)
    connection.row_factory = sqlite3.Row
    entry = connection.execute(
        "SELECT * FROM audit_log WHERE entity_type = 'note' AND action = 'create' "
        "ORDER BY id LIMIT 1"
    ).fetchone()
    last = connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    assert entry["id"] < last
    later = connection.execute(
        "SELECT count(*) FROM audit_log WHERE entity_uuid = ? AND id > ?",
        (entry["entity_uuid"], entry["id"]),
    ).fetchone()[0]
    assert later == 0  # the note was never edited again: only the chain can tell
    changes = json.loads(entry["changes"])
    changes["text"] = "Heç nə olmayıb: ничего не произошло."
    forged = json.dumps(changes, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    connection.execute(
        "UPDATE notes SET text = ? WHERE uuid = ?", (changes["text"], changes["uuid"])
    )
    connection.execute("UPDATE audit_log SET changes = ? WHERE id = ?", (forged, entry["id"]))
    row = connection.execute("SELECT * FROM audit_log WHERE id = ?", (entry["id"],)).fetchone()
    connection.execute(
        "UPDATE audit_log SET hash = ? WHERE id = ?", (_attackers_hash(row), entry["id"])
    )
    connection.commit()
    connection.close()
    with CaseFile.open(case_path, read_only=True) as case:
        findings = [(f.check, f.message) for f in verify(case)]
    # The search index (derived data, not evidence) also still holds the old words.
    assert findings == [
        ("audit chain", _does_not_follow(entry["id"] + 1)),
        # The hash recomputed, the person's signature over it no longer checks.
        (
            "signature",
            f"Audit entry {entry['id']} has a bad signature: it does not match the entry and the "
            f"key of {entry['user']}.",
        ),
        (
            "search index",
            "The search index is out of step with incident(s) CASE-2025-001; Case › Verify… in "
            "the window rebuilds it when the case file is open for writing (the records are not "
            "affected).",
        ),
    ]


def test_the_newest_entry_rewritten_whole_changes_the_fingerprint(case_path: Path) -> None:
    """Nothing follows the newest entry, so a forger who recomputes its hash leaves a chain that
    checks out; what gives it away is the fingerprint printed on every summary."""
    with CaseFile.open(case_path, read_only=True) as case, case.reading() as session:
        printed = head_hash(session)
    connection = sqlite3.connect(case_path)
    last = connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    connection.close()
    _forge(case_path, last, "user", recompute=True)
    assert _chain_findings(case_path) == []
    with CaseFile.open(case_path, read_only=True) as case, case.reading() as session:
        assert head_hash(session) != printed


def _legacy_hash(row: sqlite3.Row, prev_hash: str) -> str:
    """An entry's hash as the previous version wrote it (the published format, written out):
    the changes' JSON text hashed whole with the entry's fields, text as it is."""
    fields = [prev_hash, row["at"], row["user"], row["action"], row["entity_type"],
              row["entity_uuid"], row["changes"]]  # fmt: skip
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def test_a_log_written_by_the_previous_version_still_checks(case_path: Path) -> None:
    """Every entry rehashed and rechained in the previous format, as a file that version wrote
    holds them (its changes hold Azerbaijani and Ukrainian text): the chain checks, and an
    entry edited afterwards is altered."""
    connection = sqlite3.connect(case_path)
    connection.row_factory = sqlite3.Row
    previous = connection.execute("SELECT prev_hash FROM audit_log WHERE id = 1").fetchone()[0]
    for row in connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall():
        previous, old = _legacy_hash(row, previous), previous
        connection.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (old, previous, row["id"])
        )
    connection.commit()
    connection.close()
    assert _chain_findings(case_path) == []
    _forge(case_path, ENTRY, "user", recompute=False)
    assert _chain_findings(case_path) == [_altered(ENTRY)]


def test_changes_that_are_not_json_are_an_altered_entry(case_path: Path) -> None:
    connection = sqlite3.connect(case_path)
    connection.execute("UPDATE audit_log SET changes = ? WHERE id = ?", ('{"text": "kəs', ENTRY))
    connection.commit()
    connection.close()
    assert _chain_findings(case_path) == [
        _altered(ENTRY),
        f"Audit entry {ENTRY} cannot be read: its changes are not the JSON object the app writes.",
    ]


def test_salts_that_are_not_an_object_are_no_salts(case_path: Path) -> None:
    """A forger who writes the site entry's salts as text, and recomputes its hash by the
    format (which reads such salts as none): the chain breaks at the next link, and verify
    says so rather than failing."""
    connection = sqlite3.connect(case_path)
    connection.row_factory = sqlite3.Row
    row = connection.execute("SELECT * FROM audit_log WHERE entity_type = 'site'").fetchone()
    changes = json.loads(row["changes"])
    assert set(changes["_salts"]) == {"latitude", "longitude"}
    changes["_salts"] = "duz"
    connection.execute(
        "UPDATE audit_log SET changes = ? WHERE id = ?", (_canonical(changes), row["id"])
    )
    forged = connection.execute("SELECT * FROM audit_log WHERE id = ?", (row["id"],)).fetchone()
    connection.execute(
        "UPDATE audit_log SET hash = ? WHERE id = ?", (_attackers_hash(forged), row["id"])
    )
    connection.commit()
    connection.close()
    assert _chain_findings(case_path) == [_does_not_follow(row["id"] + 1)]


def test_the_signer_is_registered_by_their_first_entry_once(tmp_path: Path) -> None:
    """The register of people names whose key signs: the first entry is the signer's own,
    with their name, role and key, and every entry is signed by that key."""
    profile.save(profile.make("Leyla Əliyeva", "konsul"))
    path = tmp_path / "Reyestr.casefile"
    with create_case_file(path, "Səfirlik", timezone="Asia/Baku") as case:
        sites.create(case, kind="chancery", name="Kancelyariya")
        signer = case.signer()
    assert (signer.name, signer.role) == ("Leyla Əliyeva", "konsul")
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    rows = connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    connection.close()
    first = rows[0]
    assert (first["action"], first["entity_type"], first["user"]) == (
        "create",
        "person",
        signer.person,
    )
    changes = json.loads(first["changes"])
    assert {k: changes[k] for k in ("name", "role", "key_id", "public_key", "added_by")} == {
        "name": "Leyla Əliyeva",
        "role": "konsul",
        "key_id": signer.public.key_id,
        "public_key": signer.public.raw.hex(),
        "added_by": "Leyla Əliyeva, konsul",
    }
    assert [row["entity_type"] for row in rows] == ["person", "mission", "site"]
    assert {row["key_id"] for row in rows} == {signer.public.key_id}
    assert all(row["signature"] for row in rows)


def test_each_location_field_gets_a_salt_of_its_own(case_path: Path) -> None:
    """16 random bytes each (in hex), so a withheld position cannot be found by trying every
    place near the chancery against its hash; entries without location fields carry none."""
    connection = sqlite3.connect(case_path)
    rows = connection.execute("SELECT entity_type, changes FROM audit_log ORDER BY id").fetchall()
    connection.close()
    salts = [json.loads(changes).get("_salts") for _, changes in rows]
    site = salts[[kind for kind, _ in rows].index("site")]
    assert sorted(site) == ["latitude", "longitude"]
    assert all(re.fullmatch("[0-9a-f]{32}", salt) for salt in site.values())
    assert site["latitude"] != site["longitude"]
    assert [kind for (kind, _), salt in zip(rows, salts, strict=True) if salt] == ["site"]
