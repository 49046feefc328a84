"""Counts and figures' values: a whole number, at least N, a range, or
unknown; a figure's value may also be a decimal (revision 3).

No `from __future__ import annotations`, as in core.format.model: the
NamedTuple's annotations are then real types, not strings compiled at start.
"""

import re
from typing import NamedTuple

# A number as a count or a figure's value is written: digits, and for a
# figure a decimal part. A decimal's digits are bounded so that it reads back
# exactly, since a float holds only so many significant digits.
_NUMBER = r"(\d+(?:\.\d+)?)"
_RANGE = re.compile(rf"^\s*{_NUMBER}\s*-\s*{_NUMBER}\s*$")
_AT_LEAST = re.compile(rf"^\s*{_NUMBER}\s*\+\s*$")
_EXACT = re.compile(rf"^\s*{_NUMBER}\s*$")
_DECIMAL_DIGITS = 15


class Count(NamedTuple):
    """A number of people or things: exact, a range, at least N, or unknown.

    `low`..`high` is the closed interval of values the claim allows;
    `high is None` means no upper bound. An unknown count has neither. A
    casualty count is whole (int); a figure's value may be a decimal (float).
    """

    low: int | float | None
    high: int | float | None
    text: str

    @property
    def is_unknown(self) -> bool:
        return self.low is None

    def contradicts(self, other: "Count") -> bool:
        """True when the two counts cannot both be true (disjoint intervals)."""
        if self.low is None or other.low is None:
            return False
        self_high = self.high if self.high is not None else float("inf")
        other_high = other.high if other.high is not None else float("inf")
        return self_high < other.low or other_high < self.low

    def __str__(self) -> str:
        return self.text


def _number(text: str, decimals: bool) -> int | float:
    if "." not in text:
        return int(text)
    if not decimals:
        raise ValueError("a count of people is a whole number")
    whole, _, fraction = text.partition(".")
    if len(whole.lstrip("0")) + len(fraction) > _DECIMAL_DIGITS:
        raise ValueError(f"{text} has more digits than a value can hold exactly "
                         f"({_DECIMAL_DIGITS}); round it")
    value = float(text)
    return int(value) if value.is_integer() else value


def _shown(n: int | float) -> str:
    return str(n) if isinstance(n, int) else repr(n)


def parse_count(value: object, decimals: bool = False) -> Count:
    """Parse `80`, `"80+"`, `"10-20"` or `"unknown"`; raise ValueError with advice.

    With `decimals` (a figure's value) the numbers may have a decimal part:
    `2.5`, `"2.5-3"`."""
    if isinstance(value, bool):
        raise ValueError("a count must be a whole number, not true/false")
    if isinstance(value, int | float):
        if value < 0:
            what = "value" if decimals else "count"
            raise ValueError(f"a {what} cannot be negative ({value})")
        if isinstance(value, int):
            return Count(value, value, str(value))
        value = repr(value) if decimals else value  # `inf` and `nan` fail below
    advice = ("a whole number or a decimal (2.5), at least N (\"80+\"), a range (\"10-20\") "
              "or \"unknown\"" if decimals else
              "a whole number (80), at least N (\"80+\"), a range (\"10-20\") or \"unknown\"")
    if isinstance(value, str):
        text = value.strip()
        if text.lower() == "unknown":
            return Count(None, None, "unknown")
        if text.startswith("-") and _EXACT.match(text[1:]):
            what = "value" if decimals else "count"
            raise ValueError(f"a {what} cannot be negative ({text})")
        try:
            if m := _EXACT.match(text):
                n = _number(m.group(1), decimals)
                return Count(n, n, _shown(n))
            if m := _AT_LEAST.match(text):
                n = _number(m.group(1), decimals)
                return Count(n, None, f"{_shown(n)}+")
            if m := _RANGE.match(text):
                low, high = _number(m.group(1), decimals), _number(m.group(2), decimals)
                if low > high:
                    raise ValueError(f"range {text!r} runs backwards; write "
                                     f"{_shown(high)}-{_shown(low)}")
                return Count(low, high, f"{_shown(low)}-{_shown(high)}")
        except ValueError as exc:
            if "whole number" not in str(exc):
                raise
    raise ValueError(f"{value!r} is not a count; write {advice}")
