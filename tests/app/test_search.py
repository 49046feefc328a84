"""Pilot tests: the search bar (`/`) filters every pane."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, Static

from tests.app.helpers import (
    SMALL,
    WIDE,
    briefing_screen,
    pane_text,
    run_command,
    search_for,
    wait_for,
)
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.core.format.load import load_briefing


async def test_search_filters_every_pane_and_escape_clears() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.press(*"Zarif")
        await pilot.pause()
        screen = briefing_screen(app)
        quotes = screen.query_one("#quotes", ListPane)
        assert quotes.shown == 2 and quotes.total == 10
        assert quotes.border_subtitle == "2 of 10"
        assert screen.query_one("#casualties", ListPane).shown == 0
        assert "(no matches)" in pane_text(screen.query_one("#casualties", ListPane))
        # where the matches are, in words, for when one pane is shown at a time
        search = screen.query_one("#search", Input)
        where = str(search.border_title)
        assert where.startswith("matches in ") and "2 Quotes: 2" in where
        assert "Claims" not in where
        # the match is highlighted in the row's text
        prompt = quotes.row(0).content
        spans = [prompt.plain[s.start:s.end] for s in prompt.spans if "reverse" in str(s.style)]
        assert "Zarif" in spans
        await pilot.press("enter")  # browse the results
        await pilot.pause()
        assert isinstance(app.focused, ListPane)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_text == ""
        assert quotes.shown == 10
        assert not search.display and not search.border_title
        await pilot.press("slash")
        await search_for(pilot, "no such words")
        assert str(search.border_title) == "no matches in any pane"


async def test_clearing_a_search_keeps_the_cursor_on_its_item() -> None:
    """2, /, Zarif, enter, j (the second Zarif quote), escape: the cursor
    stays on that quote, and enter opens it."""
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("2", "slash")
        await search_for(pilot, "Zarif")
        await pilot.press("enter", "j")
        await pilot.pause()
        quotes = briefing_screen(app).query_one("#quotes", ListPane)
        chosen = quotes.current_item
        assert getattr(chosen, "speaker", None) == "Mohammad Javad Zarif"
        await pilot.press("escape")
        await pilot.pause()
        assert quotes.shown == 10
        assert quotes.current_item is chosen
        await pilot.press("enter")
        await pilot.pause()
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "Mohammad Javad Zarif" in body and chosen.text in body  # type: ignore[union-attr]


async def test_enter_in_search_goes_to_a_pane_with_matches() -> None:
    """enter browses the results: the current pane if it has matches, else the
    first pane that has some, so focus never lands on "(no matches)"."""
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        casualties = screen.query_one("#casualties", ListPane)
        await pilot.press("3", "slash")
        await search_for(pilot, "Zarif")
        await pilot.press("enter")
        await pilot.pause()
        with_matches = [pane for pane in screen.panes if pane.shown]
        assert casualties.shown == 0 and with_matches
        assert app.focused is with_matches[0] and screen.current == with_matches[0].number - 1
        quotes = screen.query_one("#quotes", ListPane)
        assert quotes in with_matches
        # the current pane keeps focus when it has matches itself
        await pilot.press("2", "slash", "enter")
        await pilot.pause()
        assert app.focused is quotes
        # no matches anywhere: focus stays on the current pane
        await pilot.press("3", "slash")
        await search_for(pilot, "no such words")
        await pilot.press("enter")
        await pilot.pause()
        assert not any(pane.shown for pane in screen.panes)
        assert app.focused is casualties


async def test_search_finds_the_numbers_and_words_a_row_shows() -> None:
    """A row's counts, dates and evidence are searchable, as they are on screen."""
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        claims = screen.query_one("#casualties", ListPane)
        await pilot.press("slash")
        await search_for(pilot, "killed 80")
        assert claims.shown == 1 and claims.border_subtitle == "1 of 7"  # the claim of 80
        text = pane_text(claims)
        assert "Iranian state television (Iran)" in text and "A US source (United" not in text
        row = next(claims.row(i).content for i in range(claims.row_count)
                   if "killed 80" in claims.row(i).content.plain)
        spans = [row.plain[s.start:s.end] for s in row.spans if "reverse" in str(s.style)]
        assert "killed" in spans and "80" in spans  # each word marked
        await search_for(pilot, "80 Iranian killed")  # words, in any order
        assert claims.shown == 1 and "Iranian state television (Iran)" in pane_text(claims)
        await search_for(pilot, "no evidence given")
        text = pane_text(claims)  # again the one claim (with its dispute above it)
        assert claims.shown == 1 and "Iranian state television (Iran)" in text
        assert "DISPUTED US personnel" in text
        assert "A US source (United" not in text
        await search_for(pilot, "2020-01-08")  # the date on most quotes' rows
        dated = [q for q in load_briefing(SEED).quotes if str(q.said) == "2020-01-08"]
        assert len(dated) > 5 and screen.query_one("#quotes", ListPane).shown == len(dated)


async def test_search_from_the_palette_mounts_the_search_field() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        assert not screen.query("#search")  # mounted on first use only
        await run_command(pilot, "search: Briefing")
        await wait_for(pilot, lambda: isinstance(app.focused, Input))
        await search_for(pilot, "Trump")
        await wait_for(pilot, lambda: screen.query_text == "Trump")
        assert screen.query_one("#quotes", ListPane).shown == 1


async def test_letters_typed_fast_after_slash_go_to_the_search_field() -> None:
    # A terminal delivers keys typed fast in one burst. The letters after `/`
    # are queued at the pane that had focus before the search field took it;
    # they belong in the field, and must not fire the bindings of their keys
    # (`r` reloads, `q` quits). `3` focuses its pane only after a refresh,
    # which must not take focus back from the field either.
    app = BriefingApp(SEED)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        for key, character in (("3", "3"), ("slash", "/"), *((c, c) for c in "Iraq")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        await pilot.pause()
        screen = briefing_screen(app)
        assert app.is_running
        assert isinstance(app.focused, Input)
        assert screen.query_text == "Iraq"
        assert screen.current == 2  # still on Casualty claims
        await pilot.press(*" forces")  # typing on adds to what is there
        assert screen.query_text == "Iraq forces"


async def test_slash_can_be_searched_for() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"24/7")
        await pilot.pause()
        screen = briefing_screen(app)
        assert screen.query_one("#search", Input).value == "24/7"
        assert screen.query_text == "24/7"
