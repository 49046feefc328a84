"""Opening a briefing at an item a search found: which pane lists it, and its row."""

from __future__ import annotations

from collections.abc import Sequence

from tui.app.panes.base import ListPane
from tui.core.format.model import Briefing

# The pane (by its PANE_ID) that lists each kind of item the index names.
PANE_OF_KIND = {
    "title": "summary", "summary": "summary", "key point": "summary", "quote": "quotes",
    "claim": "casualties", "reaction": "reactions", "figure": "figures",
    "timeline": "timeline", "source": "sources",
}


def item_of(briefing: Briefing, kind: str, number: int) -> object | None:
    """The record of the `number`th item of `kind`; a claim or figure that
    was revised, its current revision (the one the pane lists)."""
    records: dict[str, Sequence[object]] = {
        "key point": briefing.key_points, "quote": briefing.quotes,
        "claim": briefing.casualty_claims, "reaction": briefing.reactions,
        "figure": briefing.figures, "timeline": briefing.timeline, "source": briefing.sources,
        "summary": briefing.summary_paragraphs,
    }
    found = records.get(kind)
    if found is None or not 0 <= number < len(found):
        return None
    item = found[number]
    if kind == "claim":
        return briefing.claim_history(briefing.casualty_claims[number])[-1]
    if kind == "figure":
        return briefing.figure_history(briefing.figures[number])[-1]
    return item


def go_to(panes: Sequence[ListPane], briefing: Briefing, kind: str, number: int) -> int | None:
    """Put the cursor of the pane listing the item on it; that pane's index
    (None when no pane lists it: the briefing changed since it was indexed)."""
    pane_id = PANE_OF_KIND.get(kind)
    for i, pane in enumerate(panes):
        if pane.id != pane_id:
            continue
        item = item_of(briefing, kind, number)
        if item is not None and pane.select_item(item):
            return i
        return i if kind in ("title", "summary") else None
    return None
