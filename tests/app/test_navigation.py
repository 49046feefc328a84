"""Pilot tests: moving between panes and rows, tabs on a small terminal,
maximising, help and quitting."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Static

from tests.app.helpers import (
    SMALL,
    WIDE,
    briefing_screen,
    header_lines,
)
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.help import HelpScreen
from tui.app.dialogs.item import ItemScreen
from tui.app.panes.base import ListPane
from tui.app.screens.briefing import BriefingScreen
from tui.core.format.load import load_briefing


async def test_digits_and_tab_move_between_panes() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "casualties"
        await pilot.press("4")
        await pilot.pause()
        assert app.focused.id == "reactions"
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "figures"
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        assert app.focused.id == "casualties"
        await pilot.press("7")
        await pilot.pause()
        assert app.focused.id == "sources"


@pytest.mark.parametrize("size", [WIDE, SMALL], ids=["120x40", "80x24"])
async def test_keys_typed_fast_after_a_digit_go_to_its_pane(size: tuple[int, int]) -> None:
    # `2G` typed fast (or sent by tmux in one write) arrives in one burst:
    # G must move the Quotes pane that 2 focused, not the pane before it.
    app = BriefingApp(SEED)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        quotes = screen.query_one("#quotes", ListPane)
        reactions = screen.query_one("#reactions", ListPane)
        summary = screen.query_one("#summary", ListPane)
        first_reaction, summary_row = reactions.highlighted, summary.highlighted
        assert first_reaction is not None
        for key in ("2", "G", "4", "j"):
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await pilot.pause()
        assert quotes.highlighted == quotes.row_count - 1
        assert app.focused is reactions and screen.current == 3
        assert reactions.highlighted is not None and reactions.highlighted > first_reaction
        assert summary.highlighted == summary_row


async def test_jk_g_G_move_and_enter_opens_item() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        quotes = app.screen.query_one("#quotes", ListPane)
        assert quotes.highlighted == 0
        await pilot.press("j", "j")
        assert quotes.highlighted == 2
        await pilot.press("k")
        assert quotes.highlighted == 1
        await pilot.press("G")
        assert quotes.highlighted == quotes.row_count - 1
        await pilot.press("g")
        assert quotes.highlighted == 0
        await pilot.press("down", "down", "down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "speaker: Donald Trump" in body and "text: All is well!" in body
        assert app.screen.query_one("#item-dialog").border_subtitle == "esc: close"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)


async def test_mouse_click_focuses_a_pane_and_opens_the_row() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        claims = screen.query_one("#casualties", ListPane)
        await pilot.click("#casualties", offset=(5, 1))  # the group heading: nothing to open
        await pilot.pause()
        assert app.focused is claims and screen.current == 2
        assert isinstance(app.screen, BriefingScreen)
        await pilot.click("#casualties", offset=(5, 2))  # the dispute under it: its chart
        await pilot.pause()
        from tui.app.dialogs.chart import ChartScreen

        assert isinstance(app.screen, ChartScreen)
        notes = str(app.screen.query_one("#chart-notes", Static).render())
        assert "DISPUTED" in notes and "80" in notes and "0" in notes
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is claims and claims.highlighted == 1


async def test_help_lists_every_key() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-body", Static).render())
        for key in ("1 ", "tab", "shift+tab", "j ", "k ", "g ", "G ", "/", "e ", "r ", "q ",
                    "ctrl+p", "[", "]", "escape", "backspace", "f1", "enter"):
            assert key in text, key
        assert app.screen.query_one("#help-dialog").border_subtitle == "esc: close"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_every_binding_has_id_and_tooltip() -> None:
    from textual.binding import Binding

    from tui.app.screens.library import LibraryList, LibraryScreen

    for owner in (BriefingApp, BriefingScreen, ListPane, LibraryScreen, LibraryList):
        for b in owner.BINDINGS:
            assert isinstance(b, Binding) and b.id and b.tooltip, (owner, b)


async def test_small_terminal_shows_one_pane_with_tabs() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.has_class("narrow")
        assert header_lines(screen)[-1].split() == [
            "1", "Summary", "2", "Quotes", "3", "Claims", "4", "Reactions", "5", "Figures",
            "6", "Timeline", "7", "Sources"]
        visible = [p.id for p in screen.query(ListPane) if p.region.area > 0]
        assert visible == ["summary"]
        for key, pane_id in (("2", "quotes"), ("3", "casualties"), ("4", "reactions"),
                             ("5", "figures"), ("6", "timeline"), ("7", "sources")):
            await pilot.press(key)
            await pilot.pause()
            visible = [p.id for p in screen.query(ListPane) if p.region.area > 0]
            assert visible == [pane_id]
            assert app.focused is not None and app.focused.id == pane_id
            pane = screen.query_one(f"#{pane_id}", ListPane)
            assert pane.region.width >= 78 and pane.region.height >= 12


async def test_tabs_too_wide_for_the_terminal_show_numbers_and_the_current_name() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)

        def tabs() -> str:
            return header_lines(screen)[-1]

        assert tabs().split() == ["1", "Summary", "2", "3", "4", "5", "6", "7"]
        await pilot.press("7")
        await pilot.pause()
        assert tabs().split() == ["1", "2", "3", "4", "5", "6", "7", "Sources"]
        assert len(tabs()) <= 50 - 2  # inside the header's padding
        await pilot.resize_terminal(80, 24)  # room for every name again
        await pilot.pause()
        assert "1 Summary" in tabs() and "7 Sources" in tabs()


async def test_maximise_pane() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3", "z")
        await pilot.pause()
        assert app.screen.maximized is not None and app.screen.maximized.id == "casualties"
        # it fills the screen but the key bar, not just its cell of the panes' grid
        width, height = app.screen.size
        assert app.screen.maximized.region.size == (width, height - 1)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.maximized is None


async def test_quit_key() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


@pytest.mark.parametrize("size", [WIDE, SMALL])
async def test_G_typed_with_the_digit_scrolls_a_pane_not_shown_yet(
        thousand_quotes: Path, size: tuple[int, int]) -> None:
    # At 80x24 the Quotes pane is hidden until `2` shows it, and `G` in the
    # same burst arrives before it has a size: the view must still follow
    # the cursor to the last quote once the pane is laid out.
    app = BriefingApp(thousand_quotes, load_briefing(thousand_quotes))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        quotes = app.screen.query_one("#quotes", ListPane)
        for key in ("2", "G"):
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await pilot.pause()
        assert quotes.current_item.text.startswith("Statement 999 ")  # type: ignore[union-attr]
        assert quotes.max_scroll_y > 0
        assert quotes.scroll_offset.y == quotes.max_scroll_y
        assert quotes.vertical_scrollbar.position == quotes.max_scroll_y  # thumb at the end
        assert "Statement 999 " in "\n".join(
            quotes.render_line(y).text for y in range(quotes.scrollable_content_region.height))


@pytest.mark.parametrize("resume", [True, False])
async def test_collector_paused_by_the_command_line_resumes_at_first_frame(resume: bool) -> None:
    import gc

    gc.disable()
    try:
        app = BriefingApp(SEED, resume_collector=resume)
        async with app.run_test(size=WIDE) as pilot:
            await pilot.pause()
            assert gc.isenabled() is resume
    finally:
        gc.enable()


async def test_help_scrolls_with_the_list_keys() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-dialog")
        assert box.max_scroll_y > 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert box.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0
