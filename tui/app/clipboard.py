"""An item as plain text for the clipboard, and what it is, for the
notification that says what was copied."""

from __future__ import annotations

from tui.app.rows import EVIDENCE_WORDS, attribution, details, dispute_line
from tui.core.format.measures import claim_counts
from tui.core.format.model import CasualtyClaim, Quote
from tui.core.format.text import readable_count
from tui.core.story.disputes import Dispute, dispute_for


def copy_text(item: object, disputes: list[Dispute]) -> tuple[str, str]:
    """An item as plain text for the clipboard, and what it is, for the
    notification: a quote with its attribution, a claim with its counts and
    dispute, anything else as its full view."""
    if isinstance(item, Quote):
        who = ", ".join(x for x in [item.speaker, *attribution(item)] if x)
        return (f"“{item.text}” — {who}", f"the quote by {item.speaker}")
    if isinstance(item, CasualtyClaim):
        figures = []
        for measure, count in claim_counts(item):
            d = dispute_for(disputes, item.affected, measure, item.claimant)
            figures.append(f"{measure} {readable_count(count)}"
                           + (f" (disputed: {d.versus})" if d else ""))
        # As the row shows it: a country named like its claimant is said once.
        country = (f" ({item.country.name})"
                   if item.country and item.country.name != item.claimant else "")
        text = (f"{item.claimant}{country} on {item.affected}: {', '.join(figures) or 'no figure'}"
                f"; {EVIDENCE_WORDS[item.evidence]}" + (f". {item.note}" if item.note else ""))
        return (text, f"the claim by {item.claimant}")
    if isinstance(item, Dispute):
        return (dispute_line(item).plain, f"the dispute over {item.label}")
    if isinstance(item, str):
        return (item, "the text")
    return (details(item).plain, "the item")
