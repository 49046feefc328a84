"""What enter shows for an item, with the revisions written in the file;
what `h` shows for a claim or figure: its history through the file's git
commits, else the revisions written in the file, else why there is none."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content

from tui.app.rows import details, dispute_line, history_text, revisions_text
from tui.app.text import for_terminal, join, plain
from tui.core.format.model import Briefing, CasualtyClaim, Figure
from tui.core.story.disputes import Dispute


def item_view(item: object, b: Briefing | None) -> Content:
    """The item dialog's body for a row's item (a dispute, a paragraph, a
    record), with a claim's or figure's revisions when it has some."""
    if isinstance(item, Dispute):
        return dispute_line(item)
    if isinstance(item, str):
        return plain(item)
    body = details(item)
    if isinstance(item, CasualtyClaim | Figure) and b is not None \
            and len(history := b.history(item)) > 1:
        body = join(body, "\n\n", revisions_text(history))
    return body


def history_view(path: Path, b: Briefing, item: CasualtyClaim | Figure
                 ) -> tuple[Content, Content] | str:
    """The dialog's title and body, or (nothing to show but the row itself)
    a notification saying why. Runs git: call it from a thread."""
    from tui.core.story.history import GitError, claim_through_commits

    # Built as text: a claimant or subject can hold `[/]`.
    title = join("History: ", item.claimant, ", ",
                 item.affected if isinstance(item, CasualtyClaim) else item.what)
    try:
        return title, history_text(claim_through_commits(path, item))
    except GitError as exc:
        revisions = b.history(item)
        if len(revisions) <= 1:
            what = "claim" if isinstance(item, CasualtyClaim) else "figure"
            return for_terminal(f"No history: this {what} has no revisions in the file, "
                                f"and {exc}")
        return title, join((f"{exc}; the revisions written in the file:", "italic"), "\n\n",
                           revisions_text(revisions))
