"""The site list: all sites first, each with its count of incidents."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from casefiles.domain.records import SiteRecord
from ui.models.roles import Role
from ui.models.site_list_model import SiteListModel


def test_site_list_model(qtmodeltester: ModelTester, site: SiteRecord) -> None:
    model = SiteListModel()
    model.set_sites([site])
    model.set_counts({site.uuid: 3})
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "All sites (3)" and model.index(0).data(Role.UUID) is None
    assert model.index(1).data() == "Səfirlik binası, Kyiv (3)"
    assert model.index(1).data(Role.RECORD) == site
    assert model.row_of(site.uuid) == 1 and model.count_of(site.uuid) == 3
