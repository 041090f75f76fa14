"""The zip checks on small zips written in tmp_path, without a case file or the demo bundle:
each refusal in its own words, and the limits at their boundaries. Fast enough to run against
every mutant of bundle/checks.py (tools/mutation.sh)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
import pyzipper

from casefiles.bundle import checks
from casefiles.bundle.errors import BadBundle
from casefiles.errors import CaseFileMissing, PassphraseNeeded, PermissionDenied, WrongPassphrase
from tests.casefiles.bundle.zips import header_offset, patch_central_directory
from tests.helpers import shared_temp_dir, unprivileged

TEXT = "Zərbə gecəsi: вибиті вікна\n".encode() * 20


def _zip(path: Path, files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data, method)
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(BadBundle) as refused:
        checks.open_zip(path).close()
    return str(refused.value)


def _aes_zip(path: Path, files: dict[str, bytes], bits: int = 256) -> Path:
    with pyzipper.AESZipFile(path, "w", compression=pyzipper.ZIP_STORED) as archive:
        archive.setpassword("Şifrə-пароль".encode())
        archive.setencryption(pyzipper.WZ_AES, nbits=bits)
        for name, data in files.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "has no name"),
        ("a\x00b", "has control characters in its name"),
        ("evidence/\x1fphoto.jpg", "has control characters in its name"),
        ("evidence/photo\x7f.jpg", "has control characters in its name"),
        ("evidence\\photo.jpg", "has a backslash in its name"),
        ("/etc/passwd", "is an absolute path"),
        ("C:/Windows/evil.dll", "is an absolute path"),
        ("z:evil", "is an absolute path"),
        ("evidence/a:b.jpg", "has a colon in its name"),
        ("evidence//photo.jpg", "points outside the bundle's folder"),
        ("./photo.jpg", "points outside the bundle's folder"),
        ("evidence/..", "points outside the bundle's folder"),
        ("evidence/../..//", "points outside the bundle's folder"),
        ("ə" * 512 + "a", "has a name that is too long"),
    ],
)
def test_each_unsafe_name_has_its_reason(name: str, problem: str) -> None:
    found = checks.name_problem(name)
    assert found is not None and found.english == problem


@pytest.mark.parametrize(
    "name",
    ["evidence/Фото з вікна (1).jpg", "evidence/", "tables/ə ğ ı İ ş.csv", "a b", "ə" * 512, "~"],
)
def test_safe_names_pass(name: str) -> None:
    assert checks.name_problem(name) is None


def test_an_empty_zip_is_refused(tmp_path: Path) -> None:
    assert _refusal(_zip(tmp_path / "boş.zip", {})) == (
        "The bundle is refused: the zip file is empty."
    )


def test_the_number_of_files_is_limited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "MAX_MEMBERS", 3)
    files = {f"tables/{n}.csv": TEXT for n in range(3)}
    checks.open_zip(_zip(tmp_path / "üç.zip", files)).close()
    files["tables/3.csv"] = TEXT
    assert _refusal(_zip(tmp_path / "dörd.zip", files)) == (
        "The bundle is refused: it holds more than 3 files."
    )


def test_an_unsafe_name_is_refused_with_the_name(tmp_path: Path) -> None:
    path = _zip(tmp_path / "b.zip", {"README.txt": TEXT, "../Şəkil.jpg": TEXT})
    assert _refusal(path) == (
        "The bundle is refused: the entry '../Şəkil.jpg' points outside the bundle's folder."
    )


@pytest.mark.parametrize(
    ("first", "second"), [("Şəkil.jpg", "şƏKIL.jpg"), ("é.txt", "e\u0301.txt")]
)
def test_a_name_twice_whatever_its_case_or_normal_form(
    first: str, second: str, tmp_path: Path
) -> None:
    path = _zip(tmp_path / "iki.zip", {first: TEXT, second: TEXT})
    assert _refusal(path) == f"The bundle is refused: {second!r} is in it twice."


def _with_entry(path: Path, info: zipfile.ZipInfo, data: bytes = TEXT) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("README.txt", TEXT)
        archive.writestr(info, data)
    return path


def test_kinds_of_entry(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("evidence/bağ")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert _refusal(_with_entry(tmp_path / "1.zip", link, b"/etc/passwd")) == (
        "The bundle is refused: 'evidence/bağ' is a link."
    )
    fifo = zipfile.ZipInfo("evidence/труба")
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    assert _refusal(_with_entry(tmp_path / "2.zip", fifo, b"")) == (
        "The bundle is refused: 'evidence/труба' is not a plain file."
    )
    folder_as_file = zipfile.ZipInfo("evidence/qovluq")
    folder_as_file.external_attr = (stat.S_IFDIR | 0o755) << 16
    assert _refusal(_with_entry(tmp_path / "3.zip", folder_as_file, b"")) == (
        "The bundle is refused: 'evidence/qovluq' is not a plain file."
    )
    folder_with_content = zipfile.ZipInfo("evidence/")
    folder_with_content.external_attr = (stat.S_IFDIR | 0o755) << 16
    assert _refusal(_with_entry(tmp_path / "4.zip", folder_with_content, b"x")) == (
        "The bundle is refused: the folder entry 'evidence/' has content."
    )
    bzip = zipfile.ZipInfo("tables/sıxılmış.csv")
    bzip.compress_type = zipfile.ZIP_BZIP2
    assert _refusal(_with_entry(tmp_path / "5.zip", bzip)) == (
        "The bundle is refused: 'tables/sıxılmış.csv' uses an unsupported compression."
    )
    # Plain files and folders, with or without a kind in their attributes, pass.
    plain = zipfile.ZipInfo("evidence/adi.jpg")
    plain.external_attr = (stat.S_IFREG | 0o644) << 16
    folder = zipfile.ZipInfo("evidence/")
    folder.external_attr = (stat.S_IFDIR | 0o755) << 16
    with zipfile.ZipFile(tmp_path / "6.zip", "w") as archive:
        archive.writestr(plain, TEXT)
        archive.writestr(folder, b"")
        archive.writestr(zipfile.ZipInfo("tables/no-kind.csv"), TEXT)
        archive.writestr(zipfile.ZipInfo("tables/"), b"")
    checks.open_zip(tmp_path / "6.zip").close()


def test_an_entry_marked_encrypted_in_a_plain_bundle_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "b.zip", {"README.txt": TEXT, "tables/gizli.csv": TEXT})
    patch_central_directory(path, "tables/gizli.csv", flag_bits=0x1)
    assert _refusal(path) == "The bundle is refused: 'tables/gizli.csv' is encrypted."


def test_sizes_per_file_and_in_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "MAX_MEMBER_BYTES", len(TEXT))
    monkeypatch.setattr(checks, "MAX_TOTAL_BYTES", 2 * len(TEXT))
    two = {"tables/a.csv": TEXT, "tables/b.csv": TEXT}
    checks.open_zip(_zip(tmp_path / "at-the-limits.zip", two)).close()
    assert _refusal(_zip(tmp_path / "big.zip", {"tables/böyük.csv": TEXT + b"x"})) == (
        f"The bundle is refused: 'tables/böyük.csv' is larger than {len(TEXT):,} B."
    )
    assert _refusal(_zip(tmp_path / "many.zip", {**two, "tables/c.csv": b"x"})) == (
        f"The bundle is refused: its files add up to more than {2 * len(TEXT):,} B."
    )


def test_a_stored_file_declaring_two_sizes_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "b.zip", {"evidence/Фото.jpg": TEXT}, zipfile.ZIP_STORED)
    checks.open_zip(path).close()
    patch_central_directory(path, "evidence/Фото.jpg", compress_size=len(TEXT) - 1)
    assert _refusal(path) == (
        "The bundle is refused: 'evidence/Фото.jpg' declares two different sizes."
    )


def test_the_compression_ratio_of_a_bomb(tmp_path: Path) -> None:
    """Only past a MiB does a ratio over 100 to 1 count: small text compresses well too."""
    floor = _zip(tmp_path / "floor.zip", {"tables/sıfır.csv": bytes(checks.RATIO_FLOOR)})
    checks.open_zip(floor).close()
    bomb = _zip(tmp_path / "bomb.zip", {"tables/sıfır.csv": bytes(checks.RATIO_FLOOR + 1)})
    assert _refusal(bomb) == (
        "The bundle is refused: 'tables/sıfır.csv' is compressed more than 100 to 1, "
        "as in a zip bomb."
    )
    # Over a MiB and compressed exactly 100 to 1 is allowed.
    with zipfile.ZipFile(tmp_path / "fine.zip", "w") as archive:
        archive.writestr("tables/a.csv", os.urandom(2 * checks.RATIO_FLOOR), zipfile.ZIP_STORED)
    checks.open_zip(tmp_path / "fine.zip").close()
    # Declared sizes of exactly and just over 100 times the packed size, over the floor.
    with zipfile.ZipFile(tmp_path / "hundred.zip", "w") as archive:
        archive.writestr("tables/a.csv", os.urandom(12_000) + bytes(10**6), zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(tmp_path / "hundred.zip") as archive:
        packed = archive.getinfo("tables/a.csv").compress_size
    patch_central_directory(tmp_path / "hundred.zip", "tables/a.csv", file_size=100 * packed)
    with zipfile.ZipFile(tmp_path / "hundred.zip") as archive:
        checks.check_members(archive)
    patch_central_directory(tmp_path / "hundred.zip", "tables/a.csv", file_size=100 * packed + 1)
    with (
        zipfile.ZipFile(tmp_path / "hundred.zip") as archive,
        pytest.raises(BadBundle, match="compressed more than 100 to 1"),
    ):
        checks.check_members(archive)


def test_entries_whose_data_overlap_are_refused(tmp_path: Path) -> None:
    names = ["evidence/bir.jpg", "evidence/İki.jpg", "evidence/три.jpg"]
    path = _zip(tmp_path / "b.zip", dict.fromkeys(names, TEXT), zipfile.ZIP_STORED)
    checks.open_zip(path).close()  # entries that touch end to end are fine
    patch_central_directory(path, names[2], header_offset=header_offset(path, names[1]) + 1)
    assert _refusal(path) == (
        "The bundle is refused: the data of 'evidence/İki.jpg' overlaps other entries, "
        "as in a zip bomb."
    )


def test_the_last_entry_may_not_run_into_the_directory(tmp_path: Path) -> None:
    names = ["evidence/bir.jpg", "evidence/son.jpg"]
    path = _zip(tmp_path / "b.zip", dict.fromkeys(names, TEXT), zipfile.ZIP_STORED)
    patch_central_directory(path, names[1], header_offset=header_offset(path, names[1]) + 1)
    assert _refusal(path) == (
        "The bundle is refused: the data of 'evidence/son.jpg' overlaps other entries, "
        "as in a zip bomb."
    )


def _read(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return checks.read_member(archive, archive.getinfo(name))


def test_reading_a_member_checks_its_size_and_crc(tmp_path: Path) -> None:
    path = _zip(tmp_path / "b.zip", {"tables/cədvəl.csv": TEXT}, zipfile.ZIP_STORED)
    assert _read(path, "tables/cədvəl.csv") == TEXT
    shorter = tmp_path / "shorter.zip"
    shorter.write_bytes(path.read_bytes())
    patch_central_directory(shorter, "tables/cədvəl.csv", file_size=len(TEXT) - 1)
    with pytest.raises(BadBundle) as refused:
        _read(shorter, "tables/cədvəl.csv")
    # zipfile stops at the declared size, then finds the CRC wrong.
    assert str(refused.value) == "The bundle is damaged: 'tables/cədvəl.csv' cannot be read whole."
    longer = tmp_path / "longer.zip"
    longer.write_bytes(path.read_bytes())
    patch_central_directory(longer, "tables/cədvəl.csv", file_size=len(TEXT) + 1)
    with pytest.raises(BadBundle) as refused:
        _read(longer, "tables/cədvəl.csv")
    assert (
        str(refused.value) == "The bundle is damaged: 'tables/cədvəl.csv' is shorter than declared."
    )
    flipped = bytearray(path.read_bytes())
    at = flipped.index(TEXT) + 3
    flipped[at] ^= 0xFF
    (tmp_path / "crc.zip").write_bytes(bytes(flipped))
    with pytest.raises(BadBundle) as refused:
        _read(tmp_path / "crc.zip", "tables/cədvəl.csv")
    assert str(refused.value) == "The bundle is damaged: 'tables/cədvəl.csv' cannot be read whole."


def test_a_member_is_read_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "CHUNK", 100)
    path = _zip(tmp_path / "b.zip", {"tables/a.csv": TEXT})
    with zipfile.ZipFile(path) as archive:
        parts = list(checks.chunks(archive, archive.getinfo("tables/a.csv")))
    assert [len(p) for p in parts] == [100] * (len(TEXT) // 100) + [len(TEXT) % 100]


def test_what_is_not_a_readable_zip(tmp_path: Path) -> None:
    missing = tmp_path / "yoxdur.zip"
    with pytest.raises(CaseFileMissing) as refused:
        checks.open_zip(missing)
    assert str(refused.value) == f"There is no file at {missing}."
    text = tmp_path / "mətn.zip"
    text.write_bytes(TEXT)
    assert _refusal(text) == "mətn.zip is not a bundle: it is not a readable zip file."
    os.mkfifo(tmp_path / "труба.zip")
    assert _refusal(tmp_path / "труба.zip").startswith(f"{tmp_path / 'труба.zip'} is a ")
    assert _refusal(tmp_path / "труба.zip").endswith(", not a bundle.")
    loop = tmp_path / "döngü.zip"
    loop.symlink_to(loop.name)
    assert _refusal(loop) == "döngü.zip cannot be read: Too many levels of symbolic links."
    assert not checks.is_encrypted_bundle(missing)
    assert not checks.is_encrypted_bundle(text)
    assert not checks.is_encrypted_bundle(tmp_path / "труба.zip")


@pytest.mark.parametrize("bits", [128, 192, 256])
def test_an_encrypted_bundle_opens_with_its_passphrase_only(bits: int, tmp_path: Path) -> None:
    """Stored AES entries are larger than their content by the salt of their key length, a
    check value and a code: 8, 12 or 16 + 2 + 10 bytes."""
    path = _aes_zip(tmp_path / "şifrəli.zip", {"README.txt": TEXT, "evidence/Фото.jpg": TEXT}, bits)
    assert checks.is_encrypted_bundle(path)
    with checks.open_zip(path, "Şifrə-пароль") as archive:
        member = archive.getinfo("evidence/Фото.jpg")
        assert checks.read_member(archive, member) == TEXT
    with pytest.raises(PassphraseNeeded) as refused:
        checks.open_zip(path)
    assert str(refused.value) == "şifrəli.zip is an encrypted bundle: it needs its passphrase."
    with pytest.raises(PassphraseNeeded):
        checks.open_zip(path, "")
    with pytest.raises(WrongPassphrase) as wrong:
        checks.open_zip(path, "Sifre-parol")
    assert str(wrong.value) == "The passphrase does not open şifrəli.zip; nothing was changed."


def test_a_bundle_mixing_encrypted_and_plain_entries_is_refused(tmp_path: Path) -> None:
    path = _aes_zip(tmp_path / "qarışıq.zip", {"README.txt": TEXT})
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("tables/açıq.csv", TEXT)
    assert not checks.is_encrypted_bundle(path)  # not every entry: not an encrypted bundle
    patch_central_directory(path, "tables/açıq.csv", flag_bits=0x1)  # marked, but not AES
    assert checks.is_encrypted_bundle(path)
    with pytest.raises(BadBundle) as refused:
        checks.open_zip(path, "Şifrə-пароль")
    assert str(refused.value) == (
        "The bundle is refused: qarışıq.zip mixes encrypted and plain entries."
    )


def test_an_encrypted_bundle_of_one_file_opens(tmp_path: Path) -> None:
    path = _aes_zip(tmp_path / "tək.zip", {"README.txt": TEXT})
    with checks.open_zip(path, "Şifrə-пароль") as archive:
        assert checks.read_member(archive, archive.getinfo("README.txt")) == TEXT


class AESEntry(zipfile.ZipInfo):
    """An entry as pyzipper reads it, with the WinZip AES key strength when it says one."""

    wz_aes_strength: int


def test_the_aes_overhead_of_an_entry() -> None:
    """By key strength; an entry saying no strength, or one WinZip does not define, is
    measured as the strongest (what pyzipper writes by default)."""
    plain = zipfile.ZipInfo("a")
    assert checks._aes_overhead(plain) == 0
    entry = AESEntry("b")
    entry.flag_bits |= 0x1
    assert checks._aes_overhead(entry) == 16 + 2 + 10
    for strength, salt in [(1, 8), (2, 12), (3, 16), (4, 16), (0, 16)]:
        entry.wz_aes_strength = strength
        assert checks._aes_overhead(entry) == salt + 2 + 10, strength


def test_names_are_measured_in_the_encoding_their_entry_says(tmp_path: Path) -> None:
    """A UTF-8 name ('café', five bytes) whose next entry starts one byte early overlaps it;
    a cp437 name (no UTF-8 flag: 'é' is one byte) with its entries end to end does not."""
    names = ["evidence/café.jpg", "evidence/b.jpg"]
    path = _zip(tmp_path / "utf8.zip", dict.fromkeys(names, TEXT), zipfile.ZIP_STORED)
    patch_central_directory(path, names[1], header_offset=header_offset(path, names[1]) - 1)
    assert "overlaps other entries" in _refusal(path)
    old = _zip(tmp_path / "cp437.zip", dict.fromkeys(["evidence/cafX.jpg", "evidence/b.jpg"], TEXT))
    old.write_bytes(old.read_bytes().replace(b"cafX", b"caf\x82"))  # 0x82 is 'é' in cp437
    with checks.open_zip(old) as archive:
        assert [m.filename for m in archive.infolist()] == ["evidence/café.jpg", "evidence/b.jpg"]
        assert not archive.infolist()[0].flag_bits & 0x800


def test_a_member_read_whole_is_its_chunks_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checks, "CHUNK", 100)
    path = _zip(tmp_path / "b.zip", {"tables/a.csv": TEXT})
    assert _read(path, "tables/a.csv") == TEXT


def test_a_bundle_the_user_may_not_read_is_said_so() -> None:
    with shared_temp_dir() as shared:
        path = shared / "Посольство.zip"
        _zip(path, {"README.txt": TEXT})
        path.chmod(0o600)
        with unprivileged(), pytest.raises(PermissionDenied) as refused:
            checks.open_zip(path)
        assert str(refused.value) == f"You do not have permission to read {path}."
