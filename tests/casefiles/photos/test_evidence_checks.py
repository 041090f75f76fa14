"""The consistency warnings of a photo, at the edges of each allowance: an hour before the
incident, two days after, fourteen hours either way when the time has no zone, a kilometre from
the site. Plain values in, exact warnings out: fast enough to run once per mutant."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest

from casefiles.domain import wording
from casefiles.domain.timespan import TimeSpan, zone
from casefiles.language.catalogue import ENGLISH, Language, Phrases, phrases_for
from casefiles.photos.evidence_checks import (
    _ago,
    _distance_words,
    capture_moment,
    consistency_warnings,
    distance_m,
)

KYIV = zone("Europe/Kyiv")
DAY = TimeSpan.on_day(date(2025, 11, 14), KYIV)  # 13 Nov 22:00 to 14 Nov 22:00 UTC
WORDS = wording.span_words(DAY, KYIV)
SITE = (50.45, 30.52)
NO_ZONE = "The capture time has no time zone; it is read as local time."
FILE_DATE = (
    "The file gives no capture time; the time shown is the file's date, which may be when it "
    "was last edited."
)


def _warnings(
    capture: datetime | str | None,
    *,
    offset_known: bool = True,
    file_date: bool = False,
    gps: tuple[float, float] | None = None,
    software: str | None = None,
    site: tuple[float, float] | None = SITE,
    phrases: Phrases = ENGLISH,
) -> tuple[str, ...]:
    return consistency_warnings(
        capture_time=capture.isoformat() if isinstance(capture, datetime) else capture,
        capture_offset_known=offset_known,
        capture_time_is_file_date=file_date,
        gps=gps,
        software=software,
        span=DAY,
        tz=KYIV,
        site_position=site,
        site_name="Səfirlik binası",
        phrases=phrases,
    )


MINUTE = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("capture", "expected"),
    [
        (DAY.start - timedelta(hours=1), ()),
        (
            DAY.start - timedelta(hours=1) - MINUTE,
            (f"Taken 1 hour before the incident ({WORDS}).",),
        ),
        (DAY.start - timedelta(hours=30), (f"Taken 30 hours before the incident ({WORDS}).",)),
        (DAY.start - timedelta(days=3), (f"Taken 3 days before the incident ({WORDS}).",)),
        (DAY.start - timedelta(days=59), (f"Taken 59 days before the incident ({WORDS}).",)),
        (DAY.start - timedelta(days=61), (f"Taken 2 months before the incident ({WORDS}).",)),
        (DAY.start - timedelta(days=365), (f"Taken 12 months before the incident ({WORDS}).",)),
        (DAY.start, ()),
        (DAY.end, ()),
        (DAY.end + timedelta(days=2) - MINUTE, ()),
        (DAY.end + timedelta(days=2), (f"Taken 2 days after the incident ({WORDS}).",)),
        (DAY.end + timedelta(hours=60), (f"Taken 2 days after the incident ({WORDS}).",)),
        (DAY.end + timedelta(hours=84), (f"Taken 4 days after the incident ({WORDS}).",)),
    ],
    ids=lambda value: str(value) if isinstance(value, datetime) else None,
)
def test_a_capture_time_with_its_zone_against_the_incident(
    capture: datetime, expected: tuple[str, ...]
) -> None:
    assert _warnings(capture.astimezone(KYIV)) == expected


def test_half_an_hour_counts_as_one_hour() -> None:
    capture = DAY.start - timedelta(hours=1, minutes=1)
    assert _warnings(capture) == (f"Taken 1 hour before the incident ({WORDS}).",)
    capture = DAY.start - timedelta(hours=1, minutes=1) - timedelta(minutes=45)
    assert _warnings(capture) == (f"Taken 2 hours before the incident ({WORDS}).",)


def test_a_time_without_zone_is_local_with_fourteen_hours_either_way() -> None:
    local = DAY.start.astimezone(KYIV).replace(tzinfo=None)  # 14 Nov 00:00 on the wall clock
    allowance = timedelta(hours=1 + 14)
    assert _warnings(local - allowance, offset_known=False) == (NO_ZONE,)
    assert _warnings(local - allowance - MINUTE, offset_known=False) == (
        f"Taken 15 hours before the incident ({WORDS}).",
        NO_ZONE,
    )
    end = DAY.end.astimezone(KYIV).replace(tzinfo=None)
    assert _warnings(end + timedelta(days=2, hours=14) - MINUTE, offset_known=False) == (NO_ZONE,)
    assert _warnings(end + timedelta(days=2, hours=14), offset_known=False) == (
        f"Taken 3 days after the incident ({WORDS}).",  # 62 hours after its end
        NO_ZONE,
    )


def test_an_offset_not_known_is_ignored_and_the_time_read_as_local() -> None:
    moment = capture_moment("2025-11-14T10:00:00+05:00", False, KYIV)
    assert moment == datetime(2025, 11, 14, 10, 0, tzinfo=KYIV)
    assert capture_moment("2025-11-14T10:00:00+05:00", True, KYIV) == datetime(
        2025, 11, 14, 5, 0, tzinfo=zone("UTC")
    )
    assert capture_moment("2025-11-14T10:00:00", True, KYIV) == datetime(
        2025, 11, 14, 10, 0, tzinfo=KYIV
    )
    assert capture_moment(None, True, KYIV) is None
    assert capture_moment("", True, KYIV) is None


def test_no_capture_time_is_said() -> None:
    assert _warnings(None) == ("The file gives no capture time.",)
    assert _warnings("") == ("The file gives no capture time.",)


def test_a_file_date_only_warns_when_it_is_before_the_incident() -> None:
    long_after = DAY.end + timedelta(days=30)
    assert _warnings(long_after, file_date=True) == (FILE_DATE,)
    before = DAY.start - timedelta(days=3)
    assert _warnings(before, file_date=True) == (
        FILE_DATE,
        f"The file is dated 3 days before the incident ({WORDS}).",
    )
    assert _warnings(DAY.start - timedelta(hours=1), file_date=True) == (FILE_DATE,)


def _law_of_cosines_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The same great-circle distance by another formula, to check the haversine against."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cosine = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6_371_000.0 * math.acos(min(1.0, cosine))


@pytest.mark.parametrize(
    "points",
    [
        (50.45, 30.52, 50.0, 36.23),  # Kyiv to Kharkiv
        (40.41, 49.87, 50.45, 30.52),  # Baku to Kyiv
        (0.0, 0.0, 0.0, 1.0),
        (60.0, 10.0, 61.0, 10.0),
        (-33.9, 18.4, 51.5, -0.1),
    ],
)
def test_distance_is_the_great_circle_distance(points: tuple[float, float, float, float]) -> None:
    assert distance_m(*points) == pytest.approx(_law_of_cosines_m(*points), rel=1e-9)
    assert distance_m(*points) == pytest.approx(distance_m(*points[2:], *points[:2]), rel=1e-12)


def test_a_photo_more_than_a_kilometre_from_the_site_is_said_in_metres_then_kilometres() -> None:
    on_time = DAY.start + timedelta(hours=3)
    metre_of_latitude = 1 / 111_194.93
    near = (SITE[0] + 999 * metre_of_latitude, SITE[1])
    assert _warnings(on_time, gps=near) == ()
    beyond = (SITE[0] + 1001 * metre_of_latitude, SITE[1])
    assert _warnings(on_time, gps=beyond) == ("Its GPS position is 1,001 m from Səfirlik binası.",)
    nearly_ten = (SITE[0] + 9_999 * metre_of_latitude, SITE[1])
    assert _warnings(on_time, gps=nearly_ten) == (
        "Its GPS position is 9,999 m from Səfirlik binası.",
    )
    kharkiv = (50.0, 36.23)
    assert _warnings(on_time, gps=kharkiv) == ("Its GPS position is 409 km from Səfirlik binası.",)
    assert _warnings(on_time, gps=kharkiv, site=None) == ()


def test_editing_software_is_named_and_every_warning_comes_in_order() -> None:
    late = DAY.end + timedelta(days=5)
    assert _warnings(DAY.start, software="SM-S918BXXU3BWK1") == ()
    assert _warnings(late, offset_known=False, gps=(50.0, 36.23), software="Adobe Photoshop") == (
        f"Taken 5 days after the incident ({WORDS}).",
        NO_ZONE,
        "Its GPS position is 409 km from Səfirlik binası.",
        "The file names editing software (Adobe Photoshop).",
    )


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (timedelta(minutes=20), "1 hour"),
        (timedelta(hours=47, minutes=29), "47 hours"),
        (timedelta(hours=48), "2 days"),
        (timedelta(days=59, hours=12), "60 days"),  # rounded, still under 60 days
        (timedelta(days=60), "2 months"),
        (timedelta(days=60, hours=12), "2 months"),
        (timedelta(days=200), "7 months"),  # 200 / 30.4 = 6.6
    ],
)
def test_how_long_before_or_after_is_said(delta: timedelta, words: str) -> None:
    assert _ago(delta) == words


@pytest.mark.parametrize(
    ("metres", "words"),
    [
        (1_000.4, "1,000 m"),
        (9_999.4, "9,999 m"),
        (10_000.0, "10 km"),
        (10_000.4, "10 km"),
        (1_500_000.0, "1,500 km"),
    ],
)
def test_a_distance_is_said_in_metres_under_ten_kilometres(metres: float, words: str) -> None:
    assert _distance_words(metres) == words


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.RU,
            (
                "Снято через 5 дней после инцидента ({words}).",
                "Время съёмки без часового пояса; оно прочитано как местное время.",
                "Позиция GPS в 409 км от объекта Səfirlik binası.",
                "В файле указана программа для редактирования (Adobe Photoshop).",
            ),
        ),
        (
            Language.UK,
            (
                "Знято через 5 днів після інциденту ({words}).",
                "Час зйомки без часового поясу; його прочитано як місцевий час.",
                "Позиція GPS за 409 км від об'єкта Səfirlik binası.",
                "У файлі зазначено програму для редагування (Adobe Photoshop).",
            ),
        ),
        (
            Language.AZ,
            (
                "İnsidentdən ({words}) 5 gün sonra çəkilib.",
                "Çəkiliş vaxtında saat qurşağı yoxdur; yerli vaxt kimi oxunur.",
                "GPS mövqeyi Səfirlik binası obyektindən 409 km uzaqdır.",
                "Faylda redaktə proqramı göstərilib (Adobe Photoshop).",
            ),
        ),
    ],
)
def test_the_warnings_speak_the_language_asked_for(
    language: Language, expected: tuple[str, ...]
) -> None:
    say = phrases_for(language)
    words = wording.span_words(DAY, KYIV, phrases=say)
    late = DAY.end + timedelta(days=5)
    found = _warnings(
        late, offset_known=False, gps=(50.0, 36.23), software="Adobe Photoshop", phrases=say
    )
    assert found == tuple(line.format(words=words) for line in expected)


@pytest.mark.parametrize(
    ("delta", "russian"),
    [
        (timedelta(hours=1), "1 час"),
        (timedelta(hours=3), "3 часа"),
        (timedelta(hours=11), "11 часов"),
        (timedelta(hours=21), "21 час"),
        (timedelta(days=22), "22 дня"),
        (timedelta(days=90), "3 месяца"),
    ],
)
def test_how_long_is_said_with_each_languages_plural_forms(delta: timedelta, russian: str) -> None:
    assert _ago(delta, phrases_for(Language.RU)) == russian


def test_distances_use_the_languages_separators() -> None:
    assert _distance_words(9_999.4, phrases_for(Language.RU)) == "9\N{NO-BREAK SPACE}999 м"
    assert _distance_words(9_999.4, phrases_for(Language.AZ)) == "9.999 m"


def test_how_long_before_is_said_in_the_language_asked_for() -> None:
    """Before the incident, by the camera's clock or by the file's date: the time in Russian."""
    say = phrases_for(Language.RU)
    words = wording.span_words(DAY, KYIV, phrases=say)
    before = DAY.start - timedelta(days=3)
    assert _warnings(before, phrases=say) == (f"Снято за 3 дня до инцидента ({words}).",)
    assert _warnings(before, file_date=True, phrases=say)[1] == (
        f"Файл датирован на 3 дня раньше инцидента ({words})."
    )
