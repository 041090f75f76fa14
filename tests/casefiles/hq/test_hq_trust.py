"""`casefiles hq import --trust` against a real PostgreSQL: a bundle goes in only when its
signatures check out and, with --trust, its exporter's key is one of the keys given; a refused
bundle leaves every row as it was. Without --trust the signatures are still checked, as
`import-bundle` checks them: an unsigned or forged bundle is refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from casefiles.bundle.readme import readme
from casefiles.bundle.signature import make_signature, parse_signature
from casefiles.hq.importer import import_bundle
from casefiles.integrity import signing
from casefiles.integrity.signing import PublicKey
from tests.casefiles.bundle.zips import files_of, write_zip
from tests.casefiles.hq.helpers import count, database_state, run, run_json
from tests.hq_fixtures import MissionBundles

KEYS = {"bundle", "mission", "outcome", "added", "reason"}


def _signer_key(bundle: Path) -> PublicKey:
    """The key the bundle's exporter signed it with (the session's bundles were made in
    another test's data folder)."""
    return parse_signature(files_of(bundle)["manifest.sig"]).key


def _key_file(folder: Path, name: str, key: PublicKey) -> str:
    path = folder / name
    path.write_bytes(key.pem())
    return str(path)


def _stranger(folder: Path) -> str:
    return _key_file(folder, "Тарас Стороннiй.pub", signing.ephemeral("Тарас").public)


def _exporter(bundle: Path) -> str:
    return str(json.loads(files_of(bundle)["manifest.json"])["created_by"])


def _forged(good: Path, target: Path, resign: signing.Signer | None = None) -> Path:
    """The manifest altered (exported a year earlier), README.txt made again from it and
    SHA256SUMS recomputed, as anyone can; with `resign`, manifest.sig made again with that
    key."""
    files = files_of(good)
    manifest: dict[str, Any] = json.loads(files["manifest.json"])
    manifest["created_at"] = manifest["created_at"].replace("20", "19", 1)
    files["README.txt"] = readme(manifest, manifest["bundle_name"])
    for entry in manifest["files"]:
        if entry["path"] == "README.txt":
            entry["sha256"] = hashlib.sha256(files["README.txt"]).hexdigest()
            entry["size_bytes"] = len(files["README.txt"])
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    if resign is not None:
        digest = hashlib.sha256(files["manifest.json"]).hexdigest()
        files["manifest.sig"] = make_signature(resign, digest)
    return write_zip(target, files)


