"""Message boxes in plain words. The text is always plain: it may quote user text or paths."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from casefiles.errors import CaseFileError
from casefiles.settings import log_dir
from ui.language import translate, words

log = logging.getLogger(__name__)


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    return box


def said(error: BaseException) -> str:
    """An error's one line in the interface language when the core worded it (a CaseFileError);
    anything else (an OSError, a library's error) in its own words."""
    return error.said(words()) if isinstance(error, CaseFileError) else str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str = "Casefiles") -> None:
    """A core error as its own one-line message; anything else is a bug, said so plainly."""
    if isinstance(error, CaseFileError):
        text, details = error.said(words()), ""
    else:
        log.error("Unexpected error", exc_info=error)
        text = translate("Messages", "Something went wrong inside Casefiles: %1").replace(
            "%1", str(error)
        )
        details = translate(
            "Messages", "Your case file was not changed by this. Details are in %1."
        ).replace("%1", str(log_dir()))
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str,
    no: str | None = None,
) -> bool:
    """A yes/no question whose buttons say what they do; True for `yes` (`no` is Cancel)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.Cancel).setText(no or translate("Messages", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
