"""Which copy of Casefiles this is: its version and, for a built copy, when and from which
commit it was built.

packaging/build.sh writes build_stamp.json beside this module inside the frozen build only; a
run from the source tree has no stamp and says it is a development run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from casefiles import __version__

STAMP = Path(__file__).with_name("build_stamp.json")


@dataclass(frozen=True)
class BuildInfo:
    version: str
    built: str | None = None  # UTC date and time of the build, ISO 8601
    commit: str | None = None  # the commit it was built from; "-dirty" if the tree had changes

    @property
    def is_build(self) -> bool:
        return self.built is not None

    def describe(self) -> str:
        """One line for `casefiles --version` and Help › About."""
        if not self.is_build:
            return f"Casefiles {self.version} (development run, not a build)"
        return f"Casefiles {self.version}, built {self.built} from commit {self.commit}"


def build_info(stamp: Path = STAMP) -> BuildInfo:
    """This copy's build facts; a missing or unreadable stamp means a development run."""
    try:
        values = json.loads(stamp.read_text(encoding="utf-8"))
        return BuildInfo(__version__, str(values["built"]), str(values["commit"]))
    except (OSError, ValueError, KeyError, TypeError):
        return BuildInfo(__version__)
