"""Reaching the headquarters database from a libpq connection URL.

The URL is the one PostgreSQL's own tools take (`postgresql://user@host:port/dbname`). A
password is never part of it, since others can read a process's arguments: libpq takes it from
PGPASSWORD or a pgpass file, and when the server asks for one and there is a terminal, a prompt.
"""

from __future__ import annotations

import getpass
import sys
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from casefiles.errors import CaseFileError
from casefiles.language.phrase import Phrase, phrase

CONNECT_TIMEOUT_S = 10
_SCHEMES = ("postgresql", "postgres")


class BadURL(CaseFileError):
    pass


class Unreachable(CaseFileError):
    """No headquarters server answered, or it refused the login."""


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.drivername not in _SCHEMES:
        raise BadURL(phrase("hq.not_a_url", url=url))
    if parsed.password is not None:
        raise BadURL(phrase("hq.password_in_url"))
    if not parsed.database:
        raise BadURL(phrase("hq.no_database", url=url))
    return parsed.set(drivername="postgresql+psycopg")


def where(url: URL) -> str:
    """The server as a person names it: host and port, or the socket folder."""
    host = url.host or str(url.query.get("host", "")) or "the local socket"
    return f"{host}:{url.port}" if url.port else host


def connect(
    url: str, *, pool_size: int = 2, password: str | None = None, prompt: bool = True
) -> Engine:
    """An engine on the database at `url`, checked by connecting once. `password`: one the
    desktop asked for (kept in this engine's memory only); without it libpq looks in
    PGPASSWORD and the pgpass file, and with `prompt` on a terminal the server's request for
    one is asked at the terminal."""
    parsed = parse_url(url)
    if password is not None:
        engine = _engine(parsed, {"password": password}, pool_size)
        try:
            _probe(engine)
        except OperationalError as error:
            engine.dispose()
            raise Unreachable(_unreachable(parsed, _reason(error))) from None
        return engine
    engine = _engine(parsed, {}, pool_size)
    try:
        _probe(engine)
    except OperationalError as error:
        engine.dispose()
        reason = _reason(error)
        if prompt and "password" in reason and sys.stdin.isatty():
            secret = getpass.getpass(f"Password for {parsed.username or 'you'}@{where(parsed)}: ")
            engine = _engine(parsed, {"password": secret}, pool_size)
            try:
                _probe(engine)
            except OperationalError as second:
                engine.dispose()
                raise Unreachable(_unreachable(parsed, _reason(second))) from None
            return engine
        raise Unreachable(_unreachable(parsed, reason)) from None
    return engine


def _engine(url: URL, extra: dict[str, Any], pool_size: int) -> Engine:
    return create_engine(
        url,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "casefiles hq"}
        | extra,
        pool_size=pool_size,
        max_overflow=0,
    )


def _probe(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def _reason(error: OperationalError) -> str:
    lines = [line.strip() for line in str(error.orig).splitlines() if line.strip()]
    return lines[-1] if lines else "no answer"


def _unreachable(url: URL, reason: str) -> Phrase:
    return phrase(
        "hq.unreachable", database=url.database, where=where(url), reason=reason.rstrip(".")
    )
