"""Screenshots of the app on the demo case: `python -m ui.screenshots OUTDIR [--language LANG]`.

Saves profile.png, welcome.png, main_window.png, incident_form.png, photo_grid.png,
photo_viewer.png, notes.png, correspondence.png, main_window_timeline.png, timeline.png,
verify.png, export_bundle.png, import_bundle.png and backups.png, the window at 1366x768,
rendered offscreen when there is no display.
The app's settings go to a temporary folder, so the user's recent files are left alone.
`--language az|uk|ru|en` shows the interface in that language (English by default); its
translation must have been built (tools/translations.py release, which the set-up runs).

With `--hq URL` (an empty PostgreSQL database the user may fill) it also saves
headquarters.png, headquarters_mission.png and headquarters_search.png: the window on a
headquarters database holding the demo mission and a second one, a consulate in Kharkiv.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from casefiles.language.catalogue import Language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.window.main_window import MainWindow

SIZE = (1366, 768)
INCIDENT_WITH_PHOTOS = "KYIV-2025-004"  # the compound hit of November 2025
DEMO_PERSON = ("Aynur Məmmədova", "Administrative officer")


def _wait(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def take(outdir: Path, language: Language = Language.EN) -> list[Path]:

    from ui.app import application, open_window
    from ui.dialogs.profile_dialog import ProfileDialog
    from ui.preferences import Preferences
    from ui.window.case_loader import demo_copy_path

    outdir.mkdir(parents=True, exist_ok=True)
    app = application()
    saved: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _settle()
        path = outdir / name
        widget.grab().save(str(path))
        saved.append(path)

    _use_language(language)
    Preferences().set_language(language)  # which open_window installs again
    window = open_window(None, demo=True)
    window.resize(*SIZE)
    opened: list[bool] = []
    window.caseOpened.connect(lambda: opened.append(True))
    _wait(lambda: len(opened) == 1)

    # The first start asks who is working (over the demo, which opened meanwhile).
    _wait(lambda: _visible(window, ProfileDialog) is not None)
    asked = _visible(window, ProfileDialog)
    assert isinstance(asked, ProfileDialog)
    asked.name.setText(DEMO_PERSON[0])
    asked.role.setText(DEMO_PERSON[1])
    save(asked, "profile.png")
    asked.accept()

    # The welcome view, with the demo among the recent case files.
    Preferences().add_recent(demo_copy_path())
    window.close_case()
    save(window, "welcome.png")

    window.open_demo()
    _wait(lambda: len(opened) == 2)
    workspace = window.workspace
    assert workspace is not None
    incidents = workspace.navigator.incidents
    november = next(r for r in incidents.records() if r.reference == INCIDENT_WITH_PHOTOS)
    incidents.select(november.uuid)
    _wait(lambda: workspace.page.record is not None)
    save(window, "main_window.png")
    save(workspace.page, "incident_form.png")

    page = workspace.page
    page.tabs.setCurrentWidget(page.photos)
    grid = page.photos
    _wait(lambda: all(grid.loader.known(p.uuid) for p in grid.model.photos()))
    grid.grid.setCurrentIndex(grid.model.index(0))
    save(window, "photo_grid.png")

    viewer = grid.open_viewer(_photo_with_warnings(grid))
    assert viewer is not None
    _wait(lambda: viewer.view.has_picture() or "No preview" in viewer.no_preview.text())
    save(viewer, "photo_viewer.png")
    viewer.close()

    page.tabs.setCurrentWidget(page.notes)
    page.notes.list.setCurrentIndex(page.notes.model.index(1))
    save(window, "notes.png")

    workspace.tabs.setCurrentWidget(workspace.correspondence)
    workspace.correspondence.table.selectRow(0)  # the April 2022 note, with its scan
    _wait(lambda: workspace.correspondence.scans.model.rowCount() > 0)
    _settle(1.0)  # its thumbnail loads in the background
    save(window, "correspondence.png")

    # The timeline dock, on the incidents tab with the November strike selected.
    workspace.tabs.setCurrentIndex(0)
    window.timeline.show()
    save(window, "main_window_timeline.png")
    save(window.timeline, "timeline.png")
    window.timeline.hide()

    _case_tools(window, save)
    window.close()
    app.processEvents()
    return saved


def _visible(window: QWidget, kind: type[QWidget]) -> QWidget | None:
    return next((w for w in window.findChildren(kind) if w.isVisible()), None)


def _case_tools(window: MainWindow, save: Callable[[QWidget, str], None]) -> None:
    """Verify (on a copy changed behind the app's back), the bundle dialogs (an import with
    conflicts) and the automatic backups."""
    import sqlite3

    from PySide6.QtCore import Qt

    from casefiles.bundle.export import export_bundle
    from casefiles.services import incidents
    from casefiles.storage.backup import automatic_backup, save_copy
    from casefiles.storage.backup_listing import automatic_backups
    from casefiles.storage.store import CaseFile
    from ui.dialogs.backups_dialog import BackupsDialog
    from ui.dialogs.export_bundle_dialog import ExportBundleDialog
    from ui.dialogs.import_bundle_dialog import ImportBundleDialog
    from ui.dialogs.verify_dialog import VerifyDialog

    session, workspace = window.session, window.workspace
    assert session is not None and workspace is not None
    case, background = session.case, window.background
    with tempfile.TemporaryDirectory(prefix="casefiles-screens-") as folder:
        scratch = Path(folder)

        changed = scratch / "Demo case (changed).casefile"
        save_copy(case, changed)
        with sqlite3.connect(changed) as raw:  # as someone with the sqlite3 shell would
            raw.execute("UPDATE incidents SET title = title || ' (edited)' WHERE id = 2")
            raw.execute("UPDATE damage_items SET severity = 'minor' WHERE id = 1")
        with CaseFile.open(changed, read_only=True) as copy:
            verifying = VerifyDialog(copy, background, window)
            verifying.show()
            _wait(lambda: verifying.result_value is not None)
            save(verifying, "verify.png")
            verifying.close()

        exporting = ExportBundleDialog(
            case, workspace.navigator.incidents.records(), background, window
        )
        exporting.incidents.item(0).setCheckState(Qt.CheckState.Unchecked)
        exporting.target.setText(str(Path.home() / "Documents" / "Kyiv 2022–2025 bundle.zip"))
        exporting.show()
        save(exporting, "export_bundle.png")
        exporting.close()

        bundle = scratch / "Kyiv bundle.zip"
        export_bundle(case, bundle)
        for record in incidents.list_incidents(case)[-2:]:
            incidents.update(case, record.uuid, title=f"{record.title} — revised")
        importing = ImportBundleDialog(case, background, window)
        importing.bundle.setText(str(bundle))
        importing.show()
        importing.start()
        _wait(lambda: importing.conflicts.isVisible())
        save(importing, "import_bundle.png")
        importing.close()

        automatic_backup(case)  # a second state of the file, beside the one kept at opening
        # The folder as a Linux user's would read (the real one is a temporary folder here).
        shown_folder = "~/.local/share/Casefiles/backups"
        listing = BackupsDialog(
            automatic_backups(case), case.fingerprint(), session.tz, shown_folder, window
        )
        listing.show()
        save(listing, "backups.png")
        listing.close()


def _use_language(language: Language) -> None:
    from ui.language import install

    if install(language) is not language:
        raise SystemExit(
            f"screenshots: no interface translation for {language.value}; "
            "run tools/translations.py release first"
        )


def take_headquarters(outdir: Path, url: str, language: Language = Language.EN) -> list[Path]:
    """The headquarters window on `url`, after the demo's bundle and a second mission's are
    imported into it (it is initialised first: give an empty database)."""
    from ui.app import application
    from ui.headquarters.hq_window import HeadquartersWindow

    application()
    _use_language(language)
    _fill_headquarters(url)
    from casefiles.hq.connection import connect

    window = HeadquartersWindow(connect(url))
    window.resize(*SIZE)
    window.show()
    saved: list[Path] = []

    def save(name: str) -> None:
        _settle()
        path = outdir / name
        window.grab().save(str(path))
        saved.append(path)

    save("headquarters.png")
    window.choose_mission(KHARKIV[0])
    save("headquarters_mission.png")
    window.choose_all()
    window.search.setText("sefirliyin")
    window.run_search()
    save("headquarters_search.png")
    window.close()
    return saved


KHARKIV = ("Azərbaycan Respublikasının Xarkovdakı Fəxri Konsulluğu", "Fəxri Konsulluq binası")


def _fill_headquarters(url: str) -> None:
    from datetime import date

    from casefiles.bundle.export import export_bundle
    from casefiles.demo import write_demo
    from casefiles.domain.timespan import TimeSpan, zone
    from casefiles.hq.connection import connect
    from casefiles.hq.importer import import_bundle
    from casefiles.hq.migrate import init
    from casefiles.services import damage, incidents, sites
    from casefiles.services.mission import create_case_file
    from casefiles.storage.store import CaseFile

    engine = connect(url)
    init(engine)
    kyiv = zone("Europe/Kyiv")
    with tempfile.TemporaryDirectory(prefix="casefiles-hq-screens-") as folder:
        scratch = Path(folder)
        write_demo(scratch / "demo.casefile")
        with CaseFile.open(scratch / "demo.casefile", read_only=True) as demo:
            bundles = [export_bundle(demo, scratch / "demo.zip").path]
        with create_case_file(
            scratch / "Xarkov.casefile", KHARKIV[0], city="Xarkov", host_country="Україна",
            timezone="Europe/Kyiv", reference_prefix="XRK",
        ) as case:  # fmt: skip
            site = sites.create(case, kind="honorary_consulate", name=KHARKIV[1])
            for day, title, kind, severity in (
                (date(2022, 3, 2), "Səfirliyin binası zədələndi; pəncərələr qırıldı",
                 "missile_strike", "severe"),
                (date(2023, 8, 19), "Обстрел консульства, повреждена крыша", "missile_strike",
                 "moderate"),
                (date(2024, 5, 3), "Dron zərbəsi: darvaza və hasar", "drone_strike", "minor"),
            ):  # fmt: skip
                hit = incidents.create(
                    case, title=title, site=site.uuid, span=TimeSpan.on_day(day, kyiv),
                    incident_type=kind, impact="debris", status="documented",
                )  # fmt: skip
                damage.create(case, hit.uuid, element="windows", severity=severity)
            bundles.append(export_bundle(case, scratch / "kharkiv.zip").path)
        for bundle in bundles:
            import_bundle(engine, bundle)
    engine.dispose()


def _photo_with_warnings(panel: object) -> int:
    """A photo that shows the consistency warnings, if the demo has one; else the first."""
    from ui.photos.photo_panel import PhotoPanel

    assert isinstance(panel, PhotoPanel)
    photos = panel.model.photos()
    return next((row for row, photo in enumerate(photos) if photo.warnings), 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--hq", metavar="URL", help="also the headquarters window, on this")
    parser.add_argument(
        "--language",
        choices=[language.value for language in Language],
        default=Language.EN.value,
        help="the interface language (default: en)",
    )
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="casefiles-screenshots-") as home:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(home) / variable.lower())
        language = Language(args.language)
        for path in take(args.outdir, language):
            print(path)
        if args.hq:
            for path in take_headquarters(args.outdir, args.hq, language):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
