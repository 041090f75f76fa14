"""One incident in full: a heading, then tabs for its details, damage, photos, notes and the
correspondence that concerns it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import wording
from casefiles.domain.bidi import isolate
from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.errors import NotFound
from casefiles.services import incidents
from ui.case_session import CaseSession
from ui.correspondence.correspondence_panel import CorrespondencePanel, IncidentSource
from ui.icons import icon
from ui.incident.damage_panel import DamagePanel
from ui.incident.details_form import IncidentDetailsForm
from ui.language import label, words
from ui.notes.notes_panel import NotesPanel
from ui.photos.photo_panel import PhotoPanel


class IncidentPage(QWidget):
    def __init__(
        self, session: CaseSession, incident_source: IncidentSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._record: IncidentRecord | None = None
        self._sites: list[SiteRecord] = []

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Incident"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setWordWrap(True)

        self.details = IncidentDetailsForm(session, self)
        details_scroll = QScrollArea(self)
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.damage = DamagePanel(session, self)
        self.photos = PhotoPanel(session, self)
        self.notes = NotesPanel(session, self)
        self.correspondence = CorrespondencePanel(session, incident_source, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(details_scroll, icon("incident"), self.tr("Details"))
        self.tabs.addTab(self.damage, icon("damage"), self.tr("Damage"))
        self.tabs.addTab(self.photos, icon("photo"), self.tr("Photos"))
        self.tabs.addTab(self.notes, icon("note"), self.tr("Notes"))
        self.tabs.addTab(self.correspondence, icon("correspondence"), self.tr("Correspondence"))

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 4, 4, 0)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.subheading)
        content_layout.addWidget(self.tabs, 1)
        self.nothing = QLabel(
            self.tr(
                "Choose an incident in the list to see and edit it here, or add one with New "
                "incident (Ctrl+N)."
            ),
            self,
        )
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.nothing)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        session.incidentChanged.connect(self._incident_changed)
        session.damageChanged.connect(lambda _uuid: self._update_counts())
        session.notesChanged.connect(lambda _target: self._update_counts())
        session.correspondenceChanged.connect(self._update_counts)
        session.missionChanged.connect(self._refresh)

    @property
    def record(self) -> IncidentRecord | None:
        return self._record

    def set_sites(self, sites: Sequence[SiteRecord]) -> None:
        self._sites = list(sites)
        self.details.set_sites(self._sites)
        if self._record is not None:
            self.damage.show_incident(self._record.uuid, self._sites)

    def show_incident(self, uuid: str | None) -> None:
        record: IncidentRecord | None = None
        if uuid is not None:
            try:
                record = incidents.get(self._session.case, uuid)
            except NotFound:
                record = None
        if record is not None and record.deleted:
            record = None
        new_uuid = record.uuid if record is not None else None
        old_uuid = self._record.uuid if self._record is not None else None
        self._record = record
        self.details.show_incident(record)
        if new_uuid != old_uuid:
            self.damage.show_incident(new_uuid, self._sites)
            self.photos.show_incident(new_uuid, record.reference if record else "")
            self.correspondence.show_incident(new_uuid)
            if record is None:
                self.notes.clear()
            else:
                self.notes.show_target(record.uuid, record.reference, reveal=record.uuid)
        self._refresh()

    def flush(self) -> None:
        self.details.flush()

    def _incident_changed(self, uuid: str) -> None:
        if self._record is not None and uuid == self._record.uuid:
            self.show_incident(uuid)

    def _refresh(self) -> None:
        record = self._record
        self.stack.setCurrentIndex(0 if record is None else 1)
        if record is None:
            return
        # Isolated: direction controls in a title or a site's name stay inside it.
        self.heading.setText(f"{record.reference} — {isolate(record.title)}")
        when = wording.span_words(record.span, self._session.tz, phrases=words())
        self.subheading.setText(f"{isolate(record.site_name)} · {when} · {label(record.status)}")
        self._update_counts()

    def _update_counts(self) -> None:
        record = self._record
        if record is None:
            return
        counts = (
            (1, self.tr("Damage"), self.damage.model.rowCount()),
            (2, self.tr("Photos"), record.photo_count),
            (3, self.tr("Notes"), self.notes.model.rowCount()),
            (4, self.tr("Correspondence"), self.correspondence.model.rowCount()),
        )
        for index, name, count in counts:
            self.tabs.setTabText(index, f"{name} ({count})" if count else name)
