"""The window's actions: menu items, toolbar buttons and keyboard shortcuts, in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.icons import icon
from ui.language import translate

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
        new_case=_action(
            parent,
            translate("Actions", "&New case file…"),
            "new",
            tip=translate("Actions", "Create an empty case file"),
        ),
        open_case=_action(
            parent,
            translate("Actions", "&Open…"),
            "open",
            (Key.Open,),
            translate("Actions", "Open a case file"),
        ),
        open_demo=_action(
            parent,
            translate("Actions", "Open the &demo case"),
            "demo",
            tip=translate("Actions", "Open a copy of the demo"),
        ),
        open_headquarters=_action(
            parent,
            translate("Actions", "Open &headquarters database…"),
            tip=translate(
                "Actions",
                "Every mission's incidents from a headquarters PostgreSQL database, read-only",
            ),
        ),
        save_copy=_action(
            parent,
            translate("Actions", "Save a &copy…"),
            "save_copy",
            ("Ctrl+Shift+S",),
            translate(
                "Actions", "Write a consistent copy of this case file elsewhere (e.g. a USB stick)"
            ),
        ),
        close_case=_action(
            parent,
            translate("Actions", "&Close"),
            "close",
            (Key.Close,),
            translate("Actions", "Close this case file"),
        ),
        quit=_action(
            parent,
            translate("Actions", "&Quit"),
            "quit",
            ("Ctrl+Q",),
            translate("Actions", "Close the app"),
        ),
        undo=_action(
            parent,
            translate("Actions", "&Undo"),
            "undo",
            ("Ctrl+Z",),
            translate("Actions", "Undo the last change"),
        ),
        redo=_action(
            parent,
            translate("Actions", "&Redo"),
            "redo",
            ("Ctrl+Shift+Z", "Ctrl+Y"),
            translate("Actions", "Redo the change undone"),
        ),
        find=_action(
            parent,
            translate("Actions", "&Find…"),
            "search",
            (Key.Find,),
            translate("Actions", "Search the incidents"),
        ),
        new_incident=_action(
            parent,
            translate("Actions", "New &incident…"),
            "incident",
            ("Ctrl+N",),
            translate("Actions", "Record a new incident"),
        ),
        delete_incident=_action(
            parent,
            translate("Actions", "&Delete incident"),
            "delete",
            ("Ctrl+Del",),
            translate("Actions", "Delete the incident shown"),
        ),
        import_photos=_action(
            parent,
            translate("Actions", "&Import photos…"),
            "import_photos",
            ("Ctrl+I",),
            translate("Actions", "Import photos into the incident shown"),
        ),
        add_note=_action(
            parent,
            translate("Actions", "Add &note…"),
            "note",
            ("Ctrl+Shift+N",),
            translate("Actions", "Add a note to the incident shown (or to the case)"),
        ),
        new_site=_action(
            parent,
            translate("Actions", "New &site…"),
            "site",
            tip=translate("Actions", "Add premises or another site"),
        ),
        new_correspondence=_action(
            parent,
            translate("Actions", "New &correspondence…"),
            "correspondence",
            ("Ctrl+Shift+K",),
            translate("Actions", "Record a note verbale, summons, meeting, call or statement"),
        ),
        mission_details=_action(
            parent,
            translate("Actions", "&Mission details…"),
            "mission",
            tip=translate("Actions", "The mission, its time zone, prefix"),
        ),
        print_summary=_action(
            parent,
            translate("Actions", "&Print the case summary…"),
            "print",
            (Key.Print,),
            translate("Actions", "Print the summary of the whole case"),
        ),
        print_preview=_action(
            parent,
            translate("Actions", "Print pre&view…"),
            None,
            ("Ctrl+Shift+P",),
            translate("Actions", "See the case summary page by page before printing"),
        ),
        export_pdf=_action(
            parent,
            translate("Actions", "Case summary as P&DF…"),
            "pdf",
            tip=translate("Actions", "Save the case summary as a PDF file"),
        ),
        incident_pdf=_action(
            parent,
            translate("Actions", "Incident report as PD&F…"),
            "pdf",
            tip=translate("Actions", "Save the report of the incident shown as a PDF file"),
        ),
        verify=_action(
            parent,
            translate("Actions", "&Verify…"),
            "verify",
            ("Ctrl+Shift+V",),
            translate(
                "Actions", "Check the case file: every original, the audit log, every record"
            ),
        ),
        export_bundle=_action(
            parent,
            translate("Actions", "&Export bundle…"),
            "bundle_export",
            ("Ctrl+Shift+E",),
            translate(
                "Actions",
                "Write a bundle to hand over: records, originals, tables, checksums, summary",
            ),
        ),
        import_bundle=_action(
            parent,
            translate("Actions", "Imp&ort bundle…"),
            "bundle_import",
            tip=translate(
                "Actions", "Create a case file from a bundle, or add a bundle's records to this one"
            ),
        ),
        backups=_action(
            parent,
            translate("Actions", "&Backups…"),
            "backups",
            tip=translate(
                "Actions",
                "The automatic backups of this case file: open one or restore it as a new file",
            ),
        ),
        preferences=_action(
            parent,
            translate("Actions", "&Preferences…"),
            "profile",
            ("Ctrl+,",),
            translate("Actions", "Your name and role, for the audit log"),
        ),
        shortcuts=_action(parent, translate("Actions", "&Keyboard shortcuts"), "keyboard", ("F1",)),
        about=_action(parent, translate("Actions", "&About Casefiles")),
    )
    actions.print_summary.setIconText(translate("Actions", "Print", "toolbar button"))
    return actions