def test_a_bundle_signed_by_a_trusted_key_is_imported(
    hq: Engine, hq_url: str, baku_bundles: MissionBundles, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    consul = _key_file(tmp_path, "konsul.pub", _signer_key(baku_bundles.first))
    [outcome] = run_json(capsys, "hq", "import", hq_url, str(baku_bundles.first), "--trust", consul)
    assert set(outcome) == KEYS
    assert outcome["outcome"] == "imported" and outcome["reason"] is None
    assert outcome["mission"] == "Azərbaycan Respublikasının Xarkovdakı Fəxri Konsulluğu"
    assert outcome["added"]["incidents"] == 1 and count(hq, "bundles") == 1


def test_any_one_of_several_trusted_keys_will_do(
    hq: Engine, hq_url: str, demo_bundle_file: Path, baku_bundles: MissionBundles,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    stranger = _stranger(tmp_path)
    consul = _key_file(tmp_path, "konsul.pub", _signer_key(baku_bundles.later))
    ambassador = _key_file(tmp_path, "səfir.pub", _signer_key(demo_bundle_file))
    trust = ("--trust", stranger, "--trust", consul, "--trust", ambassador)
    bundles = (str(demo_bundle_file), str(baku_bundles.later))
    outcomes = run_json(capsys, "hq", "import", hq_url, *bundles, *trust)
    assert [o["outcome"] for o in outcomes] == ["imported", "imported"]
    assert all(set(o) == KEYS for o in outcomes)
    assert count(hq, "missions") == 2


def test_a_bundle_signed_by_an_untrusted_key_is_refused_and_changes_nothing(
    hq: Engine, hq_url: str, demo_bundle_file: Path, baku_bundles: MissionBundles,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert import_bundle(hq, baku_bundles.first).outcome == "imported"
    state = database_state(hq)
    stranger = _stranger(tmp_path)
    signer = _signer_key(baku_bundles.later)
    # The later bundle of a mission held here, and a mission new to it: both refused.
    bundles = (str(baku_bundles.later), str(demo_bundle_file))
    outcomes = run_json(capsys, "hq", "import", hq_url, *bundles, "--trust", stranger, exit_code=2)
    assert all(set(o) == KEYS for o in outcomes)
    later, demo = outcomes
    assert later["outcome"] == "refused" and later["added"] == {}
    assert later["mission"] == "Azərbaycan Respublikasının Xarkovdakı Fəxri Konsulluğu"
    assert later["reason"] == (
        f"The bundle is refused: The bundle is signed by {_exporter(baku_bundles.later)} with "
        f"a key that is not trusted here ({signer.spoken})."
    )
    assert demo["outcome"] == "refused" and _exporter(demo_bundle_file) in demo["reason"]
    assert database_state(hq) == state
    # The line a person reads names the signer too.
    code, out, _err = run(capsys, "hq", "import", hq_url, bundles[0], "--trust", stranger)
    assert code == 2 and out.startswith("later.zip: refused: The bundle is refused: The bundle")
    assert _exporter(baku_bundles.later) in out and "not trusted here" in out
    assert database_state(hq) == state


def _unsigned(bundle: Path, target: Path) -> Path:
    files = files_of(bundle)
    del files["manifest.sig"]
    return write_zip(target, files)  # SHA256SUMS without it


def test_an_unsigned_bundle_is_refused_with_or_without_trust(
    hq: Engine, hq_url: str, baku_bundles: MissionBundles, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    unsigned = str(_unsigned(baku_bundles.first, tmp_path / "unsigned.zip"))
    consul = _key_file(tmp_path, "konsul.pub", _signer_key(baku_bundles.first))
    state = database_state(hq)
    for trust in (("--trust", consul), ()):
        [outcome] = run_json(capsys, "hq", "import", hq_url, unsigned, *trust, exit_code=2)
        assert outcome["outcome"] == "refused"
        assert "The bundle is not signed (it has no manifest.sig)" in outcome["reason"]
    assert database_state(hq) == state and count(hq, "bundles") == 0


def test_a_forged_signature_is_refused_with_or_without_trust(
    hq: Engine, hq_url: str, demo_bundle_file: Path, baku_bundles: MissionBundles,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import_bundle(hq, demo_bundle_file)
    state = database_state(hq)
    altered = str(_forged(baku_bundles.first, tmp_path / "backdated.zip"))
    consul = _key_file(tmp_path, "konsul.pub", _signer_key(baku_bundles.first))
    for trust in (("--trust", consul), ()):
        [outcome] = run_json(capsys, "hq", "import", hq_url, altered, *trust, exit_code=2)
        assert outcome["outcome"] == "refused"
        assert outcome["reason"].startswith(
            "The bundle is refused: manifest.sig does not match manifest.json: the bundle was "
            f"altered after {_exporter(baku_bundles.first)} signed it."
        )
    # Signed again in the consul's name with another key: not the key trusted, nor the one
    # her case file registered.
    forger = signing.ephemeral("Forger")
    resigned = _forged(baku_bundles.first, tmp_path / "re-signed.zip", resign=forger)
    [outcome] = run_json(
        capsys, "hq", "import", hq_url, str(resigned), "--trust", consul, exit_code=2
    )
    assert outcome["outcome"] == "refused" and forger.public.spoken in outcome["reason"]
    assert database_state(hq) == state


def test_a_trust_file_that_is_not_a_key_is_one_line_before_any_import(
    hq: Engine, hq_url: str, baku_bundles: MissionBundles, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    not_a_key = tmp_path / "açar.pub"
    not_a_key.write_text("Тарас: ключ надішлю завтра\n", encoding="utf-8")
    code, out, err = run(
        capsys, "hq", "import", hq_url, str(baku_bundles.first), "--trust", str(not_a_key)
    )
    assert (code, out) == (2, "")
    assert err == "casefiles: açar.pub is not a public key exported by Casefiles.\n"
    assert count(hq, "bundles") == 0
