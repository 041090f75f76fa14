"""A field's problem in the interface language: the services word it once as a Phrase; the
command line's English (`ValidationError.errors`, `str(error)`) is as before, and the window
says the same problem in Azerbaijani or Russian, the field named in that language's words."""

from __future__ import annotations

from typing import get_args

import pytest

from casefiles.domain.vocabulary import SiteKind
from casefiles.errors import FieldProblem, NotFound, ValidationError
from casefiles.language.catalogue import Language, Phrases, phrases_for
from casefiles.language.phrase import Phrase
from casefiles.services import damage, incidents, sites
from casefiles.services._common import What, text
from casefiles.storage.store import CaseFile

RU, AZ = phrases_for(Language.RU), phrases_for(Language.AZ)


def words(problem: str | Phrase, phrases: Phrases) -> str:
    assert isinstance(problem, Phrase), problem  # worded by the core, not left in English
    return problem.said(phrases)


def refused(call: object, *args: object, **values: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **values)  # type: ignore[operator]
    return caught.value


def test_a_site_s_problems_stay_english_for_the_command_line_and_are_said_in_russian(
    new_case: CaseFile,
) -> None:
    error = refused(
        sites.create,
        new_case,
        name="",
        kind=SiteKind.CHANCERY.value,
        latitude="95",
        address="x" * 1001,
    )
    assert error.errors == {
        "name": "is required",
        "address": "is too long (at most 1,000 characters)",
        "latitude": "must be at most 90",
    }
    assert str(error).startswith("name: is required; address: is too long (at most 1,000")
    said = {name: words(problem, RU) for name, problem in error.problems.items()}
    assert said == {
        "name": "обязательное поле",
        "address": "слишком длинный текст (не более 1\u00a0000 символов)",  # CLDR: a no-break space
        "latitude": "должно быть не больше 90",
    }
    whole = error.said(RU)
    assert "широта: должно быть не больше 90" in whole and "is required" not in whole
    assert sites.list_sites(new_case) == []


@pytest.mark.parametrize(
    ("limit", "words"), [(1, "1 символа"), (3, "3 символов"), (21, "21 символа")]
)
def test_the_russian_limit_agrees_with_its_number(limit: int, words: str) -> None:
    with pytest.raises(FieldProblem) as caught:
        text(max_length=limit)("ə" * (limit + 1))
    assert caught.value.said(RU) == f"слишком длинный текст (не более {words})"


def test_damage_and_incident_problems_are_said_in_azerbaijani(new_case: CaseFile) -> None:
    site = sites.create(new_case, name="Səfirlik binası", kind=SiteKind.CHANCERY.value)
    incident = incidents.create(
        new_case, title="Gecə hücumu", span="2025-11-14 night", site=site.uuid
    )
    error = refused(
        damage.create,
        new_case,
        incident.uuid,
        element="structure",
        cost_amount="on iki min",
        cost_currency="ABCD",
        cost_estimated_on="14.11.2025",
    )
    assert error.errors["cost_amount"] == "must be an amount such as 12500 or 12500.50"
    said = error.said(AZ)
    assert "məbləğ olmalıdır, məsələn 12500 və ya 12500.50" in said
    assert "2025-11-20 kimi yazılmış tarix olmalıdır" in said
    assert "must" not in said

    clash = refused(
        incidents.create,
        new_case,
        title="İkinci",
        span="2025-11-15",
        site=site.uuid,
        reference=incident.reference,
    )
    assert clash.errors == {"reference": f"{incident.reference} is already used"}
    assert clash.said(AZ) == f"istinad: {incident.reference} artıq istifadə olunub"

    unreadable = refused(incidents.update, new_case, incident.uuid, span="gecə, 14 noyabr")
    assert unreadable.errors["span"].startswith("'gecə, 14 noyabr' is not a date this app reads")
    assert (
        unreadable.problems["span"]
        .said(RU)
        .startswith(  # type: ignore[union-attr]
            "«gecə, 14 noyabr» — не дата, которую читает программа"
        )
    )
    assert incidents.get(new_case, incident.uuid).title == "Gecə hücumu"


def test_a_record_that_is_not_there_is_said_in_russian_and_azerbaijani(new_case: CaseFile) -> None:
    with pytest.raises(NotFound) as caught:
        incidents.update(new_case, "yox-нет", title="Gecə hücumu")
    assert str(caught.value) == "There is no incident with id yox-нет in this case file."
    assert caught.value.said(RU) == "В этом деле нет инцидента с идентификатором yox-нет."
    assert caught.value.said(AZ) == "Bu işdə yox-нет identifikatorlu insident yoxdur."


def test_every_kind_of_record_fetched_has_its_words() -> None:
    for language in Language:
        table = phrases_for(language).table
        for what in get_args(What):
            assert f"not_found.{what.replace(' ', '_')}" in table, (language, what)
