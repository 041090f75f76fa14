"""The demo case: the Embassy of Azerbaijan in Kyiv, from public reporting of November 2025.

The facts are kept as vague as the sources: "2022" stays a year, "late August 2025" a part of a
month. Where a source gives no date (the notes sent after each incident), none is invented.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from casefiles.demo.illustrations import draw_illustration, draw_letter, write_picture
from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import TimeSpan, parse, zone
from casefiles.domain.vocabulary import DayPart, MonthPart
from casefiles.integrity.signing import ephemeral
from casefiles.services import (
    correspondence,
    damage,
    evidence_changes,
    incidents,
    notes,
    photo_derivation,
    photo_import,
    sites,
)
from casefiles.services.mission import create_case_file
from casefiles.storage.encryption import CaseKey
from casefiles.storage.store import CaseFile

TIMEZONE = "Europe/Kyiv"
MISSION = "Embassy of the Republic of Azerbaijan in Ukraine"
ILLUSTRATION_SIZE = (1200, 900)
DEMO_USER = "Administrative officer (demo)"

NOTIFIED_AFTER = (
    "The Russian side was informed of this incident by an official note; the date of the note "
    "is not public."
)


def write_demo(path: Path, key: CaseKey | None = None) -> None:
    """Write the demo case file at `path` (refuses to overwrite, like every create),
    encrypted when given a key."""
    # The demo's changes are signed by a role, not by whoever built the file, with a key made
    # for the demo and kept nowhere.
    case = create_case_file(
        path,
        MISSION,
        key=key,
        signer=ephemeral(DEMO_USER),
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
        photo_derivation.derive_pending(case)  # the demo opens with every picture made
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
    consular_roof = damage.create(
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
    november_damage: dict[str, str] = {}
    for element, severity, text in (
        ("structure", "severe", "Large crack in the administrative building."),
        ("exterior_walls", "severe",
         "Walls seriously damaged, the embassy building's among them; part of a wall blown off."),
        ("windows", "severe", "Windows shattered."),
        ("vehicles", "moderate", "Diplomats' cars damaged."),
    ):  # fmt: skip
        november_damage[element] = damage.create(
            case, november.uuid, element=element, severity=severity, description=text
        ).uuid

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

    coordinates_note = correspondence.create(
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

    with tempfile.TemporaryDirectory() as folder:
        for reference, damage_uuid, pictures in (
            (
                kharkiv_2022,
                None,
                [
                    (
                        "facade",
                        "administrative building of the Honorary Consulate",
                        "2022-06-15 12:00",
                    ),
                    ("car", "the consulate's service car, unusable", "2022-06-15 12:10"),
                ],
            ),
            (
                crater_2024,
                None,
                [
                    (
                        "crater",
                        "crater about 3 m across, about 35 steps from the building",
                        "2024-01-20 11:00",
                    )
                ],
            ),
            (drone_2025, None, [("wall", "damage after the drone exploded", "2025-07-18 10:00")]),
            (missile_aug, None, [("window", "shattered windows", "2025-08-27 09:15")]),
            (
                missile_aug,
                consular_roof.uuid,
                [("roof", "cracks in the roof of the consular section", "2025-08-27 09:40")],
            ),
            (
                november,
                november_damage["exterior_walls"],
                [("wall", "part of a wall blown off", "2025-11-14 07:20")],
            ),
            (
                november,
                november_damage["windows"],
                [("window", "windows shattered", "2025-11-14 07:25")],
            ),
            (
                november,
                november_damage["vehicles"],
                [("car", "a diplomat's car damaged", "2025-11-14 07:35")],
            ),
            (
                november,
                november_damage["structure"],
                [("facade", "large crack in the administrative building", "2025-11-14 07:45")],
            ),
            # Surveyed three days on: the app warns that it was taken after the incident.
            (
                november,
                november_damage["exterior_walls"],
                [("crater", "the compound surveyed three days later", "2025-11-17 11:00")],
            ),
        ):
            _add_illustrations(case, Path(folder), reference, damage_uuid, pictures, tz)
        _add_letter_scan(case, Path(folder), coordinates_note.uuid, tz)


def _add_letter_scan(case: CaseFile, folder: Path, letter: str, tz: ZoneInfo) -> None:
    """A drawn stand-in for the scan of the April 2022 note, kept with its correspondence item."""
    subject = "the note verbale of April 2022 with the missions' coordinates"
    page = draw_letter("Note verbale", subject, seed=2022)
    scan = write_picture(
        page,
        folder / "Note verbale 2022-04.jpg",
        parse("2022-04-20 10:00", tz).start.astimezone(tz),
        None,
        model="Illustration generator (scan)",
    )
    (outcome,) = photo_import.import_scans(case, letter, [scan])
    if outcome.evidence_uuid is not None:
        evidence_changes.set_caption(
            case, outcome.evidence_uuid, f"Illustration (generated, not a scan): {subject}"
        )


def _add_illustrations(
    case: CaseFile,
    folder: Path,
    incident: IncidentRecord,
    damage_uuid: str | None,
    pictures: list[tuple[str, str, str]],
    tz: ZoneInfo,
) -> None:
    """Draw the pictures, write them with EXIF time and GPS near the site, import, caption."""
    site = sites.get(case, incident.site_uuid)
    paths = []
    for scene, subject, local_time in pictures:
        moment = parse(local_time, tz).start.astimezone(tz)
        image = draw_illustration(
            incident.reference, subject, seed=len(subject), size=ILLUSTRATION_SIZE, scene=scene
        )
        gps = None
        if site.latitude is not None and site.longitude is not None:
            gps = (site.latitude + 0.0002, site.longitude - 0.0003)  # about 30 m away
        name = f"{incident.reference} {scene}"
        # One HEIC, as an iPhone would send, so the HEIC path is part of the demo.
        heic = incident.reference.endswith("2025-004") and scene == "car"
        paths.append(
            write_picture(image, folder / f"{name}.{'heic' if heic else 'jpg'}", moment, gps)
        )
    outcomes = photo_import.import_files(case, incident.uuid, paths, damage=damage_uuid)
    for outcome, (_scene, subject, _time) in zip(outcomes, pictures, strict=True):
        if outcome.evidence_uuid is not None:
            evidence_changes.set_caption(
                case,
                outcome.evidence_uuid,
                f"Illustration (generated, not a photograph): {subject}",
            )
