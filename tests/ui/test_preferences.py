from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from ui.preferences import MAX_RECENT, Preferences


def test_recent_files_most_recent_first_without_missing_ones(tmp_path: Path) -> None:
    files = [tmp_path / f"case {n}.casefile" for n in range(MAX_RECENT + 2)]
    for path in files:
        path.write_bytes(b"")
        Preferences().add_recent(path)
    Preferences().add_recent(files[0])
    recent = Preferences().recent_files()
    assert recent[0] == files[0].resolve()
    assert len(recent) == MAX_RECENT
    files[0].unlink()
    assert files[0].resolve() not in Preferences().recent_files()


def test_first_run_and_window_state_are_remembered() -> None:
    preferences = Preferences()
    assert preferences.first_run
    preferences.mark_welcomed()
    preferences.set_state("geometry", QByteArray(b"\x01\x02\xff"))
    again = Preferences()
    assert not again.first_run
    assert again.state("geometry") == QByteArray(b"\x01\x02\xff")
    assert again.state("nothing") is None
