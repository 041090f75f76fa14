"""Your profile: the name and role that audit entries and printed documents give as yours.
Asked at the window's first start and edited in Preferences; kept in the app's settings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from casefiles import profile
from ui.dialogs.form_dialog import FormDialog
from ui.language import translate


class ProfileDialog(FormDialog):
    def __init__(self, current: profile.Profile | None, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        note = QLabel(
            self.tr(
                "Your name and role are written into the audit log with every change you make, "
                "and printed as “Prepared by” on case summaries and reports. They are kept in "
                "this computer account's settings, not in any case file. Without them, paper "
                "says the preparer was not given."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.insertRow(0, note)
        self.name = QLineEdit(self)
        self.name.setMaxLength(profile.MAX_NAME)
        self.name.setPlaceholderText(self.tr("as it should appear on paper"))
        self.role = QLineEdit(self)
        self.role.setMaxLength(profile.MAX_ROLE)
        self.role.setPlaceholderText(self.tr("e.g. Administrative officer, Consul"))
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("role", self.tr("&Role"), self.role)
        if current is not None:
            self.name.setText(current.name)
            self.role.setText(current.role)
        self.set_submit(self._save)
        self.resize(520, 240)

    def _save(self) -> profile.Profile:
        chosen = profile.make(self.name.text(), self.role.text())
        profile.save(chosen)
        return chosen

    @classmethod
    def edit(
        cls, parent: QWidget | None, title: str | None = None
    ) -> tuple[profile.Profile | None, bool]:
        """Show the saved profile to change. Returns (the saved profile, accepted)."""
        title = title or translate("ProfileDialog", "Preferences: your profile")
        dialog = cls(profile.load(), title, parent)
        value, accepted = dialog.run()
        return value, accepted
