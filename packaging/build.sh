#!/usr/bin/env bash
# Build the frozen Casefiles (PyInstaller, packaging/casefiles.spec) into dist/: the folder
# dist/casefiles/ and one archive of it, then print the figures (build seconds, unpacked and
# archive size, start-up to the painted window against the virtual-environment app).
#
#   packaging/build.sh [--dist DIR] [--work DIR] [--no-startup]
#
# --no-startup skips the start-up timing (the test suite builds with it). PYTHON names the
# interpreter that has the project and PyInstaller (default .venv/bin/python, as .ci/dev makes).
# Builds on Linux, macOS and Windows (Git Bash), each for its own system only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/dist
work=$root/build
startup=1
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) dist=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
        --work) work=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
        --no-startup) startup=0; shift ;;
        *) echo "usage: packaging/build.sh [--dist DIR] [--work DIR] [--no-startup]" >&2; exit 2 ;;
    esac
done
python=${PYTHON:-$root/.venv/bin/python}
if ! "$python" -c "import PyInstaller, casefiles" 2>/dev/null; then
    echo "build.sh: $python lacks PyInstaller or Casefiles; run .ci/dev first" \
        "(it installs .[test,installer])" >&2
    exit 2
fi
cd "$root"

# The stamp: when and from which commit this build was made (casefiles/build_info.py reads it).
mkdir -p "$work"
commit=unknown
if git rev-parse --git-dir >/dev/null 2>&1; then
    commit=$(git rev-parse --short=12 HEAD)
    git diff --quiet HEAD -- casefiles ui resources packaging pyproject.toml || commit=$commit-dirty
fi
export CASEFILES_BUILD_STAMP=$work/build_stamp.json
built=$(date -u +%Y-%m-%dT%H:%MZ)
printf '{"built": "%s", "commit": "%s"}\n' "$built" "$commit" >"$CASEFILES_BUILD_STAMP"

# The interface's translations, bundled by the spec from resources/translations.
"$python" tools/translations.py release

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work/pyinstaller" packaging/casefiles.spec
build_seconds=$(($(date +%s) - start))
cp packaging/README.txt "$dist/casefiles/README.txt"  # for whoever has only the archive

version=$("$python" -c "import casefiles; print(casefiles.__version__)")
archive=$("$python" - "$dist" "$version" <<'EOF'
# The folder casefiles/ as one archive: zip on Windows, tar.gz elsewhere.
import platform, shutil, sys, tarfile
from pathlib import Path

dist, version = Path(sys.argv[1]), sys.argv[2]
system = platform.system().lower()
base = dist / f"casefiles-{version}-{system}-{platform.machine().lower()}"
if system == "windows":
    print(shutil.make_archive(str(base), "zip", root_dir=dist, base_dir="casefiles"))
else:
    target = base.with_name(base.name + ".tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:  # 9 is slower, hardly smaller
        archive.add(dist / "casefiles", arcname="casefiles")
    print(target)
EOF
)

figures=(--build-seconds "$build_seconds" --folder "$dist/casefiles" --archive "$archive")
if [ "$startup" = 1 ]; then
    figures+=(--python "$python")
fi
"$python" packaging/measure_build.py "${figures[@]}" --json-out "$dist/figures.json"
