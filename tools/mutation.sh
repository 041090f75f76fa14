#!/usr/bin/env bash
# Mutation testing of the core rules with mutmut (docs/mutation-testing.md says why and lists
# the surviving mutants that are equivalent). Each module is mutated in a scratch copy of the
# project and tested only by the tests that concern it, so a run fits on a laptop.
#
#   tools/mutation.sh                 every module below, smallest first
#   tools/mutation.sh casefiles/integrity/audit.py casefiles/domain/timespan.py
#
# Writes build/mutation/report.md: killed, survived, timed out and total per module measured so
# far (each module's run is kept in build/mutation/work/), and the diff of every survivor. Runs under nice; MUTATION_CHILDREN sets the parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=$root/.venv/bin/python
out=$root/build/mutation
children=${MUTATION_CHILDREN:-2}

# Each core module with the tests that exercise it.
declare -A tests=(
    [casefiles/integrity/audit.py]="tests/casefiles/integrity/test_audit_chain.py"
    [casefiles/domain/timespan.py]="tests/casefiles/domain/test_timespan.py tests/casefiles/domain/test_timespan_properties.py"
    [casefiles/storage/file_writing.py]="tests/casefiles/storage/test_file_writing.py"
    # verify.py: in-process tests on copies of the prebuilt demo; the attacks that also run the
    # command line in a new process (seconds each) are left to the suite, as their findings are
    # asserted here in-process (test_verify_checks.py).
    [casefiles/integrity/verify.py]="tests/casefiles/integrity/test_verify_checks.py tests/casefiles/integrity/test_verify_details.py tests/casefiles/integrity/test_verify.py tests/casefiles/integrity/test_verify_words.py tests/casefiles/integrity/test_audit_chain.py tests/casefiles/integrity/test_verify_attacks.py::test_swapping_two_incidents_with_their_correspondence_links_is_found tests/casefiles/integrity/test_verify_attacks.py::test_a_letter_relinked_to_another_incident_is_found tests/casefiles/integrity/test_verify_attacks.py::test_a_file_of_the_previous_version_verifies_and_its_id_swaps_are_found tests/casefiles/integrity/test_verify_attacks.py::test_an_edited_search_row_is_found_by_verify_not_by_opening"
    [casefiles/photos/evidence_checks.py]="tests/casefiles/photos/test_evidence_checks.py"
    [casefiles/storage/locking.py]="tests/casefiles/storage/test_writer_lock.py tests/casefiles/storage/test_pid_alive_windows.py tests/casefiles/storage/test_locking.py"
    [casefiles/storage/file_format.py]="tests/casefiles/storage/test_file_format.py tests/casefiles/storage/test_store.py tests/casefiles/storage/test_overview.py tests/casefiles/storage/test_migrate.py tests/casefiles/storage/test_encryption.py"
    [casefiles/photos/photo_metadata.py]="tests/casefiles/photos/test_exif_values.py tests/casefiles/photos/test_photo_metadata.py"
    [casefiles/services/evidence_export.py]="tests/casefiles/services/test_evidence_export.py tests/casefiles/services/test_evidence_import.py"
    [casefiles/bundle/checks.py]="tests/casefiles/bundle/test_zip_checks.py"
    [casefiles/domain/wording.py]="tests/casefiles/domain/test_wording.py tests/casefiles/domain/test_timespan.py tests/casefiles/domain/test_timespan_properties.py tests/casefiles/photos/test_evidence_checks.py tests/casefiles/summary/test_summary_wording.py"
    [casefiles/bundle/manifest.py]="tests/casefiles/bundle/test_manifest.py tests/casefiles/bundle/test_export.py"
    [casefiles/bundle/verify.py]="tests/casefiles/bundle/test_bundle_verify.py tests/casefiles/bundle/test_signed_bundles.py tests/casefiles/bundle/test_forgery.py"
)
order=(
    casefiles/integrity/audit.py casefiles/storage/file_writing.py casefiles/domain/timespan.py casefiles/domain/wording.py casefiles/integrity/verify.py
    casefiles/bundle/verify.py casefiles/bundle/checks.py casefiles/bundle/manifest.py
    casefiles/photos/evidence_checks.py casefiles/storage/file_format.py casefiles/storage/locking.py
    casefiles/photos/photo_metadata.py casefiles/services/evidence_export.py
)
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=("${order[@]}")

mkdir -p "$out"

# The demo case file and its bundle, written once by the code as it is: the tests' fixtures copy
# them (tests/conftest.py) instead of writing them anew for every mutant, which took seconds.
fixtures=$out/fixtures
rm -rf "$fixtures"
mkdir -p "$fixtures"
# A script in a file, not on stdin: the demo derives its pictures in spawned processes, which
# import the main script again (hence the guard).
cat >"$out/fixtures.py" <<'PY'
import sys
from pathlib import Path

from casefiles.bundle.export import export_bundle
from casefiles.demo import write_demo
from casefiles.storage.store import CaseFile

if __name__ == "__main__":
    folder = Path(sys.argv[1])
    write_demo(folder / "demo.casefile")
    with CaseFile.open(folder / "demo.casefile", read_only=True) as case:
        export_bundle(case, folder / "demo bundle.zip")
