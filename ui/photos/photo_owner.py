"""Whose photos a photo panel shows: an incident's, or the scans of a correspondence item.

The panel, the import and undo are the same for both; only the service calls and the signals
that tell the rest of the window differ, and they live here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from casefiles.domain.records import EvidenceRecord
from casefiles.language.catalogue import Phrases
from casefiles.progress import Progress
from casefiles.services import evidence_reading, photo_import
from casefiles.services.photo_import import ImportOutcome
from ui.case_session import CaseSession
from ui.language import words


@dataclass(frozen=True, slots=True)
class PhotoOwner:
    uuid: str
    label: str  # for titles and undo: "KYIV-2025-004", "the summons of 14 November 2025"
    is_incident: bool

    @classmethod
    def incident(cls, uuid: str, reference: str) -> PhotoOwner:
        return cls(uuid, reference, is_incident=True)

    @classmethod
    def correspondence(cls, uuid: str, label: str) -> PhotoOwner:
        return cls(uuid, label, is_incident=False)

    def load_photos(self, session: CaseSession) -> list[EvidenceRecord]:
        if self.is_incident:
            return evidence_reading.list_evidence(session.case, self.uuid, words())
        return evidence_reading.list_scans(session.case, self.uuid)

    def import_files(
        self,
        session: CaseSession,
        paths: Sequence[Path],
        progress: Progress,
        phrases: Phrases,
    ) -> list[ImportOutcome]:
        """Runs on a worker thread (folders are expanded there); the outcomes are worded in
        `phrases`' language."""
        case = session.case
        if self.is_incident:
            return photo_import.import_files(
                case, self.uuid, paths, progress=progress, phrases=phrases
            )
        return photo_import.import_scans(case, self.uuid, paths, progress=progress, phrases=phrases)

    def announce(self, session: CaseSession) -> None:
        """Tell the window that this owner's photos changed."""
        session.evidenceChanged.emit(self.uuid)
        if self.is_incident:
            session.incidentChanged.emit(self.uuid)
        else:
            session.correspondenceChanged.emit()

    @property
    def reveal(self) -> str | None:
        """The incident an undo of these photos should bring into view."""
        return self.uuid if self.is_incident else None
