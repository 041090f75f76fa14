"""The window's work on a case file as a whole, beyond opening and closing it: verify, bundles
out and in, the automatic backups, and the person's profile. Each step is a dialog of its own
(ui/dialogs); this module connects them to the open case file and to the window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from casefiles import profile
from casefiles.storage.backup import BackupResult, backups_folder
from casefiles.storage.backup_listing import BackupEntry, automatic_backups, restore_as_new_file
from casefiles.storage.file_format import SUFFIX
from ui.background import Operation
from ui.dialogs.backups_dialog import BackupAction, BackupsDialog
from ui.dialogs.export_bundle_dialog import ExportBundleDialog
from ui.dialogs.import_bundle_dialog import ImportBundleDialog
from ui.dialogs.profile_dialog import ProfileDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.language import arg, words
from ui.messages import ask, inform, show_error
from ui.plurals import plural

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class CaseTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def _counted(self, table: str, n: int) -> str:
        """A count of a bundle's table in words: '3 damage items'."""
        words = {
            "mission": self.tr("%n mission(s)", "", n),
            "sites": self.tr("%n site(s)", "", n),
            "incidents": self.tr("%n incident(s)", "", n),
            "damage_items": self.tr("%n damage item(s)", "", n),
            "correspondence": self.tr("%n correspondence item(s)", "", n),
            "evidence": self.tr("%n photo(s) or file(s)", "", n),
            "notes": self.tr("%n note(s)", "", n),
            "correspondence links": self.tr("%n correspondence link(s)", "", n),
        }
        return plural(words.get(table, f"{n} {table}"), n)

    # Profile -------------------------------------------------------------------------------

    def ask_profile_at_first_start(self) -> None:
        """Ask once for the person's name and role, without blocking the window (the demo
        may be opening meanwhile). Putting it off is remembered; Preferences asks again."""
        preferences = self._window.preferences
        if preferences.profile_asked or profile.load() is not None:
            return
        preferences.mark_profile_asked()
        dialog = ProfileDialog(None, self.tr("Welcome: who is working?"), self._window)
        dialog.accepted.connect(lambda: self._use(dialog.result_value))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_profile(self) -> None:
        chosen, accepted = ProfileDialog.edit(self._window)
        if accepted:
            self._use(chosen)

    def _use(self, chosen: profile.Profile | None) -> None:
        session = self._window.session
        if session is not None:
            session.case.use_profile(chosen)
        if chosen is not None:
            self._window.statusBar().showMessage(
                self.tr("Changes are now recorded as %1").replace("%1", chosen.signature), 8000
            )

    # Verify --------------------------------------------------------------------------------

    def verify(self) -> None:
        window = self._window
        if window.session is None or window.workspace is None:
            return
        window.workspace.flush()
        VerifyDialog.verify_case(window, window.session.case, window.background)

    # Bundles and backups -------------------------------------------------------------------

    def export_bundle(self) -> None:
        window = self._window
        if window.session is None or window.workspace is None:
            return
        window.workspace.flush()
        records = window.workspace.navigator.incidents.records()
        result, accepted = ExportBundleDialog.export(
            window, window.session.case, records, window.background
        )
        if accepted and result is not None:
            inform(
                window,
                self.tr("Export bundle"),
                arg(
                    self.tr(
                        "Wrote %1: %2, %3 in all, %4 bytes; checked. Anyone can check it with "
                        "sha256sum -c SHA256SUMS after unzipping it."
                    ),
                    str(result.path),
                    self._counted("evidence", result.evidence_files),
                    plural(self.tr("%n file(s)", "", result.files), result.files),
                    words().number(Decimal(result.size_bytes)),
                ),
            )

    def import_bundle(self) -> None:
        window = self._window
        case = window.session.case if window.session is not None else None
        if window.workspace is not None:
            window.workspace.flush()
        done, accepted = ImportBundleDialog.import_into(window, case, window.background)
        if not accepted or done is None:
            return
        result = done.result
        added = ", ".join(self._counted(table, n) for table, n in result.added.items() if n)
        if done.merged:
            text = arg(
                self.tr("Added to %1: %2.")
                if result.added_anything
                else self.tr("Nothing to add: everything in the bundle is already in %1."),
                result.path.name,
                added,
            )
            if done.backup_warning:
                text += f" {done.backup_warning}"
            inform(window, self.tr("Import bundle"), text)
            if result.added_anything:
                window.open_path(result.path)  # shown again, with what was added
            return
        if ask(
            window,
            self.tr("Import bundle"),
            arg(
                self.tr("Created %1 from the bundle: %2. Open it now?"),
                str(result.path),
                added or self.tr("no records"),
            ),
            self.tr("Open it"),
            self.tr("Not now"),
        ):
            window.open_path(result.path)

    def backups(self) -> None:
        window = self._window
        if window.session is None:
            return
        session = window.session
        case = session.case

        def read() -> tuple[list[BackupEntry], str, str]:
            return automatic_backups(case), case.fingerprint(), str(backups_folder(case))

        def show(found: tuple[list[BackupEntry], str, str]) -> None:
            entries, fingerprint, folder = found
            choice, accepted = BackupsDialog.choose_backup(
                window, entries, fingerprint, session.tz, folder
            )
            if not accepted or choice is None:
                return
            if choice.action is BackupAction.OPEN:
                window.open_path(choice.entry.path, read_only=True)
            else:
                self._restore(choice.entry)

        window.background.run(read, show, context=window)

    def _restore(self, entry: BackupEntry) -> None:
        window = self._window
        source = window.session.case.path if window.session is not None else entry.path
        key = window.session.case.key if window.session is not None else None  # backups share it
        taken = entry.taken_at.strftime("%Y-%m-%d %H%M")
        chosen, _filter = QFileDialog.getSaveFileName(
            window,
            self.tr("Restore the backup as a new file"),
            str(
                source.with_name(arg(self.tr("%1 (backup of %2 UTC)"), source.stem, taken) + SUFFIX)
            ),
            self.tr("Case files (*%1)").replace("%1", SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,  # a restore never overwrites
        )
        if not chosen:
            return
        target = Path(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)
        window.statusBar().showMessage(
            self.tr("Restoring the backup to %1…").replace("%1", str(target))
        )

        def restored(result: BackupResult) -> None:
            window.statusBar().clearMessage()
            if ask(
                window,
                self.tr("Restore backup"),
                arg(
                    self.tr("Restored the backup as %1 (fingerprint %2…). Open it now?"),
                    str(result.path),
                    result.fingerprint[:16],
                ),
                self.tr("Open it"),
                self.tr("Not now"),
            ):
                window.open_path(result.path)

        def failed(error: BaseException) -> None:
            window.statusBar().clearMessage()
            show_error(window, error, self.tr("Restore backup"))

        window.background.start(
            Operation(
                self.tr("Restore backup"),
                lambda _progress: restore_as_new_file(entry.path, target, key),
                restored,
                failed,
                parent=window,
                cancellable=False,
            )
        )
