"""Hover texts: what the case file says about an incident, never more precise than recorded."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from zoneinfo import ZoneInfo

from casefiles.domain import wording
from ui.timeline.data import TimelineIncident

GROUP_LIMIT = 8  # incidents listed by name in a cluster's tooltip


def incident_tooltip(incident: TimelineIncident, site_name: str, tz: ZoneInfo) -> str:
    """Rich text: reference and title, the time in words with its precision, site, type,
    worst damage and photo count."""
    severity = incident.worst_severity.label if incident.worst_severity else "not assessed"
    photos = {0: "no photos", 1: "1 photo"}.get(incident.photo_count)
    rows = (
        (
            "When",
            f"{escape(wording.span_words(incident.span, tz))} "
            f"<i>({wording.precision_words(incident.span.precision)})</i>",
        ),
        ("Site", escape(site_name)),
        ("Type", escape(incident.incident_type.label)),
        ("Worst damage", escape(severity)),
        ("Photos", photos or f"{incident.photo_count} photos"),
    )
    body = "".join(f"<tr><td>{name}:&nbsp;</td><td>{value}</td></tr>" for name, value in rows)
    return (
        f"<p><b>{escape(incident.reference)}</b> {escape(incident.title)}</p><table>{body}</table>"
    )


def group_tooltip(incidents: Sequence[TimelineIncident], tz: ZoneInfo, merged: bool) -> str:
    """Rich text for a mark that stands for several incidents: a cluster (`merged`, to be
    split by zooming in) or a bar of incidents recorded with the same span."""
    head = (
        f"<b>{len(incidents)} incidents</b> too close to tell apart: click or zoom in"
        if merged
        else f"<b>{len(incidents)} incidents</b> recorded as {_when(incidents[0], tz)}"
    )
    lines = [
        f"{escape(i.reference)} · {_when(i, tz)} · {escape(i.incident_type.label)}"
        for i in incidents[:GROUP_LIMIT]
    ]
    if len(incidents) > GROUP_LIMIT:
        lines.append(f"and {len(incidents) - GROUP_LIMIT} more")
    return f"<p>{head}</p><p style='white-space:pre'>{'<br>'.join(lines)}</p>"


def _when(incident: TimelineIncident, tz: ZoneInfo) -> str:
    return escape(wording.span_words(incident.span, tz))
