"""Keep the interface's Qt translations: `python tools/translations.py update|release`.

update   runs pyside6-lupdate over every .py in ui/ into resources/translations/casefiles_LANG.ts
         (English is the source; messages no longer in the code are dropped).
release  runs pyside6-lrelease: casefiles_LANG.qm beside each .ts. The .qm files are built, never
         committed: .ci/dev and packaging/build.sh run this on every set-up and build.

Run with the project's interpreter (.venv/bin/python): the tools come with its PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("az", "uk", "ru")


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"casefiles_{language}.ts" for language in LANGUAGES]


def sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease beside this interpreter (the venv's), else on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found; run .ci/dev to install PySide6")
    return found


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    # Relative paths, so the .ts files name ui/… and stay the same on every machine.
    files = [str(path.relative_to(ROOT)) for path in sources()]
    ts = [str(path.relative_to(ROOT)) for path in ts_files()]
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative", *files, "-ts", *ts],
        cwd=ROOT,
        check=True,
    )


def release() -> None:
    for ts in ts_files():
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    commands = {"update": update, "release": release}
    if len(argv) != 1 or argv[0] not in commands:
        print("usage: python tools/translations.py update|release", file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
