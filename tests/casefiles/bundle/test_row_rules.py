"""A bundle's rows keep the rules the services keep (casefiles.domain.rules): a row the app would
refuse to store is refused on import-bundle, with the services' own words, and the target case
file is left byte for byte as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefiles.bundle.errors import BadBundle
from casefiles.bundle.importer import import_bundle
from casefiles.errors import ValidationError
from casefiles.services import damage, incidents, sites
from casefiles.storage.store import CaseFile
from tests.casefiles.bundle.zips import with_manifest
from tests.casefiles.cli.test_cli_messages import assert_one_line, run
from tests.helpers import sha256_of

DEPTH_RULE = "give a depth only when unexploded ordnance was found"
CURRENCY_RULE = "is required with a cost"


def _depth_without_ordnance(manifest: dict[str, Any]) -> str:
    index, row = next(
        (n, row) for n, row in enumerate(manifest["incidents"]) if row["uxo_found"] is not True
    )
    row["uxo_depth_m"] = 3.0
    return f"incidents[{index}].uxo_depth_m: {DEPTH_RULE}"


def _cost_without_currency(manifest: dict[str, Any]) -> str:
    index, row = next((n, row) for n, row in enumerate(manifest["damage_items"]))
    row["cost_amount"], row["cost_currency"] = "12500.50", None
    return f"damage_items[{index}].cost_currency: {CURRENCY_RULE}"


BREAKS = {"ordnance depth": _depth_without_ordnance, "cost currency": _cost_without_currency}


def _broken(
    demo_bundle: Path, tmp_path: Path, breaks: Callable[[dict[str, Any]], str]
) -> tuple[Path, str]:
    where: list[str] = []
    bundle = with_manifest(demo_bundle, tmp_path / "broken.zip", lambda m: where.append(breaks(m)))
    return bundle, where[0]


@pytest.mark.parametrize("rule", BREAKS)
def test_a_row_breaking_a_rule_is_refused_into_a_new_or_an_existing_case_file(
    demo_bundle: Path, demo_path: Path, tmp_path: Path, rule: str
) -> None:
    bundle, where = _broken(demo_bundle, tmp_path, BREAKS[rule])
    with pytest.raises(BadBundle, match="refused") as raised:
        import_bundle(bundle, tmp_path / "Yeni işə.casefile")
    assert where in str(raised.value)
    assert not (tmp_path / "Yeni işə.casefile").exists()
    before = sha256_of(demo_path)
    with pytest.raises(BadBundle, match="refused"):
        import_bundle(bundle, demo_path)
    assert sha256_of(demo_path) == before


@pytest.mark.parametrize("rule", BREAKS)
def test_import_bundle_on_the_command_line_refuses_it_in_one_line(
    demo_bundle: Path, demo_path: Path, tmp_path: Path, rule: str
) -> None:
    bundle, where = _broken(demo_bundle, tmp_path, BREAKS[rule])
    before = sha256_of(demo_path)
    assert_one_line(run("import-bundle", bundle, demo_path), where)
    assert sha256_of(demo_path) == before


def test_the_services_refuse_the_same_rows_in_the_same_words(new_case: CaseFile) -> None:
    site = sites.create(new_case, kind="residence", name="Rezidensiya — резиденція")
    with pytest.raises(ValidationError) as raised:
        incidents.create(
            new_case, title="Dron qəlpələri", site=site.uuid, span="2025-11", uxo_found=False,
            uxo_depth_m=3,
        )  # fmt: skip
    assert raised.value.errors == {"uxo_depth_m": DEPTH_RULE}
    incident = incidents.create(new_case, title="Dron qəlpələri", site=site.uuid, span="2025-11")
    with pytest.raises(ValidationError) as raised:
        damage.create(new_case, incident.uuid, element="roof", cost_amount="12500.50")
    assert raised.value.errors == {"cost_currency": CURRENCY_RULE}
