"""A form's field problems in the interface language: the services' own words (a required
name, a latitude beyond 90, an amount that is no number, a time that cannot be read) show
under the field in Russian or Azerbaijani, the field named by its translated label; the unlock
form says why a file cannot be unlocked in the same words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefiles import profile
from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.vocabulary import SiteKind
from casefiles.hq.connection import BadURL, parse_url
from casefiles.language.catalogue import Language
from casefiles.services import damage, sites
from tests.ui.helpers import PASSPHRASE, open_window, type_text
from ui.case_session import CaseSession
from ui.dialogs.damage_dialog import DamageDialog
from ui.dialogs.new_incident_dialog import NewIncidentDialog
from ui.dialogs.passphrase_dialog import UnlockForm
from ui.dialogs.profile_dialog import ProfileDialog
from ui.dialogs.site_dialog import SiteDialog
from ui.headquarters.open_dialog import OpenHeadquartersDialog
from ui.language import install


def test_a_site_s_problems_are_said_in_russian(
    qtbot: QtBot, session: CaseSession, committed_translations: None
) -> None:
    assert install(Language.RU) is Language.RU
    dialog = SiteDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # nothing typed
    name = dialog.fields["name"]
    assert name.subject not in ("Name", "")  # the label is Russian too
    assert name.error == f"{name.subject}: обязательное поле."

    type_text(dialog.name, "Консульский отдел — Konsulluq şöbəsi")
    dialog.kind.set_value(SiteKind.CONSULAR_SECTION)
    type_text(dialog.latitude, "95")
    dialog.accept()
    latitude = dialog.fields["latitude"]
    assert latitude.error == f"{latitude.subject}: должно быть не больше 90."
    assert dialog.isVisible() and sites.list_sites(session.case) == []


def test_damage_problems_are_said_in_azerbaijani(
    qtbot: QtBot,
    session: CaseSession,
    site: SiteRecord,
    three_incidents: list[IncidentRecord],
    committed_translations: None,
) -> None:
    assert install(Language.AZ) is Language.AZ
    incident = three_incidents[2]
    dialog = DamageDialog(session, incident.uuid, [site], None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("Pəncərələr sınıb; шибки выбиты.")
    type_text(dialog.cost_amount, "on iki min")
    type_text(dialog.cost_estimated_on, "14.11.2025")
    dialog.accept()
    amount, on = dialog.fields["cost_amount"], dialog.fields["cost_estimated_on"]
    assert amount.error == f"{amount.subject}: məbləğ olmalıdır, məsələn 12500 və ya 12500.50."
    assert on.error == f"{on.subject}: 2025-11-20 kimi yazılmış tarix olmalıdır."
    assert dialog.isVisible() and damage.list_damage(session.case, incident.uuid) == []


def test_a_time_that_cannot_be_read_is_said_in_russian(
    qtbot: QtBot, session: CaseSession, site: SiteRecord, committed_translations: None
) -> None:
    assert install(Language.RU) is Language.RU
    dialog = NewIncidentDialog(session, [site], site.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.span.short_form.setText("ночь на 14 ноября")
    dialog.span.short_form.editingFinished.emit()
    error = dialog.fields["span"].error
    assert error is not None
    assert error.startswith("«ночь на 14 ноября» — не дата, которую читает программа")


def test_the_unlock_form_says_a_foreign_file_in_azerbaijani_and_russian(
    qtbot: QtBot, tmp_path: Path, committed_translations: None
) -> None:
    foreign = tmp_path / "qeydlər.casefile"
    foreign.write_text("Bu şifrəli iş faylı deyil — це не файл справи", encoding="utf-8")
    before = foreign.read_bytes()
    said = {
        Language.AZ: "qeydlər.casefile şifrəli iş faylı deyil.",
        Language.RU: "qeydlər.casefile — не зашифрованный файл дела.",
    }
    for language, expected in said.items():
        assert install(language) is language
        form = UnlockForm(foreign)
        qtbot.addWidget(form)
        form.passphrase.setText(PASSPHRASE)
        form.try_unlock()
        qtbot.waitUntil(form.unlock_button.isEnabled)  # the try, on a worker thread, ended
        assert form.message.text() == expected
        assert form.failures == 0 and foreign.read_bytes() == before


def test_the_profile_asked_at_first_start_says_its_problems_in_azerbaijani(
    qtbot: QtBot, committed_translations: None
) -> None:
    assert install(Language.AZ) is Language.AZ
    dialog = ProfileDialog(None, "Profil", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # nothing typed
    name = dialog.fields["name"]
    assert name.error == f"{name.subject}: doldurulmalıdır."
    dialog.name.setText("Leyla Əliyeva\x07")  # pasted with a control character
    dialog.accept()
    assert name.error == f"{name.subject}: idarəetmə simvolları olmamalıdır."
    assert dialog.isVisible() and profile.load() is None


def test_a_read_only_case_file_says_why_in_russian_in_the_title_and_status_bar(
    qtbot: QtBot, demo_path: Path, committed_translations: None
) -> None:
    assert install(Language.RU) is Language.RU
    window = open_window(qtbot, demo_path, read_only=True)
    assert "открыт только для чтения" in window.windowTitle()
    assert "открыт только для чтения" in window.case_status.text()
    assert "opened read-only" not in window.windowTitle() + window.case_status.text()


def test_the_headquarters_connection_is_refused_in_russian(
    qtbot: QtBot, committed_translations: None
) -> None:
    assert install(Language.RU) is Language.RU
    said = {
        "не адрес": "«не адрес» — не адрес подключения PostgreSQL; напишите его так: "
        "postgresql://user@host:port/dbname",
        "postgresql://hq:şifrə@127.0.0.1:5/x": "адрес подключения содержит пароль, который "
        "другие могут увидеть в командной строке; укажите его в PGPASSWORD, в файле pgpass или "
        "по запросу",
    }
    for url, expected in said.items():
        dialog = OpenHeadquartersDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.url.setText(url)
        dialog.accept()
        assert dialog.isVisible() and dialog.engine is None
        assert dialog.problem.text() == expected
    with pytest.raises(BadURL) as caught:
        parse_url("не адрес")
    assert str(caught.value).startswith("'не адрес' is not a PostgreSQL connection URL")
