"""What the headquarters tests share: the command line run in this process or in another, and
a fingerprint of everything the database holds, to show that a refused bundle changed nothing."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from typing import Any

import pytest
from sqlalchemy import Engine, text

from casefiles.cli import main
from casefiles.hq.schema import metadata

RUN_CLI = "import sys; from casefiles.cli import main; sys.exit(main(sys.argv[1:]))"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str, exit_code: int = 0) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == exit_code, err
    return json.loads(out)


def spawn(*argv: str) -> subprocess.Popen[str]:
    """The command line in a process of its own."""
    return subprocess.Popen(
        [sys.executable, "-c", RUN_CLI, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def database_state(engine: Engine) -> str:
    """SHA-256 over every row of every headquarters table, in a fixed order."""
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for table in sorted(metadata.tables):
            rows = connection.execute(
                text(f"SELECT md5(CAST(t.* AS text)) AS h FROM {table} t ORDER BY h")
            ).scalars()
            digest.update(f"{table}:{','.join(rows)}\n".encode())
    return digest.hexdigest()


def count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
