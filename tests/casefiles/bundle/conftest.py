"""A bundle of the demo case, made once per session; tests that change it work on a copy."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from casefiles.bundle.export import export_bundle
from casefiles.storage.store import CaseFile


@pytest.fixture(scope="session")
def demo_bundle_original(demo_original: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    prebuilt = os.environ.get("CASEFILES_TEST_DEMO_BUNDLE")  # as CASEFILES_TEST_DEMO
    if prebuilt:
        copy = tmp_path_factory.mktemp("bundle") / "demo bundle.zip"
        shutil.copyfile(prebuilt, copy)
        return copy
    with CaseFile.open(demo_original, read_only=True) as case:
        return export_bundle(case, tmp_path_factory.mktemp("bundle") / "demo bundle.zip").path


@pytest.fixture
def demo_bundle(demo_bundle_original: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo bundle.zip"
    shutil.copyfile(demo_bundle_original, copy)
    return copy
