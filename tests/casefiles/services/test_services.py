"""Services validate, write, audit and commit; reads return plain records."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from casefiles.domain.timespan import TimeSpan, zone
from casefiles.domain.vocabulary import DayPart, IncidentStatus, Precision, Severity
from casefiles.domain.wording import span_words
from casefiles.errors import NotFound, ValidationError
from casefiles.integrity import audit
from casefiles.integrity.verify import verify
from casefiles.services import correspondence, damage, incidents, mission, notes, sites
from casefiles.storage.store import CaseFile

KYIV = zone("Europe/Kyiv")


@pytest.fixture
def chancery(new_case: CaseFile) -> str:
    return sites.create(
        new_case,
        kind="chancery",
        name="Səfirlik binası",
        latitude=50.46,
        longitude=30.48,
        coordinates_notified="2022-04",
    ).uuid


def test_everything_round_trips_after_reopening(new_case: CaseFile, chancery: str) -> None:
    incident = incidents.create(
        new_case,
        title="Raket zərbəsi — ракетний удар",
        site=chancery,
        span="2025-11-14 night",
        incident_type="missile_strike",
        impact="nearby",
        distance_m=25,
        distance_words="təxminən 35 addım",
        description="Şüşələr sındı; вибито вікна",
        staff_killed=0,
        staff_injured=None,
        others_injured=2,
        uxo_found=True,
        uxo_depth_m=8,
        status="documented",
    )
    item = damage.create(
        new_case,
        incident.uuid,
        element="windows",
        severity="severe",
        description="Pəncərələr",
        cost_amount="12500.50",
        cost_currency="uah",
        cost_estimated_on="2025-11-20",
    )
    note = notes.create(new_case, "Ґанок пошкоджено; İçəri ğ ı ş ə", target=incident.uuid)
    letter = correspondence.create(
        new_case,
        kind="note_verbale",
        direction="sent",
        span="2025-11-15",
        reference_number="№ 123/2025",
        counterpart="МЗС",
        summary="Protest",
        incidents=[incident.uuid],
    )
    path = new_case.path
    new_case.close()

    with CaseFile.open(path, read_only=True) as case:
        (read,) = incidents.list_incidents(case)
        assert read.reference == "KYIV-2025-001"
        assert read.title == "Raket zərbəsi — ракетний удар"
        assert span_words(read.span, KYIV) == "night of 13–14 Nov 2025, local time"
        assert read.span.precision is Precision.PART_OF_DAY
        assert (read.staff_killed, read.staff_injured, read.others_injured) == (0, None, 2)
        assert (read.uxo_found, read.uxo_depth_m) == (True, 8.0)
        assert read.distance_words == "təxminən 35 addım"
        assert read.status is IncidentStatus.DOCUMENTED
        assert read.worst_severity is Severity.SEVERE
        (read_item,) = damage.list_damage(case, incident.uuid)
        assert read_item == item
        assert read_item.cost_amount == Decimal("12500.50") and read_item.cost_currency == "UAH"
        assert notes.list_notes(case, incident.uuid) == [note]
        assert correspondence.list_correspondence(case, incident.uuid) == [letter]
        assert sites.get(case, chancery).coordinates_notified == "2022-04"


def test_validation_names_every_bad_field(new_case: CaseFile, chancery: str) -> None:
    with pytest.raises(ValidationError) as raised:
        incidents.create(
            new_case,
            title=" ",
            site=chancery,
            span="2025-11-14",
            incident_type="meteor",
            staff_injured=-1,
            others_injured="a few",
        )
    assert set(raised.value.errors) == {"title", "incident_type", "staff_injured", "others_injured"}
    assert raised.value.errors["title"] == "is required"
    assert "meteor" in raised.value.errors["incident_type"]
    with pytest.raises(ValidationError, match="span: 'yesterday' is not a date"):
        incidents.create(new_case, title="X", site=chancery, span="yesterday")
    with pytest.raises(ValidationError, match="uxo_depth_m"):
        incidents.create(new_case, title="X", site=chancery, span="2024", uxo_depth_m=3)
    with pytest.raises(ValidationError, match="cost_currency"):
        damage.create(
            new_case,
            incidents.create(new_case, title="X", site=chancery, span="2024").uuid,
            element="roof",
            severity="minor",
            cost_amount="10",
        )
    with pytest.raises(ValidationError, match="coordinates_notified"):
        sites.create(new_case, kind="residence", name="R", coordinates_notified="April 2022")
    with pytest.raises(ValidationError, match="latitude"):
        sites.create(new_case, kind="residence", name="R", latitude=123)


def test_a_failed_change_writes_nothing(new_case: CaseFile, chancery: str) -> None:
    before = new_case.fingerprint()
    with pytest.raises(ValidationError):
        incidents.create(new_case, title="X", site="no-such-site", span="2024")
    with pytest.raises(NotFound):
        incidents.update(new_case, "no-such-incident", title="Y")
    assert new_case.fingerprint() == before
    assert incidents.list_incidents(new_case) == []


def test_references_count_per_year_and_must_be_unique(new_case: CaseFile, chancery: str) -> None:
    first = incidents.create(new_case, title="A", site=chancery, span="2025-07")
    second = incidents.create(new_case, title="B", site=chancery, span="2025-08 late")
    other_year = incidents.create(new_case, title="C", site=chancery, span="2024-01")
    assert [first.reference, second.reference, other_year.reference] == [
        "KYIV-2025-001",
        "KYIV-2025-002",
        "KYIV-2024-001",
    ]
    with pytest.raises(ValidationError, match="KYIV-2025-001 is already used"):
        incidents.update(new_case, second.uuid, reference="KYIV-2025-001")


def test_each_change_is_an_audit_entry_chained_to_the_previous(
    new_case: CaseFile, chancery: str
) -> None:
    incident = incidents.create(new_case, title="A", site=chancery, span="2025-07")
    incidents.update(new_case, incident.uuid, title="B", status="reported")
    incidents.update(new_case, incident.uuid, title="B")  # no change: no entry
    incidents.delete(new_case, incident.uuid)
    incidents.restore(new_case, incident.uuid)
    with new_case.reading() as session:
        entries = audit.history(session, incident.uuid)
        whole = audit.history(session)
    assert [e.action for e in entries] == ["create", "update", "delete", "restore"]
    assert entries[1].changes == {"title": ["A", "B"], "status": ["draft", "reported"]}
    assert entries[2].changes == {"deleted": [False, True]}
    assert all(e.user == new_case.user for e in entries)
    assert new_case.fingerprint() == whole[-1].hash
    assert verify(new_case) == []


def test_deleted_items_leave_lists_and_search_and_come_back(
    new_case: CaseFile, chancery: str
) -> None:
    incident = incidents.create(
        new_case, title="Glide bomb near the residence", site=chancery, span="2025"
    )
    incidents.delete(new_case, incident.uuid)
    assert incidents.list_incidents(new_case) == []
    assert incidents.search_incidents(new_case, "glide") == []
    assert len(incidents.list_incidents(new_case, include_deleted=True)) == 1
    incidents.restore(new_case, incident.uuid)
    assert [r.uuid for r in incidents.search_incidents(new_case, "glide")] == [incident.uuid]


def test_a_batch_in_one_transaction_commits_once(new_case: CaseFile, chancery: str) -> None:
    with new_case.transaction():
        for number in range(3):
            incidents.create(new_case, title=f"Strike {number}", site=chancery, span="2025-07")
    assert len(incidents.list_incidents(new_case)) == 3
    with pytest.raises(RuntimeError), new_case.transaction():
        incidents.create(new_case, title="Half a batch", site=chancery, span="2025-07")
        raise RuntimeError("power cut")
    assert len(incidents.list_incidents(new_case)) == 3
    assert verify(new_case) == []


def test_mission_update_is_audited(new_case: CaseFile) -> None:
    mission.update(new_case, classification="MƏXFİ — КОНФІДЕНЦІЙНО")
    assert mission.get(new_case).classification == "MƏXFİ — КОНФІДЕНЦІЙНО"
    assert verify(new_case) == []


def test_damage_not_assessed_is_the_default_and_ranks_below_any_judgement(
    new_case: CaseFile, chancery: str
) -> None:
    incident = incidents.create(
        new_case, title="Dron zərbəsi", site=chancery, span="2024-01", incident_type="drone_strike"
    )
    unjudged = damage.create(new_case, incident.uuid, element="roof")
    assert unjudged.severity is Severity.NOT_ASSESSED
    assert incidents.get(new_case, incident.uuid).worst_severity is Severity.NOT_ASSESSED
    damage.create(new_case, incident.uuid, element="windows", severity="none")
    assert incidents.get(new_case, incident.uuid).worst_severity is Severity.NONE
    damage.create(new_case, incident.uuid, element="doors", severity="minor")
    assert incidents.get(new_case, incident.uuid).worst_severity is Severity.MINOR
    assert verify(new_case) == []


# The span: one field, typed as a TimeSpan or written in short form ---------------------------


@pytest.mark.parametrize("written", ["dünən gecə", "вчора вночі", "14.11.2025", "2025-13"])
def test_a_span_that_cannot_be_read_is_filed_under_span_alone(
    new_case: CaseFile, chancery: str, written: str
) -> None:
    """The typed error names no field; the service files it under `span`, once, whatever the
    text around it is written in."""
    before = new_case.fingerprint()
    with pytest.raises(ValidationError) as raised:
        incidents.create(
            new_case, title="Dron zərbəsi — ракетний удар", site=chancery, span=written,
            description="Şüşələr sındı; вікна вибито",
        )  # fmt: skip
    assert raised.value.errors == {
        "span": f"'{written}' is not a date this app reads; write for example 2022, 2024-01, "
        "2025-08 late, 2025-11-14, 2025-11-14 night or 2025-11-14 03:20"
    }
    with pytest.raises(ValidationError) as raised:
        correspondence.create(
            new_case, kind="note_verbale", direction="sent", span=written,
            counterpart="Министерство иностранных дел", summary="Etiraz notası",
        )  # fmt: skip
    assert list(raised.value.errors) == ["span"]
    assert "span" not in raised.value.errors["span"] and "when" not in raised.value.errors["span"]
    assert new_case.fingerprint() == before


def test_a_span_reads_the_same_written_or_typed_beside_non_latin_text(
    new_case: CaseFile, chancery: str
) -> None:
    written = incidents.create(
        new_case, title="İkinci zərbə — другий удар", site=chancery, span="2025-11-14 night"
    )
    typed = incidents.create(
        new_case, title="Üçüncü zərbə — третій удар", site=chancery,
        span=TimeSpan.part_of_day(date(2025, 11, 14), DayPart.NIGHT, KYIV),
    )  # fmt: skip
    assert written.span == typed.span
    assert written.title == "İkinci zərbə — другий удар"
    moved = incidents.update(new_case, written.uuid, span="2025-11")
    assert moved.span == TimeSpan.in_month(2025, 11, KYIV)
    assert incidents.get(new_case, written.uuid).span == moved.span
    with pytest.raises(ValidationError) as raised:
        incidents.update(new_case, written.uuid, span=None)
    assert raised.value.errors == {"span": "is required"}
