"""Pilot tests: a confined app (what `briefing serve` runs, through
BRIEFING_CONFINE=1) shows nothing outside the PATH it opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.helpers import record_notifications, wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.screens.briefing import BriefingScreen
from tui.app.screens.library import LibraryScreen
from tui.cli import main

WIDE = (120, 40)


def folder_with_neighbours(tmp_path: Path) -> Path:
    """A folder: a briefing, one in a subfolder, and a link to one outside."""
    folder = tmp_path / "served"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    data = SEED.read_bytes()
    (folder / "seed.yaml").write_bytes(data)
    (folder / "sub" / "neighbour.yaml").write_bytes(data)
    (tmp_path / "outside" / "secret.yaml").write_bytes(data)
    (folder / "linked.yaml").symlink_to(tmp_path / "outside" / "secret.yaml")
    return folder


@pytest.mark.parametrize("key", ["escape", "backspace"])
async def test_a_confined_file_has_no_library(tmp_path: Path, key: str) -> None:
    folder = folder_with_neighbours(tmp_path)
    app = BriefingApp(folder / "seed.yaml", confined=True)
    messages = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.library_screen is None
        assert messages == ["Only this briefing is served here"]


async def test_an_unconfined_file_goes_to_its_folder(tmp_path: Path) -> None:
    folder = folder_with_neighbours(tmp_path)
    app = BriefingApp(folder / "seed.yaml")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


@pytest.mark.parametrize("confined", [True, False])
async def test_a_confined_folder_lists_no_file_linked_from_outside(
        tmp_path: Path, confined: bool) -> None:
    folder = folder_with_neighbours(tmp_path)
    app = BriefingApp(folder, confined=confined)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: len(screen.entries) >= 2)
        await pilot.pause()
        listed = sorted(str(e.path.relative_to(folder)) for e in screen.entries)
    # The archive index never reads a file whose real path is outside the
    # folder, served or not: what a folder lists is what it holds.
    assert listed == ["seed.yaml", "sub/neighbour.yaml"]


def test_the_command_line_confines_the_app_when_serve_asks(
        monkeypatch: pytest.MonkeyPatch) -> None:
    confined: list[bool] = []
    monkeypatch.setattr(BriefingApp, "run", lambda self: confined.append(self.confined))
    monkeypatch.delenv("BRIEFING_CONFINE", raising=False)
    assert main([str(SEED)]) == 0
    monkeypatch.setenv("BRIEFING_CONFINE", "1")
    assert main([str(SEED)]) == 0
    assert main(["open", str(SEED.parent)]) == 0
    assert confined == [False, True, True]
