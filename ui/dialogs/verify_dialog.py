"""Case › Verify…: the open case file checked in the background (SQLite integrity, every
original against its SHA-256, the audit chain, every record against the log), the findings in
words, and the report saved as a text file that never replaces a file unasked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles import clock
from casefiles.errors import CaseFileDamaged
from casefiles.integrity.findings import Finding
from casefiles.integrity.verify import check as check_case
from casefiles.integrity.verify import verify_warnings
from casefiles.integrity.verify_report import outcome, report_text, save_report
from casefiles.language.phrase import Phrase
from casefiles.storage.store import CaseFile
from ui.background import Background, Operation
from ui.language import arg, words
from ui.messages import ask, said, show_error


@dataclass(frozen=True, slots=True)
class Verification:
    findings: list[Finding]
    fingerprint: str | None  # of the file checked; None when it could not be read
    checked_at: datetime
    index_rebuilt: bool = False
    warnings: tuple[Phrase, ...] = ()  # entries older than signing, an older copy, pending


def check(case: CaseFile) -> Verification:
    """Verify through the core's public function (run on a worker thread), and rebuild the
    search index when it is out of step: it is derived data, and opening the file only finds an
    index that is unreadable or indexes other incidents, not an edited text."""
    checked_at = clock.now()
    try:
        report = check_case(case)
        warnings = tuple(verify_warnings(case, report))
        fingerprint = case.fingerprint()
    except CaseFileDamaged as error:
        return Verification([Finding("integrity", error.phrase or str(error))], None, checked_at)
    findings = report.findings
    stale = any(finding.check == "search index" for finding in findings)
    if stale and not case.read_only:
        case.rebuild_search_index()
    rebuilt = stale and not case.read_only
    return Verification(findings, fingerprint, checked_at, rebuilt, warnings)


class VerifyDialog(QDialog):
    def __init__(self, case: CaseFile, background: Background, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify %1").replace("%1", case.path.name))
        self._case = case
        self.result_value: Verification | None = None
        self.status = QLabel(
            self.tr("Checking every original, the audit log and every record…"), self
        )
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the check reports no steps
        self.progress.setAccessibleName(self.tr("Verification progress"))
        self.findings = QPlainTextEdit(self)
        self.findings.setReadOnly(True)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.setPlaceholderText(self.tr("The findings appear here."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save report…"), self)
        self.save_button.setEnabled(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 440)
        # Closing the dialog early drops the result: the check only reads.
        background.start(
            Operation(
                self.tr("Verify"),
                lambda _progress: check(case),
                self._show,
                self._failed,
                parent=self,
            )
        )

    def _show(self, result: Verification) -> None:
        self.result_value = result
        self.progress.hide()
        rebuilt = (
            " " + self.tr("The search index was rebuilt from the records.")
            if result.index_rebuilt
            else ""
        )
        self.status.setText(outcome(result.findings, phrases=words()) + rebuilt)
        self.findings.setPlainText(self.report())
        self.save_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.status.setText(self.tr("The check could not run: %1").replace("%1", said(error)))

    def report(self) -> str:
        result = self.result_value
        if result is None:
            return ""
        return report_text(
            self._case.path,
            result.fingerprint,
            result.findings,
            result.checked_at,
            warnings=result.warnings,
            phrases=words(),
        )

    def save(self) -> None:
        if self.result_value is None:
            return
        suggested = self._case.path.with_name(
            self.tr("%1 verification", "file name").replace("%1", self._case.path.stem) + ".txt"
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the verification report"),
            str(suggested),
            self.tr("Text files (*.txt);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, in plain words
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, target: Path) -> bool:
        replace = target.exists()
        if replace and not ask(
            self,
            self.tr("Save the verification report"),
            self.tr("%1 already exists. Replace it with this report?").replace("%1", target.name),
            self.tr("Replace"),
        ):
            return False
        try:
            save_report(self.report(), target, replace=replace, protect=[self._case.path])
        except Exception as error:  # one line in the dialog; a bug is logged there
            show_error(self, error, self.tr("Save the verification report"))
            return False
        findings = self.result_value.findings if self.result_value is not None else []
        self.status.setText(
            outcome(findings, phrases=words()) + " " + arg(self.tr("Report saved: %1"), target)
        )
        return True

    @classmethod
    def verify_case(
        cls, parent: QWidget | None, case: CaseFile, background: Background
    ) -> tuple[Verification | None, bool]:
        """Check `case` and show the findings. Returns (the verification, whether it ran to
        its end before the dialog was closed)."""
        dialog = cls(case, background, parent)
        dialog.exec()
        return dialog.result_value, dialog.result_value is not None
