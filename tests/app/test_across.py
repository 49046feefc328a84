"""Pilot tests: the Claims and Quotes views across the library: open (F2,
F3, the palette), sort (F4), filter by the query language, enter opens the
briefing at that claim or quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.app.helpers import briefing_screen, fill_in, run_command, wait_for
from tests.core.index_fixtures import write_library
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.screens.across import AcrossScreen
from tui.app.screens.library import LibraryScreen
from tui.app.widgets.row_list import RowList

WIDE = (120, 40)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_library(tmp_path / "archive")


async def library(pilot: Pilot[None]) -> LibraryScreen:
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await wait_for(pilot, lambda: screen.listed_all)
    return screen


async def view(pilot: Pilot[None], key: str) -> AcrossScreen:
    await pilot.press(key)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, AcrossScreen))
    screen = pilot.app.screen
    assert isinstance(screen, AcrossScreen)
    await wait_for(pilot, lambda: screen._read == len(screen.paths))
    await pilot.pause()
    return screen


def lines(screen: AcrossScreen) -> list[str]:
    lst = screen.query_one("#across-list", RowList)
    return [lst.row(i).content.plain for i in range(lst.row_count)]


async def test_the_claims_view_lists_sorts_filters_and_opens(folder: Path) -> None:
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        await library(pilot)
        screen = await view(pilot, "f2")
        found = lines(screen)
        assert len(found) == 2 and all("⚠ DISPUTED" in line for line in found)
        assert all("Missiles hit bases in Iraq" in line for line in found)
        for _ in range(4):  # date, briefing, claimant, group, then killed: most first
            await pilot.press("f4")
        assert screen.sort_by == "killed"
        assert "Iranian state television" in lines(screen)[0]
        assert "killed 80" in lines(screen)[0]
        await pilot.press(*"iraqi")
        await pilot.pause()
        assert [line.split("  ")[1] for line in lines(screen)] == ["Iraqi army"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, AcrossScreen))
        briefing = briefing_screen(pilot.app)
        await wait_for(pilot, lambda: briefing.briefing is not None)
        await pilot.pause()
        pane = pilot.app.focused
        assert isinstance(pane, ListPane) and pane.id == "casualties"
        assert "Iraqi army" in str(pane.current_item)
        await pilot.press("escape")  # back to the view it was opened from
        assert pilot.app.screen is screen
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, LibraryScreen)


async def test_the_quotes_view_from_the_palette_takes_the_librarys_filter(
        folder: Path) -> None:
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await library(pilot)
        await fill_in(pilot, "library-filter", "date:2020")
        assert len(screen.shown_entries) == 2
        await run_command(pilot, "library: Quotes view")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, AcrossScreen))
        quotes = pilot.app.screen
        assert isinstance(quotes, AcrossScreen)
        await wait_for(pilot, lambda: quotes._read == len(quotes.paths))
        await pilot.pause()
        speakers = sorted(line.split("  ")[0] for line in lines(quotes))
        assert speakers == ["Ali Khamenei", "Emmanuel Macron"]  # not the 2021 one
        await fill_in(pilot, "across-filter", "speaker:macron")
        assert [line.split("  ")[0] for line in lines(quotes)] == ["Emmanuel Macron"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, AcrossScreen))
        briefing = briefing_screen(pilot.app)
        await wait_for(pilot, lambda: briefing.briefing is not None)
        await pilot.pause()
        pane = pilot.app.focused
        assert isinstance(pane, ListPane) and pane.id == "quotes"
        assert "allies" in str(pane.current_item)


async def test_help_lists_the_views_keys(folder: Path) -> None:
    from textual.widgets import Static

    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        await library(pilot)
        await pilot.press("f1")
        await pilot.pause()
        text = str(pilot.app.screen.query_one("#help-body", Static).render())
        assert "Claims and Quotes views" in text and "Sort by the next column" in text
        assert "Every current claim of the listed briefings in one list" in text


async def test_the_views_come_from_the_index_not_the_files(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.core.format.load

    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        await library(pilot)

        def no_parsing(*args: object, **kwargs: object) -> None:
            raise AssertionError("a file was parsed")

        monkeypatch.setattr(tui.core.format.load, "parse_briefing", no_parsing)
        screen = await view(pilot, "f2")
        assert len(lines(screen)) == 2
        await pilot.press("escape")
        quotes = await view(pilot, "f3")
        assert len(lines(quotes)) == 3
