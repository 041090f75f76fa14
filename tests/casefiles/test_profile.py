"""The person's profile: who audit entries and printed documents name (issue 13, defect 3).

Settings live in the temporary folder set by the autouse `isolated_app_dirs` fixture."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from casefiles import profile, settings
from casefiles.errors import ValidationError
from casefiles.integrity import audit
from casefiles.services import sites
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary, build_incident_report
from tests.casefiles.cli.test_cli import run

NAME = "Aynur Məmmədova"
ROLE = "Administrative officer"


def prepared_by(case: CaseFile, **override: str) -> str:
    facts = {field.label: field.value for field in build_case_summary(case, **override).cover.facts}
    return facts["Prepared by"]


def test_without_a_profile_paper_says_not_given_never_the_login(demo_path: Path) -> None:
    with CaseFile.open(demo_path) as case:
        assert prepared_by(case) == "Not given"
        assert getpass.getuser() not in prepared_by(case)
        assert case.user == getpass.getuser()  # the audit log still names someone


def test_the_profile_names_the_preparer_and_the_audit_entries(demo_path: Path) -> None:
    profile.save(profile.make(NAME, ROLE))
    with CaseFile.open(demo_path) as case:
        assert prepared_by(case) == f"{NAME}, {ROLE}"
        site = sites.create(case, kind="residence", name="Резиденція посла")
        entries = [e for e in audit_entries(case) if e.entity_uuid == site.uuid]
        assert [e.user for e in entries] == [f"{NAME}, {ROLE}"]
        report = build_incident_report(case, "KYIV-2025-004")
        assert {f.label: f.value for f in report.cover.facts}["Prepared by"] == f"{NAME}, {ROLE}"


def audit_entries(case: CaseFile) -> list[audit.AuditRecord]:
    with case.reading() as session:
        return audit.history(session)


def test_an_override_wins_over_the_profile(demo_path: Path) -> None:
    profile.save(profile.make(NAME, ROLE))
    with CaseFile.open(demo_path) as case:
        assert prepared_by(case, prepared_by="Консул  О. Петренко ") == "Консул  О. Петренко"


def test_names_are_one_line_and_a_name_is_required() -> None:
    assert profile.make("  Aynur\nMəmmədova ", "\tConsul ") == profile.Profile(
        "Aynur Məmmədova", "Consul"
    )
    with pytest.raises(ValidationError) as missing:
        profile.make("   ", ROLE)
    assert missing.value.errors == {"name": "is required"}
    with pytest.raises(ValidationError) as control:
        profile.make("Aynur\x00", "")
    assert set(control.value.errors) == {"name"}
    with pytest.raises(ValidationError) as long_role:
        profile.make(NAME, "x" * (profile.MAX_ROLE + 1))
    assert set(long_role.value.errors) == {"role"}


@pytest.mark.parametrize(
    "content",
    ["not json", "[1, 2]", '{"name": 5}', '{"role": "Consul"}', '{"name": "\\u0007"}'],
)
def test_a_damaged_or_edited_profile_counts_as_none(content: str) -> None:
    (settings.config_dir() / profile.FILE_NAME).write_text(content, encoding="utf-8")
    assert profile.load() is None


def test_the_profile_is_kept_apart_from_the_window_settings() -> None:
    settings.save({"recent_files": []})
    profile.save(profile.make(NAME, ROLE))
    settings.save({"recent_files": ["elsewhere"]})  # the app saving its own settings
    assert profile.load() == profile.Profile(NAME, ROLE)
    stored = json.loads((settings.config_dir() / profile.FILE_NAME).read_text(encoding="utf-8"))
    assert stored == {"name": NAME, "role": ROLE}


def test_whoami_shows_sets_and_refuses(tmp_path: Path) -> None:
    empty = run("whoami")
    assert empty.returncode == 0
    assert "No profile yet" in empty.stdout and "whoami --name NAME --role ROLE" in empty.stdout

    role_only = run("whoami", "--role", ROLE)
    assert role_only.returncode == 2
    assert role_only.stderr.strip() == (
        "casefiles whoami: give your --name too (there is no profile yet)"
    )

    saved = run("whoami", "--name", NAME, "--role", ROLE)
    assert saved.returncode == 0, saved.stderr
    assert f"Audit entries and printed documents name: {NAME}, {ROLE}" in saved.stdout
    assert profile.load() == profile.Profile(NAME, ROLE)

    new_role = run("whoami", "--role", "Konsul")
    assert new_role.returncode == 0
    assert profile.load() == profile.Profile(NAME, "Konsul")

    blank = run("whoami", "--name", "  ")
    assert blank.returncode == 2 and blank.stderr.strip() == "casefiles whoami: name: is required"
    assert "Traceback" not in blank.stderr
    assert profile.load() == profile.Profile(NAME, "Konsul")

    shown = run("whoami")
    assert shown.stdout.splitlines()[:2] == [f"Name: {NAME}", "Role: Konsul"]


def test_the_command_line_audits_in_the_profiles_name(tmp_path: Path) -> None:
    assert run("whoami", "--name", NAME).returncode == 0
    path = tmp_path / "case.casefile"
    assert run("new", path, "--mission", "Səfirlik").returncode == 0
    with CaseFile.open(path, read_only=True) as case:
        assert {entry.user for entry in audit_entries(case)} == {NAME}


def test_summary_prepared_by_overrides_on_paper(demo_path: Path, tmp_path: Path) -> None:
    from tests.ui.printing.conftest import page_texts
    from tests.ui.printing.test_printing_cli import run as run_printing

    assert run("whoami", "--name", NAME, "--role", ROLE).returncode == 0
    output = tmp_path / "summary.pdf"
    result = run_printing("summary", demo_path, "-o", output, "--prepared-by", "Konsul Ə. Həsənov")
    assert result.returncode == 0, result.stderr
    cover = page_texts(output)[0]
    assert "Konsul Ə. Həsənov" in cover and NAME not in cover

    blank = run_printing("summary", demo_path, "-o", tmp_path / "b.pdf", "--prepared-by", " ")
    assert blank.returncode == 2 and "give the name of the person" in blank.stderr


def test_a_bundle_names_the_profiles_person(demo_path: Path, tmp_path: Path) -> None:
    from casefiles.bundle.export import export_bundle
    from casefiles.bundle.reader import open_bundle

    profile.save(profile.make(NAME, ROLE))
    with CaseFile.open(demo_path, read_only=True) as case:
        export_bundle(case, tmp_path / "bundle.zip")
    with open_bundle(tmp_path / "bundle.zip") as bundle:
        assert bundle.manifest.data["created_by"] == f"{NAME}, {ROLE}"
