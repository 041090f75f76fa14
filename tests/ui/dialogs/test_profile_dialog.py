"""Your profile (Preferences, and the first start): the saved name and role shown to change, a
blank name refused in place with nothing saved, Cancel saving nothing; the profile saved is the
person audit entries name."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles import profile
from casefiles.services import sites
from casefiles.storage.store import CaseFile
from tests.ui.helpers import audit_log, type_text, when_shown
from ui.dialogs.profile_dialog import ProfileDialog

NAME, ROLE = "Aynur Məmmədova", "Konsul"


def test_the_profile_saved_names_the_person_in_the_audit_log(
    qtbot: QtBot, new_case: CaseFile
) -> None:
    refused: list[tuple[str | None, bool, profile.Profile | None]] = []

    def blank_then_fill(dialog: ProfileDialog) -> None:
        assert (dialog.name.text(), dialog.role.text()) == ("", "")  # nothing saved yet
        type_text(dialog.name, "  ")
        dialog.accept()  # refused: the field says why, the dialog stays
        refused.append((dialog.fields["name"].error, dialog.isVisible(), profile.load()))
        dialog.name.clear()
        type_text(dialog.name, "Олена  Петренко")
        type_text(dialog.role, ROLE)
        dialog.accept()

    when_shown(ProfileDialog, blank_then_fill)
    chosen, accepted = ProfileDialog.edit(None)
    assert refused == [("Name is required.", True, None)]  # nothing saved
    assert accepted and chosen == profile.Profile("Олена Петренко", ROLE)  # one space kept
    assert profile.load() == chosen

    new_case.use_profile(chosen)  # as the window does with the open case file
    site = sites.create(new_case, kind="residence", name="İqamətgah")
    entry = audit_log(new_case)[-1]
    assert (entry.entity_uuid, entry.user) == (site.uuid, "Олена Петренко, Konsul")


def test_the_saved_profile_is_shown_and_cancel_keeps_it(qtbot: QtBot) -> None:
    profile.save(profile.make(NAME, ROLE))
    shown: list[tuple[str, str, str]] = []

    def change_then_cancel(dialog: ProfileDialog) -> None:
        shown.append((dialog.windowTitle(), dialog.name.text(), dialog.role.text()))
        dialog.name.setText("Başqa ad")
        dialog.buttons.rejected.emit()

    when_shown(ProfileDialog, change_then_cancel)
    assert ProfileDialog.edit(None) == (None, False)
    assert shown == [("Preferences: your profile", NAME, ROLE)]
    assert profile.load() == profile.Profile(NAME, ROLE)
