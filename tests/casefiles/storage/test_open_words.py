"""Why a case file or a key cannot be opened or written, in the interface language: the core
words each refusal once; `str(error)` is the command line's English, unchanged, and `error.said`
says it in Azerbaijani or Russian, the file's name and the system's own words as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles.errors import (
    AlreadyExists,
    CaseFileDamaged,
    CaseFileError,
    CaseFileLocked,
    CaseFileMissing,
    NotACaseFile,
)
from casefiles.integrity import signing
from casefiles.integrity.signing import BadPublicKey, KeyLocked, read_public
from casefiles.language.catalogue import Language, phrases_for
from casefiles.storage.file_writing import check_new_file
from casefiles.storage.locking import describe
from casefiles.storage.store import CaseFile

AZ, RU = phrases_for(Language.AZ), phrases_for(Language.RU)


def refusal(kind: type[CaseFileError], path: Path) -> CaseFileError:
    with pytest.raises(kind) as caught:
        CaseFile.open(path)
    return caught.value


def test_a_file_that_is_no_case_file_is_said_in_azerbaijani_and_russian(tmp_path: Path) -> None:
    notes = tmp_path / "Qeydlər — заметки.casefile"
    notes.write_text("Bu iş faylı deyil; это не файл дела.", encoding="utf-8")
    before = notes.read_bytes()
    error = refusal(NotACaseFile, notes)
    name = notes.name
    assert str(error) == f"{name} is not a case file (it is not a Casefiles database)."
    assert error.said(AZ) == f"{name} iş faylı deyil (Casefiles verilənlər bazası deyil)."
    assert error.said(RU) == f"{name} — не файл дела (это не база данных Casefiles)."
    assert notes.read_bytes() == before

    folder = tmp_path / "Qovluq.casefile"
    folder.mkdir()
    inside = refusal(NotACaseFile, folder)
    assert str(inside) == f"{folder} is a folder, not a case file."
    assert inside.said(RU) == f"{folder} — это папка, а не файл дела."

    gone = refusal(CaseFileMissing, tmp_path / "Yox.casefile")
    assert gone.said(AZ) == f"{tmp_path / 'Yox.casefile'} ünvanında fayl yoxdur."


def test_a_case_file_cut_short_is_said_with_the_language_s_numbers(
    new_case: CaseFile, tmp_path: Path
) -> None:
    new_case.close()
    data = new_case.path.read_bytes()
    cut = tmp_path / "Kəsik.casefile"
    cut.write_bytes(data[: len(data) // 2])
    error = refusal(CaseFileDamaged, cut)
    half = len(data) // 2
    assert str(error).startswith(f"Kəsik.casefile is damaged: it is cut short ({half:,} of")
    russian = error.said(RU)
    assert russian.startswith("Kəsik.casefile повреждён: файл обрезан (")
    assert f"{half:,}".replace(",", "\u00a0") in russian and "байт)." in russian


def test_a_case_file_open_elsewhere_names_who_holds_it_in_russian(new_case: CaseFile) -> None:
    error = refusal(CaseFileLocked, new_case.path)
    assert str(error).startswith("The case file is open for writing by ")
    russian = error.said(RU)
    assert russian.startswith("Файл дела открыт для записи: ")
    assert russian.endswith("; вы можете открыть его только для чтения.")
    holder = error.holder  # type: ignore[attr-defined]
    assert f"записи: {holder['user']} ({holder['host']}) с " in russian


def test_an_output_that_exists_is_refused_in_azerbaijani(new_case: CaseFile) -> None:
    with pytest.raises(AlreadyExists) as caught:
        check_new_file(new_case.path)
    assert str(caught.value) == f"{new_case.path} already exists; choose another name."
    assert caught.value.said(AZ) == f"{new_case.path} artıq mövcuddur; başqa ad seçin."


def test_who_holds_the_lock_is_said_in_azerbaijani_with_the_time_in_its_words(
    new_case: CaseFile,
) -> None:
    holder = {"user": "Leyla Əliyeva", "host": "PC-Bakı", "since": "2026-12-03T04:30:00+00:00"}
    english = str(describe(holder))
    assert english == "Leyla Əliyeva on PC-Bakı since 03 Dec 2026 04:30 UTC"
    azerbaijani = describe(holder).said(AZ)
    assert azerbaijani.startswith("Leyla Əliyeva (PC-Bakı), açılma vaxtı: ")
    assert "dekabr 2026" in azerbaijani and "Dec" not in azerbaijani
    assert describe({}).said(RU) == "кто-то (другой компьютер) с неизвестного времени"
    assert str(describe({})) == "someone on another computer since an unknown time"


def test_keys_are_refused_in_russian_and_azerbaijani(tmp_path: Path) -> None:
    gone = tmp_path / "Açar — ключ.pub"
    with pytest.raises(BadPublicKey) as caught:
        read_public(gone)
    assert str(caught.value) == f"There is no public key file at {gone}."
    assert caught.value.said(RU) == f"Файла открытого ключа {gone} нет."
    foreign = tmp_path / "qeyd.pub"
    foreign.write_text("Bu açar deyil — это не ключ", encoding="utf-8")
    with pytest.raises(BadPublicKey) as caught:
        read_public(foreign)
    assert caught.value.said(AZ) == "qeyd.pub Casefiles-ın ixrac etdiyi açıq açar deyil."

    signing.protect("Leyla Əliyeva", "konsul", None, "Gizli söz — тайное слово 42")
    with pytest.raises(KeyLocked) as locked:
        signing.load("Leyla Əliyeva", "konsul")
    assert str(locked.value).startswith("The signing key of Leyla Əliyeva")
    assert locked.value.said(RU).startswith("Ключ подписи Leyla Əliyeva")
    with pytest.raises(KeyLocked) as wrong:
        signing.load("Leyla Əliyeva", "konsul", "yanlış")
    assert wrong.value.said(AZ) == "Parol ifadəsi imza açarınızı açmır."
