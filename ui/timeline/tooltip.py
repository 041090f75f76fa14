"""Hover texts: what the case file says about an incident, never more precise than recorded.

The case file's words (types, severities, times) come from the core's catalogue in the
timeline's language; the tooltip's own words go through Qt's translation."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from casefiles.domain import wording
from casefiles.language.catalogue import Phrases
from ui.plurals import plural
from ui.timeline.data import TimelineIncident

GROUP_LIMIT = 8  # incidents listed by name in a cluster's tooltip


class TimelineTooltips(QObject):
    """A QObject for its tr(): pyside6-lupdate marks plurals only in self.tr calls."""

    def incident(
        self, incident: TimelineIncident, site_name: str, tz: ZoneInfo, phrases: Phrases
    ) -> str:
        """Rich text: reference and title, the time in words with its precision, site, type,
        worst damage and photo count."""
        severity = (
            phrases.label(incident.worst_severity)
            if incident.worst_severity
            else self.tr("not assessed")
        )
        count = incident.photo_count
        photos = (
            self.tr("no photos") if count == 0 else plural(self.tr("%n photo(s)", "", count), count)
        )
        when = wording.span_words(incident.span, tz, phrases=phrases)
        precision = wording.precision_words(incident.span.precision, phrases=phrases)
        rows = (
            (self.tr("When"), f"{escape(when)} <i>({escape(precision)})</i>"),
            (self.tr("Site"), escape(site_name)),
            (self.tr("Type"), escape(phrases.label(incident.incident_type))),
            (self.tr("Worst damage"), escape(severity)),
            (self.tr("Photos"), escape(photos)),
        )
        body = "".join(
            f"<tr><td>{escape(name)}:&nbsp;</td><td>{value}</td></tr>" for name, value in rows
        )
        return (
            f"<p><b>{escape(incident.reference)}</b> {escape(incident.title)}</p>"
            f"<table>{body}</table>"
        )

    def group(
        self, incidents: Sequence[TimelineIncident], tz: ZoneInfo, merged: bool, phrases: Phrases
    ) -> str:
        """Rich text for a mark that stands for several incidents: a cluster (`merged`, to be
        split by zooming in) or a bar of incidents recorded with the same span."""
        n = len(incidents)
        if merged:
            head = self.tr("<b>%n incident(s)</b> too close to tell apart: click or zoom in", "", n)
        else:
            head = self.tr("<b>%n incident(s)</b> recorded as %1", "", n)
        head = plural(head, n).replace("%1", _when(incidents[0], tz, phrases))
        lines = [
            " · ".join(
                (escape(i.reference), _when(i, tz, phrases), escape(phrases.label(i.incident_type)))
            )
            for i in incidents[:GROUP_LIMIT]
        ]
        if n > GROUP_LIMIT:
            more = n - GROUP_LIMIT
            lines.append(plural(self.tr("and %n more", "", more), more))
        return f"<p>{head}</p><p style='white-space:pre'>{'<br>'.join(lines)}</p>"


def _when(incident: TimelineIncident, tz: ZoneInfo, phrases: Phrases) -> str:
    return escape(wording.span_words(incident.span, tz, phrases=phrases))
