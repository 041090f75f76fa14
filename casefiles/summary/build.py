"""Build the printable documents from a case file, through the services only.

The case summary covers the whole case file, a period, or chosen incidents; the incident report
covers one incident in full. Both read everything up front, so the result can be drawn later
on any thread while the case file stays untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from casefiles import clock
from casefiles.domain import wording
from casefiles.domain.records import (
    CorrespondenceRecord,
    EvidenceRecord,
    IncidentRecord,
    MissionRecord,
    NoteRecord,
    SiteRecord,
)
from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import EvidenceKind
from casefiles.errors import NotFound, ValidationError
from casefiles.integrity.signing import person_label, spoken
from casefiles.integrity.verify import check
from casefiles.language.catalogue import Language, Phrases, phrases_for
from casefiles.language.phrase import phrase
from casefiles.photos.derived_images import displayed_size
from casefiles.progress import Progress
from casefiles.services import correspondence as correspondence_service
from casefiles.services import damage as damage_service
from casefiles.services import evidence_reading, photo_derivation
from casefiles.services import incidents as incident_service
from casefiles.services import mission as mission_service
from casefiles.services import notes as notes_service
from casefiles.services import sites as site_service
from casefiles.storage.store import CaseFile
from casefiles.summary.document import (
    ChronologyRow,
    Cover,
    DamageRow,
    DocumentKind,
    EvidenceEntry,
    Field,
    IncidentSection,
    Letter,
    Photo,
    PrintedNote,
    SiteRow,
    SummaryDocument,
    TimelineSource,
)

# Called after each incident is read: (incidents done, incidents in all).


class _Context:
    """What every part of one document needs: the case, its mission, sites, time zone and the
    language it is worded in."""

    def __init__(self, case: CaseFile, prepared_by: str | None, language: Language) -> None:
        self.case = case
        self.say: Phrases = phrases_for(language)
        # No profile and no --prepared-by: "not given", never the OS login.
        self.prepared_by = (
            (prepared_by or "").strip() or case.preparer or self.say("preparer.not_given")
        )
        self.mission: MissionRecord = mission_service.get(case)
        self.tz: ZoneInfo = self.mission.tz
        self.sites: dict[str, SiteRecord] = {
            site.uuid: site for site in site_service.list_sites(case, include_deleted=True)
        }
        self.references: dict[str, str] = {
            incident.uuid: incident.reference
            for incident in incident_service.list_incidents(case, include_deleted=True)
        }
        self.printed_at = clock.now()
        self.fingerprint = case.fingerprint()
        self.photo_numbers = count(1)
        self.scan_numbers = count(1)
        # The scans of each letter printed, by its uuid, numbered when the letter first appears.
        self.scans: dict[str, tuple[EvidenceEntry, ...]] = {}
        # Checked at print time: the cover says the result, and a photo that fails is marked.
        self.integrity = check(case)


def build_case_summary(
    case: CaseFile,
    *,
    incidents: Sequence[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Progress | None = None,
    prepared_by: str | None = None,
    language: Language = Language.EN,
) -> SummaryDocument:
    """The case summary: every incident, or those whose time overlaps [date_from, date_to]
    (days in the premises' time zone, both included), or the chosen incident references.
    `prepared_by` names the preparer instead of the person's profile; `language` is the one
    the summary is worded in (the user's own text is printed as typed)."""
    context = _Context(case, prepared_by, language)
    say = context.say
    if date_from and date_to and date_to < date_from:
        raise ValidationError(
            {"period": phrase("field.period_reversed", end=date_to, start=date_from)}
        )
    if incidents is not None:
        chosen = [_live_incident(case, reference) for reference in dict.fromkeys(incidents)]
        chosen.sort(key=lambda incident: (incident.span.start, incident.span.end))
    else:
        chosen = incident_service.list_incidents(case)
    chosen = [i for i in chosen if _overlaps(i.span, date_from, date_to, context.tz)]
    sections = _sections(context, chosen, progress)
    chosen_uuids = {incident.uuid for incident in chosen}
    whole_case = incidents is None and date_from is None and date_to is None
    letters = [
        item
        for item in correspondence_service.list_correspondence(case)
        if whole_case or not item.incident_uuids or chosen_uuids & set(item.incident_uuids)
    ]
    scope = _scope(say, incidents is not None, date_from, date_to)
    correspondence_log = tuple(_letter(item, context) for item in letters)
    title = say("summary.title")
    return SummaryDocument(
        kind=DocumentKind.CASE_SUMMARY,
        language=language,
        title=title,
        mission=context.mission.name,
        classification=context.mission.classification,
        fingerprint=context.fingerprint,
        printed_at=context.printed_at,
        printed_at_words=wording.moment(context.printed_at, context.tz, phrases=say),
        cover=_cover(context, title, scope, chosen, date_from, date_to),
        case_notes=tuple(_note(note, context) for note in notes_service.list_notes(case)),
        chronology=tuple(chronology_row(i, context.tz, context.say) for i in chosen),
        timeline=TimelineSource(
            incidents=tuple(chosen),
            sites=tuple(site for site in context.sites.values() if not site.deleted),
            timezone=context.mission.timezone,
        ),
        incidents=sections,
        correspondence_log=correspondence_log,
        correspondence_scope=say("correspondence.all" if whole_case else "correspondence.linked"),
        evidence_index=_evidence_index(sections, context),
    )


def build_incident_report(
    case: CaseFile,
    reference: str,
    *,
    progress: Progress | None = None,
    prepared_by: str | None = None,
    language: Language = Language.EN,
) -> SummaryDocument:
    """One incident in full: its details, damage, photos, notes and linked correspondence."""
    context = _Context(case, prepared_by, language)
    incident = _live_incident(case, reference)
    sections = _sections(context, [incident], progress)
    title = context.say("report.title", reference=incident.reference)
    return SummaryDocument(
        kind=DocumentKind.INCIDENT_REPORT,
        language=language,
        title=title,
        mission=context.mission.name,
        classification=context.mission.classification,
        fingerprint=context.fingerprint,
        printed_at=context.printed_at,
        printed_at_words=wording.moment(context.printed_at, context.tz, phrases=context.say),
        cover=_cover(context, title, incident.title, [incident], None, None),
        case_notes=(),
        chronology=(),
        timeline=None,
        incidents=sections,
        correspondence_log=(),
        correspondence_scope="",
        evidence_index=_evidence_index(sections, context),
    )


# Selection ----------------------------------------------------------------------------------


def _live_incident(case: CaseFile, reference: str) -> IncidentRecord:
    incident = incident_service.get_by_reference(case, reference)
    if incident.deleted:
        raise NotFound(phrase("not_found.deleted_incident", reference=reference))
    return incident


def _day_start(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def _overlaps(span: TimeSpan, first: date | None, last: date | None, tz: ZoneInfo) -> bool:
    """An incident known only to its month or year is kept if its span reaches the period."""
    if first is not None and span.end <= _day_start(first, tz):
        return False
    return last is None or span.start < _day_start(last + timedelta(days=1), tz)


def _scope(say: Phrases, chosen: bool, first: date | None, last: date | None) -> str:
    if not (first or last):
        return say("scope.chosen" if chosen else "scope.whole")
    period = wording.asked_period(first, last, phrases=say)
    return say("scope.period_chosen" if chosen else "scope.period", period=period)


# The cover ----------------------------------------------------------------------------------


def _cover(
    context: _Context,
    title: str,
    scope: str,
    incidents: Sequence[IncidentRecord],
    first: date | None,
    last: date | None,
) -> Cover:
    mission, say = context.mission, context.say
    place = ", ".join(part for part in (mission.city, mission.host_country) if part)
    mission_lines = tuple(line for line in (mission.name, mission.sending_state, place) if line)
    covered = wording.period([incident.span for incident in incidents], context.tz, phrases=say)
    if first or last:
        covered = wording.asked_period(first, last, phrases=say)
    printed = wording.moment(context.printed_at, context.tz, phrases=say)
    facts = (
        Field(say("field.period_covered"), covered),
        Field(say("field.incidents"), str(len(incidents))),
        Field(say("field.classification"), mission.classification or say("field.no_marking")),
        Field(say("field.prepared_by"), context.prepared_by),
        Field(say("field.printed"), wording.with_utc(printed, context.printed_at, phrases=say)),
        Field(say("field.case_file"), context.case.path.name),
        Field(say("field.integrity"), _integrity_words(context)),
        Field(say("field.signed_by"), _signers_words(context)),
    )
    sites = tuple(
        SiteRow(
            name=site.name,
            kind=say.label(site.kind),
            address=site.address,
            coordinates=wording.coordinates(site.latitude, site.longitude, phrases=say),
            notified=wording.partial_date(site.coordinates_notified, phrases=say),
        )
        for site in context.sites.values()
        if not site.deleted
    )
    return Cover(title=title, scope=scope, mission_lines=mission_lines, facts=facts, sites=sites)


def _signers_words(context: _Context) -> str:
    """The people whose keys signed the audit log the fingerprint covers, each with the key's
    fingerprint to compare with the key they hold (casefiles key show)."""
    signers, say = context.integrity.signers, context.say
    if not signers:
        return say("signers.none")
    return "; ".join(
        say.plural(
            "signers.one",
            s.entries,
            person=person_label(s.name, s.role),
            key=spoken(s.key_fingerprint),
        )
        for s in signers
    )


def _integrity_words(context: _Context) -> str:
    problems = len(context.integrity.findings)
    if not problems:
        return context.say("integrity.passed")
    return context.say.plural("integrity.failed", problems, file=context.case.path.name)


# Incidents ----------------------------------------------------------------------------------


def chronology_row(incident: IncidentRecord, tz: ZoneInfo, say: Phrases) -> ChronologyRow:
    """An incident's line in a chronology, its time in `tz`: a case's and headquarters'."""
    return ChronologyRow(
        reference=incident.reference,
        when=wording.span_words(incident.span, tz, phrases=say),
        when_precision=wording.precision_words(incident.span.precision, phrases=say),
        site=incident.site_name,
        incident_type=say.label(incident.incident_type),
        impact=wording.impact(incident, phrases=say),
        worst_damage=wording.worst_damage(incident, phrases=say),
        people=wording.people(incident, compact=True, phrases=say),
        status=say.label(incident.status),
    )


def _sections(
    context: _Context, incidents: Sequence[IncidentRecord], progress: Progress | None
) -> tuple[IncidentSection, ...]:
    sections = []
    for done, incident in enumerate(incidents, start=1):
        sections.append(_section(context, incident))
        if progress is not None:
            progress(done, len(incidents))
    return tuple(sections)


def _section(context: _Context, incident: IncidentRecord) -> IncidentSection:
    case, tz, say = context.case, context.tz, context.say
    site = context.sites[incident.site_uuid]
    evidence = [
        item
        for item in evidence_reading.list_evidence(case, incident.uuid, say)
        if item.kind is EvidenceKind.PHOTO
    ]
    details = (
        Field(say("field.time"), wording.span_and_precision(incident.span, tz, phrases=say)),
        Field(say("field.site"), f"{site.name} ({say.label(site.kind)})"),
        Field(say("field.type"), say.label(incident.incident_type)),
        Field(say("field.impact"), say.label(incident.impact)),
        Field(
            say("field.distance"),
            wording.distance_words(incident, phrases=say) or say("not_recorded"),
        ),
        Field(say("field.people"), wording.people(incident, phrases=say)),
        Field(say("field.uxo"), wording.uxo(incident, phrases=say)),
        Field(say("field.worst_damage"), wording.worst_damage(incident, phrases=say)),
        Field(say("field.status"), say.label(incident.status)),
        Field(say("field.photos"), str(len(evidence))),
    )
    damage_items = damage_service.list_damage(case, incident.uuid)
    damage = tuple(
        DamageRow(
            element=say.label(item.element),
            site=context.sites[item.site_uuid].name if item.site_uuid else site.name,
            severity=say.label(item.severity),
            description=item.description,
            cost=wording.cost(item, phrases=say),
        )
        for item in damage_items
    )
    shows = {
        item.uuid: f"{say.label(item.element)}, {say.label(item.severity)}" for item in damage_items
    }
    return IncidentSection(
        reference=incident.reference,
        title=incident.title,
        details=details,
        description=incident.description,
        damage=damage,
        photos=tuple(
            _photo(
                item, next(context.photo_numbers), shows.get(item.damage_uuid or "", ""), context
            )
            for item in evidence
        ),
        notes=tuple(_note(note, context) for note in notes_service.list_notes(case, incident.uuid)),
        correspondence=tuple(
            _letter(item, context)
            for item in correspondence_service.list_correspondence(case, incident.uuid)
        ),
    )


def _photo(item: EvidenceRecord, number: int, damage: str, context: _Context) -> Photo:
    aspect = None
    if item.pixel_width and item.pixel_height:
        width, height = displayed_size(item.pixel_width, item.pixel_height, item.orientation)
        aspect = width / height
    say = context.say
    no_picture = None
    if item.derivation_error:  # stored in English; said in the summary's language
        reason = photo_derivation.failure_words(item.derivation_error, say)
        no_picture = say("photo.no_picture", reason=reason)
    if item.uuid in context.integrity.unchecked_pictures:
        no_picture = say("photo.preview_fails")  # never print a picture that does not check
    warnings = item.warnings
    if item.sha256 in context.integrity.damaged_originals:
        warnings = (say("photo.original_fails"), *warnings)
    gps = say("photo.no_position")
    if item.gps_latitude is not None and item.gps_longitude is not None:
        gps = wording.coordinates(item.gps_latitude, item.gps_longitude, phrases=say)
    return Photo(
        number=number,
        label=f"{say('evidence.photo')} {number}",
        evidence_uuid=item.uuid,
        sha256=item.sha256,
        original_filename=item.original_filename,
        caption=item.caption,
        damage=damage,
        capture_time=wording.capture_time(
            item.capture_time,
            item.capture_offset_known,
            file_date=item.capture_time_is_file_date,
            phrases=say,
        ),
        gps=gps,
        aspect_ratio=aspect,
        no_picture=no_picture,
        warnings=warnings,
    )


def _note(note: NoteRecord, context: _Context) -> PrintedNote:
    when = wording.written(note.written_at, note.edited_at, context.tz, phrases=context.say)
    byline = f"{note.author}, {when}"
    return PrintedNote(byline=byline, text=note.text)


def _letter(item: CorrespondenceRecord, context: _Context) -> Letter:
    references = sorted(
        (context.references[uuid] for uuid in item.incident_uuids if uuid in context.references),
    )
    say = context.say
    scans = context.scans.get(item.uuid)
    if scans is None:
        scans = context.scans[item.uuid] = _scans(item, context)
    return Letter(
        when=wording.span_words(item.span, context.tz, phrases=say),
        kind=say(
            "letter.kind",
            kind=say.label(item.kind),
            direction=say(f"direction.{item.direction.value}"),
        ),
        reference_number=item.reference_number or wording.DASH,
        counterpart=item.counterpart or wording.DASH,
        summary=item.summary,
        incidents=wording.incident_references(references),
        scans=tuple(scan.label for scan in scans),
    )


def _scans(item: CorrespondenceRecord, context: _Context) -> tuple[EvidenceEntry, ...]:
    say = context.say
    letter = say.label(item.kind)
    letter += (
        f" {item.reference_number}"
        if item.reference_number
        else f", {wording.span_words(item.span, context.tz, phrases=say)}"
    )
    return tuple(
        EvidenceEntry(
            kind=say("evidence.scan"),
            number=next(context.scan_numbers),
            filed_under=letter,
            original_filename=scan.original_filename,
            capture_time=wording.capture_time(
                scan.capture_time,
                scan.capture_offset_known,
                file_date=scan.capture_time_is_file_date,
                phrases=say,
            ),
            sha256=scan.sha256,
        )
        for scan in evidence_reading.list_scans(context.case, item.uuid)
    )


def _evidence_index(
    sections: Sequence[IncidentSection], context: _Context
) -> tuple[EvidenceEntry, ...]:
    """Every photo printed, then every scan of the letters printed."""
    photos = tuple(
        EvidenceEntry(
            kind=context.say("evidence.photo"),
            number=photo.number,
            filed_under=section.reference,
            original_filename=photo.original_filename,
            capture_time=photo.capture_time,
            sha256=photo.sha256,
        )
        for section in sections
        for photo in section.photos
    )
    return photos + tuple(scan for scans in context.scans.values() for scan in scans)
