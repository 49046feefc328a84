"""Summary pane: the summary's paragraphs, then the key points."""

from __future__ import annotations

from functools import partial

from tui.app.panes.base import BLANK_ROW, PaneContent, Row, heading
from tui.app.text import join, matches, plain
from tui.core.model import Briefing


class SummaryContent(PaneContent):
    TITLE = "Summary"
    PANE_ID = "summary"

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        out: list[Row] = []
        for para in briefing.summary_paragraphs:
            if not query or matches(query, [para]):
                if out:
                    out.append(BLANK_ROW)  # paragraphs apart, as written
                out.append((partial(plain, " ".join(para.split())), para))
        points = [p for p in briefing.key_points if not query or matches(query, [p])]
        if points:
            out.append(heading("Key points"))
            out += [(partial(join, "• ", p), p) for p in points]
        return out

    def item_count(self, briefing: Briefing) -> int:
        return len(briefing.summary_paragraphs) + len(briefing.key_points)
