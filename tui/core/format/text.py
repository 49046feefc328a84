"""Plain-text helpers shared by every output: the terminal and Markdown."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

# Which characters may leave the program is decided in one place
# (core.terminal_text); this module's callers find strip_controls here too.
from tui.core.export.terminal_text import strip_controls as strip_controls
from tui.core.format.measures import claim_counts

if TYPE_CHECKING:
    from tui.core.format.model import CasualtyClaim, Count


def one_line(text: str) -> str:
    """Control characters removed and all whitespace runs (newlines too) made one space."""
    return " ".join(strip_controls(text).split())


def subject_key(text: str) -> str:
    """How names are compared (affected groups, figures, claimants): case and
    spacing ignored."""
    return " ".join(text.split()).casefold()


def format_when(value: date | datetime) -> str:
    """ISO text for a date or date-time (minutes precision, offset kept)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def readable_count(count: Count) -> str:
    """A count for a person to read, thousands separated: `2,750`,
    `250,000-300,000`, `1,200+`, `unknown`. The panes, Markdown and diffs
    show counts this way; data exports keep `Count.text`'s plain digits."""
    if count.low is None:
        return count.text
    if count.high is None:
        return f"{count.low:,}+"
    if count.high == count.low:
        return f"{count.low:,}"
    return f"{count.low:,}-{count.high:,}"


def claim_figures(claim: CasualtyClaim) -> str:
    """A claim's figures as a reader sees them: "killed 2,750, injured 80"."""
    parts = [f"{measure} {readable_count(count)}" for measure, count in claim_counts(claim)]
    return ", ".join(parts) or "no figure"
