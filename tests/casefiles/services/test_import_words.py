"""An import's outcomes in the language it is asked for: the window asks for the interface's,
the command line gets English, word for word what it said before the catalogue held them."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from casefiles.domain.timespan import zone
from casefiles.language.catalogue import Language, phrases_for
from casefiles.services import correspondence, photo_import
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.faults.killing import case_with_incident

STRIKE = datetime(2025, 11, 14, 7, 30, tzinfo=zone("Europe/Kyiv"))
MiB = 1024 * 1024
RUSSIAN, AZERBAIJANI = phrases_for(Language.RU), phrases_for(Language.AZ)


def test_each_refusal_in_english_is_as_the_command_line_said_it(tmp_path: Path) -> None:
    empty = factory.empty_file(tmp_path / "boş.jpg")
    letter = factory.text_as_jpg(tmp_path / "лист.jpg")
    huge = tmp_path / "böyük.jpg"
    with huge.open("wb") as file:
        file.truncate(1500 * MiB)  # sparse: its size is refused before anything is read
    folder = tmp_path / "qovluq.jpg"
    folder.mkdir()
    expected = {
        empty: "the file is empty (0 bytes)",
        letter: "not an image of a supported kind (JPEG, PNG, TIFF, WebP, HEIC)",
        huge: "larger than the 1,024 MB limit (1,500 MB)",
        folder: "this is a folder, not a file",
        tmp_path / "yoxdur.jpg": "the file does not exist (it may have been moved)",
    }
    for path, reason in expected.items():
        refusal = photo_import.prepare(path, max_bytes=1024 * MiB).refusal
        assert refusal is not None and refusal.english == reason


def test_the_same_refusals_in_russian_and_azerbaijani(tmp_path: Path) -> None:
    huge = factory.big_file(tmp_path / "Великий знімок.jpg", 3 * MiB)
    refusal = photo_import.prepare(huge, max_bytes=2 * MiB).refusal
    assert refusal is not None
    assert refusal.said(RUSSIAN) == "больше предела в 2 МБ (3 МБ)"
    assert refusal.said(AZERBAIJANI) == "2 MB həddindən böyükdür (3 MB)"
    pipe = tmp_path / "boru.jpg"
    os.mkfifo(pipe)
    refusal = photo_import.prepare(pipe).refusal
    assert refusal is not None
    assert refusal.english == "this is a pipe (FIFO), not a file"
    assert refusal.said(RUSSIAN) == "это канал (FIFO), а не файл"


def test_a_scan_already_with_its_letter_is_said_in_azerbaijani(
    demo_path: Path, tmp_path: Path
) -> None:
    scan = factory.camera_jpeg(tmp_path / "çağırılma.jpg", when=STRIKE, gps=None)
    with CaseFile.open(demo_path) as case:
        (summons,) = [c for c in correspondence.list_correspondence(case) if c.kind == "summons"]
        photo_import.import_scans(case, summons.uuid, [scan])
        (again,) = photo_import.import_scans(case, summons.uuid, [scan], phrases=AZERBAIJANI)
        (english,) = photo_import.import_scans(case, summons.uuid, [scan])
    assert again.reason == "artıq bu yazışma qeydindədir"
    assert english.reason == "already in this correspondence item"


def test_a_full_disk_is_said_in_the_language_asked_for(tmp_path: Path) -> None:
    """The message of a stopped import (English as str(), Russian as said) and the reason on
    each file not saved."""
    path = tmp_path / "case.casefile"
    incident = case_with_incident(path)
    empty = factory.empty_file(tmp_path / "boş.jpg")  # refused: not among those saved
    photos = [empty] + [
        factory.camera_jpeg(tmp_path / f"{n} şəkil.jpg", when=STRIKE, size=(1200 + n, 900))
        for n in range(12)
    ]
    with CaseFile.open(path) as case:
        with case.reading() as session:
            pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()

        @event.listens_for(case.engine, "connect")
        def _small_disk(connection: object, _record: object) -> None:
            connection.execute(f"PRAGMA max_page_count={pages + 3}")  # type: ignore[attr-defined]

        case.engine.dispose()
        with pytest.raises(photo_import.ImportStopped) as stopped:
            photo_import.import_files(case, incident, photos, phrases=RUSSIAN)
    outcomes = stopped.value.outcomes
    assert outcomes[0].reason == "файл пуст (0 байт)"
    saved = sum(o.outcome == "imported" for o in outcomes)
    unsaved = [o.file.name for o in outcomes[1 + saved :]]
    assert 0 < saved < 12 and len(unsaved) > 3
    assert {o.reason for o in outcomes[1 + saved :]} == {"не сохранено: диск заполнен"}
    names = ", ".join(unsaved[:3])
    assert stopped.value.said(RUSSIAN) == (
        f"Диск заполнен: импортировано {saved} из 13 файлов; не сохранены: {names} и ещё "
        f"{len(unsaved) - 3}. Освободите место и импортируйте их снова."
    )
    assert str(stopped.value) == (
        f"The disk is full: {saved} of 13 files were imported; not saved: {names} and "
        f"{len(unsaved) - 3} more. Free some space and import those again."
    )
