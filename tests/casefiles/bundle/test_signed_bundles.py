"""Signed bundles, attacked: summary.pdf replaced with its checksums recomputed, the manifest
signed again by a key its case file does not know, the signature removed; `--trust` accepts only
the keys given. And anchors: a restored backup is older than the state seen, and says so."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from casefiles import profile
from casefiles.bundle.export import export_bundle
from casefiles.bundle.signature import make_signature
from casefiles.cli import main
from casefiles.integrity import anchors, signing
from casefiles.services import notes
from casefiles.storage.backup import save_copy
from casefiles.storage.store import CaseFile
from tests.casefiles.bundle.zips import files_of, write_zip
from tests.helpers import folder_state

AYNUR = profile.make("Aynur Məmmədova", "Konsul")
PDF = b"%PDF-1.4\n% the summary as exported\n"


@pytest.fixture
def signed_bundle(demo_path: Path, tmp_path: Path) -> tuple[Path, int]:
    """A bundle with a summary, exported by Aynur from a case file she can write: the export
    is recorded in its log (the number of that entry is returned with it)."""
    profile.save(AYNUR)
    with CaseFile.open(demo_path) as case:
        bundle = export_bundle(case, tmp_path / "Kyiv bundle.zip", pdf=PDF).path
        with case.reading() as session:
            from casefiles.integrity.audit import history

            newest = history(session)[-1]
    assert newest.action == "export"
    assert newest.changes["summary_sha256"] == hashlib.sha256(PDF).hexdigest()
    return bundle, newest.id


def _forge_summary(good: Path, bad: Path, resign: signing.Signer | None = None) -> Path:
    """summary.pdf replaced; its line in the manifest and SHA256SUMS computed again, as anyone
    can; with `resign`, the manifest signed again with that person's key."""
    files = files_of(good)
    manifest = json.loads(files["manifest.json"])
    files["summary.pdf"] = b"%PDF-1.4\n% a different summary\n"
    for entry in manifest["files"]:
        if entry["path"] == "summary.pdf":
            entry["sha256"] = hashlib.sha256(files["summary.pdf"]).hexdigest()
            entry["size_bytes"] = len(files["summary.pdf"])
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    if resign is not None:
        digest = hashlib.sha256(files["manifest.json"]).hexdigest()
        files["manifest.sig"] = make_signature(resign, digest)
    return write_zip(bad, files)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_summary_replaced_with_its_checksums_recomputed_is_found(
    signed_bundle: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, export_entry = signed_bundle
    bad = _forge_summary(good, tmp_path / "forged.zip")
    code, out, _err = _run(capsys, "verify", str(bad), "--json")
    assert code == 1
    assert json.loads(out)["findings"] == [
        {"check": "signature", "message": "manifest.sig does not match manifest.json: the "
         f"bundle was altered after {AYNUR.signature} signed it."},
        {"check": "signature", "message": "summary.pdf is not the summary recorded when the "
         f"bundle was exported (audit entry {export_entry})."},
    ]  # fmt: skip
    before = folder_state(tmp_path)
    code, _out, err = _run(capsys, "import-bundle", str(bad), str(tmp_path / "ministry.casefile"))
    assert code == 2 and "The bundle is refused: manifest.sig does not match" in err
    assert folder_state(tmp_path) == before


def test_a_summary_forged_and_signed_by_an_unknown_key_is_found(
    signed_bundle: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, export_entry = signed_bundle
    forger = signing.ephemeral(AYNUR.name, AYNUR.role)  # her name, not her key
    bad = _forge_summary(good, tmp_path / "re-signed.zip", resign=forger)
    code, out, _err = _run(capsys, "verify", str(bad))
    assert code == 1
    assert out.splitlines()[:2] == [
        f"signature: The bundle is signed by {AYNUR.signature} with a key that is not in the "
        f"register of people of its case file ({forger.public.spoken}).",
        "signature: summary.pdf is not the summary recorded when the bundle was exported (audit "
        f"entry {export_entry}).",
    ]


def test_a_bundle_without_its_signature_is_found(
    signed_bundle: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = files_of(signed_bundle[0])
    del files["manifest.sig"]
    sums = files["SHA256SUMS"].decode().splitlines()
    kept = "".join(f"{line}\n" for line in sums if "manifest.sig" not in line)
    files["SHA256SUMS"] = kept.encode()
    bad = write_zip(tmp_path / "unsigned.zip", files)
    code, out, _err = _run(capsys, "verify", str(bad))
    assert code == 1
    assert "signature: The bundle is not signed (it has no manifest.sig)." in out.splitlines()


def test_trust_accepts_only_the_keys_given(
    signed_bundle: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, _entry = signed_bundle
    aynur = tmp_path / "aynur.pub"
    assert _run(capsys, "key", "export", "-o", str(aynur))[0] == 0
    stranger = tmp_path / "stranger.pub"
    stranger.write_bytes(signing.ephemeral("Stranger").public.pem())
    key = signing.load(AYNUR.name, AYNUR.role).public

    code, out, _err = _run(capsys, "verify", str(good), "--trust", str(aynur))
    assert code == 0
    intact = out.splitlines()[0]  # the result first; who signed the entries after it
    assert intact.endswith(f"Signed by {AYNUR.signature} (key {key.spoken}), a trusted key.")
    code, out, _err = _run(capsys, "verify", str(good), "--trust", str(stranger))
    assert code == 1
    assert (
        f"signature: The bundle is signed by {AYNUR.signature} with a key that is not trusted "
        f"here ({key.spoken})." in out.splitlines()
    )
    # The option repeats: any one of the keys given will do.
    both = ("--trust", str(stranger), "--trust", str(aynur))
    assert _run(capsys, "verify", str(good), *both)[0] == 0

    target = tmp_path / "ministry.casefile"
    importing = ("import-bundle", str(good), str(target))
    code, _out, err = _run(capsys, *importing, "--trust", str(stranger))
    assert code == 2 and "not trusted here" in err and not target.exists()
    code, out, _err = _run(capsys, *importing, "--trust", str(aynur))
    assert code == 0
    assert f"The bundle is signed by {AYNUR.signature} (key {key.spoken})." in out.splitlines()


def test_a_trust_file_that_is_not_a_key_is_refused_in_one_line(
    signed_bundle: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_key = tmp_path / "notes.pub"
    not_a_key.write_text("Тарас: ключ надішлю завтра\n", encoding="utf-8")
    code, _out, err = _run(capsys, "verify", str(signed_bundle[0]), "--trust", str(not_a_key))
    assert code == 2
    assert err == "casefiles: notes.pub is not a public key exported by Casefiles.\n"


def test_a_restored_backup_warns_that_it_is_older(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile.save(AYNUR)
    backup = tmp_path / "Köhnə nüsxə.casefile"
    with CaseFile.open(demo_path) as case:
        save_copy(case, backup)
        notes.create(case, "Після копії: нова нотатка")
        notes.create(case, "Sonrakı qeyd")
    later = tmp_path / "later.zip"
    assert _run(capsys, "export", str(demo_path), "-o", str(later))[0] == 0
    with CaseFile.open(demo_path, read_only=True) as case:
        seen = case.fingerprint()  # the export's own entry included
        entries = len(anchors.held(case))
    with CaseFile.open(backup, read_only=True) as copy:
        missing = entries - len(anchors.held(copy))
    # Aynur's entry in the register, the backup's entry, two notes, the export's entry.
    assert missing == 5

    code, out, _err = _run(capsys, "verify", str(backup), "--json")
    assert code == 0  # restoring a backup is legitimate: a warning, not a refusal
    (warning,) = json.loads(out)["warnings"]
    assert warning.startswith("this copy is older than the one seen on ")
    assert warning.endswith(f"(fingerprint {seen}); 5 entries are missing")

    code, out, _err = _run(capsys, "anchors", str(backup))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert "backup" in lines[0] and lines[0].endswith("in this copy")
    assert "export" in lines[1] and seen in lines[1] and lines[1].endswith("NOT in this copy")
    assert lines[2] == f"warning: {warning}"
    assert _run(capsys, "verify", str(demo_path), "--json")[1].count("older") == 0
