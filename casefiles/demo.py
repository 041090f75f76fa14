"""The demo case: the Embassy of Azerbaijan in Kyiv, from public reporting of November 2025.

The facts are kept as vague as the sources: "2022" stays a year, "late August 2025" a part of a
month. Where a source gives no date (the notes sent after each incident), none is invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casefiles.services import correspondence, damage, incidents, notes, sites
from casefiles.store import CaseFile
from casefiles.timespan import TimeSpan, zone
from casefiles.vocabulary import DayPart, MonthPart

TIMEZONE = "Europe/Kyiv"
MISSION = "Embassy of the Republic of Azerbaijan in Ukraine"

NOTIFIED_AFTER = (
    "The Russian side was informed of this incident by an official note; the date of the note "
    "is not public."
)


def write_demo(path: Path) -> None:
    """Write the demo case file at `path` (refuses to overwrite, like every create)."""
    case = CaseFile.create(
        path,
        MISSION,
        sending_state="Republic of Azerbaijan",
        host_country="Ukraine",
        city="Kyiv",
        timezone=TIMEZONE,
        classification="DEMONSTRATION — PUBLIC SOURCES ONLY",
        reference_prefix="KYIV",
    )
    try:
        with case.transaction():
            _fill(case)
    finally:
        case.close()


def _fill(case: CaseFile) -> None:
    tz = zone(TIMEZONE)
    chancery = sites.create(
        case,
        kind="chancery",
        name="Embassy chancery, Kyiv",
        address="Lukyanivka district, Kyiv; near Lukyanivska metro station",
        latitude=50.4619,
        longitude=30.4826,
        coordinates_notified="2022-04",
    )
    consular = sites.create(
        case,
        kind="consular_section",
        name="Consular section, Kyiv",
        address="Next to the chancery, Lukyanivka district, Kyiv",
        latitude=50.4621,
        longitude=30.4830,
        coordinates_notified="2022-04",
    )
    kharkiv = sites.create(
        case,
        kind="honorary_consulate",
        name="Honorary Consulate, Kharkiv",
        address="Kharkiv",
        latitude=49.9935,
        longitude=36.2304,
        coordinates_notified="2022-04",
    )
    socar = sites.create(
        case, kind="national_asset", name="SOCAR facility, Odesa region",
        address="Odesa region; operated by SOCAR, the Azerbaijani state oil company",
        latitude=46.4825, longitude=30.7233,
    )  # fmt: skip

    notes.create(
        case,
        "Demonstration case file built from public news reporting of November 2025. Photos are "
        "generated illustrations, not photographs of the events.",
    )

    kharkiv_2022 = incidents.create(
        case,
        title="Airstrike damages the Honorary Consulate in Kharkiv",
        site=kharkiv.uuid,
        span=TimeSpan.in_year(2022, tz),
        incident_type="unknown",
        impact="unknown",
        description="An airstrike seriously damaged the administrative building of the "
        "Honorary Consulate in Kharkiv and made its service car unusable. The weapon is not "
        "identified in the sources.",
        status="protest_sent",
    )
    damage.create(
        case,
        kharkiv_2022.uuid,
        element="structure",
        severity="severe",
        description="Administrative building seriously damaged.",
    )
    damage.create(
        case,
        kharkiv_2022.uuid,
        element="vehicles",
        severity="severe",
        description="The consulate's service car was made unusable.",
    )

    crater_2024 = incidents.create(
        case,
        title="Airstrike near the embassy leaves a crater and unexploded ordnance",
        site=chancery.uuid,
        span=TimeSpan.in_month(2024, 1, tz),
        incident_type="uxo_found",
        impact="nearby",
        distance_m=25,
        distance_words="about 35 steps",
        description="An airstrike near the embassy left a crater about 3 m across, about 35 "
        "steps from the administrative building. The munition failed to detonate; unexploded "
        "ordnance was found 8 m below ground.",
        uxo_found=True,
        uxo_depth_m=8,
        status="protest_sent",
    )

    drone_2025 = incidents.create(
        case,
        title="Attack drone explodes near the embassy",
        site=chancery.uuid,
        span=TimeSpan.in_month(2025, 7, tz),
        incident_type="drone_strike",
        impact="nearby",
        description="An attack drone (loitering munition) exploded near the embassy and caused "
        "some damage; the sources do not detail it.",
        status="protest_sent",
    )

    socar_2025 = incidents.create(
        case,
        title="Two drone strikes on the SOCAR facility in Odesa region",
        site=socar.uuid,
        span=TimeSpan.part_of_month(2025, 8, MonthPart.EARLY, tz),
        incident_type="drone_strike",
        impact="unknown",
        description="Two separate drone strikes damaged the facility operated by SOCAR. A "
        "national asset, not diplomatic premises.",
        status="protest_sent",
    )

    missile_aug = incidents.create(
        case,
        title="Missile explodes near the embassy: windows and consular roof damaged",
        site=chancery.uuid,
        span=TimeSpan.part_of_month(2025, 8, MonthPart.LATE, tz),
        incident_type="missile_strike",
        impact="nearby",
        description="A missile exploded near the embassy building. Windows were shattered and "
        "the roof of the consular section cracked.",
        status="protest_sent",
    )
    damage.create(
        case,
        missile_aug.uuid,
        element="windows",
        severity="moderate",
        description="Windows shattered.",
    )
    damage.create(
        case,
        missile_aug.uuid,
        site=consular.uuid,
        element="roof",
        severity="moderate",
        description="Cracks in the roof of the consular section.",
    )

    november = incidents.create(
        case,
        title="Missile hits the embassy compound during a combined attack on Kyiv",
        site=chancery.uuid,
        span=TimeSpan.part_of_day(date(2025, 11, 14), DayPart.NIGHT, tz),
        incident_type="missile_strike",
        impact="in_compound",
        description="During a large-scale combined missile and drone attack on Kyiv, a missile "
        "hit the embassy compound. The building cracked, walls were seriously damaged and part "
        "of a wall was blown off; windows were shattered and diplomats' cars damaged. The most "
        "serious damage so far. No staff were injured.",
        staff_killed=0,
        staff_injured=0,
        status="protest_sent",
    )
    for element, severity, text in (
        ("structure", "severe", "Large crack in the administrative building."),
        ("exterior_walls", "severe",
         "Walls seriously damaged, the embassy building's among them; part of a wall blown off."),
        ("windows", "severe", "Windows shattered."),
        ("vehicles", "moderate", "Diplomats' cars damaged."),
    ):  # fmt: skip
        damage.create(case, november.uuid, element=element, severity=severity, description=text)

    for record in (kharkiv_2022, crater_2024, drone_2025, socar_2025, missile_aug):
        notes.create(case, NOTIFIED_AFTER, target=record.uuid)
    notes.create(
        case,
        "At least the fourth time the embassy in Kyiv has been damaged: see "
        f"{crater_2024.reference}, {drone_2025.reference} and {missile_aug.reference}.",
        target=november.uuid,
    )
    notes.create(
        case,
        "Səfirliyin inzibati binasında böyük çat yaranıb, divarın bir hissəsi uçub, pəncərələr "
        "sınıb. İşçilər arasında xəsarət alan yoxdur.",
        target=november.uuid,
        author="Konsul",
    )
    notes.create(
        case,
        "Посольство: пошкоджено стіни та вікна, частину стіни зруйновано; автомобілі "
        "дипломатів пошкоджені. Серед персоналу постраждалих немає.",
        target=november.uuid,
        author="Черговий",
    )

    correspondence.create(
        case,
        kind="note_verbale",
        direction="sent",
        span=TimeSpan.in_month(2022, 4, tz),
        counterpart="The Russian side, through official channels",
        summary="Diplomatic note communicating the coordinates of the buildings of all "
        "diplomatic missions in Ukraine.",
        incidents=[],
    )
    correspondence.create(
        case,
        kind="summons",
        direction="sent",
        span=TimeSpan.in_month(2025, 11, tz),
        counterpart="Mikhail Yevdokimov, Ambassador of the Russian Federation",
        summary="The Ministry of Foreign Affairs of Azerbaijan summoned the Russian Ambassador. "
        f"It recalled {kharkiv_2022.reference} and {crater_2024.reference}, noted that the "
        "coordinates were shared in April 2022 and that earlier incidents had been notified by "
        "official notes, stated that attacks on diplomatic missions are unacceptable, asked "
        "whether the attacks were deliberate, and requested an investigation and a detailed "
        "explanation.",
        incidents=[november.uuid, kharkiv_2022.uuid, crater_2024.uuid],
    )
    correspondence.create(
        case,
        kind="phone_call",
        direction="received",
        span=TimeSpan.in_month(2025, 11, tz),
        counterpart="The President of Ukraine",
        summary="The President of Ukraine called the President of Azerbaijan to condemn the "
        "strike, citing international law on the protection of diplomatic missions, and thanked "
        "Azerbaijan for its humanitarian support.",
        incidents=[november.uuid],
    )
