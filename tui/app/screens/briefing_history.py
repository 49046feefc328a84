"""What `h` shows for a claim or figure: its history through the file's git
commits, else the revisions written in the file, else why there is none."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content

from tui.app.text import for_terminal, history_text, join, revisions_text
from tui.core.format.model import Briefing, CasualtyClaim, Figure


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
