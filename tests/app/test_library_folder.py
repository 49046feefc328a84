"""Pilot tests: the library's title names its folder, and the library follows
its folder (files added, changed and removed appear without ctrl+r)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.app.helpers import wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.screens.library import LibraryScreen

WIDE = (120, 40)


async def library_screen(pilot: Pilot[None], count: int | None = None) -> LibraryScreen:
    """The library once it lists its folder (`count` files, if given)."""
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await wait_for(pilot, lambda: bool(screen.entries)
                   and (count is None or len(screen.entries) == count))
    return screen


def header(screen: LibraryScreen) -> str:
    return str(screen.query_one("#library-header", Static).render())


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder named `news` with the seed in it."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


async def test_title_is_the_folders_name(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = news.parent / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the folder's path would be long: its name is not
    async with BriefingApp(news).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 1)
        await pilot.pause()
        assert header(screen).startswith("news   1 of 1 briefings")


async def test_title_of_the_working_folder_is_its_name(
        news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(news)
    async with BriefingApp(Path(".")).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 1)
        await pilot.pause()
        assert header(screen).startswith("news   1 of 1 briefings")


async def test_title_of_the_bundled_folder_says_so(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # as an installed app is run: far from its files
    async with BriefingApp().run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot)
        await pilot.pause()
        assert header(screen).startswith("Bundled briefings   ")
        assert "bundled" not in header(screen).removeprefix("Bundled briefings")


async def test_title_shows_a_hostile_folder_name_as_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "[b]news[sic] \x1b[31m"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    monkeypatch.chdir(tmp_path)
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 1)
        await pilot.pause()
        assert header(screen).startswith("[b]news[sic] [31m   1 of 1 briefings")
