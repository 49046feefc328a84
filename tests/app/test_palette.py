"""The command palette (ctrl+p) offers every action a key does, and only
those that would do something now."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.app.helpers import briefing_screen, palette_searched, run_command, wait_for
from tests.conftest import DATA, SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.errors import ErrorsScreen
from tui.app.dialogs.item import ItemScreen
from tui.app.screens.library import LibraryScreen


async def palette(app: BriefingApp, pilot: Pilot[None]) -> list[str]:
    """The names the palette lists as it opens (before anything is typed)."""
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
    options = app.screen.query_one(OptionList)
    await wait_for(pilot, lambda: options.option_count > 10)
    await palette_searched(pilot)
    names = [str(options.get_option_at_index(i).prompt).split("\n")[0]
             for i in range(options.option_count)]
    await pilot.press("escape")
    await pilot.pause()
    return names


EVERY_KEY = [
    "export: Markdown", "export: JSON", "export: CSV, claims table",
    "export: CSV, figures table", "export: CSV, quotes table",
    "go to: Summary", "go to: Sources", "go to: Next pane", "go to: Previous pane",
    "search: Briefing", "view: Maximise pane", "reload: Briefing", "open: In editor",
    "show: Selected item", "copy: Selected item", "go to: Library", "help: Keys", "app: Quit",
]


async def test_a_briefing_offers_every_key_action() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        names = await palette(app, pilot)
        for name in EVERY_KEY:
            assert name in names, (name, names)
        # Nothing that would do nothing: the file is valid, the summary has
        # no history, no library to step through.
        for name in ("show: Errors", "show: History", "search: Clear",
                     "go to: Next briefing", "sort: Library by title"):
            assert name not in names, name
        await pilot.press("3", "j")  # a claim: its history
        await pilot.pause()
        names = await palette(app, pilot)
        assert "show: History" in names
        await pilot.press("z")
        await pilot.pause()
        assert "view: Restore panes" in await palette(app, pilot)


async def test_palette_commands_do_what_their_keys_do() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3", "j")
        await pilot.pause()
        await run_command(pilot, "show: History")
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen)
                       and bool(app.screen.query("#item-body")))
        await pilot.press("escape")
        await pilot.pause()
        await run_command(pilot, "go to: Next pane")
        await pilot.pause()
        assert briefing_screen(app).current == 3
        await run_command(pilot, "show: Selected item")  # enter
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen)
                       and bool(app.screen.query("#item-body")))
        assert "Reactions" in str(app.screen.query_one("#item-dialog").border_title)


async def test_served_in_a_browser_there_is_no_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BriefingApp, "is_web", property(lambda self: True))
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        names = await palette(app, pilot)
        assert "open: In editor" not in names and "export: JSON" in names


async def test_a_broken_file_offers_its_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    shutil.copy(DATA / "invalid" / "unknown-country.yaml", path)
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: bool(briefing_screen(app).load_errors))
        await run_command(pilot, "show: Errors")
        await wait_for(pilot, lambda: isinstance(app.screen, ErrorsScreen))


async def test_from_a_library_a_briefing_can_sort_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(DATA / "hostile.yaml", folder / "hostile.yaml")
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await wait_for(pilot, lambda: len(library.shown_entries) == 2)
        await pilot.press("enter")
        await pilot.pause()
        names = await palette(app, pilot)
        assert "sort: Library by title" in names and "go to: Next briefing" in names
        await run_command(pilot, "sort: Library by file name")
        await pilot.pause()
        assert library.sort_by == "file"


async def test_in_the_library_quit_and_help_name_the_library_keys(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await wait_for(pilot, lambda: bool(library.shown_entries))
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"app: Quit")
        options = app.screen.query_one(OptionList)
        await wait_for(pilot, lambda: options.option_count > 0)
        assert "(ctrl+q)" in str(options.get_option_at_index(0).prompt)



async def test_the_library_palette_clears_the_search_as_escape_does(tmp_path: Path) -> None:
    """The library's palette has the actions of its keys (escape, ctrl+o),
    offered only when they would act."""
    from tests.app.helpers import build_library
    from tui.app.screens.library_keys import LibraryCommands

    folder = build_library(tmp_path / "lib")
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: bool(screen.entries))
        names = [name for name, _, _ in LibraryCommands(screen).commands()]
        assert "open: In editor" in names and "library: Clear search" not in names
        await pilot.press("i", "r", "a", "n")
        await wait_for(pilot, lambda: len(screen.shown_entries) < len(screen.entries))
        await run_command(pilot, "library: Clear search")
        await wait_for(pilot, lambda: len(screen.shown_entries) == len(screen.entries))
        assert screen.query_one("#library-filter").value == ""  # type: ignore[attr-defined]
