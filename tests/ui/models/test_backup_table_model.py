"""The automatic backups as a table, under the model tester, with a damaged backup among them."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.modeltest import ModelTester

from casefiles.storage.backup import automatic_backup, backups_folder
from casefiles.storage.backup_listing import automatic_backups
from casefiles.storage.store import CaseFile
from ui.models.backup_table_model import BackupColumn, BackupTableModel


def test_the_backup_model_with_a_damaged_backup(
    qtmodeltester: ModelTester, demo_path: Path
) -> None:
    with CaseFile.open(demo_path) as case:
        automatic_backup(case)
        damaged = backups_folder(case) / "20250101T000000000000Z demo 0123456789abcdef.casefile"
        damaged.write_text("not a database", encoding="utf-8")
        entries = automatic_backups(case)
    model = BackupTableModel(ZoneInfo("Europe/Kyiv"))
    model.set_entries(entries, "")
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, BackupColumn.FINGERPRINT).data() == f"{entries[0].fingerprint[:16]}…"
    assert model.index(0, BackupColumn.STATE).data() == "Can be opened"
    assert model.index(1, BackupColumn.TAKEN).data() == "1 Jan 2025, 02:00 (00:00 UTC)"
    assert model.index(1, BackupColumn.FINGERPRINT).data() == "—"
    assert "not a case file" in model.index(1, BackupColumn.STATE).data()
