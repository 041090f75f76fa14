"""Facts in words: unknown stays unknown, times keep the offset they came with."""

from __future__ import annotations

import tokenize
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from casefiles.domain import wording
from casefiles.domain.records import DamageRecord
from casefiles.domain.timespan import zone
from casefiles.domain.vocabulary import (
    DamageElement,
    Severity,
)
from tests.helpers import incident_record as incident

KYIV = zone("Europe/Kyiv")
ROOT = Path(__file__).resolve().parents[3]


def test_people() -> None:
    assert wording.people(incident()) == "Not reported"
    assert wording.people(incident(others_injured=3), compact=True) == (
        "Staff: killed not reported, injured not reported; others: 3 injured"
    )
    assert wording.people(incident(staff_killed=0, staff_injured=2)) == (
        "staff killed: 0; staff injured: 2; others injured: not reported"
    )


def test_distance_keeps_what_the_source_said() -> None:
    assert wording.distance_words(incident(distance_m=25, distance_words="about 35 steps")) == (
        "about 35 steps (about 25 m)"
    )
    assert wording.distance_words(incident(distance_m=120.5)) == "120.5 m"
    assert wording.distance_words(incident()) == ""
    assert wording.impact(incident(distance_m=40)) == "Explosion nearby, 40 m"


def test_unexploded_ordnance() -> None:
    assert wording.uxo(incident()) == "Not reported"
    assert wording.uxo(incident(uxo_found=False)) == "None found"
    assert wording.uxo(incident(uxo_found=True, uxo_depth_m=8)) == "Found, 8 m below ground"


def test_capture_time_says_whether_the_offset_is_known() -> None:
    assert wording.capture_time(None, False) == "Not recorded in the file"
    assert wording.capture_time("2025-11-14T03:12:45+02:00", True) == (
        "14 November 2025, 03:12:45 UTC+02:00"
    )
    assert wording.capture_time("2025-11-14T03:12:45-03:30", True) == (
        "14 November 2025, 03:12:45 UTC-03:30"
    )
    assert wording.capture_time("2025-11-14T03:12:45", False) == (
        "14 November 2025, 03:12:45, camera clock (time zone not recorded)"
    )
    assert wording.capture_time("2022-02-16T12:55:41.762000+01:00", True, file_date=True) == (
        "16 February 2022, 12:55:41 UTC+01:00: the file's date, which can be a later edit"
    )


def test_places_dates_and_money() -> None:
    assert wording.coordinates(50.4619, 30.4826) == "50.46190° N, 30.48260° E"
    assert wording.coordinates(-33.9, -70.66) == "33.90000° S, 70.66000° W"
    assert wording.coordinates(None, 30.0) == "Not recorded"
    assert [wording.partial_date(d) for d in ("2022", "2022-04", "2022-04-15", None)] == [
        "2022", "April 2022", "15 April 2022", "Not recorded",
    ]  # fmt: skip
    damage = DamageRecord(
        uuid="d", incident_uuid="u", site_uuid=None, element=DamageElement.ROOF,
        severity=Severity.SEVERE, description="", cost_amount=Decimal("125000"),
        cost_currency="UAH", cost_estimated_on=date(2025, 11, 20), deleted=False,
    )  # fmt: skip
    assert wording.cost(damage) == "UAH 125,000 (estimated 20 November 2025)"
    assert wording.cost(replace(damage, cost_amount=Decimal("99.5"), cost_estimated_on=None)) == (
        "UAH 99.50"
    )
    assert wording.cost(replace(damage, cost_amount=None)) == "—"
    assert wording.moment(datetime(2025, 11, 20, 12, 32, tzinfo=UTC), KYIV) == (
        "20 November 2025, 14:32 Europe/Kyiv"
    )


@pytest.mark.parametrize("package", ["casefiles/summary", "ui/printing"])
def test_no_case_changes_that_break_azerbaijani(package: str) -> None:
    """str.upper() turns Azerbaijani "i" into "I" (it must be "İ"): printed text keeps its case."""
    for source in (ROOT / package).glob("*.py"):
        with source.open("rb") as handle:
            tokens = [t for t in tokenize.tokenize(handle.readline) if t.type != tokenize.COMMENT]
        calls = [
            f"{source.name}:{name.start[0]}"
            for dot, name, paren in zip(tokens, tokens[1:], tokens[2:], strict=False)
            if (dot.string, paren.string) == (".", "(")
            and name.string in {"upper", "capitalize", "title", "swapcase"}
        ]
        assert not calls
