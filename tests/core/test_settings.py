"""Settings kept between runs: the colour theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.store.settings import config_folder, load_theme, save_theme


def test_a_saved_theme_is_loaded_back(private_settings: Path) -> None:
    assert load_theme() is None  # nothing saved yet
    assert save_theme("nord") is None
    assert (private_settings / "theme").read_text(encoding="utf-8") == "nord\n"
    assert load_theme() == "nord"
    assert save_theme("gruvbox") is None  # replaces, atomically
    assert load_theme() == "gruvbox"


@pytest.mark.parametrize("content", [b"", b"\n", b"\xff\xfe", b"a" * 200, b"bad\x1bname"],
                         ids=["empty", "blank", "not-utf8", "too-long", "control"])
def test_a_file_that_is_not_a_theme_name_means_the_default(private_settings: Path,
                                                           content: bytes) -> None:
    (private_settings / "theme").write_bytes(content)
    assert load_theme() is None


def test_an_unwritable_folder_is_not_an_error(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(blocker / "briefing"))
    problem = save_theme("nord")
    assert problem is not None and str(blocker / "briefing") in problem
    assert load_theme() is None


def test_folder_follows_xdg_when_not_set_explicitly(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_folder() == tmp_path / "briefing"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config_folder() == tmp_path / "home" / ".config" / "briefing"
