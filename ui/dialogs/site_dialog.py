"""Add or edit a site: the premises (or national asset) incidents happen at."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from casefiles.domain.records import SiteRecord
from casefiles.domain.vocabulary import SiteKind
from casefiles.services import sites
from ui.case_session import CaseSession
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.vocabulary_combo import VocabularyCombo


class SiteDialog(FormDialog):
    def __init__(
        self, session: CaseSession, record: SiteRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit site") if record else self.tr("Add site"), parent)
        self._session = session
        self._record = record
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Embassy chancery, Kyiv"))
        self.kind: VocabularyCombo[SiteKind] = VocabularyCombo(SiteKind, self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(80)
        self.latitude = QLineEdit(self)
        self.latitude.setPlaceholderText(self.tr("e.g. 50.4619 (north is positive)"))
        self.longitude = QLineEdit(self)
        self.longitude.setPlaceholderText(self.tr("e.g. 30.4826 (east is positive)"))
        self.coordinates_notified = QLineEdit(self)
        self.coordinates_notified.setPlaceholderText(self.tr("2022, 2022-04 or 2022-04-15"))
        self.coordinates_notified.setToolTip(
            self.tr("When the coordinates were notified to the other side: as precisely as known.")
        )
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("address", self.tr("&Address"), self.address)
        self.add_field("latitude", self.tr("&Latitude"), self.latitude)
        self.add_field("longitude", self.tr("L&ongitude"), self.longitude)
        self.add_field(
            "coordinates_notified", self.tr("&Coordinates notified"), self.coordinates_notified
        )
        if record is not None:
            self._fill(record)
        self.set_submit(self._save)
        self.resize(520, 380)

    def _fill(self, record: SiteRecord) -> None:
        self.name.setText(record.name)
        self.kind.set_value(record.kind)
        self.address.setPlainText(record.address)
        self.latitude.setText("" if record.latitude is None else f"{record.latitude:g}")
        self.longitude.setText("" if record.longitude is None else f"{record.longitude:g}")
        self.coordinates_notified.setText(record.coordinates_notified or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "address": self.address.toPlainText(),
            "latitude": self.latitude.text().replace(",", ".").strip(),
            "longitude": self.longitude.text().replace(",", ".").strip(),
            "coordinates_notified": self.coordinates_notified.text(),
        }

    def _save(self) -> SiteRecord:
        session, case = self._session, self._session.case
        values = self.values()
        if self._record is None:
            return session.create(
                self.tr("Add site"),
                lambda: sites.create(case, **values),
                sites,
                session.sitesChanged.emit,
            )
        record = self._record
        return session.update(
            self.tr("Edit site %1").replace("%1", record.name),
            lambda changes: sites.update(case, record.uuid, **changes),
            values,
            old_values(record),
            session.sitesChanged.emit,
        )

    @classmethod
    def edit(
        cls, parent: QWidget | None, session: CaseSession, record: SiteRecord | None = None
    ) -> tuple[SiteRecord | None, bool]:
        """Add a site (record None) or edit one; returns (the saved site, accepted)."""
        dialog = cls(session, record, parent)
        value, accepted = dialog.run()
        return value, accepted


def old_values(record: SiteRecord) -> dict[str, Any]:
    return {
        "name": record.name,
        "kind": record.kind.value,
        "address": record.address,
        "latitude": record.latitude,
        "longitude": record.longitude,
        "coordinates_notified": record.coordinates_notified,
    }
