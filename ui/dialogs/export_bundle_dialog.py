"""File › Export bundle…: the chosen incidents (or all) written as a bundle to hand over, with or
without location data, encrypted or not, in the background with progress and cancel. The bundle
is written by the core's `export_bundle` and checked before it gets its name; it never replaces
a file."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.bundle.export import ExportResult, export_bundle
from casefiles.domain.records import IncidentRecord
from casefiles.errors import CaseFileError
from casefiles.progress import Progress
from casefiles.services import photo_derivation
from casefiles.storage.store import CaseFile
from casefiles.summary import Paper
from casefiles.summary.build import build_case_summary
from ui.background import Background, Operation, Task
from ui.dialogs.passphrase_dialog import NewPassphrase
from ui.messages import said


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def summary_pdf(case: CaseFile, references: Sequence[str] | None) -> bytes:
    """The printed summary of the same incidents, to go inside the bundle."""
    from ui.printing.pdf import write_pdf  # loads the print fonts: only when asked

    document = build_case_summary(case, incidents=references)
    with tempfile.TemporaryDirectory(prefix="casefiles-") as folder:
        path = Path(folder) / "summary.pdf"
        write_pdf(
            document,
            path,
            paper=Paper.A4,
            images=photo_derivation.preview_source(
                case, (p.evidence_uuid for p in document.photos)
            ),
        )
        return path.read_bytes()


class ExportBundleDialog(QDialog):
    def __init__(
        self,
        case: CaseFile,
        incidents: Sequence[IncidentRecord],
        background: Background,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        self._case = case
        self._background = background
        self._task: Task | None = None
        self.result_value: ExportResult | None = None

        self.incidents = QListWidget(self)
        self.incidents.setAccessibleName(self.tr("Incidents to export"))
        for record in incidents:
            item = QListWidgetItem(f"{record.reference}  {record.title}", self.incidents)
            item.setData(Qt.ItemDataRole.UserRole, record.reference)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.incidents.itemChanged.connect(self._update)
        pick_all = QPushButton(self.tr("&All"), self)
        pick_none = QPushButton(self.tr("N&one"), self)
        pick_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        pick_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        picks = QHBoxLayout()
        picks.addWidget(buddy_label(self.tr("&Incidents:"), self.incidents), 1)
        picks.addWidget(pick_all)
        picks.addWidget(pick_none)

        self.strip = QCheckBox(
            self.tr("&Leave out location: GPS positions, coordinates, devices"), self
        )
        self.with_summary = QCheckBox(self.tr("Include the printed &summary (PDF)"), self)
        self.with_summary.setChecked(True)
        self.strip.toggled.connect(self._update)
        # As `export --encrypt`: an AES-256 zip (WinZip AES) that 7-Zip opens with the passphrase.
        self.protection = NewPassphrase(self)
        self.protection.encrypt.setText(
            self.tr("&Encrypt the bundle with AES-256 (7-Zip opens it with the passphrase)")
        )
        self.protection.encrypt.setChecked(case.encrypted)
        self.protection.encrypt.toggled.connect(self._update)

        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("Bundle file"))
        stamp = case.path.stem
        self.target.setText(
            str(
                documents_folder()
                / (self.tr("%1 bundle", "file name").replace("%1", stamp) + ".zip")
            )
        )
        self.target.textChanged.connect(self._update)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._choose_target)
        where = QHBoxLayout()
        where.addWidget(buddy_label(self.tr("&Bundle:"), self.target))
        where.addWidget(self.target, 1)
        where.addWidget(browse)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(picks)
        layout.addWidget(self.incidents, 1)
        layout.addWidget(self.strip)
        layout.addWidget(self.with_summary)
        layout.addWidget(self.protection)
        layout.addLayout(where)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, 440)
        self._update()

    def chosen(self) -> list[str]:
        return [
            str(self.incidents.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.incidents.count())
            if self.incidents.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.incidents.count()):
            self.incidents.item(row).setCheckState(state)

    def _choose_target(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bundle"),
            self.target.text(),
            self.tr("Bundles (*.zip);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # a bundle never overwrites
        )
        if chosen:
            self.target.setText(chosen if chosen.lower().endswith(".zip") else f"{chosen}.zip")

    def _update(self) -> None:
        stripped, encrypted = self.strip.isChecked(), self.protection.encrypt.isChecked()
        # A summary shows positions, so it cannot go with a bundle without them; and it would
        # pass through a temporary file in clear, so not into an encrypted one either.
        self.with_summary.setEnabled(not stripped and not encrypted and not self.running)
        if stripped or encrypted:
            self.with_summary.setChecked(False)
        self.export_button.setEnabled(
            not self.running and bool(self.chosen()) and bool(self.target.text().strip())
        )
        for widget in (self.incidents, self.strip, self.target, self.protection):
            widget.setEnabled(not self.running)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self.running or not self.chosen():
            return
        target = Path(self.target.text().strip())
        if target.exists():
            self.status.setText(
                self.tr("%1 already exists; choose another name.").replace("%1", target.name)
            )
            return
        problem = self.protection.problem()
        if problem is not None:
            self.status.setText(problem)
            return
        password = self.protection.take_passphrase()
        chosen = self.chosen()
        references = None if len(chosen) == self.incidents.count() else chosen
        strip, with_summary, case = (
            self.strip.isChecked(),
            self.with_summary.isChecked(),
            self._case,
        )

        printing_words = self.tr("Printing the summary for the bundle…")
        writing_words = self.tr("Writing the originals…")

        def work(progress: Progress) -> ExportResult:
            pdf = None
            if with_summary:
                progress(0, 0, printing_words)
                pdf = summary_pdf(case, references)

            def writing(done: int, total: int, label: str = "") -> None:
                progress(done, total, writing_words)

            return export_bundle(
                case, target, incidents=references, strip_location=strip, pdf=pdf,
                progress=writing, password=password,
            )  # fmt: skip

        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Writing %1…").replace("%1", target.name))
        self._task = self._background.start(
            Operation(
                self.tr("Export bundle"),
                work,
                self._done,
                on_failure=self._failed,
                on_cancelled=self._cancelled,
                on_progress=self._progressed,
                parent=self,
            )
        )
        self._update()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.status.setText(text)
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: ExportResult) -> None:
        self._task = None
        self.result_value = result
        self.accept()

    def _cancelled(self) -> None:
        self._failed(CaseFileError(self.tr("Export cancelled; nothing was written.")))

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.progress.hide()
        if not isinstance(error, CaseFileError):  # a bug: the background runner logged it
            error = RuntimeError(
                self.tr("Something went wrong inside Casefiles: %1").replace("%1", str(error))
            )
        self.status.setText(said(error))
        self._update()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Stopping…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.running:  # Escape or the window's close button while writing: stop first
            self.cancel()
            return
        super().reject()

    @classmethod
    def export(
        cls,
        parent: QWidget | None,
        case: CaseFile,
        incidents: Sequence[IncidentRecord],
        background: Background,
    ) -> tuple[ExportResult | None, bool]:
        """Choose and write a bundle. Returns (what was written, accepted)."""
        dialog = cls(case, incidents, background, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.result_value if accepted else None), accepted


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose '&' shortcut moves the focus to `buddy`."""
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    return label
