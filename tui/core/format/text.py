"""Plain-text helpers shared by every output: the terminal and Markdown."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

# Which characters may leave the program is decided in one place
# (core.terminal_text); this module's callers find strip_controls here too.
from tui.core.export.terminal_text import strip_controls as strip_controls
from tui.core.format.measures import claim_counts
from tui.core.format.names import subject_key as subject_key

if TYPE_CHECKING:
    from tui.core.format.model import CasualtyClaim, Count


def one_line(text: str) -> str:
    """Control characters removed and all whitespace runs (newlines too) made one space."""
    return " ".join(strip_controls(text).split())


def format_when(value: date | datetime) -> str:
    """ISO text for a date or date-time (minutes precision, offset kept)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def _readable_number(n: int | float) -> str:
    # A decimal keeps its digits as read back (`1200.5` -> `1,200.5`); the
    # loader bounds them so that repr never turns to an exponent.
    if isinstance(n, int):
        return f"{n:,}"
    whole, _, fraction = repr(n).partition(".")
    return f"{int(whole):,}.{fraction}"


def readable_count(count: Count) -> str:
    """A count for a person to read, thousands separated: `2,750`,
    `250,000-300,000`, `1,200+`, `2.5`, `unknown`. The panes, Markdown and
    diffs show counts this way; data exports keep `Count.text`'s plain digits."""
    if count.low is None:
        return count.text
    if count.high is None:
        return f"{_readable_number(count.low)}+"
    if count.high == count.low:
        return _readable_number(count.low)
    return f"{_readable_number(count.low)}-{_readable_number(count.high)}"


def with_unit(shown: str, unit: str | None) -> str:
    """A readable number with its unit: `2,750 tonnes`, `1,200 USD`; a unit
    that starts with a sign rather than a letter or digit follows the
    number directly (`2.5%`, `12°C`)."""
    if not unit:
        return shown
    if shown == "unknown":
        return f"unknown ({unit})"
    return f"{shown}{unit}" if not unit[0].isalnum() else f"{shown} {unit}"


def readable_amount(count: Count, unit: str | None) -> str:
    """A figure's value for a person to read, with its unit (see with_unit)."""
    return with_unit(readable_count(count), unit)


def source_names(names: tuple[str, ...], separator: str = ", ") -> str:
    """The sources of an item as one text: `Reuters, AFP` (empty when none)."""
    return separator.join(names)


def claim_figures(claim: CasualtyClaim) -> str:
    """A claim's figures as a reader sees them: "killed 2,750, injured 80"."""
    parts = [f"{measure} {readable_count(count)}" for measure, count in claim_counts(claim)]
    return ", ".join(parts) or "no figure"
