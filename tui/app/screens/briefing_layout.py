"""How the briefing screen fits its terminal: every pane, or one at a time
with a tab strip on a small terminal (in the pane's border on a short
one), and the header above them. The state is the screen's classes
(`narrow`, `short`) and its current pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from tui.app.panes import PANE_CONTENTS
from tui.app.screens.briefing_search import search_bar
from tui.app.screens.briefing_views import shown_briefing
from tui.app.screens.time_mode import time_line
from tui.app.widgets.briefing_header import BriefingHeader, tab_strip

if TYPE_CHECKING:
    from textual.geometry import Size

    from tui.app.screens.briefing import BriefingScreen

# Below this size one pane is shown at a time, with a tab strip.
NARROW_WIDTH = 100
NARROW_HEIGHT = 30
# Below this height the header is one line and the tabs go in the pane's border.
SHORT_HEIGHT = 20


def fit(screen: BriefingScreen, size: Size) -> None:
    """The layout for a terminal of `size`."""
    narrow = size.width < NARROW_WIDTH or size.height < NARROW_HEIGHT
    short = size.height < SHORT_HEIGHT
    screen.set_class(short, "short")
    if bar := search_bar(screen):
        bar.compact = short
    if narrow or screen.has_class("narrow"):  # tabs come, go, or fit another width
        screen.set_class(narrow, "narrow")
        update_header(screen)


def pane_tabs(screen: BriefingScreen, width: int) -> Content:
    """A tab per pane, the current one highlighted, in `width` cells."""
    return tab_strip([content.short_title for content in PANE_CONTENTS], screen.current,
                     width)


def update_header(screen: BriefingScreen) -> None:
    """The header: title, date and place; the tabs on a small terminal
    (in the pane's border on a short one); the located errors while a
    live edit has broken the file."""
    short, narrow = screen.has_class("short"), screen.has_class("narrow")
    width = screen.size.width
    for i, pane in enumerate(screen.panes):
        # Inside the border's corners and the dashes either side of a title.
        pane.set_title(pane_tabs(screen, width - 6)
                       if narrow and short and i == screen.current else None)
    moment = (time_line(screen.time_mode, width - 2)
              if screen.time_mode is not None else None)
    screen.query_one(BriefingHeader).show(
        shown_briefing(screen),  # in time mode, its disputes as of the moment
        screen.path.name, width - 2,  # inside the header's padding
        short, pane_tabs(screen, width - 2) if narrow and not short else None,
        screen.reload_error, moment)
