"""A right-to-left override (U+202E) and other direction controls: an incident reference may
not hold them (it would print as a different-looking reference), and any other text that
holds them is isolated on paper and in tooltips, so it cannot turn what is printed beside it."""

from __future__ import annotations

import pytest

from casefiles.domain.bidi import FSI, PDI, isolate
from casefiles.domain.rules import is_reference
from casefiles.errors import ValidationError
from casefiles.services import incidents, sites
from casefiles.storage.store import CaseFile

RLO, PDF_CONTROL = "\u202e", "\u202c"


@pytest.mark.parametrize(
    "reference",
    [
        f"KYIV-2025-{RLO}400",  # prints as KYIV-2025-004
        "KYIV 2025 004",
        "KYIV-2025-004\u200b",  # zero-width space: looks the same, compares different
        "KYIV-2025-004\u2069",
    ],
)
def test_a_reference_with_other_characters_is_refused(new_case: CaseFile, reference: str) -> None:
    site = sites.create(new_case, kind="chancery", name="Səfirlik")
    with pytest.raises(ValidationError, match="reference: may hold only letters, digits"):
        incidents.create(
            new_case, title="Dron zərbəsi", site=site.uuid, span="2025-11-14", reference=reference
        )
    assert incidents.list_incidents(new_case) == []


@pytest.mark.parametrize("reference", ["KYIV-2025-004", "ХАРКІВ-2024/01", "BAKI_2025.3"])
def test_documented_references_are_accepted(reference: str) -> None:
    assert is_reference(reference)


def test_text_with_direction_controls_is_isolated_and_kept() -> None:
    assert isolate("Zərbə — удар") == "Zərbə — удар"  # nothing to isolate: unchanged
    title = f"Drone strike {RLO}on the chancery"
    assert isolate(title) == f"{FSI}{title}{PDI}"
    # A stray PDI inside would close the isolate early: left out; open isolates are closed.
    assert isolate(f"a{PDI}b\u2067c") == f"{FSI}ab\u2067c{PDI}{PDI}"
    assert isolate(f"x{PDF_CONTROL}") == f"{FSI}x{PDF_CONTROL}{PDI}"
