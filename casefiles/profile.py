"""Who is working: the person's name and role, asked once and kept in the app's settings folder
(platformdirs), never in a case file. Audit entries, "Prepared by" on paper and bundles name
this person; without a profile, paper says the preparer was not given (never the OS login).

`profile.json` is a file of its own so that `casefiles whoami` can change it while the app keeps
its window settings open. (A later version keeps the person's signing key beside it.)
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

from casefiles import clock, settings
from casefiles.errors import ValidationError
from casefiles.language.phrase import Number, phrase
from casefiles.storage.file_writing import written_whole

FILE_NAME = "profile.json"
MAX_NAME = 200
MAX_ROLE = 200


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    role: str = ""

    @property
    def signature(self) -> str:
        """How the person is named on paper and in the audit log: "Name, role"."""
        return f"{self.name}, {self.role}" if self.role else self.name


def _one_line(value: str | None, field: str, limit: int, *, required: bool) -> str:
    cleaned = " ".join((value or "").split())  # one line: tabs and line breaks become spaces
    if any(unicodedata.category(char) == "Cc" for char in cleaned):
        raise ValidationError({field: phrase("field.control_characters")})
    if required and not cleaned:
        raise ValidationError({field: phrase("field.required")})
    if len(cleaned) > limit:
        raise ValidationError({field: phrase("field.too_long", limit, limit=Number(limit))})
    return cleaned


def make(name: str | None, role: str | None = "") -> Profile:
    """A profile from what a person typed; raises ValidationError naming the field."""
    return Profile(
        _one_line(name, "name", MAX_NAME, required=True),
        _one_line(role, "role", MAX_ROLE, required=False),
    )


def load() -> Profile | None:
    """The saved profile; None when there is none, or when the file is damaged or edited into
    something that is not a valid profile (it is then asked again, never guessed)."""
    try:
        value = json.loads((settings.config_dir() / FILE_NAME).read_text(encoding="utf-8"))
        return make(value.get("name"), value.get("role"))
    except (OSError, ValueError, AttributeError, TypeError, ValidationError):
        return None


def save(profile: Profile) -> None:
    """Write the profile atomically, so a power cut never leaves half a file."""
    target = settings.config_dir() / FILE_NAME
    values = {"name": profile.name, "role": profile.role}
    with written_whole(target, replace=True, sync=True) as partial:
        partial.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")


def audit_user(found: Profile | None) -> str:
    """Who audit entries name: the profile's person, or else the login name of the account
    (an audit entry must name someone; paper never falls back to the login)."""
    return found.signature if found is not None else clock.current_user()
