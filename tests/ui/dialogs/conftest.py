"""Fixtures of the dialogs' tests: the demo case file open for writing, as the window holds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casefiles.storage.store import CaseFile
from tests.ui.helpers import RecordedErrors, session_on
from ui.background import Background
from ui.case_session import CaseSession


@pytest.fixture
def demo_case(demo_path: Path) -> Iterator[CaseFile]:
    case = CaseFile.open(demo_path)
    yield case
    case.close()


@pytest.fixture
def demo_session(
    demo_case: CaseFile, background: Background, errors: RecordedErrors
) -> CaseSession:
    """The demo case file, open for writing, as the widgets see it."""
    return session_on(demo_case, background, errors)
