"""Consistency warnings for a photo: does what the file says fit the incident it is filed under?

Warnings, never refusals: a photo taken two days later is still evidence, but the reader of the
summary should know. Computed when read, so they follow later edits of the incident or site.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from casefiles.domain import wording
from casefiles.domain.timespan import TimeSpan
from casefiles.language.catalogue import ENGLISH, Phrases
from casefiles.photos.photo_metadata import is_editing_software

# Damage is usually photographed in the days after a strike; a camera clock may be a bit off.
BEFORE_ALLOWANCE = timedelta(hours=1)
AFTER_ALLOWANCE = timedelta(days=2)
# Without a UTC offset the time could be in any zone from UTC-12 to UTC+14.
UNKNOWN_OFFSET_ALLOWANCE = timedelta(hours=14)
MAX_GPS_DISTANCE_M = 1000.0
EARTH_RADIUS_M = 6_371_000.0


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def capture_moment(capture_time: str | None, offset_known: bool, tz: ZoneInfo) -> datetime | None:
    """The stored capture time as an aware moment; a time without offset is read as local."""
    if not capture_time:
        return None
    moment = datetime.fromisoformat(capture_time)
    if moment.tzinfo is None or not offset_known:
        moment = moment.replace(tzinfo=tz)
    return moment


def consistency_warnings(
    *,
    capture_time: str | None,
    capture_offset_known: bool,
    capture_time_is_file_date: bool,
    gps: tuple[float, float] | None,
    software: str | None,
    span: TimeSpan,
    tz: ZoneInfo,
    site_position: tuple[float, float] | None,
    site_name: str,
    phrases: Phrases = ENGLISH,
) -> tuple[str, ...]:
    """The warnings in `phrases`' language (the window's or the printed summary's)."""
    say = phrases
    warnings: list[str] = []
    moment = capture_moment(capture_time, capture_offset_known, tz)
    if moment is None:
        warnings.append(say("warning.no_capture_time"))
    else:
        slack = timedelta(0) if capture_offset_known else UNKNOWN_OFFSET_ALLOWANCE
        early = moment < span.start - BEFORE_ALLOWANCE - slack
        incident = wording.span_words(span, tz, phrases=say)
        if capture_time_is_file_date:
            # Saving a file sets its date, so only a date before the incident says something.
            warnings.append(say("warning.file_date"))
            if early:
                ago = _ago(span.start - moment, say)
                warnings.append(say("warning.file_dated_before", ago=ago, incident=incident))
        elif early:
            ago = _ago(span.start - moment, say)
            warnings.append(say("warning.taken_before", ago=ago, incident=incident))
        elif moment >= span.end + AFTER_ALLOWANCE + slack:
            ago = _ago(moment - span.end, say)
            warnings.append(say("warning.taken_after", ago=ago, incident=incident))
        if not capture_offset_known:
            warnings.append(say("warning.no_zone"))
    if gps is not None and site_position is not None:
        distance = distance_m(*gps, *site_position)
        if distance > MAX_GPS_DISTANCE_M:
            far = _distance_words(distance, say)
            warnings.append(say("warning.gps_far", distance=far, site=site_name))
    if is_editing_software(software):
        warnings.append(say("warning.editing_software", software=software))
    return tuple(warnings)


def _ago(delta: timedelta, say: Phrases = ENGLISH) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 48:
        return say.plural("ago.hours", max(1, round(hours)))
    days = hours / 24
    if days < 60:
        return say.plural("ago.days", round(days))
    return say.plural("ago.months", round(days / 30.4))


def _distance_words(metres: float, say: Phrases = ENGLISH) -> str:
    if metres < 10_000:
        return say("warning.metres", amount=say.number(Decimal(round(metres))))
    return say("warning.kilometres", amount=say.number(Decimal(round(metres / 1000))))
