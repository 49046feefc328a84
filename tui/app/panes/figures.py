"""Figures pane: other numbers claimants state, disputes marked."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import PaneContent, Row
from tui.app.text import figure_line, matches
from tui.core.model import Briefing


class FiguresContent(PaneContent):
    TITLE = "Figures"
    PANE_ID = "figures"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        disputes = [d for d in briefing.disputes if d.is_figure]
        return [(partial(figure_line, f, disputes), f) for f in briefing.figures
                if not query or matches(query, [f.what, f.claimant, f.note, f.value.text])]

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.figures)
