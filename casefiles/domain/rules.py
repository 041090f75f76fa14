"""The rules a stored row keeps, whoever writes it: a service before it commits a change, and a
bundle's import before it takes a row. Each field's own checks (types, lengths, codes) stay
with its reader; here are the rules that one field's value alone cannot tell.

A row is read by column name, as the case file and a bundle's manifest both name it; a rule
only compares values or asks whether one is given, so it reads ORM values and manifest JSON
alike. It yields the field it is about and what is wrong, without naming the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from casefiles.domain.timespan import zone

Row = Mapping[str, Any]
Problem = tuple[str, str]  # (field, what is wrong with it)

# What an incident reference may hold besides letters and digits. It is printed on every page
# that names the incident, so nothing that looks like something else: no spaces, no invisible
# or direction-changing characters (a U+202E would print the rest of it backwards).
REFERENCE_MARKS = frozenset("-_./")
REFERENCE_MAX = 64
REFERENCE_RULE = "may hold only letters, digits, - _ . and / (e.g. KYIV-2025-004)"


def is_reference(text: str) -> bool:
    """Whether `text` is a well-formed incident reference, e.g. KYIV-2025-004."""
    return 0 < len(text) <= REFERENCE_MAX and all(
        ch.isalnum() or ch in REFERENCE_MARKS for ch in text
    )


def _mission(row: Row) -> Iterator[Problem]:
    try:
        zone(row["timezone"])
    except ValueError as error:
        yield "timezone", str(error)


def _incident(row: Row) -> Iterator[Problem]:
    if not is_reference(row["reference"]):
        yield "reference", REFERENCE_RULE
    if row["time_end"] < row["time_start"]:
        yield "span", "the end is before the start"
    if row["uxo_depth_m"] is not None and row["uxo_found"] is not True:
        yield "uxo_depth_m", "give a depth only when unexploded ordnance was found"


def _damage(row: Row) -> Iterator[Problem]:
    if row["cost_amount"] is not None and row["cost_currency"] is None:
        yield "cost_currency", "is required with a cost"


def _correspondence(row: Row) -> Iterator[Problem]:
    if row["date_end"] < row["date_start"]:
        yield "span", "the end is before the start"


def _note(row: Row) -> Iterator[Problem]:
    owners = ("site_id", "incident_id", "correspondence_id")
    if sum(row[owner] is not None for owner in owners) > 1:
        yield "target", "a note belongs to one item at most"


# By table name.
_RULES: dict[str, Callable[[Row], Iterator[Problem]]] = {
    "mission": _mission,
    "incidents": _incident,
    "damage_items": _damage,
    "correspondence": _correspondence,
    "notes": _note,
}


def problems(table: str, row: Row) -> list[Problem]:
    """What is wrong with `row` of `table` (column names as keys), in the order of the rules."""
    rules = _RULES.get(table)
    return [] if rules is None else list(rules(row))
