"""Import bundle in the interface language: a bundle refused by the core (an empty zip, a file
that is no zip, a FIFO named like a bundle) and the conflicts of one that differs are said in
Russian or Azerbaijani; the file names and the records' fields stay as they are."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefiles.language.catalogue import Language
from casefiles.services import incidents
from casefiles.storage.store import CaseFile
from tests.helpers import folder_state
from tests.ui.dialogs.test_import_bundle_dialog import import_dialog, refused
from ui.background import Background
from ui.language import install


def test_a_refused_bundle_is_said_in_russian(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path, translations: Path
) -> None:
    assert install(Language.RU) is Language.RU
    empty = tmp_path / "пустой пакет.zip"
    zipfile.ZipFile(empty, "w").close()
    fingerprint, before = demo_case.fingerprint(), folder_state(tmp_path)
    status = refused(qtbot, import_dialog(qtbot, demo_case, background, empty))
    assert status.startswith("Пакет отклонён: zip-файл пуст.")
    assert "The bundle" not in status
    assert demo_case.fingerprint() == fingerprint and folder_state(tmp_path) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_bundle_that_is_no_zip_is_said_in_azerbaijani(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path, translations: Path
) -> None:
    assert install(Language.AZ) is Language.AZ
    letter = tmp_path / "məktub.zip"
    letter.write_text("Bu zip deyil — это не zip", encoding="utf-8")
    status = refused(qtbot, import_dialog(qtbot, demo_case, background, letter))
    assert status.startswith("məktub.zip paket deyil: oxuna bilən zip faylı deyil.")
    pipe = tmp_path / "boru paket.zip"
    os.mkfifo(pipe)
    status = refused(qtbot, import_dialog(qtbot, demo_case, background, pipe))
    assert status.startswith(f"{pipe} paket deyil: kanal (FIFO).")


def test_the_conflicts_are_listed_in_russian(
    qtbot: QtBot,
    demo_case: CaseFile,
    background: Background,
    demo_bundle_file: Path,
    translations: Path,
) -> None:
    assert install(Language.RU) is Language.RU
    first = incidents.list_incidents(demo_case)[0]
    incidents.update(demo_case, first.uuid, title="Başlıq dəyişdi — название изменилось")
    dialog = import_dialog(qtbot, demo_case, background, demo_bundle_file)
    refused(qtbot, dialog)
    listed = dialog.conflicts.toPlainText()
    assert f"• инцидент {first.reference}: не совпадают поля: название" in listed
    assert "differ" not in listed
