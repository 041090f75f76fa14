"""The time and the user, in one place, so tests can fix them (the clock is a true boundary)."""

from __future__ import annotations

import getpass
import socket
from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some service or container set-ups
        return "unknown"


def host_name() -> str:
    return socket.gethostname() or "unknown"
