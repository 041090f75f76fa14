"""Encrypted case files on the command line, run as a user runs it (the installed script)."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import pyzipper

from tests.helpers import folder_state, require, sha256_of

SCRIPT = Path(sys.executable).with_name("casefiles")
PASSPHRASE = "Gizli söz — таємне слово"


def run(
    *args: str | Path, passphrase: str | None = None, new: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "CASEFILES_PASSPHRASE")
    }
    if passphrase is not None:
        env["CASEFILES_PASSPHRASE"] = passphrase
    if new is not None:
        env["CASEFILES_NEW_PASSPHRASE"] = new
    return subprocess.run(
        [str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,  # no terminal: no prompt
    )


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def encrypted(tmp_path: Path, passphrase_file: Path) -> Path:
    path = tmp_path / "Xarkov.casefile"
    created = run(
        "new", path, "--mission", "Xarkov konsulluğu", "--encrypt",
        "--passphrase-file", passphrase_file,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    return path


def test_info_says_encrypted_with_a_passphrase_file_or_the_environment(
    encrypted: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    from_file = run("info", encrypted, "--json", "--passphrase-file", passphrase_file)
    assert from_file.returncode == 0, from_file.stderr
    facts = json.loads(from_file.stdout)
    assert facts["encrypted"] is True
    assert facts["mission"] == "Xarkov konsulluğu"
    from_env = run("info", encrypted, "--json", passphrase=PASSPHRASE)
    assert json.loads(from_env.stdout) == facts

    plain = tmp_path / "plain.casefile"
    assert run("new", plain, "--mission", "Plain").returncode == 0
    assert json.loads(run("info", plain, "--json").stdout)["encrypted"] is False


def test_wrong_passphrase_exits_2_with_one_line_and_the_file_untouched(
    encrypted: Path, tmp_path: Path
) -> None:
    before = folder_state(tmp_path)
    for command in (("info", encrypted), ("search", encrypted, "strike"), ("verify", encrypted)):
        result = run(*command, passphrase="yanlış")
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1, result.stderr
        assert "passphrase does not open Xarkov.casefile" in result.stderr
    assert folder_state(tmp_path) == before


def test_missing_passphrase_without_a_terminal_says_how_to_give_it(
    encrypted: Path, tmp_path: Path
) -> None:
    before = folder_state(tmp_path)
    result = run("incidents", encrypted)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "--passphrase-file FILE" in result.stderr
    assert "CASEFILES_PASSPHRASE" in result.stderr
    assert folder_state(tmp_path) == before

    new = run("new", tmp_path / "n.casefile", "--mission", "X", "--encrypt")
    assert new.returncode == 2 and "--passphrase-file" in new.stderr
    assert not (tmp_path / "n.casefile").exists()


def test_passphrase_is_never_taken_as_an_argument(encrypted: Path) -> None:
    result = run("info", encrypted, "--passphrase", PASSPHRASE)
    assert result.returncode == 2
    assert "never taken as an argument" in result.stderr


def test_every_command_works_on_an_encrypted_demo(tmp_path: Path, passphrase_file: Path) -> None:
    demo = tmp_path / "demo.casefile"
    made = run("demo", demo, "--encrypt", "--passphrase-file", passphrase_file)
    assert made.returncode == 0, made.stderr
    listing = run("incidents", demo, "--json", passphrase=PASSPHRASE)
    assert listing.returncode == 0, listing.stderr
    references = [row["reference"] for row in json.loads(listing.stdout)]
    assert len(references) >= 3
    found = run("search", demo, "drone", "--json", passphrase=PASSPHRASE)
    assert found.returncode == 0 and json.loads(found.stdout)
    checked = run("verify", demo, passphrase=PASSPHRASE)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "is intact" in checked.stdout

    photos = tmp_path / "photos"
    exported = run(
        "export-photos", demo, "--incident", references[-1], "-o", photos, passphrase=PASSPHRASE
    )
    assert exported.returncode == 0, exported.stderr

    copy = tmp_path / "copy.casefile"
    backed_up = run("backup", demo, "-o", copy, passphrase=PASSPHRASE)
    assert backed_up.returncode == 0, backed_up.stderr
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    copy_info = run("info", copy, "--json", passphrase=PASSPHRASE)
    assert json.loads(copy_info.stdout)["encrypted"] is True


def test_encrypt_decrypt_and_change_passphrase(tmp_path: Path, passphrase_file: Path) -> None:
    plain = tmp_path / "plain.casefile"
    assert run("new", plain, "--mission", "Bakı").returncode == 0
    plain_hash = sha256_of(plain)
    fingerprint = json.loads(run("info", plain, "--json").stdout)["fingerprint"]

    encrypted = tmp_path / "encrypted.casefile"
    done = run("encrypt", plain, "-o", encrypted, "--passphrase-file", passphrase_file)
    assert done.returncode == 0, done.stderr
    assert sha256_of(plain) == plain_hash
    facts = json.loads(run("info", encrypted, "--json", passphrase=PASSPHRASE).stdout)
    assert facts["encrypted"] is True and facts["fingerprint"] == fingerprint
    again = run("encrypt", encrypted, "-o", tmp_path / "twice.casefile", passphrase=PASSPHRASE)
    assert again.returncode == 2 and "encrypted already" in again.stderr

    decrypted = tmp_path / "decrypted.casefile"
    opened = run("decrypt", encrypted, "-o", decrypted, passphrase=PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert "NOT encrypted" in opened.stderr
    facts = json.loads(run("info", decrypted, "--json").stdout)
    assert facts["encrypted"] is False and facts["fingerprint"] == fingerprint
    refused = run("decrypt", decrypted, "-o", tmp_path / "x.casefile")
    assert refused.returncode == 2 and "is not encrypted" in refused.stderr

    changed = run("change-passphrase", encrypted, passphrase=PASSPHRASE, new="Yeni söz")
    assert changed.returncode == 0, changed.stderr
    assert run("info", encrypted, passphrase=PASSPHRASE).returncode == 2
    facts = json.loads(run("info", encrypted, "--json", passphrase="Yeni söz").stdout)
    assert facts["fingerprint"] == fingerprint

    no_new = run("change-passphrase", encrypted, passphrase="Yeni söz")
    assert no_new.returncode == 2 and "CASEFILES_NEW_PASSPHRASE" in no_new.stderr


def test_encrypted_bundle_is_aes_and_verify_and_import_read_it(
    tmp_path: Path, passphrase_file: Path
) -> None:
    demo = tmp_path / "demo.casefile"
    assert run("demo", demo, "--encrypt", "--passphrase-file", passphrase_file).returncode == 0
    bundle = tmp_path / "hand-over.zip"
    exported = run("export", demo, "-o", bundle, "--encrypt", passphrase=PASSPHRASE)
    assert exported.returncode == 0, exported.stderr
    assert "AES-256" in exported.stdout

    with zipfile.ZipFile(bundle) as plain_reader:  # as any zip tool sees it: WinZip AES (99)
        members = plain_reader.infolist()
        assert members and all(m.flag_bits & 0x1 for m in members)
        assert {m.compress_type for m in members} == {pyzipper.zipfile_aes.WZ_AES_COMPRESS_TYPE}
    with pyzipper.AESZipFile(bundle) as archive:
        assert {m.wz_aes_strength for m in archive.infolist()} == {3}  # 256-bit keys
        archive.setpassword(PASSPHRASE.encode("utf-8"))
        assert b"sha256" in archive.read("manifest.json")

    verified = run("verify", bundle, passphrase=PASSPHRASE)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    wrong = run("verify", bundle, passphrase="yanlış")
    assert wrong.returncode == 2 and "does not open hand-over.zip" in wrong.stderr
    missing = run("verify", bundle)
    assert missing.returncode == 2 and "CASEFILES_PASSPHRASE" in missing.stderr

    imported = tmp_path / "imported.casefile"
    result = run("import-bundle", bundle, imported, passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    facts = json.loads(run("info", imported, "--json", passphrase=PASSPHRASE).stdout)
    assert facts["encrypted"] is True and facts["incidents"] >= 3


def _run_in_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the script with a terminal (a pty) as its controlling terminal, typing `answers`
    at each passphrase prompt; its exit code and everything it wrote to the terminal."""
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the pty is its stdin, stdout, stderr and controlling terminal
        env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILES_")}
        os.execve(str(SCRIPT), [str(SCRIPT), *args], env)
    output, pending = b"", list(answers)
    while True:
        try:
            chunk = os.read(terminal, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
        # A prompt ends with ": " and no newline; answer only then, once getpass has turned
        # echo off (it discards what was typed before).
        if pending and output.endswith(b": "):
            time.sleep(0.2)
            os.write(terminal, pending.pop(0).encode("utf-8") + b"\n")
    _pid, status = os.waitpid(pid, 0)
    os.close(terminal)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def test_a_terminal_is_asked_for_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "asked.casefile"
    code, shown = _run_in_terminal(
        ["new", str(path), "--mission", "Bakı", "--encrypt"], [PASSPHRASE, PASSPHRASE]
    )
    assert code == 0, shown
    assert "Passphrase for the new asked.casefile:" in shown
    assert PASSPHRASE not in shown  # not echoed
    code, shown = _run_in_terminal(["info", str(path)], [PASSPHRASE])
    assert code == 0, shown
    assert "Encrypted:      yes" in shown
    code, shown = _run_in_terminal(["info", str(path)], ["yanlış"])
    assert code == 2 and "does not open asked.casefile" in shown


SEVEN_ZIP = shutil.which("7zz") or shutil.which("7z")


def test_7zip_opens_an_encrypted_bundle_with_the_passphrase(tmp_path: Path) -> None:
    require(SEVEN_ZIP is not None, "7-Zip (7zz)")
    case = tmp_path / "b.casefile"
    assert run("new", case, "--mission", "Bakı").returncode == 0
    bundle = tmp_path / "b.zip"
    assert run("export", case, "-o", bundle, "--encrypt", passphrase=PASSPHRASE).returncode == 0
    assert SEVEN_ZIP is not None
    tested = subprocess.run(
        [SEVEN_ZIP, "t", f"-p{PASSPHRASE}", str(bundle)], capture_output=True, text=True
    )
    assert tested.returncode == 0 and "Everything is Ok" in tested.stdout
    wrong = subprocess.run([SEVEN_ZIP, "t", "-pyanlış", str(bundle)], capture_output=True)
    assert wrong.returncode != 0
