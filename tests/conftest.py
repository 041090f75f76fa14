"""Shared fixtures. Qt runs offscreen for the whole run, set before anything imports Qt."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import Phase, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefiles.demo import write_demo
from casefiles.services.mission import create_case_file
from casefiles.storage.store import CaseFile
from tests.hq_fixtures import (  # noqa: F401  (fixtures, shared by the core's and the window's)
    baku_bundles,
    demo_bundle_file,
    hq,
    hq_server,
    hq_url,
    password_login,
)

# tools/mutation.sh runs the tests once per mutant (pytest --hypothesis-profile=mutation): find
# a failure with fewer examples and do not shrink it; only whether it fails counts there.
settings.register_profile(
    "mutation", max_examples=30, phases=[Phase.explicit, Phase.reuse, Phase.generate]
)


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (ui/main_thread_gc.py): no automatic collection, which could delete Qt
    widgets on a worker thread; the main thread collects after every test instead. What is
    alive before the first test (modules, the app's and the libraries' tables) is frozen out of
    those collections: scanning it again after every test took seconds on a loaded machine."""
    gc.disable()
    gc.freeze()
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_test(collect_garbage_on_the_main_thread: None) -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_app_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Settings, data and logs go to a temporary folder, never the developer's own."""
    home = tmp_path_factory.mktemp("appdirs")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    return home


@pytest.fixture
def new_case(tmp_path: Path) -> Iterator[CaseFile]:
    """An empty case file of a mission in Kyiv, open for writing."""
    case = create_case_file(
        tmp_path / "Səfirlik.casefile",
        "Azərbaycan Respublikasının Ukraynadakı Səfirliyi",
        city="Kyiv",
        host_country="Україна",
        timezone="Europe/Kyiv",
        reference_prefix="KYIV",
    )
    yield case
    case.close()


@pytest.fixture(scope="session")
def demo_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.casefile"
    # tools/mutation.sh writes the demo once with the code as it is, so a mutant is judged by
    # the tests that use its code rather than by rebuilding the demo (seconds per mutant).
    prebuilt = os.environ.get("CASEFILES_TEST_DEMO")
    if prebuilt:
        shutil.copyfile(prebuilt, path)
    else:
        write_demo(path)
    return path


@pytest.fixture
def demo_path(demo_original: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo case file for one test to change."""
    copy = tmp_path / "demo.casefile"
    shutil.copyfile(demo_original, copy)
    return copy
