"""The notes on one site (premises): what concerns the building rather than one incident, such
as when its coordinates were notified again or who holds its keys."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from casefiles.domain.records import SiteRecord
from ui.case_session import CaseSession
from ui.notes.notes_panel import NotesPanel


class SiteNotesDialog(QDialog):
    def __init__(self, session: CaseSession, site: SiteRecord, parent: QWidget | None) -> None:
        super().__init__(parent)
        title = self.tr("Notes on %1").replace("%1", site.name)
        self.setWindowTitle(title)
        self.notes = NotesPanel(session, self)
        self.notes.setAccessibleName(title)
        self.notes.show_target(site.uuid, site.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)  # the notes are saved one by one: nothing to undo
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)
        self.resize(620, 460)

    @classmethod
    def show_notes(
        cls,
        parent: QWidget | None,
        session: CaseSession,
        site: SiteRecord,
        add: bool = False,
    ) -> tuple[int, bool]:
        """Show (and with `add`, start a new note on) the site's notes. Returns (how many
        notes the site has when the dialog closes, accepted)."""
        dialog = cls(session, site, parent)
        if add:  # the new note's editor opens over the list, once that is shown
            QTimer.singleShot(0, dialog.notes.add_note)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.notes.model.rowCount(), accepted
