"""Full-text search over titles, descriptions, damage, notes and correspondence."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles.services import correspondence, damage, incidents, notes, sites
from casefiles.storage.store import CaseFile


@pytest.fixture
def case(new_case: CaseFile) -> CaseFile:
    site = sites.create(new_case, kind="chancery", name="Chancery").uuid
    first = incidents.create(
        new_case,
        title="Drone over the residence",
        site=site,
        span="2025-07",
        description="Debris in the garden",
    )
    second = incidents.create(new_case, title="Missile strike", site=site, span="2025-11-14 night")
    damage.create(
        new_case, second.uuid, element="windows", severity="severe", description="Şüşələr sındı"
    )
    notes.create(new_case, "Вибито вікна на другому поверсі", target=second.uuid)
    correspondence.create(
        new_case,
        kind="summons",
        direction="sent",
        span="2025-11",
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
        case, title="Strike", site=site, span="2024", description="a strike, a strike, a strike"
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


@pytest.fixture
def azerbaijani_case(new_case: CaseFile) -> CaseFile:
    site = sites.create(new_case, kind="chancery", name="Səfirlik").uuid
    strike = incidents.create(new_case, title="Drone strike", site=site, span="2025-11-14 night")
    damage.create(
        new_case,
        strike.uuid,
        element="structure",
        severity="severe",
        description="Səfirliyin inzibati binası zədələndi",
    )
    notes.create(new_case, "Şüşələr sındı; İş otağı bağlandı", target=strike.uuid)
    notes.create(new_case, "Ёлка во дворе сгорела", target=strike.uuid)
    correspondence.create(
        new_case,
        kind="note_verbale",
        direction="sent",
        span="2025-11-15",
        summary="Etiraz notası göndərildi",
        counterpart="XİN",
        incidents=[strike.uuid],
    )
    incidents.create(new_case, title="Çay evi", site=site, span="2024")
    return new_case


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("sefirliyin", ["Drone strike"]),  # ə typed as e
        ("binasi", ["Drone strike"]),  # ı typed as i
        ("Səfirliyin binası", ["Drone strike"]),  # as stored still finds it
        ("SƏFİRLİYİN", ["Drone strike"]),
        ("is otagi", ["Drone strike"]),  # İ, ş, ğ, ı
        ("gonderildi xin", ["Drone strike"]),  # ö, ə in the correspondence; İ in XİN
        ("елка", ["Drone strike"]),  # Cyrillic ё typed as е
        ("cay", ["Çay evi"]),
        ("binasi cay", []),  # every word must match in one incident
    ],
)
def test_search_folds_azerbaijani_letters_in_text_and_query(
    azerbaijani_case: CaseFile, query: str, titles: list[str]
) -> None:
    assert [r.title for r in incidents.search_incidents(azerbaijani_case, query)] == titles


def test_folding_leaves_stored_text_as_typed(azerbaijani_case: CaseFile) -> None:
    (strike,) = incidents.search_incidents(azerbaijani_case, "sefirliyin")
    assert [d.description for d in damage.list_damage(azerbaijani_case, strike.uuid)] == [
        "Səfirliyin inzibati binası zədələndi"
    ]


def test_each_hit_says_where_it_matched_with_the_words_marked(azerbaijani_case: CaseFile) -> None:
    ((record, snippets),) = incidents.search_with_snippets(azerbaijani_case, "sefirliyin sindi xin")
    assert record.title == "Drone strike"
    assert [(s.column, s.marked()) for s in snippets] == [
        ("damage", "[Səfirliyin] inzibati binası zədələndi"),
        ("notes", "Şüşələr [sındı]; İş otağı bağlandı"),
        ("correspondence", "Etiraz notası göndərildi [XİN]"),
    ]
    damage_snippet = snippets[0]
    assert [damage_snippet.text[a:b] for a, b in damage_snippet.marks] == ["Səfirliyin"]


def test_a_snippet_of_long_text_is_cut_around_the_match(new_case: CaseFile) -> None:
    site = sites.create(new_case, kind="chancery", name="Chancery").uuid
    before = "Əvvəlcə sakitlik idi. " * 6
    after = " Sonra hamı sığınacağa endi." * 6
    incidents.create(
        new_case, title="Strike", site=site, span="2024", description=before + "Partlayış" + after
    )
    ((_record, (snippet,)),) = incidents.search_with_snippets(new_case, "partlayis")
    assert snippet.column == "description"
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert "[Partlayış]" in snippet.marked()
    assert len(snippet.text) <= 100
