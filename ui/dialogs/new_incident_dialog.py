"""Start a new incident with what is needed to file it: title, site, time and type. The rest is
filled in on the incident's details tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.vocabulary import IncidentType
from casefiles.services import incidents
from ui.case_session import CaseSession
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.time_span_edit import TimeSpanEdit
from ui.widgets.vocabulary_combo import VocabularyCombo


class NewIncidentDialog(FormDialog):
    def __init__(
        self,
        session: CaseSession,
        sites: Sequence[SiteRecord],
        site: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New incident"), parent)
        self._session = session
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("What happened, in a line"))
        self.site = QComboBox(self)
        for record in sites:
            self.site.addItem(record.name, record.uuid)
        if site is not None:
            self.site.setCurrentIndex(max(self.site.findData(site), 0))
        self.span = TimeSpanEdit(session.tz, self)
        self.incident_type: VocabularyCombo[IncidentType] = VocabularyCombo(IncidentType, self)
        self.incident_type.set_value(IncidentType.UNKNOWN)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("site", self.tr("&Site"), self.site)
        self.add_field("span", self.tr("&When"), self.span)
        self.add_field("incident_type", self.tr("T&ype"), self.incident_type)
        self.span.problem.connect(lambda text: self.fields["span"].set_error(text))
        self.set_submit(self._save)
        self.resize(640, 300)

    def _save(self) -> IncidentRecord:
        session, case = self._session, self._session.case
        values = {
            "title": self.title.text(),
            "site": self.site.currentData() or "",
            "span": self.span.span(),
            "incident_type": self.incident_type.currentData(),
        }
        created: list[str] = []

        def announce() -> None:
            for uuid in created:
                session.incidentChanged.emit(uuid)

        def make() -> IncidentRecord:
            record = incidents.create(case, **values)
            created.append(record.uuid)
            return record

        return session.create(self.tr("New incident"), make, incidents, announce, reveal=None)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: CaseSession,
        sites: Sequence[SiteRecord],
        site: str | None = None,
    ) -> tuple[IncidentRecord | None, bool]:
        """Create an incident at one of `sites` (`site` chosen first); (the record, accepted)."""
        dialog = cls(session, sites, site, parent)
        value, accepted = dialog.run()
        return value, accepted