PY
"$python" "$out/fixtures.py" "$fixtures"
export CASEFILES_TEST_DEMO=$fixtures/demo.casefile
export CASEFILES_TEST_DEMO_BUNDLE="$fixtures/demo bundle.zip"

for module in "${modules[@]}"; do
    selection=${tests[$module]:-}
    if [ -z "$selection" ]; then
        echo "no tests are listed for $module in tools/mutation.sh" >&2
        exit 2
    fi
    name=$(echo "$module" | tr '/' '_')
    work=$out/work/$name
    rm -rf "$work"
    mkdir -p "$work"
    # A scratch copy of the project as it is now (tracked and new files, not ignored ones).
    git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
    {
        echo "[mutmut]"
        echo "source_paths = casefiles"
        echo "only_mutate = $module"
        echo "also_copy = ui"
        echo "    resources"
        echo "pytest_add_cli_args_test_selection ="
        for path in $selection; do echo "    $path"; done
        echo "pytest_add_cli_args = -p no:cacheprovider --hypothesis-profile=mutation"
        # A mutant whose tests all pass runs every test that reaches it, on a loaded machine:
        # give that time before calling it a hang.
        echo "timeout_constant = 60"
    } >"$work/setup.cfg"
    # Tests that run the command line in a new process: it imports the mutated copy too. (The
    # folder must exist before Python starts, or its import system skips it for good.)
    mkdir -p "$work/mutants"
    export PYTHONPATH=$work/mutants
    echo "== $module: tests $selection" >&2
    # mutmut runs pytest again in the process that collected the tests. A test that second
    # session cannot find by its id (an explicit non-ASCII id did so) ends it with a usage
    # error, which mutmut counts as a kill of every mutant that test reaches: refuse to start.
    # shellcheck disable=SC2086  # the selection is meant to split into words
    (cd "$work" && nice -n 19 "$python" - $selection >"$work/collect.log" <<'PY') || exit 2
import sys

import pytest


class Ids:
    def __init__(self) -> None:
        self.ids: list[str] = []

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.ids = [item.nodeid for item in session.items]


ids = Ids()
quiet = ["--collect-only", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
first = pytest.main([*quiet, *sys.argv[1:]], plugins=[ids])
second = pytest.main([*quiet, *ids.ids]) if first == 0 else first
if second != 0:
    print(f"tools/mutation.sh: pytest cannot collect this selection twice in one process "
          f"(exit {second}; see collect.log); mutmut would count every mutant its tests "
          "reach as killed", file=sys.stderr)
sys.exit(second)
PY
    started=$(date +%s)
    (cd "$work" && nice -n 19 "$python" -m mutmut run --max-children "$children" >"$work/run.log" 2>&1) ||
        echo "mutmut ended with an error on $module: see $work/run.log" >&2
    minutes=$(( ($(date +%s) - started + 30) / 60 ))
    (cd "$work" && "$python" -m mutmut export-cicd-stats >/dev/null 2>&1) || true
    stats=$work/mutants/mutmut-cicd-stats.json
    if [ ! -f "$stats" ]; then
        echo "| $module | no result: see $work/run.log | | | | | | $minutes |" >"$work/row.md"
        continue
    fi
    "$python" - "$module" "$stats" "$minutes" >"$work/row.md" <<'PY'
import json, sys
module, path, minutes = sys.argv[1], sys.argv[2], sys.argv[3]
s = json.load(open(path))
total = s["total"]
other = total - s["killed"] - s["survived"] - s["timeout"]
share = f"{100 * s['killed'] / total:.1f}" if total else "-"
print(f"| {module} | {s['killed']} | {s['survived']} | {s['timeout']} | {other} | {total} | {share} | {minutes} |")
PY
    {
        echo
        echo "## $module"
        (cd "$work" && "$python" -m mutmut results 2>/dev/null | awk '/survived/ {print $1}' | tr -d ':' |
            while read -r mutant; do
                echo
                echo '```diff'
                "$python" -m mutmut show "$mutant" 2>/dev/null | sed -n '/^---/,$p'
                echo '```'
            done)
    } >"$work/survivors.md"
done

# The report gathers every module measured so far (runs of single modules add up).
report=$out/report.md
{
    echo "# Mutation testing (mutmut $("$python" -m pip show mutmut 2>/dev/null | sed -n 's/^Version: //p'))"
    echo
    echo "| module | killed | survived | timed out | other | total | killed % | minutes |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for module in "${order[@]}"; do
        row=$out/work/$(echo "$module" | tr '/' '_')/row.md
        [ -f "$row" ] && cat "$row"
    done
    echo
    echo "Killed % is killed / total: timed-out mutants are not counted as killed (a mutant can"
    echo "time out because its tests all pass slowly). \"other\" is mutants mutmut could not judge"
    echo "(no selected test reached them, or the run was cut short)."
    echo
    echo "# Surviving mutants"
    for module in "${order[@]}"; do
        found=$out/work/$(echo "$module" | tr '/' '_')/survivors.md
        [ -f "$found" ] && cat "$found"
    done
} >"$report"
echo "report: $report" >&2
