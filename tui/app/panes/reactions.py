"""Reactions pane: grouped by country (English name), organisations after."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import PaneContent, Row, heading
from tui.app.text import matches, reaction_line, stance_column
from tui.core.model import Briefing, reactions_by_country


class ReactionsContent(PaneContent):
    TITLE = "Reactions by country"
    SHORT_TITLE = "Reactions"
    PANE_ID = "reactions"

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        out: list[Row] = []
        column = self.label_column(briefing)
        for who, reactions in reactions_by_country(briefing):
            shown = [r for r in reactions
                     if not query or matches(query, [who, r.summary, r.actor, r.stance])]
            if shown:
                out.append(heading(who))
                out += [(partial(reaction_line, r, column), r) for r in shown]
        return out

    def label_column(self, briefing: Briefing) -> int:
        return stance_column(briefing.reactions)  # all of them: a search keeps the column

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.reactions)
