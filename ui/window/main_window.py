"""The window: the welcome view or an open case file, the menus and toolbar, and the file-level
work (new, open, save a copy, close). Everything inside a case is the workspace's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from casefiles.build_info import build_info
from casefiles.domain.bidi import isolate
from casefiles.domain.records import IncidentRecord
from casefiles.errors import CaseFileError, CaseFileLocked
from casefiles.storage.backup import automatic_backup, save_copy
from casefiles.storage.encryption import CaseKey, looks_encrypted
from casefiles.storage.file_format import SUFFIX
from casefiles.storage.store import CaseFile
from ui.background import Background, Operation
from ui.case_session import CaseSession
from ui.dialogs.new_case_dialog import NewCaseDialog
from ui.dialogs.passphrase_dialog import UnlockDialog
from ui.icons import icon
from ui.language import arg, translate, words
from ui.messages import ask, inform, said, show_error
from ui.plain_text import no_mnemonic
from ui.plurals import plural
from ui.preferences import Preferences
from ui.window.actions import Actions, build_actions
from ui.window.case_loader import (
    LoadedCase,
    create_case,
    load_case,
    load_demo_copy,
    load_incidents,
)
from ui.window.case_lock import CaseLock
from ui.window.case_tools import CaseTools
from ui.window.language_menu import LanguageMenu
from ui.window.timeline_dock import TimelineDock
from ui.window.welcome import WelcomeView
from ui.window.workspace import Workspace

APP_TITLE = "Casefiles"
# Printing is its own module, built alongside; its menu items show once it is installed.
PRINTING = importlib.util.find_spec("ui.printing.actions") is not None
MIN_SIZE = QSize(1024, 640)


def file_filter() -> str:
    return translate("MainWindow", "Case files (*%1);;All files (*)").replace("%1", SUFFIX)


class MainWindow(QMainWindow):
    caseOpened = Signal()  # a case file is shown, with its incident list
    caseClosed = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.background = Background(lambda error: show_error(self, error), self)
        self.session: CaseSession | None = None
        self.workspace: Workspace | None = None
        self._opening = False
        self.backing_up = False
        self._closing = False
        self.setMinimumSize(MIN_SIZE)
        self.setWindowTitle(APP_TITLE)

        self.commands = build_actions(self)
        self.tools = CaseTools(self)
        self.welcome = WelcomeView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self._build_menus(self.commands)
        self.toolbar = self._build_toolbar(self.commands)
        self.case_status = QLabel(self)
        self.case_status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.case_status)
        self.timeline = TimelineDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline)
        self.timeline.hide()  # until asked for (View > Timeline): 768 pixels are few
        timeline_action = self.timeline.toggleViewAction()
        timeline_action.setIcon(icon("timeline"))
        timeline_action.setShortcut(QKeySequence("Ctrl+T"))
        timeline_action.setToolTip(self.tr("Timeline of incidents (Ctrl+T)"))
        self.view_menu.addAction(timeline_action)
        self._timeline_sized = False
        self.timeline.visibilityChanged.connect(self._size_timeline)
        self.toolbar.insertAction(self.commands.undo, timeline_action)
        self.toolbar.insertSeparator(self.commands.undo)
        self._connect(self.commands)
        self.case_lock = CaseLock(self)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.case_lock.action)
        self.welcome.set_recent(preferences.recent_files())
        self._update_actions()
        self._restore_geometry()

    # Building ------------------------------------------------------------------------------

    def _build_menus(self, a: Actions) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new_case, a.open_case])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(a.open_demo)
        file_menu.addAction(a.open_headquarters)
        file_menu.addSeparator()
        file_menu.addActions([a.save_copy, a.backups])
        file_menu.addSeparator()
        file_menu.addActions([a.export_bundle, a.import_bundle])
        file_menu.addSeparator()
        file_menu.addActions([a.print_summary, a.print_preview, a.export_pdf, a.incident_pdf])
        file_menu.addSeparator()
        file_menu.addActions([a.close_case, a.quit])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        edit_menu.addSeparator()
        edit_menu.addAction(a.preferences)
        self.language_menu = LanguageMenu(self.preferences, self)
        edit_menu.addMenu(self.language_menu)
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.addActions([a.new_incident, a.delete_incident])
        case_menu.addSeparator()
        case_menu.addActions([a.import_photos, a.add_note, a.new_correspondence, a.new_site])
        case_menu.addSeparator()
        case_menu.addAction(a.mission_details)
        case_menu.addAction(a.verify)
        self.case_menu = case_menu
        self.view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a.shortcuts, a.about])

    def _build_toolbar(self, a: Actions) -> QToolBar:
        toolbar = self.addToolBar(self.tr("Main", "the main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.new_incident, a.import_photos, a.add_note, a.new_correspondence])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addAction(a.print_summary)
        return toolbar

    def _connect(self, a: Actions) -> None:
        a.new_case.triggered.connect(self.new_case)
        a.open_case.triggered.connect(self.choose_and_open)
        a.open_demo.triggered.connect(self.open_demo)
        a.open_headquarters.triggered.connect(self.open_headquarters)
        a.save_copy.triggered.connect(self.save_copy)
        a.close_case.triggered.connect(self.close_case)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
        a.print_summary.triggered.connect(lambda: self._print("print_document", None))
        a.print_preview.triggered.connect(lambda: self._print("print_preview", None))
        a.export_pdf.triggered.connect(lambda: self._print("export_pdf", None))
        a.incident_pdf.triggered.connect(self._incident_pdf)
        a.verify.triggered.connect(self.tools.verify)
        a.export_bundle.triggered.connect(self.tools.export_bundle)
        a.import_bundle.triggered.connect(self.tools.import_bundle)
        a.backups.triggered.connect(self.tools.backups)
        a.preferences.triggered.connect(self.tools.edit_profile)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        for action, method in (
            (a.find, "find_incidents"),
            (a.new_incident, "new_incident"),
            (a.delete_incident, "delete_incident"),
            (a.import_photos, "import_photos"),
            (a.add_note, "add_note"),
            (a.new_site, "new_site"),
            (a.new_correspondence, "new_correspondence"),
            (a.mission_details, "edit_mission"),
        ):
            action.triggered.connect(lambda _checked=False, m=method: self._in_workspace(m))
        self.welcome.newRequested.connect(self.new_case)
        self.welcome.openDialogRequested.connect(self.choose_and_open)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.openRequested.connect(self.open_path)

    def _in_workspace(self, method: str) -> None:
        if self.workspace is not None:
            getattr(self.workspace, method)()

    # Opening and closing -------------------------------------------------------------------

    def open_path(self, path: Path, read_only: bool = False, key: CaseKey | None = None) -> None:
        """Open a case file (closing the one open); work happens off the UI thread. An
        encrypted one asks for its passphrase first, unless its `key` is given."""
        if key is None and looks_encrypted(path):
            key = UnlockDialog.unlock(self, path)
            if key is None:
                return
        self._start_opening(
            self.tr("Opening %1…").replace("%1", path.name),
            lambda: load_case(path, read_only, key),
            retry_read_only=None if read_only else path,
        )

    def open_demo(self) -> None:
        self._start_opening(self.tr("Opening the demo case…"), load_demo_copy)

    def open_headquarters(self) -> None:
        from ui.headquarters.open_dialog import open_headquarters

        open_headquarters(self)

    def choose_and_open(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a case file"), self._last_folder(), file_filter()
        )
        if chosen:
            self.open_path(Path(chosen))

    def new_case(self) -> None:
        request, accepted = NewCaseDialog.ask(self)
        if accepted and request is not None:
            self._start_opening(
                self.tr("Creating %1…").replace("%1", request.path.name),
                lambda: create_case(request.path, request.name, request.details, request.key),
            )

    def close_case(self) -> bool:
        """Close the open case file; False if the user chose to keep it open."""
        if self.workspace is None or self.session is None:
            return True
        self.workspace.flush()
        running = [task.operation.title for task in self.background.running()]
        if running and not ask(
            self,
            self.tr("Close case file"),
            self.tr("Work on this case file is still running (%1). Stop it and close?").replace(
                "%1", ", ".join(running)
            ),
            self.tr("Stop and close"),
        ):
            return False
        self.background.cancel_all()
        self._save_layout()
        self._closing = True
        self.background.wait()
        QApplication.processEvents()  # deliver what finished, before the file goes away
        self._closing = False
        case = self.session.case
        self.timeline.unbind()
        self.stack.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.session.deleteLater()
        self.workspace, self.session = None, None
        case.close()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.set_recent(self.preferences.recent_files())
        self._update_title()
        self._update_actions()
        self.case_status.clear()
        self.caseClosed.emit()
        return True

    def _start_opening(
        self, message: str, work: object, retry_read_only: Path | None = None
    ) -> None:
        if self._opening or not self.close_case():
            return
        self._opening = True
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.set_busy(message)
        self.statusBar().showMessage(message)

        def failed(error: BaseException) -> None:
            self._opening = False
            self.welcome.set_busy(None)
            self.statusBar().clearMessage()
            if isinstance(error, CaseFileLocked) and retry_read_only is not None:
                question = self.tr(
                    "%1 Open it read-only instead, to look without changing it?"
                ).replace("%1", said(error))
                if ask(self, self.tr("Case file in use"), question, self.tr("Open read-only")):
                    self.open_path(retry_read_only, read_only=True)
                return
            show_error(self, error, self.tr("Open case file"))

        self.background.run(work, self._show_case, failed)  # type: ignore[arg-type]

    def _show_case(self, loaded: LoadedCase) -> None:
        self.welcome.set_busy(None)
        self.session = CaseSession(loaded.case, loaded.mission, self.background, self)
        self.session.errorOccurred.connect(lambda error: show_error(self, error))
        self.session.missionChanged.connect(self._update_title)
        self.session.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.session.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.session.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        self.session.undo_stack.redoTextChanged.connect(self._update_undo_actions)
        # The incidents are read meanwhile: in a large case file they take the longest.
        case = loaded.case
        self.background.run(
            lambda: load_incidents(case),
            lambda records: self._show_incidents(loaded, records),
            self._incidents_failed,
        )
        self.workspace = Workspace(self.session, loaded, self)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.timeline.bind(self.workspace, loaded.sites)
        # Splitter sizes hold only once the workspace has its size, after this event.
        QTimer.singleShot(0, self._restore_layout)
        self.preferences.add_recent(loaded.case.path)
        self.preferences.mark_welcomed()
        self._update_title()
        self._update_actions()

    def _show_incidents(self, loaded: LoadedCase, records: list[IncidentRecord]) -> None:
        self._opening = False
        self.statusBar().clearMessage()
        session = self.session
        if self.workspace is None or session is None or session.case is not loaded.case:
            return
        if self._closing:
            return
        self.workspace.show_incidents(records)
        # The counts follow every change from here on: adding, deleting, undoing.
        navigator = self.workspace.navigator
        listed = navigator.incidents.model
        for changed in (listed.rowsInserted, listed.rowsRemoved, listed.modelReset):
            changed.connect(self._update_case_status)
        navigator.sitesLoaded.connect(self._update_case_status)
        self._update_case_status()
        if loaded.older_copy is not None:  # a restored backup is legitimate: said, not refused
            self.statusBar().showMessage(
                self.tr("Warning: %1.").replace("%1", loaded.older_copy.said(words()))
            )
        self.caseOpened.emit()
        if not loaded.case.read_only:
            self._unlock_signing_key(loaded.case)
            self._automatic_backup(loaded.case)

    def _unlock_signing_key(self, case: CaseFile) -> None:
        """A person who set a passphrase on their signing key gives it once per opening;
        without it, every change is refused with a message that says why."""
        while case.signing_key_locked:
            text, accepted = QInputDialog.getText(
                self,
                self.tr("Unlock your signing key"),
                self.tr(
                    "Your changes are signed with your own key, which you protected with a "
                    "passphrase. Passphrase:"
                ),
                QLineEdit.EchoMode.Password,
            )
            if not accepted:
                return
            try:
                case.unlock_signing_key(text)
            except CaseFileError as error:
                show_error(self, error, self.tr("Unlock your signing key"))

    def _automatic_backup(self, case: CaseFile) -> None:
        """Keep a rotating copy of a file opened for writing, once the window is up: a failure
        is reported in the status bar and never stops the work. Closing need not wait for it:
        the copy gets its name only once it is complete."""
        self.backing_up = True

        def done(_result: object) -> None:
            self.backing_up = False

        def failed(error: BaseException) -> None:
            self.backing_up = False
            self.statusBar().showMessage(
                self.tr("No automatic backup was made: %1").replace("%1", said(error)), 15000
            )

        self.background.run(lambda: automatic_backup(case), done, failed)

    def _incidents_failed(self, error: BaseException) -> None:
        self._opening = False
        show_error(self, error, self.tr("Open case file"))
        self.close_case()

    def save_copy(self) -> None:
        if self.session is None or self.workspace is None:
            return
        self.workspace.flush()
        source = self.session.case.path
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the case file"),
            str(source.with_name(self.tr("%1 (copy)").replace("%1", source.stem) + SUFFIX)),
            file_filter(),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        # The dialog asked before replacing the file chosen, not one with the suffix added.
        replace = target == Path(chosen)
        self.statusBar().showMessage(self.tr("Saving a copy to %1…").replace("%1", str(target)))

        def done(_result: object) -> None:
            self.statusBar().showMessage(
                self.tr("Saved a copy: %1").replace("%1", str(target)), 8000
            )

        def failed(error: BaseException) -> None:
            self.statusBar().clearMessage()
            show_error(self, error, self.tr("Save a copy"))

        case = self.session.case
        self.background.start(
            Operation(
                self.tr("Save a copy"),
                lambda _progress: save_copy(case, target, replace=replace),
                done,
                failed,
                parent=self,
                cancellable=False,
            )
        )

    # Window state --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_case():
            event.ignore()
            return
        self.preferences.set_state("geometry", self.saveGeometry())
        self.preferences.set_state("window_state", self.saveState())
        event.accept()

    def _restore_geometry(self) -> None:
        geometry = self.preferences.state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        state = self.preferences.state("window_state")
        if state is not None:
            self.restoreState(state)

    def _size_timeline(self, visible: bool) -> None:
        """Docked for the first time (no size remembered): as low as it draws well, so the
        incident form above keeps its room on a 768-pixel screen."""
        if not visible or self._timeline_sized or self.preferences.state("window_state"):
            return
        self._timeline_sized = True
        height = self.timeline.minimumSizeHint().height()
        self.resizeDocks([self.timeline], [height], Qt.Orientation.Vertical)

    def _splitters(self) -> list[QSplitter]:
        if self.workspace is None:
            return []
        return [s for s in self.workspace.findChildren(QSplitter) if s.objectName()]

    def _save_layout(self) -> None:
        for splitter in self._splitters():
            self.preferences.set_state(f"splitter/{splitter.objectName()}", splitter.saveState())

    def _restore_layout(self) -> None:
        for splitter in self._splitters():
            state: QByteArray | None = self.preferences.state(f"splitter/{splitter.objectName()}")
            if state is not None:
                splitter.restoreState(state)

    def _last_folder(self) -> str:
        recent = self.preferences.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    # Showing state -------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_TITLE)
            return
        # Direction controls in a name must not turn the rest of the title around.
        parts = [isolate(self.session.mission.name), isolate(self.session.case.path.name)]
        if self.session.read_only:
            parts[-1] += self.tr(" (read-only: %1)").replace("%1", self._read_only_reason())
        # "[*]" would be taken as Qt's modified-marker placeholder; nothing else is special.
        self.setWindowTitle(" — ".join([*parts, APP_TITLE]).replace("[*]", "[ * ]"))

    def _read_only_reason(self) -> str:
        reason = self.session.case.read_only_reason if self.session else None
        return reason.said(words()) if reason else ""

    def _update_case_status(self) -> None:
        if self.workspace is None or self.session is None:
            return
        navigator = self.workspace.navigator
        incidents = navigator.incidents.model.rowCount()
        sites = len(navigator.sites.model.sites())
        text = arg(
            self.tr("%1 at %2"),
            plural(self.tr("%n incident(s)", "", incidents), incidents),
            plural(self.tr("%n site(s)", "", sites), sites),
        )
        if self.session.read_only:
            text = arg(self.tr("Read-only (%1) · %2"), self._read_only_reason(), text)
        self.case_status.setText(text)

    def _update_actions(self) -> None:
        has_case = self.session is not None
        writable = has_case and not (self.session is not None and self.session.read_only)
        for action in self.commands.case_actions():
            action.setEnabled(has_case)
        for action in self.commands.editing_actions():
            action.setEnabled(writable)
        self.commands.mission_details.setEnabled(has_case)
        for action in self.commands.printing_actions():
            action.setVisible(PRINTING)
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        stack = self.session.undo_stack if self.session is not None else None
        for action, can, text, alone, named in (
            (
                self.commands.undo,
                stack and stack.canUndo(),
                stack and stack.undoText(),
                self.tr("&Undo"),
                self.tr("&Undo %1"),
            ),
            (
                self.commands.redo,
                stack and stack.canRedo(),
                stack and stack.redoText(),
                self.tr("&Redo"),
                self.tr("&Redo %1"),
            ),
        ):
            action.setEnabled(bool(can))
            action.setText(named.replace("%1", no_mnemonic(text)) if can and text else alone)

    def _undo(self) -> None:
        if self.session is not None and self.workspace is not None:
            # An edit still being typed is saved first, so undo takes back the latest change.
            self.workspace.flush()
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session is not None and self.workspace is not None:
            self.workspace.flush()
            self.session.undo_stack.redo()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.preferences.recent_files()
        for number, path in enumerate(recent, start=1):
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(f"{prefix}{no_mnemonic(path.name)}")
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent case files")).setEnabled(False)

    def _incident(self) -> str | None:
        record = self.workspace.incident if self.workspace is not None else None
        return record.uuid if record is not None else None

    def _incident_pdf(self) -> None:
        incident = self._incident()
        if incident is None:
            inform(
                self, self.tr("Incident report"), self.tr("Choose the incident in the list first.")
            )
            return
        self._print("export_pdf", incident)

    def _print(self, what: str, incident_uuid: str | None) -> None:
        """Print, preview or save as PDF the case summary (or one incident's report)."""
        if self.session is None or self.workspace is None:
            return
        self.workspace.flush()
        from ui.printing import actions as printing  # loads the print fonts: only when asked

        getattr(printing, what)(self, self.background, self.session.case, incident_uuid)

    def show_shortcuts(self) -> None:
        lines = [
            f"{action.text().replace('&', '').rstrip('…')}: "
            f"{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
            for action in self.commands.all()
            if not action.shortcut().isEmpty() and action.isVisible()
        ]
        inform(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def show_about(self) -> None:
        inform(
            self,
            self.tr("About Casefiles"),
            self.tr(
                "Case files of incidents that damage diplomatic premises. Works "
                "offline; every change is kept in the case file's audit log.\n\n%1."
            ).replace("%1", build_info().describe()),
        )
