"""Write or edit a note: plain text in any script, saved as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from casefiles.domain.records import NoteRecord
from casefiles.services import notes
from ui.case_session import CaseSession
from ui.dialogs.form_dialog import FormDialog


class NoteDialog(FormDialog):
    def __init__(
        self,
        session: CaseSession,
        target: str | None,
        about: str,
        record: NoteRecord | None,
        reveal: str | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit note on %1") if record else self.tr("Add note on %1")
        super().__init__(title.replace("%1", about), parent)
        self._session = session
        self._target = target
        self._record = record
        self._reveal = reveal
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.add_field("text", self.tr("&Note"), self.text)
        if record is not None:
            self.text.setPlainText(record.text)
        self.set_submit(self._save)
        self.resize(560, 360)

    def _save(self) -> NoteRecord:
        session, case, target = self._session, self._session.case, self._target
        text = self.text.toPlainText()

        def announce() -> None:
            session.notesChanged.emit(target)

        if self._record is None:
            return session.create(
                self.tr("Add note"),
                lambda: notes.create(case, text, target=target),
                notes,
                announce,
                reveal=self._reveal,
            )
        uuid, old = self._record.uuid, self._record.text
        return session.update(
            self.tr("Edit note"),
            lambda values: notes.update(case, uuid, values["text"]),
            {"text": text},
            {"text": old},
            announce,
            reveal=self._reveal,
        )

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        session: CaseSession,
        target: str | None,
        about: str,
        record: NoteRecord | None = None,
        reveal: str | None = None,
    ) -> tuple[NoteRecord | None, bool]:
        """Add a note on `target` (an incident, site or correspondence uuid; None: the case)
        or edit `record`. `about` names the target in the title; `reveal` is the incident an
        undo of this brings into view. Returns (the saved note, accepted)."""
        dialog = cls(session, target, about, record, reveal, parent)
        value, accepted = dialog.run()
        return value, accepted
