"""How the briefing screen searches: `/` mounts and opens the SearchBar
(widgets/search_bar.py) with the keys typed ahead of it, each change
filters the panes and says on the bar where the matches are, enter
browses them, escape clears. The state is the screen's `query_text`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from tui.app.screens.briefing import BriefingScreen


def search_bar(screen: BriefingScreen) -> SearchBar | None:
    """The screen's search bar, once `/` has mounted it."""
    found = screen.query(SearchBar)
    return found.first() if found else None


def search_shown(screen: BriefingScreen) -> bool:
    bar = search_bar(screen)
    return bar is not None and bar.display


async def open_search(screen: BriefingScreen, typed_ahead: str) -> None:
    """Show the bar, focused, with the letters typed ahead of it."""
    bar = search_bar(screen)
    if bar is None:
        # Mounted on first use, not composed: the first frame does not wait for it.
        bar = SearchBar(compact=screen.has_class("short"))
        await screen.mount(bar, before=screen.query_one(KeyBar))
    bar.open(typed_ahead)
    screen.refresh_bindings()  # escape now clears the search


def show_match_counts(screen: BriefingScreen) -> None:
    """Which panes hold matches, and how many, on the bar's border."""
    if bar := search_bar(screen):
        bar.show_matches(screen.query_text, [
            (f"{pane.number} {pane.content.short_title}", pane.shown)
            for pane in screen.panes])


def browse_results(screen: BriefingScreen) -> None:
    """The current pane if it holds matches, else the first pane that does
    (the current one when none do)."""
    with_matches = [i for i, pane in enumerate(screen.panes) if pane.shown]
    if screen.current in with_matches or not with_matches:
        screen.action_focus_pane(screen.current)
    else:
        screen.action_focus_pane(with_matches[0])


def clear_search(screen: BriefingScreen) -> None:
    """Empty and hide the bar, show every item again, back to the pane."""
    if bar := search_bar(screen):
        bar.close()
    screen.query_text = ""
    screen.fill_panes()
    screen.action_focus_pane(screen.current)
    screen.refresh_bindings()
