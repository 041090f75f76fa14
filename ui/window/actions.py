"""The window's actions: menu items, toolbar buttons and keyboard shortcuts, in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.icons import icon

Key = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class Actions:
    new_case: QAction
    open_case: QAction
    open_demo: QAction
    open_headquarters: QAction
    save_copy: QAction
    close_case: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    new_incident: QAction
    delete_incident: QAction
    import_photos: QAction
    add_note: QAction
    new_site: QAction
    new_correspondence: QAction
    mission_details: QAction
    print_summary: QAction
    print_preview: QAction
    export_pdf: QAction
    incident_pdf: QAction
    verify: QAction
    export_bundle: QAction
    import_bundle: QAction
    backups: QAction
    preferences: QAction
    shortcuts: QAction
    about: QAction

    def case_actions(self) -> list[QAction]:
        """The actions that need an open case file."""
        return [
            self.save_copy, self.close_case, self.find, self.new_incident,
            self.delete_incident, self.import_photos, self.add_note, self.new_site,
            self.new_correspondence, self.mission_details, self.print_summary,
            self.print_preview, self.export_pdf, self.incident_pdf, self.verify,
            self.export_bundle, self.backups,
        ]  # fmt: skip

    def printing_actions(self) -> list[QAction]:
        return [self.print_summary, self.print_preview, self.export_pdf, self.incident_pdf]

    def editing_actions(self) -> list[QAction]:
        """The actions that change the case file (off when it is read-only)."""
        return [
            self.new_incident, self.delete_incident, self.import_photos, self.add_note,
            self.new_site, self.new_correspondence,
        ]  # fmt: skip

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(
    parent: QObject,
    text: str,
    icon_name: str | None = None,
    shortcuts: tuple[QKeySequence | Key | str, ...] = (),
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    if icon_name is not None:
        action.setIcon(icon(icon_name))
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, Key):
            keys.extend(QKeySequence.keyBindings(shortcut))
        else:
            keys.append(QKeySequence(shortcut))
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
    name = text.replace("&", "").rstrip("…")
    native = QKeySequence.SequenceFormat.NativeText
    action.setToolTip(f"{name} ({keys[0].toString(native)})" if keys else name)
    return action


def build_actions(parent: QObject) -> Actions:
    actions = Actions(
        new_case=_action(parent, "&New case file…", "new", tip="Create an empty case file"),
        open_case=_action(parent, "&Open…", "open", (Key.Open,), "Open a case file"),
        open_demo=_action(parent, "Open the &demo case", "demo", tip="Open a copy of the demo"),
        open_headquarters=_action(
            parent,
            "Open &headquarters database…",
            tip="Every mission's incidents from a headquarters PostgreSQL database, read-only",
        ),
        save_copy=_action(
            parent,
            "Save a &copy…",
            "save_copy",
            ("Ctrl+Shift+S",),
            "Write a consistent copy of this case file elsewhere (e.g. a USB stick)",
        ),
        close_case=_action(parent, "&Close", "close", (Key.Close,), "Close this case file"),
        quit=_action(parent, "&Quit", "quit", ("Ctrl+Q",), "Close the app"),
        undo=_action(parent, "&Undo", "undo", ("Ctrl+Z",), "Undo the last change"),
        redo=_action(parent, "&Redo", "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the change undone"),
        find=_action(parent, "&Find…", "search", (Key.Find,), "Search the incidents"),
        new_incident=_action(
            parent, "New &incident…", "incident", ("Ctrl+N",), "Record a new incident"
        ),
        delete_incident=_action(
            parent, "&Delete incident", "delete", ("Ctrl+Del",), "Delete the incident shown"
        ),
        import_photos=_action(
            parent,
            "&Import photos…",
            "import_photos",
            ("Ctrl+I",),
            "Import photos into the incident shown",
        ),
        add_note=_action(
            parent,
            "Add &note…",
            "note",
            ("Ctrl+Shift+N",),
            "Add a note to the incident shown (or to the case)",
        ),
        new_site=_action(parent, "New &site…", "site", tip="Add premises or another site"),
        new_correspondence=_action(
            parent,
            "New &correspondence…",
            "correspondence",
            ("Ctrl+Shift+K",),
            "Record a note verbale, summons, meeting, call or statement",
        ),
        mission_details=_action(
            parent, "&Mission details…", "mission", tip="The mission, its time zone, prefix"
        ),
        print_summary=_action(
            parent,
            "&Print the case summary…",
            "print",
            (Key.Print,),
            "Print the summary of the whole case",
        ),
        print_preview=_action(
            parent,
            "Print pre&view…",
            None,
            ("Ctrl+Shift+P",),
            "See the case summary page by page before printing",
        ),
        export_pdf=_action(
            parent, "Case summary as P&DF…", "pdf", tip="Save the case summary as a PDF file"
        ),
        incident_pdf=_action(
            parent,
            "Incident report as PD&F…",
            "pdf",
            tip="Save the report of the incident shown as a PDF file",
        ),
        verify=_action(
            parent,
            "&Verify…",
            "verify",
            ("Ctrl+Shift+V",),
            "Check the case file: every original, the audit log, every record",
        ),
        export_bundle=_action(
            parent,
            "&Export bundle…",
            "bundle_export",
            ("Ctrl+Shift+E",),
            "Write a bundle to hand over: records, originals, tables, checksums, summary",
        ),
        import_bundle=_action(
            parent,
            "Imp&ort bundle…",
            "bundle_import",
            tip="Create a case file from a bundle, or add a bundle's records to this one",
        ),
        backups=_action(
            parent,
            "&Backups…",
            "backups",
            tip="The automatic backups of this case file: open one or restore it as a new file",
        ),
        preferences=_action(
            parent, "&Preferences…", "profile", ("Ctrl+,",), "Your name and role, for the audit log"
        ),
        shortcuts=_action(parent, "&Keyboard shortcuts", "keyboard", ("F1",)),
        about=_action(parent, "&About Casefiles"),
    )
    actions.print_summary.setIconText("Print")  # the toolbar's short word for it
    return actions
