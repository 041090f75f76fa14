"""The mission's own details: name, states, city, the premises' time zone, the classification
line printed on summaries, and the prefix of incident references."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from casefiles.domain.records import MissionRecord
from casefiles.services import mission
from ui.case_session import CaseSession
from ui.dialogs.mission_form import FIELDS, MissionForm


class MissionDialog(MissionForm):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mission details"), parent)
        self._session = session
        self._record = session.mission
        self.add_mission_fields(self._record)
        if session.read_only:
            self._show_only()
        else:
            self.set_submit(self._save)
        self.resize(560, 340)

    def _show_only(self) -> None:
        """A read-only case file: the details can be read, not changed."""
        self.setWindowTitle(self.tr("Mission details (read-only)"))
        for name in FIELDS:
            editor = getattr(self, name)
            if isinstance(editor, QLineEdit):
                editor.setReadOnly(True)
        self.timezone.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _save(self) -> MissionRecord:
        session, case = self._session, self._session.case
        old = {name: getattr(self._record, name) for name in FIELDS}

        def announce() -> None:
            session.set_mission(mission.get(case))

        return session.update(
            self.tr("Edit mission details"),
            lambda changes: mission.update(case, **changes),
            self.mission_values(),
            old,
            announce,
        )

    @classmethod
    def edit(
        cls, parent: QWidget | None, session: CaseSession
    ) -> tuple[MissionRecord | None, bool]:
        dialog = cls(session, parent)
        value, accepted = dialog.run()
        return value, accepted
