"""Timeline pane: events in chronological order."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import PaneContent, Row
from tui.app.text import matches, timeline_line, when_column
from tui.core.model import Briefing, format_when, when_sort_key


class TimelineContent(PaneContent):
    TITLE = "Timeline"
    PANE_ID = "timeline"

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        entries = sorted(briefing.timeline, key=lambda e: when_sort_key(e.when))
        column = self.label_column(briefing)
        return [(partial(timeline_line, e, column), e) for e in entries
                if not query or matches(query, [e.event, format_when(e.when)])]

    def label_column(self, briefing: Briefing) -> int:
        return when_column(briefing.timeline)  # all entries: a search keeps the column

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.timeline)
