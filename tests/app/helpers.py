"""Helpers shared by the Pilot tests."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.app import App
from textual.command import CommandInput, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.conftest import DATA, SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.screens.briefing import BriefingScreen
from tui.app.widgets.search_bar import SearchBar

WIDE = (120, 40)
SMALL = (80, 24)


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 60) -> None:
    """Let the app run until `condition()` holds (workers and timers finish)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met")


def briefing_screen(app: App[None]) -> BriefingScreen:
    """The app's current screen, which the test expects to be a briefing."""
    screen = app.screen
    assert isinstance(screen, BriefingScreen), screen
    return screen


async def run_command(pilot: Pilot[None], name: str) -> None:
    """Run a command-palette command: ctrl+p, its name, enter. The name is
    put in the palette's field at once (test_palette.py types one), and
    enter waits for the palette's search, which runs in a worker."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette), palette
    palette.query_one(CommandInput).value = name
    await pilot.pause()
    await palette_searched(pilot)
    await pilot.press("enter")


async def palette_searched(pilot: Pilot[None]) -> None:
    """Wait until the open command palette's search (a worker) is done:
    every provider has answered."""
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette), palette
    await wait_for(pilot, lambda: all(worker.is_finished for worker in pilot.app.workers
                                          if worker.node is palette))


def record_notifications(app: App[None]) -> list[str]:
    """Every notification the app shows from now on, as its message."""
    messages: list[str] = []
    original = app.notify

    def notify(message: str, *args: object, **kwargs: object) -> None:
        messages.append(message)
        original(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return messages


async def search_for(pilot: Pilot[None], text: str) -> None:
    """Put `text` in the open search bar at once, where typing it is not what
    a test is about (tests/app/test_search.py types into it)."""
    pilot.app.screen.query_one(SearchBar).value = text
    await pilot.pause()


async def fill_in(pilot: Pilot[None], field_id: str, text: str) -> None:
    """Put `text` in the screen's field `field_id` at once, where typing it is
    not what a test is about: each key Pilot presses waits for the app to
    idle twice (test_library.py and test_search.py type into the fields)."""
    pilot.app.screen.query_one(f"#{field_id}", Input).value = text
    await pilot.pause()


def pane_text(pane: ListPane) -> str:
    """Every row of the pane's window, as plain text."""
    return "\n".join(pane.row(i).content.plain for i in range(pane.row_count))


def header_lines(screen: BriefingScreen) -> list[str]:
    """The header's text, line by line: title, date and place, then any tabs
    and reload error."""
    return str(screen.query_one("#briefing-header", Static).render()).splitlines()


@asynccontextmanager
async def live_seed(tmp_path: Path) -> AsyncIterator[
        tuple[Path, BriefingApp, Pilot[None], BriefingScreen]]:
    """A copy of the seed, `live.yaml`, open at 120x40 for a test to edit."""
    path = tmp_path / "live.yaml"
    shutil.copy(SEED, path)
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        yield path, app, pilot, briefing_screen(app)


@asynccontextmanager
async def seed_open_in(folder: Path, monkeypatch: pytest.MonkeyPatch
                       ) -> AsyncIterator[tuple[BriefingApp, Pilot[None], list[str]]]:
    """The seed open at 120x40, with `folder` as the working directory (where
    exports go), and the notifications it shows."""
    monkeypatch.chdir(folder)
    app = BriefingApp(SEED)
    messages = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        yield app, pilot, messages


def build_library(folder: Path, broken: Path = DATA / "invalid" / "unknown-country.yaml"
                  ) -> Path:
    """`folder`, made, with the seed, the hostile briefing and `broken` (a
    copy of one of tests/data/invalid) as broken.yaml."""
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(DATA / "hostile.yaml", folder / "hostile.yaml")
    shutil.copy(broken, folder / "broken.yaml")
    return folder
