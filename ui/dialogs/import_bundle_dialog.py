"""File › Import bundle…: a bundle checked and brought in, into a new case file or merged into
the open one, in the background with progress. A refused bundle or a conflict changes nothing;
conflicts are listed one per line, in words. An encrypted bundle asks for its passphrase; a new
case file made from it is encrypted with the same one, as `import-bundle` does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.bundle.checks import is_encrypted_bundle
from casefiles.bundle.errors import MergeConflict
from casefiles.bundle.importer import ImportResult, create_from_bundle, merge_bundle
from casefiles.errors import CaseFileError
from casefiles.progress import Progress
from casefiles.storage import encryption
from casefiles.storage.backup import automatic_backup
from casefiles.storage.file_format import SUFFIX
from casefiles.storage.store import CaseFile
from ui.background import Background, Operation, Task
from ui.dialogs.export_bundle_dialog import buddy_label, documents_folder
from ui.language import words


@dataclass(frozen=True, slots=True)
class BundleImported:
    result: ImportResult
    merged: bool  # into the open case file (the window shows it again) rather than a new file
    backup_warning: str | None = None  # the automatic backup before a merge could not be made


class ImportBundleDialog(QDialog):
    def __init__(
        self, case: CaseFile | None, background: Background, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bundle"))
        self._case = case
        self._background = background
        self._task: Task | None = None
        self.result_value: BundleImported | None = None

        self.bundle = QLineEdit(self)
        self.bundle.setAccessibleName(self.tr("Bundle to import"))
        choose_bundle = QPushButton(self.tr("C&hoose…"), self)
        choose_bundle.clicked.connect(self._choose_bundle)
        self.into_new = QRadioButton(self.tr("Into a &new case file:"), self)
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("New case file"))
        choose_target = QPushButton(self.tr("Ch&oose…"), self)
        choose_target.clicked.connect(self._choose_target)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the bundle"))
        self.passphrase.setPlaceholderText(self.tr("needed only for an encrypted bundle"))
        self.merge = QRadioButton(self)
        writable = case is not None and not case.read_only
        opened = self.tr("none is open") if case is None else case.path.name
        self.merge.setText(self.tr("&Merged into the open case file (%1)").replace("%1", opened))
        self.merge.setEnabled(writable)
        group = QButtonGroup(self)
        group.addButton(self.into_new)
        group.addButton(self.merge)
        (self.merge if writable else self.into_new).setChecked(True)
        for widget in (self.bundle, self.target, self.passphrase):
            widget.textChanged.connect(self._update)
        group.buttonToggled.connect(self._update)

        grid = QGridLayout()
        grid.addWidget(buddy_label(self.tr("&Bundle:"), self.bundle), 0, 0)
        grid.addWidget(self.bundle, 0, 1)
        grid.addWidget(choose_bundle, 0, 2)
        grid.addWidget(buddy_label(self.tr("&Passphrase:"), self.passphrase), 1, 0)
        grid.addWidget(self.passphrase, 1, 1)
        grid.addWidget(self.merge, 2, 0, 1, 3)
        grid.addWidget(self.into_new, 3, 0)
        grid.addWidget(self.target, 3, 1)
        grid.addWidget(choose_target, 3, 2)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.status = QLabel(
            self.tr(
                "The bundle is checked first (every file against SHA256SUMS, the audit log, the "
                "records). Records already in the case file are skipped; a record held in another "
                "version is a conflict, and then nothing is imported."
            ),
            self,
        )
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts = QPlainTextEdit(self)
        self.conflicts.setReadOnly(True)
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 300)
        self._update()

    def _choose_bundle(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import bundle"),
            str(documents_folder()),
            self.tr("Bundles (*.zip);;All files (*)"),
        )
        if chosen:
            self.bundle.setText(chosen)
            if not self.target.text():
                self.target.setText(str(Path(chosen).with_suffix(SUFFIX)))

    def _choose_target(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New case file from the bundle"),
            self.target.text() or str(documents_folder()),
            self.tr("Case files (*%1)").replace("%1", SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,  # it never overwrites
        )
        if chosen:
            self.target.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)
            self.into_new.setChecked(True)

    def _encrypted(self) -> bool:
        chosen = self.bundle.text().strip()
        return bool(chosen) and is_encrypted_bundle(Path(chosen))

    def _update(self) -> None:
        encrypted = self._encrypted()
        ready = bool(self.bundle.text().strip()) and (
            self.merge.isChecked() or bool(self.target.text().strip())
        )
        self.passphrase.setEnabled(encrypted and not self.running)
        ready = ready and (bool(self.passphrase.text()) or not encrypted)
        self.import_button.setEnabled(ready and not self.running)
        self.target.setEnabled(self.into_new.isChecked() and not self.running)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self.running:
            return
        bundle = Path(self.bundle.text().strip())
        case = self._case if self.merge.isChecked() else None
        target = Path(self.target.text().strip())
        if case is None and target.exists():
            self.status.setText(
                self.tr("%1 already exists; choose another name.").replace("%1", target.name)
            )
            return
        password = self.passphrase.text() if self._encrypted() else None
        no_backup = self.tr("No automatic backup was made before the import: %1")

        def work(progress: Progress) -> BundleImported:
            if case is None:
                key = None if password is None else encryption.new_key(password)
                created = create_from_bundle(
                    bundle, target, progress=progress, password=password, key=key
                )
                return BundleImported(created, False)
            warning = None
            try:
                automatic_backup(case)  # a safety net, not a gate: say so and go on
            except CaseFileError as error:
                warning = no_backup.replace("%1", error.said(words()))
            merged = merge_bundle(case, bundle, progress=progress, password=password)
            return BundleImported(merged, True, warning)

        self.conflicts.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Reading %1…").replace("%1", bundle.name))
        # One transaction: it cannot stop halfway.
        self._task = self._background.start(
            Operation(
                self.tr("Import bundle"),
                work,
                self._done,
                on_failure=self._failed,
                on_progress=self._progressed,
                parent=self,
                cancellable=False,
            )
        )
        self._update()

    def _progressed(self, done: int, total: int, stage: str) -> None:
        stages = {
            "checking": self.tr("Checking every file of the bundle…"),
            "writing": self.tr("Adding its photos…"),
        }
        self.status.setText(stages.get(stage, stage))
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: BundleImported) -> None:
        self._task = None
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.progress.hide()
        self._update()
        if isinstance(error, MergeConflict):
            self.status.setText(
                self.tr(
                    "Nothing was imported: the bundle and this case file hold different versions "
                    "of the same records (%1):"
                ).replace("%1", str(len(error.conflicts)))
            )
            lines = error.said_conflicts(words())
            self.conflicts.setPlainText("\n".join(f"• {line}" for line in lines))
            self.conflicts.show()
            return
        if isinstance(error, CaseFileError):
            message = error.said(words())
            said = "nothing was changed" in str(error).lower()  # the core's own (English) words
            unchanged = self.tr("%1 Nothing was changed.").replace("%1", message)
            self.status.setText(message if said else unchanged)
            return
        self.status.setText(
            self.tr("Something went wrong inside Casefiles: %1").replace("%1", str(error))
        )

    def reject(self) -> None:
        if self.running:  # an import is one transaction: let it end, then close
            self.status.setText(self.tr("The import is finishing; it cannot be stopped halfway."))
            return
        super().reject()

    @classmethod
    def import_into(
        cls, parent: QWidget | None, case: CaseFile | None, background: Background
    ) -> tuple[BundleImported | None, bool]:
        """Choose a bundle and where it goes (a new file, or `case` when given and writable).
        Returns (what was imported, accepted)."""
        dialog = cls(case, background, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.result_value if accepted else None), accepted
