"""Nothing readable leaks from an encrypted case: the raw bytes of every file the app writes
for it (the case file, its -wal, automatic backups, saved copies, temporary files, an encrypted
bundle, a case file imported from it, settings) hold neither the SQLite header, nor a known
title, nor the EXIF of an imported photo."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import create_from_bundle
from casefiles.services import incidents, photo_import, sites
from casefiles.services.mission import create_case_file
from casefiles.storage import encryption
from casefiles.storage.backup import automatic_backup, save_copy
from casefiles.storage.file_format import SQLITE_MAGIC
from tests.photo_factory import camera_jpeg

PASSPHRASE = "Bağlı qapı — зачинені двері"
TITLE = "Dron hücumu konsulluğa — атака дрона на консульство"
MISSION = "Azərbaycan Respublikasının Xarkovdakı Fəxri Konsulluğu"


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's temporary files go here, so that the test can read them all."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _secrets(photo: Path) -> dict[str, bytes]:
    exif = Image.open(photo).info["exif"]
    return {
        "the SQLite header": SQLITE_MAGIC,
        "the title": TITLE.encode("utf-8"),
        "the title (UTF-16)": TITLE.encode("utf-16-le"),
        "the mission": MISSION.encode("utf-8"),
        "the photo's EXIF": exif[:48],
        "the photo's camera model": b"SM-S918B",
    }


def _leaks(folder: Path, secrets: dict[str, bytes]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {what}" for what, value in secrets.items() if value in data]
    return found


def test_no_file_written_for_an_encrypted_case_shows_its_content(
    tmp_path: Path, temp_folder: Path, isolated_app_dirs: Path
) -> None:
    photos = tmp_path / "from the camera"
    photos.mkdir()
    photo = camera_jpeg(photos / "IMG_0001.jpg", when=datetime(2025, 11, 14, 3, 20))
    secrets = _secrets(photo)
    assert _leaks(photos, secrets) == ["IMG_0001.jpg: the photo's EXIF",
                                       "IMG_0001.jpg: the photo's camera model"]  # fmt: skip

    work = tmp_path / "case"
    work.mkdir()
    path = work / "konsulluq.casefile"
    key = encryption.new_key(PASSPHRASE)
    with create_case_file(path, MISSION, key=key, timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="honorary_consulate", name="Konsulluq binası")
        incident = incidents.create(case, title=TITLE, site=site.uuid, span="2025-11-14 night")
        outcomes = photo_import.import_files(case, incident.uuid, [photo])
        assert [o.outcome for o in outcomes] == ["imported"]
        assert automatic_backup(case, keep=3) is not None
        save_copy(case, work / "copy.casefile")
        wal = Path(f"{path}-wal")
        assert wal.stat().st_size > 0  # read while open: the -wal holds the latest pages
        assert _leaks(work, secrets) == []
        assert _leaks(isolated_app_dirs, secrets) == []  # backups, settings, logs
        export_bundle(case, work / "bundle.zip", password=PASSPHRASE)

    imported = work / "imported.casefile"
    create_from_bundle(
        work / "bundle.zip", imported, password=PASSPHRASE, key=encryption.new_key(PASSPHRASE)
    )
    written = sorted(p.name for p in work.iterdir())
    assert {"konsulluq.casefile", "copy.casefile", "bundle.zip", "imported.casefile"} <= set(
        written
    )
    assert _leaks(work, secrets) == []
    assert _leaks(isolated_app_dirs, secrets) == []
    assert _leaks(temp_folder, secrets) == []
