"""Fixtures of the headquarters tests (core and window), made available to every test by
tests/conftest.py. They run against a real PostgreSQL: one throw-away server per session
(tests/postgres_server.py), a new database per test. Bundles are made once per session: the
demo's, and three of a second mission written in Azerbaijani and Cyrillic (a first export, a
later one that adds an incident, and one whose first incident was edited since)."""

from __future__ import annotations

import itertools
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from casefiles.bundle.export import export_bundle
from casefiles.domain.timespan import TimeSpan, zone
from casefiles.hq.connection import connect
from casefiles.hq.migrate import init
from casefiles.services import damage, incidents, photo_import, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.store import CaseFile
from tests.helpers import require
from tests.postgres_server import (
    PASSWORD_ROLE,
    NoPostgres,
    bin_dir,
    new_database,
    throwaway_server,
)

_names = itertools.count(1)


@pytest.fixture(scope="session")
def hq_server() -> Iterator[str]:
    try:
        bin_dir()
    except NoPostgres:
        require(False, "PostgreSQL (apt-get install postgresql)")
    with throwaway_server() as url:
        yield url


@pytest.fixture
def hq_url(hq_server: str) -> str:
    """A new database holding the headquarters schema."""
    url = new_database(hq_server, f"hq_test_{next(_names)}")
    engine = connect(url)
    try:
        init(engine)
    finally:
        engine.dispose()
    return url


@dataclass(frozen=True)
class PasswordLogin:
    url: str  # hq_url's database, as the role the server asks a password of
    password: str


@pytest.fixture
def password_login(hq_url: str) -> PasswordLogin:
    """The one role the server asks a password of (tests/postgres_server.py), made once per
    server, allowed to read this test's database."""
    password = "Gizli-şifrə-1"
    with psycopg.connect(hq_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", [PASSWORD_ROLE]
        ).fetchone()
        if exists is None:
            connection.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{password}'")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}")
    return PasswordLogin(hq_url.replace("://hq@", f"://{PASSWORD_ROLE}@"), password)


@pytest.fixture
def hq(hq_url: str) -> Iterator[Engine]:
    engine = connect(hq_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_bundle_file(demo_original: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with CaseFile.open(demo_original, read_only=True) as case:
        return export_bundle(case, tmp_path_factory.mktemp("hq") / "demo.zip").path


@dataclass(frozen=True)
class MissionBundles:
    first: Path  # one incident
    later: Path  # the same, and a second incident
    edited: Path  # the first incident's title changed after `later`
    case: Path  # the case file, as it is after `edited`


@pytest.fixture(scope="session")
def baku_bundles(
    tmp_path_factory: pytest.TempPathFactory, demo_bundle_file: Path
) -> MissionBundles:
    """The first incident has a photo whose bytes are also in the demo's bundle."""
    folder = tmp_path_factory.mktemp("baku")
    with zipfile.ZipFile(demo_bundle_file) as archive:
        name = next(
            n for n in archive.namelist() if n.startswith("evidence/") and n.endswith(".jpg")
        )
        shared = folder / "şəkil.jpg"
        shared.write_bytes(archive.read(name))
    tz = zone("Europe/Kyiv")
    case = create_case_file(
        folder / "Səfirlik.casefile",
        "Azərbaycan Respublikasının Xarkovdakı Fəxri Konsulluğu",
        city="Xarkov",
        host_country="Україна",
        timezone="Europe/Kyiv",
        reference_prefix="XRK",
    )
    with case:
        site = sites.create(case, kind="honorary_consulate", name="Fəxri Konsulluq binası")
        first = incidents.create(
            case,
            title="Səfirliyin binası zədələndi; İşıq kəsildi",
            site=site.uuid,
            span=TimeSpan.on_day(date(2024, 5, 3), tz),
            incident_type="drone_strike",
            impact="debris",
            description="Pəncərə şüşələri qırıldı, ağır ziyan. Удар беспилотника по зданию, ёлка.",
            status="documented",
        )
        damage.create(
            case, first.uuid, element="windows", severity="moderate",
            description="Şüşələr", cost_amount="12500.50", cost_currency="UAH",
        )  # fmt: skip
        photo_import.import_files(case, first.uuid, [shared])
        first_bundle = export_bundle(case, folder / "first.zip").path
        second = incidents.create(
            case,
            title="Обстрел консульства",
            site=site.uuid,
            span=TimeSpan.on_day(date(2024, 9, 1), tz),
            incident_type="missile_strike",
            impact="debris",
            description="Ракета упала рядом.",
            status="protest_sent",
        )
        damage.create(
            case, second.uuid, element="roof", severity="severe",
            description="Dam", cost_amount="3000", cost_currency="EUR",
        )  # fmt: skip
        later = export_bundle(case, folder / "later.zip").path
        incidents.update(case, first.uuid, title="Səfirliyin binası ağır zədələndi")
        edited = export_bundle(case, folder / "edited.zip").path
    return MissionBundles(first_bundle, later, edited, folder / "Səfirlik.casefile")


def copy_of(bundle: Path, folder: Path) -> Path:
    copy = folder / bundle.name
    shutil.copyfile(bundle, copy)
    return copy
