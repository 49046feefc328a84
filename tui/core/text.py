"""Plain-text helpers shared by every output: the terminal and Markdown."""

from __future__ import annotations

import re
from datetime import date, datetime

# C0 and C1 control characters and DEL, except tab and newline. These would
# move the cursor, change colours or retitle the terminal if printed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove control characters other than newline and tab."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return _CONTROL.sub("", text)


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
