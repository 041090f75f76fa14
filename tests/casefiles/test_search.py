"""Full-text search over titles, descriptions, damage, notes and correspondence."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles.services import correspondence, damage, incidents, notes, sites
from casefiles.store import CaseFile


@pytest.fixture
def case(new_case: CaseFile) -> CaseFile:
    site = sites.create(new_case, kind="chancery", name="Chancery").uuid
    first = incidents.create(
        new_case,
        title="Drone over the residence",
        site=site,
        when="2025-07",
        description="Debris in the garden",
    )
    second = incidents.create(new_case, title="Missile strike", site=site, when="2025-11-14 night")
    damage.create(
        new_case, second.uuid, element="windows", severity="severe", description="Şüşələr sındı"
    )
    notes.create(new_case, "Вибито вікна на другому поверсі", target=second.uuid)
    correspondence.create(
        new_case,
        kind="summons",
        direction="sent",
        when="2025-11",
        summary="Ambassador summoned",
        incidents=[first.uuid],
    )
    return new_case


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("garden", ["Drone over the residence"]),
        ("вікна", ["Missile strike"]),
        ("ВІКНА", ["Missile strike"]),
        ("Şüşələr", ["Missile strike"]),
        ("sus", ["Missile strike"]),  # typed without the marks, as a prefix
        ("summoned", ["Drone over the residence"]),
        ("KYIV-2025-002", ["Missile strike"]),
        ('"unbalanced AND (', []),  # FTS5 syntax in user input is only text
        ("", []),
    ],
)
def test_search_finds_incidents_by_any_of_their_text(
    case: CaseFile, query: str, titles: list[str]
) -> None:
    assert [r.title for r in incidents.search_incidents(case, query)] == titles


def test_best_match_comes_first(case: CaseFile) -> None:
    site = sites.list_sites(case)[0].uuid
    incidents.create(
        case, title="Strike", site=site, when="2024", description="a strike, a strike, a strike"
    )
    results = incidents.search_incidents(case, "missile strike")
    assert results[0].title == "Missile strike"


def test_search_sees_edits_and_notes_added_later(case: CaseFile, tmp_path: Path) -> None:
    (missile,) = incidents.search_incidents(case, "missile")
    note = notes.create(case, "Crater measured at 3 m", target=missile.uuid)
    assert [r.uuid for r in incidents.search_incidents(case, "crater")] == [missile.uuid]
    notes.delete(case, note.uuid)
    assert incidents.search_incidents(case, "crater") == []


def test_search_uuids_ranks_like_search_incidents(case: CaseFile) -> None:
    for query in ("вікна", "summoned", "strike"):
        assert incidents.search_uuids(case, query) == [
            r.uuid for r in incidents.search_incidents(case, query)
        ]
