"""The password of a headquarters login, never on the command line: asked at the terminal when
the server wants one and neither PGPASSWORD nor a pgpass file gives it; without a terminal, one
line and exit 2. The command runs in a process of its own on a real pseudo-terminal (pty)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.casefiles.hq.helpers import RUN_CLI
from tests.hq_fixtures import PasswordLogin

_WAIT_S = 120  # a loaded machine starts Python slowly


def _environment(tmp_path: Path) -> dict[str, str]:
    """No password anywhere libpq looks: no PGPASSWORD, a pgpass file that does not exist."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    return env | {"PGPASSFILE": str(tmp_path / "no-pgpass"), "PYTHONUTF8": "1"}


class Terminal:
    """The command line on a pty: what it writes, and what a person types."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-c", RUN_CLI, *argv],
            stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
        )  # fmt: skip
        os.close(slave)
        self.seen = b""

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + _WAIT_S
        while text.encode() not in self.seen:
            if not self._read(deadline - time.monotonic()):
                raise AssertionError(f"{text!r} never came; the terminal showed {self.seen!r}")

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def finish(self) -> tuple[int, str]:
        deadline = time.monotonic() + _WAIT_S
        while self._read(deadline - time.monotonic()):
            pass
        os.close(self.master)
        return self.process.wait(timeout=_WAIT_S), self.seen.decode()

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], max(timeout, 0))
        if not ready:
            return False
        try:
            data = os.read(self.master, 4096)
        except OSError:  # the other end closed: the process is done
            return False
        self.seen += data
        return bool(data)


def test_the_password_is_asked_at_the_terminal_and_not_shown(
    password_login: PasswordLogin, tmp_path: Path
) -> None:
    terminal = Terminal(["hq", "missions", password_login.url], _environment(tmp_path))
    terminal.wait_for("Password for reader_with_password@127.0.0.1:")
    terminal.type(password_login.password)
    code, shown = terminal.finish()
    assert code == 0, shown
    assert "Headquarters holds no mission yet." in shown
    assert password_login.password not in shown  # typed without echo


def test_a_wrong_password_at_the_terminal_is_one_line(
    password_login: PasswordLogin, tmp_path: Path
) -> None:
    terminal = Terminal(["hq", "missions", password_login.url], _environment(tmp_path))
    terminal.wait_for("Password for ")
    terminal.type("yanlış-şifrə")
    code, shown = terminal.finish()
    after_prompt = shown.split("Password for ", 1)[1].splitlines()[1:]
    assert code == 2
    [line] = [line for line in after_prompt if line.strip()]
    assert line.startswith(
        "casefiles: cannot reach the headquarters database "
        f"{password_login.url.rsplit('/', 1)[1]} on 127.0.0.1:{_port(password_login.url)}: "
    )
    assert line.endswith('password authentication failed for user "reader_with_password"')


@pytest.mark.parametrize("stdin", [subprocess.DEVNULL, subprocess.PIPE])
def test_without_a_terminal_no_password_is_one_line_and_exit_2(
    password_login: PasswordLogin, tmp_path: Path, stdin: int
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUN_CLI, "hq", "missions", password_login.url],
        stdin=stdin, capture_output=True, text=True, env=_environment(tmp_path),
        timeout=_WAIT_S,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    [line] = done.stderr.splitlines()
    assert line.startswith("casefiles: cannot reach the headquarters database hq_test_")
    assert f"on 127.0.0.1:{_port(password_login.url)}: " in line and "password" in line
    assert "Password for" not in done.stderr


def _port(url: str) -> str:
    return url.rsplit(":", 1)[1].split("/", 1)[0]
