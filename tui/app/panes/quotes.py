"""Quotes pane: who said what, where, and when."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import PaneContent, Row
from tui.app.text import matches, quote_line, quote_words
from tui.core.model import Briefing


class QuotesContent(PaneContent):
    TITLE = "Quotes"
    PANE_ID = "quotes"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        return [
            (partial(quote_line, q), q)
            for q in briefing.quotes
            if not query or matches(query, quote_words(q))
        ]

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.quotes)
