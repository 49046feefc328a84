"""Sources pane: the outlets and documents the briefing was built from."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import PaneContent, Row
from tui.app.text import matches, source_line, source_words
from tui.core.model import Briefing


class SourcesContent(PaneContent):
    TITLE = "Sources"
    PANE_ID = "sources"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        return [(partial(source_line, s), s) for s in briefing.sources
                if not query or matches(query, source_words(s))]

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.sources)
