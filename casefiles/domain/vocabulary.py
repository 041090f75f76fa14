"""Every controlled vocabulary of the product: stable codes stored in the case file, words shown.

Codes never change once released (they are in case files and bundles); the words may.
Each vocabulary is a StrEnum whose members carry their English label (the source of the
translations in casefiles.language), except the parts of a time, whose words are in the
catalogue with every other phrase of a date.
"""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """A StrEnum whose members have a human label; the value is the stored code."""

    label: str

    def __new__(cls, code: str, label: str = "") -> Vocabulary:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    @property
    def key(self) -> str:
        """Its key in the language catalogue: 'IncidentType.missile_strike'."""
        return f"{type(self).__name__}.{self.value}"

    @classmethod
    def parse(cls, code: str, field: str) -> Vocabulary:
        """The member for `code`, or a ValueError that names the field and the allowed codes."""
        try:
            return cls(code)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise ValueError(f"{field}: '{code}' is not one of {allowed}") from None


class IncidentType(Vocabulary):
    MISSILE_STRIKE = "missile_strike", "Missile strike"
    DRONE_STRIKE = "drone_strike", "Drone strike (loitering munition)"
    COMBINED_ATTACK = "combined_attack", "Combined missile and drone attack"
    GLIDE_BOMB = "glide_bomb", "Glide bomb"
    SHELLING = "shelling", "Artillery or rocket shelling"
    INTERCEPTION_DEBRIS = "interception_debris", "Interception debris"
    NEARBY_BLAST = "nearby_blast", "Blast from a nearby strike"
    UXO_FOUND = "uxo_found", "Unexploded ordnance found"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Unknown"


class Impact(Vocabulary):
    DIRECT_HIT = "direct_hit", "Direct hit on a building"
    IN_COMPOUND = "in_compound", "Hit inside the compound"
    NEARBY = "nearby", "Explosion nearby"
    DEBRIS = "debris", "Debris"
    UNKNOWN = "unknown", "Unknown"


# The words of these three are in casefiles.language, with every other phrase of a date.
class Precision(Vocabulary):
    """How precisely the time of an event is known; never more precise than the source."""

    MINUTE = "minute"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    MONTH = "month"
    PART_OF_MONTH = "part_of_month"
    YEAR = "year"


class DayPart(Vocabulary):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


class MonthPart(Vocabulary):
    EARLY = "early"
    MID = "mid"
    LATE = "late"


class DamageElement(Vocabulary):
    STRUCTURE = "structure", "Structure"
    EXTERIOR_WALLS = "exterior_walls", "Exterior walls"
    PERIMETER = "perimeter", "Perimeter wall or fence"
    ROOF = "roof", "Roof"
    WINDOWS = "windows", "Windows and glazing"
    DOORS = "doors", "Doors"
    INTERIOR = "interior", "Interior"
    UTILITIES = "utilities", "Utilities"
    IT_COMMS = "it_comms", "IT and communications"
    VEHICLES = "vehicles", "Vehicles"
    FURNITURE = "furniture", "Furniture and equipment"
    GROUNDS = "grounds", "Grounds"


class Severity(Vocabulary):
    # First: a new item's default, and below any judgement in "worst damage" (unknown is not none).
    NOT_ASSESSED = "not_assessed", "Not assessed"
    NONE = "none", "None"
    MINOR = "minor", "Minor"
    MODERATE = "moderate", "Moderate"
    SEVERE = "severe", "Severe"
    DESTROYED = "destroyed", "Destroyed"

    @property
    def rank(self) -> int:
        """Order from not assessed (0) and none (1) to destroyed (5), for 'worst damage'."""
        return list(Severity).index(self)


class CorrespondenceKind(Vocabulary):
    NOTE_VERBALE = "note_verbale", "Note verbale"
    SUMMONS = "summons", "Summons"
    MEETING = "meeting", "Meeting"
    PHONE_CALL = "phone_call", "Phone call"
    PUBLIC_STATEMENT = "public_statement", "Public statement"


class Direction(Vocabulary):
    SENT = "sent", "Sent"
    RECEIVED = "received", "Received"


class IncidentStatus(Vocabulary):
    DRAFT = "draft", "Draft"
    DOCUMENTED = "documented", "Documented"
    REPORTED = "reported", "Reported to the ministry"
    PROTEST_SENT = "protest_sent", "Protest sent"
    ANSWER_RECEIVED = "answer_received", "Answer received"
    CLOSED = "closed", "Closed"


class SiteKind(Vocabulary):
    CHANCERY = "chancery", "Chancery"
    CONSULAR_SECTION = "consular_section", "Consular section"
    RESIDENCE = "residence", "Residence"
    HONORARY_CONSULATE = "honorary_consulate", "Honorary consulate"
    STAFF_HOUSING = "staff_housing", "Staff housing"
    VEHICLE_POOL = "vehicle_pool", "Vehicle pool"
    NATIONAL_ASSET = "national_asset", "National asset (not diplomatic premises)"


class EvidenceKind(Vocabulary):
    PHOTO = "photo", "Photo"
    FILE = "file", "File"


class NoteTarget(Vocabulary):
    CASE = "case", "Case"
    SITE = "site", "Site"
    INCIDENT = "incident", "Incident"
    CORRESPONDENCE = "correspondence", "Correspondence"


# The vocabularies whose labels the catalogue translates (the parts of a time have no label).
LABELLED: tuple[type[Vocabulary], ...] = (
    IncidentType, Impact, DamageElement, Severity, CorrespondenceKind, Direction,
    IncidentStatus, SiteKind, EvidenceKind, NoteTarget,
)  # fmt: skip
