"""Verify: the open case file checked in the background and the findings shown in words; a file
edited behind the app's back with the sqlite3 shell shows the edit, and its search index is
rebuilt; the report replaces a file only when the user says so, and never the case file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.integrity.verify import verify
from casefiles.integrity.verify_report import check_words
from casefiles.language.catalogue import Language, phrases_for
from casefiles.services import incidents
from casefiles.storage.store import CaseFile
from tests.helpers import tamper_behind_the_app
from tests.ui.helpers import MessageBoxes, shown
from ui.background import Background
from ui.dialogs.verify_dialog import VerifyDialog
from ui.language import install


def verified(qtbot: QtBot, case: CaseFile, background: Background) -> VerifyDialog:
    dialog = shown(qtbot, VerifyDialog(case, background, None))
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    return dialog


def test_a_clean_file_is_intact_and_its_report_saved(
    qtbot: QtBot,
    demo_case: CaseFile,
    background: Background,
    tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    fingerprint = demo_case.fingerprint()
    dialog = verified(qtbot, demo_case, background)
    assert dialog.status.text() == "Intact: nothing was changed behind the app's back."
    assert dialog.progress.isHidden() and dialog.save_button.isEnabled()
    report = dialog.findings.toPlainText()
    assert fingerprint in report and "demo.casefile" in report
    target = tmp_path / "Yoxlama hesabatı — звіт.txt"
    assert dialog.save_to(target)
    assert target.read_text(encoding="utf-8") == report
    assert dialog.status.text().endswith(f"Report saved: {target}")
    older = tmp_path / "köhnə.txt"
    older.write_text("an older report", encoding="utf-8")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not dialog.save_to(older)  # asked first; "Cancel" keeps the old file
    assert older.read_text(encoding="utf-8") == "an older report"
    message_boxes.answer = QMessageBox.StandardButton.Yes
    assert dialog.save_to(older)
    assert older.read_text(encoding="utf-8") == report
    assert message_boxes.shown == ["köhnə.txt already exists. Replace it with this report?"] * 2
    assert demo_case.fingerprint() == fingerprint  # verifying only reads


def test_an_edit_behind_the_apps_back_is_found(
    qtbot: QtBot, demo_path: Path, background: Background
) -> None:
    with sqlite3.connect(demo_path) as raw:  # as someone with the sqlite3 shell would
        raw.execute("UPDATE incidents SET title = 'Heç nə olmayıb' WHERE id = 1")
    with CaseFile.open(demo_path) as case:
        dialog = verified(qtbot, case, background)
        text = dialog.findings.toPlainText()
        assert "Result: 2 problems found: see below." in text
        assert "1. Records against the audit log: The incident" in text and "title" in text
        assert "2. The search index: The search index is out of step with incident(s)" in text
        assert dialog.status.text() == (
            "2 problems found: see below. The search index was rebuilt from the records."
        )
        # The rebuilt index finds the edited title; the edit itself remains a finding.
        assert [i.title for i in incidents.search_incidents(case, "Heç nə")] == ["Heç nə olmayıb"]
        assert [f.check for f in verify(case)] == ["row"]


def test_the_report_never_replaces_the_case_file(
    qtbot: QtBot, demo_case: CaseFile, background: Background, message_boxes: MessageBoxes
) -> None:
    before = demo_case.path.read_bytes()
    dialog = verified(qtbot, demo_case, background)
    message_boxes.answer = QMessageBox.StandardButton.Yes  # "Replace" when asked
    assert not dialog.save_to(demo_case.path)
    assert message_boxes.shown[-1] == (
        f"{demo_case.path} is a file Casefiles is using; choose another name."
    )
    assert demo_case.path.read_bytes() == before


def test_the_report_speaks_the_interface_language(
    qtbot: QtBot, demo_case: CaseFile, background: Background, translations: Path
) -> None:
    assert install(Language.RU) is Language.RU
    dialog = verified(qtbot, demo_case, background)
    russian = phrases_for(Language.RU)
    assert dialog.status.text() == russian("verify.intact")
    report = dialog.findings.toPlainText()
    assert report.startswith(russian("verify.title", name=demo_case.path.name))
    assert russian("verify.checks") in report
    assert "Intact" not in report and "Case file:" not in report


@pytest.mark.parametrize("language", [Language.RU, Language.AZ])
def test_each_finding_is_said_in_the_interface_language(
    qtbot: QtBot,
    demo_path: Path,
    background: Background,
    translations: Path,
    tmp_path: Path,
    language: Language,
) -> None:
    """A title changed, an audit entry removed and a signature swapped with the sqlite3 shell:
    every finding's detail in the interface language, none of the English, the user's own
    caption as typed; the saved report says its language."""
    caption = "Şüşələr qırılıb — вибиті вікна"
    tamper_behind_the_app(demo_path, caption)
    assert install(language) is language
    phrases = phrases_for(language)
    with CaseFile.open(demo_path, read_only=True) as case:
        english = verify(case)
        dialog = verified(qtbot, case, background)
    assert {f.check for f in english} == {"audit chain", "signature", "row", "search index"}
    report = dialog.findings.toPlainText()
    for number, finding in enumerate(english, start=1):
        said = finding.said(phrases)
        assert said != finding.message
        assert f"{number}. {check_words(finding.check, phrases=phrases)}: {said}" in report
        assert finding.message not in report
    assert f"“{caption}”" in report or f"«{caption}»" in report
    assert dialog.status.text() == phrases.plural("verify.problems", len(english))
    for english_word in ("Audit entry", "differs from", "The search index", "Records against"):
        assert english_word not in report
    target = tmp_path / "hesabat.txt"
    assert dialog.save_to(target)
    saved = target.read_text(encoding="utf-8").splitlines()
    assert saved[:2] == [
        phrases("verify.title", name=demo_path.name),
        phrases("verify.language"),
    ]
