"""Add or edit one damage item: what was damaged, how badly, where, and what it may cost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from casefiles.domain.records import DamageRecord, SiteRecord
from casefiles.domain.vocabulary import DamageElement, Severity
from casefiles.services import damage
from ui.case_session import CaseSession
from ui.dialogs.form_dialog import FormDialog
from ui.language import in_sentence
from ui.widgets.vocabulary_combo import VocabularyCombo


class DamageDialog(FormDialog):
    def __init__(
        self,
        session: CaseSession,
        incident_uuid: str,
        sites: Sequence[SiteRecord],
        record: DamageRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit damage") if record else self.tr("Add damage"), parent)
        self._session = session
        self._incident = incident_uuid
        self._record = record
        self.element: VocabularyCombo[DamageElement] = VocabularyCombo(DamageElement, self)
        self.severity: VocabularyCombo[Severity] = VocabularyCombo(Severity, self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.site = QComboBox(self)
        self.site.addItem(self.tr("The incident's site"), "")
        for site in sites:
            self.site.addItem(site.name, site.uuid)
        self.cost_amount = QLineEdit(self)
        self.cost_amount.setPlaceholderText(self.tr("e.g. 12500 or 12500.50"))
        self.cost_currency = QLineEdit(self)
        self.cost_currency.setPlaceholderText(self.tr("UAH, AZN, USD, EUR…"))
        self.cost_currency.setMaxLength(3)
        self.cost_estimated_on = QLineEdit(self)
        self.cost_estimated_on.setPlaceholderText(self.tr("YYYY-MM-DD"))

        self.add_field("element", self.tr("&Element"), self.element)
        self.add_field("severity", self.tr("&Severity"), self.severity)
        self.add_field("description", self.tr("&Description"), self.description)
        self.add_field("site", self.tr("&Premises"), self.site)
        self.add_field("cost_amount", self.tr("&Cost estimate"), self.cost_amount)
        self.add_field("cost_currency", self.tr("C&urrency"), self.cost_currency)
        self.add_field("cost_estimated_on", self.tr("Estimated &on"), self.cost_estimated_on)
        if record is not None:
            self._fill(record)
        self.set_submit(self._save)
        self.resize(520, 420)

    def _fill(self, record: DamageRecord) -> None:
        self.element.set_value(record.element)
        self.severity.set_value(record.severity)
        self.description.setPlainText(record.description)
        self.site.setCurrentIndex(max(self.site.findData(record.site_uuid or ""), 0))
        self.cost_amount.setText("" if record.cost_amount is None else str(record.cost_amount))
        self.cost_currency.setText(record.cost_currency or "")
        estimated = record.cost_estimated_on
        self.cost_estimated_on.setText(estimated.isoformat() if estimated else "")

    def values(self) -> dict[str, Any]:
        return {
            "element": self.element.currentData(),
            "severity": self.severity.currentData(),
            "description": self.description.toPlainText(),
            "site": self.site.currentData(),
            "cost_amount": self.cost_amount.text(),
            "cost_currency": self.cost_currency.text(),
            "cost_estimated_on": self.cost_estimated_on.text(),
        }

    def _save(self) -> DamageRecord:
        session, case, incident = self._session, self._session.case, self._incident
        values = self.values()

        def announce() -> None:
            session.damageChanged.emit(incident)
            session.incidentChanged.emit(incident)

        if self._record is None:
            return session.create(
                self.tr("Add damage"),
                lambda: damage.create(case, incident, **values),
                damage,
                announce,
                reveal=incident,
            )
        uuid = self._record.uuid
        return session.update(
            self.tr("Edit damage: %1").replace("%1", in_sentence(self._record.element)),
            lambda changes: damage.update(case, uuid, **changes),
            values,
            old_values(self._record),
            announce,
            reveal=incident,
        )

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        session: CaseSession,
        incident_uuid: str,
        sites: Sequence[SiteRecord],
        record: DamageRecord | None = None,
    ) -> tuple[DamageRecord | None, bool]:
        """Add a damage item (record None) or edit one; (the saved record, accepted)."""
        dialog = cls(session, incident_uuid, sites, record, parent)
        value, accepted = dialog.run()
        return value, accepted


def old_values(record: DamageRecord) -> dict[str, Any]:
    """A damage record in the form the damage service takes, to undo an edit."""
    estimated: date | None = record.cost_estimated_on
    return {
        "element": record.element.value,
        "severity": record.severity.value,
        "description": record.description,
        "site": record.site_uuid or "",
        "cost_amount": "" if record.cost_amount is None else str(record.cost_amount),
        "cost_currency": record.cost_currency or "",
        "cost_estimated_on": estimated.isoformat() if estimated else "",
    }
