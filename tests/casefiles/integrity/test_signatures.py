"""Signed audit entries, attacked: a second person's key, a forged signature, a removed
signature, a whole chain recomputed by someone who read the source. Each is found by verify
(exit 1) with its own finding; entries from before signing are unsigned, not tampering."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefiles import profile
from casefiles.cli import main
from casefiles.integrity import signing
from casefiles.integrity.audit import content_digest, entry_hash
from casefiles.services import notes
from casefiles.services.mission import create_case_file
from casefiles.storage.file_format import GENESIS_HASH
from casefiles.storage.models import jsonable
from casefiles.storage.store import CaseFile
from tests.helpers import unsigned

AYNUR = profile.make("Aynur Məmmədova", "Konsul")
TARAS = profile.make("Тарас Коваленко", "Security officer")


def _verify_json(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict]:
    code = main(["verify", str(path), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def _case_by_two(tmp_path: Path) -> Path:
    """A case file written by Aynur, then by Taras on the same computer account."""
    path = tmp_path / "İki nəfər.casefile"
    profile.save(AYNUR)
    with create_case_file(path, "Səfirlik", timezone="Europe/Kyiv") as case:
        notes.create(case, "Birinci qeyd")
    profile.save(TARAS)
    with CaseFile.open(path) as case:
        notes.create(case, "Друга нотатка")
        notes.create(case, "Третя нотатка")
    return path


def test_a_second_persons_entries_are_signed_with_their_own_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case_by_two(tmp_path)
    code, report = _verify_json(path, capsys)
    assert code == 0
    assert list(report) == ["intact", "findings", "warnings", "fingerprint", "signers"]
    aynur = signing.load(AYNUR.name, AYNUR.role).public
    taras = signing.load(TARAS.name, TARAS.role).public
    assert aynur != taras
    # Each person's own register entry, then their changes: mission + note; two notes.
    assert report == {
        "intact": True,
        "findings": [],
        "warnings": [],
        "fingerprint": CaseFile.open(path, read_only=True).fingerprint(),
        "signers": [
            {"name": AYNUR.name, "role": AYNUR.role, "key_fingerprint": aynur.fingerprint,
             "entries": 3},
            {"name": TARAS.name, "role": TARAS.role, "key_fingerprint": taras.fingerprint,
             "entries": 3},
        ],
    }  # fmt: skip
    for person in (AYNUR, TARAS):
        key_file = signing.key_path(person.name, person.role)
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    connection = sqlite3.connect(path)
    people = connection.execute("SELECT name, role, public_key FROM people ORDER BY id").fetchall()
    connection.close()
    assert people == [
        (AYNUR.name, AYNUR.role, aynur.raw.hex()),
        (TARAS.name, TARAS.role, taras.raw.hex()),
    ]


def _tamper(path: Path, sql: str, *params: object) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql, params)
    connection.commit()
    connection.close()


def _last_entry(path: Path) -> tuple[int, str]:
    connection = sqlite3.connect(path)
    number, hash_ = connection.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    connection.close()
    return number, hash_


def test_a_forged_signature_is_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _case_by_two(tmp_path)
    number, hash_ = _last_entry(path)
    forged = Ed25519PrivateKey.generate().sign(signing.ENTRY + hash_.encode()).hex()
    _tamper(path, "UPDATE audit_log SET signature = ? WHERE id = ?", forged, number)
    code, report = _verify_json(path, capsys)
    assert code == 1 and report["intact"] is False
    assert report["findings"] == [
        {
            "check": "signature",
            "message": f"Audit entry {number} has a bad signature: it does not match the entry "
            f"and the key of {TARAS.signature}.",
        }
    ]


def test_a_removed_signature_is_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _case_by_two(tmp_path)
    number, _hash = _last_entry(path)
    _tamper(path, "UPDATE audit_log SET key_id = NULL, signature = NULL WHERE id = ?", number)
    code, report = _verify_json(path, capsys)
    assert code == 1
    assert [f["message"] for f in report["findings"]] == [
        f"Audit entry {number} is not signed, though entries are signed from entry 1 on: its "
        "signature was removed, or it was written behind the app's back."
    ]


def test_an_entry_signed_by_a_key_not_in_the_register_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case_by_two(tmp_path)
    number, hash_ = _last_entry(path)
    stranger = signing.ephemeral("Stranger")
    _tamper(
        path, "UPDATE audit_log SET key_id = ?, signature = ? WHERE id = ?",
        stranger.public.key_id, stranger.sign(signing.ENTRY, hash_), number,
    )  # fmt: skip
    code, report = _verify_json(path, capsys)
    assert code == 1
    assert [f["message"] for f in report["findings"]] == [
        f"Audit entry {number} is signed by a key that is not in the register of people (key id "
        f"{stranger.public.key_id})."
    ]


def _recompute_chain(path: Path) -> None:
    """What anyone who reads the source can do: every hash computed again, in order."""
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT id, at, user, action, entity_type, entity_uuid, changes FROM audit_log ORDER BY id"
    ).fetchall()
    previous = GENESIS_HASH
    for number, at, user, action, kind, uuid, changes in rows:
        from datetime import datetime

        moment = str(jsonable(datetime.fromisoformat(at)))
        digest = entry_hash(
            previous, moment, user, action, kind, uuid, content_digest(kind, json.loads(changes))
        )
        connection.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (previous, digest, number)
        )
        previous = digest
    connection.commit()
    connection.close()


def test_a_whole_chain_recomputed_after_an_edit_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case_by_two(tmp_path)
    connection = sqlite3.connect(path)
    note_id, uuid, changes = connection.execute(
        "SELECT id, entity_uuid, changes FROM audit_log WHERE entity_type = 'note' "
        "AND user = ? ORDER BY id LIMIT 1",
        (AYNUR.signature,),
    ).fetchone()
    edited = json.loads(changes) | {"text": "Heç nə olmayıb"}
    connection.execute(
        "UPDATE audit_log SET changes = ? WHERE id = ?",
        (json.dumps(edited, sort_keys=True, ensure_ascii=False, separators=(",", ":")), note_id),
    )
    connection.execute("UPDATE notes SET text = ? WHERE uuid = ?", ("Heç nə olmayıb", uuid))
    last = connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    connection.commit()
    connection.close()
    _recompute_chain(path)
    code, report = _verify_json(path, capsys)
    assert code == 1
    # The chain links and every record agrees with the log: only the signatures tell, from the
    # edited entry on (each later hash changed with it).
    assert {f["check"] for f in report["findings"]} == {"signature"}
    assert [f["message"].split(":")[0] for f in report["findings"]] == [
        f"Audit entry {n} has a bad signature" for n in range(note_id, last + 1)
    ]


def test_entries_written_before_signing_are_reported_as_unsigned_not_as_tampering(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unsigned(demo_path)  # as the previous version wrote it
    code, report = _verify_json(demo_path, capsys)
    assert code == 0 and report["findings"] == [] and report["signers"] == []
    count = sqlite3.connect(demo_path).execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert report["warnings"] == [
        f"{count} audit entries were written before entries were signed: the hash chain checks "
        "them, no signature does."
    ]
    # Written on by this version: the new entries are signed, the old ones stay as they were.
    profile.save(AYNUR)
    with CaseFile.open(demo_path) as case:
        notes.create(case, "Yeni qeyd")
    code, report = _verify_json(demo_path, capsys)
    assert code == 0 and len(report["warnings"]) == 1
    assert [(s["name"], s["entries"]) for s in report["signers"]] == [(AYNUR.name, 2)]


def test_the_demo_is_signed_by_its_own_person(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _verify_json(demo_path, capsys)
    assert code == 0 and report["warnings"] == []
    assert [s["name"] for s in report["signers"]] == ["Administrative officer (demo)"]


def test_key_show_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile.save(AYNUR)
    assert main(["key", "show"]) == 0
    shown = capsys.readouterr().out
    key = signing.load(AYNUR.name, AYNUR.role).public
    assert f"Fingerprint: {key.spoken}" in shown
    groups = key.spoken.split(" ")
    assert len(groups) == 10 and all(len(g) == 4 and g.isalnum() for g in groups)
    target = tmp_path / "aynur.pub"
    assert main(["key", "export", "-o", str(target)]) == 0
    assert signing.read_public(target) == key
    exported = target.read_bytes()
    assert main(["key", "export", "-o", str(target)]) == 2  # never over an existing file
    assert target.read_bytes() == exported
    assert "already exists" in capsys.readouterr().err
    assert b"PRIVATE" not in exported


def test_a_protected_key_needs_its_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile.save(AYNUR)
    monkeypatch.setenv("CASEFILES_NEW_PASSPHRASE", "açar sözü")
    assert main(["key", "protect"]) == 0
    assert b"ENCRYPTED" in signing.key_path(AYNUR.name, AYNUR.role).read_bytes()
    path = tmp_path / "a.casefile"
    assert main(["new", str(path), "--mission", "Səfirlik"]) == 2
    assert "protected by a passphrase" in capsys.readouterr().err
    assert not path.exists()
    monkeypatch.setenv(signing.KEY_PASSPHRASE_ENV, "açar sözü")
    assert main(["new", str(path), "--mission", "Səfirlik"]) == 0
    assert capsys.readouterr().out == f"Created {path}\n"
    code, report = _verify_json(path, capsys)
    assert code == 0 and report["signers"][0]["name"] == AYNUR.name
