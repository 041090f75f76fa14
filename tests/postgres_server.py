"""A throw-away PostgreSQL server in a temporary folder on a free port, for the headquarters
tests and benchmarks: Debian's initdb and pg_ctl (package postgresql), never SQLite standing in.

initdb refuses to run as root, so as root (CI) the server runs as the `postgres` user that
Debian's package creates; the folder is handed to it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

SUPERUSER = "hq"
# The one role the server asks a password of (scram), to test what a person types; every
# other role is trusted. A test creates it.
PASSWORD_ROLE = "reader_with_password"
_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


class NoPostgres(RuntimeError):
    pass


def bin_dir() -> Path:
    for directory in _BIN_DIRS:
        if (directory / "initdb").exists():
            return directory
    found = shutil.which("initdb")
    if found is None:
        raise NoPostgres("PostgreSQL's initdb is not installed (apt-get install postgresql)")
    return Path(found).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def throwaway_server(*, durable: bool = False) -> Iterator[str]:
    """Start a server; yield the URL of its `postgres` database; stop it and remove its folder.
    `durable`: keep fsync and synchronous commit on (benchmarks); tests run without them."""
    folder = Path(tempfile.mkdtemp(prefix="casefiles-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (folder, sockets):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    tools = bin_dir()
    port = _free_port()
    options = [f"-p {port}", f"-k {sockets}", "-c listen_addresses=127.0.0.1"]
    if not durable:
        options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    try:
        subprocess.run(
            _as_owner(
                [
                    str(tools / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    SUPERUSER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            check=True,
            capture_output=True,
        )
        hba = data / "pg_hba.conf"
        rules = f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
        subprocess.run(  # the folder is the server's own: write as its owner
            _as_owner(["sh", "-c", f'printf "%s" "$1" | cat - "{hba}" > "{hba}.new" && '
                       f'mv "{hba}.new" "{hba}"', "sh", rules]),
            check=True,
            capture_output=True,
        )  # fmt: skip
        subprocess.run(
            _as_owner(
                [
                    str(tools / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(folder / "log"),
                    "-w",
                    "-o",
                    " ".join(options),
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
    except subprocess.CalledProcessError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise NoPostgres(f"the throw-away PostgreSQL did not start: {error.stderr!r}") from None
    try:
        yield f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_owner([str(tools / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def new_database(server_url: str, name: str) -> str:
    """A new empty database on the server; its URL."""
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')  # a test's own name, not user input
    return server_url.rsplit("/", 1)[0] + f"/{name}"
