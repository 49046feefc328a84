"""Casualty claims pane: claims grouped by affected group, disputes first."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import PaneContent, Row, heading
from tui.app.text import claim_line, claim_words, dispute_line, matches
from tui.core.disputes import subject_key
from tui.core.model import Briefing, CasualtyClaim


class CasualtyClaimsContent(PaneContent):
    TITLE = "Casualty claims"
    SHORT_TITLE = "Claims"
    PANE_ID = "casualties"
    FIRST_LINE_HANG = 2

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        groups: dict[str, list[CasualtyClaim]] = {}
        for c in briefing.casualty_claims:
            if not query or matches(query, claim_words(c)):
                groups.setdefault(subject_key(c.affected), []).append(c)
        out: list[Row] = []
        for key, claims in groups.items():
            disputes = [d for d in briefing.disputes
                        if not d.is_figure and subject_key(d.subject) == key]
            out.append(heading(claims[0].affected))
            out += [(partial(dispute_line, d), d) for d in disputes]
            out += [(partial(claim_line, c, disputes), c) for c in claims]
        return out

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.casualty_claims)

    def counts(self, item: object) -> bool:
        # "2 of 7" counts claims: a dispute row sums up claims already counted.
        return isinstance(item, CasualtyClaim)
