"""Every icon of the app, by the action or thing it stands for: the one place to change them."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon

ICON_NAMES: dict[str, str] = {
    "new": "fa5s.file-medical",
    "open": "fa5s.folder-open",
    "save_copy": "fa5s.copy",
    "close": "fa5s.times",
    "quit": "fa5s.sign-out-alt",
    "demo": "fa5s.graduation-cap",
    "incident": "fa5s.bolt",
    "site": "fa5s.building",
    "photo": "fa5s.image",
    "import_photos": "fa5s.file-import",
    "note": "fa5s.sticky-note",
    "correspondence": "fa5s.envelope",
    "print": "fa5s.print",
    "pdf": "fa5s.file-pdf",
    "search": "fa5s.search",
    "undo": "fa5s.undo",
    "redo": "fa5s.redo",
    "add": "fa5s.plus",
    "delete": "fa5s.trash-alt",
    "export": "fa5s.file-export",
    "zoom_in": "fa5s.search-plus",
    "zoom_out": "fa5s.search-minus",
    "zoom_fit": "fa5s.expand",
    "rotate_left": "fa5s.undo-alt",
    "rotate_right": "fa5s.redo-alt",
    "warning": "fa5s.exclamation-triangle",
    "timeline": "fa5s.stream",
    "mission": "fa5s.flag",
    "edit": "fa5s.pen",
    "damage": "fa5s.house-damage",
    "view": "fa5s.eye",
    "previous": "fa5s.chevron-left",
    "next": "fa5s.chevron-right",
    "no_preview": "fa5s.file-image",
    "refused": "fa5s.ban",
    "ok": "fa5s.check-circle",
    "keyboard": "fa5s.keyboard",
    "app": "fa5s.archive",
    "verify": "fa5s.clipboard-check",
    "bundle_export": "fa5s.box",
    "bundle_import": "fa5s.box-open",
    "backups": "fa5s.history",
    "profile": "fa5s.user-cog",
    "link": "fa5s.link",
}


def icon(name: str) -> QIcon:
    """The icon for `name`, a key of ICON_NAMES (a KeyError for an unknown name is a bug)."""
    found: QIcon = qtawesome.icon(ICON_NAMES[name])
    return found
