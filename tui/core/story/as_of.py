"""A briefing as it stood at a moment: what had been said by then.

A story's moments are every distinct `said` (quotes, casualty claims,
figures, reactions) and timeline `when`, ordered by instant (core.when: an
offset counts, a time without one is read in the briefing's `timezone`, a
bare date is the start of its day). As of a moment, a briefing holds the
claims and figures current then (later revisions hidden), the quotes and
reactions said by then and the timeline up to then; its disputes are
recomputed from those. Anything without a time (no `said`) is always kept:
`is_undated` tells a view to mark it.

A moment a person types (`--as-of 2020-01-08`) is read by `moment_from_text`:
a bare date means the END of that day, so "as of 8 Jan" includes what was
said on 8 Jan; a time without an offset is read in the briefing's zone.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from tui.core.format.when import instant_microseconds, when_sort_key

if TYPE_CHECKING:
    from tui.core.format.model import Briefing, When

SortKey = tuple[int, int]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?")
WHEN_ADVICE = ("write a date (2020-01-08), a date and time (2020-01-08T18:00) "
               "or one with its offset (2020-01-08T18:00+03:00)")


class Moment(NamedTuple):
    """A point in a story's time: the date or date-time as written, the key
    it sorts on (core.when's `when_sort_key`, or the end of the day for a
    typed bare date), and a label for a person ("3 Mar 18:00")."""

    when: When
    key: SortKey
    label: str


def moment_label(value: When, with_year: bool = False) -> str:
    """`3 Mar`, `3 Mar 18:00`, `3 Mar 18:00 +03:00` (the offset as written;
    `UTC` for `Z`); with the year after the month when asked."""
    day = f"{value.day} {value.strftime('%b')}" + (f" {value.year}" if with_year else "")
    if not isinstance(value, datetime):
        return day
    text = f"{day} {value:%H:%M}"
    offset = value.utcoffset()
    if offset is None:
        return text
    if not offset:
        return f"{text} UTC"
    return f"{text} {value.isoformat(timespec='minutes')[-6:]}"


def _dated(b: Briefing) -> list[When]:
    """Every time written in the briefing's statements and timeline."""
    found: list[When | None] = [q.said for q in b.quotes]
    found += [c.said for c in b.casualty_claims]
    found += [f.said for f in b.figures]
    found += [r.said for r in b.reactions]
    found += [e.when for e in b.timeline]
    return [w for w in found if w is not None]


def moments(b: Briefing) -> list[Moment]:
    """The story's moments, earliest first: one per distinct instant (the
    first time written for it names it). Labels carry the year when the
    moments span more than one."""
    zone = b.zone
    by_key: dict[SortKey, When] = {}
    for when in _dated(b):
        by_key.setdefault(when_sort_key(when, zone), when)
    with_year = len({w.year for w in by_key.values()}) > 1
    return [Moment(when, key, moment_label(when, with_year))
            for key, when in sorted(by_key.items())]


def is_undated(record: object) -> bool:
    """True for a quote, claim, figure or reaction with no `said`: it is kept
    at every moment, and a view marks it "undated"."""
    if hasattr(record, "event"):  # a timeline entry always has its `when`
        return False
    return getattr(record, "said", None) is None


def said_by(when: When | None, at: Moment, zone: tzinfo) -> bool:
    """Whether something said at `when` had been said as of `at` (an
    undated statement always has)."""
    return when is None or when_sort_key(when, zone) <= at.key


def as_of(b: Briefing, at: Moment) -> Briefing:
    """The briefing as it stood at `at`: a new Briefing (so its current
    claims, figures and disputes are those of then), with the same path."""
    zone = b.zone
    return b._replace(
        quotes=tuple(q for q in b.quotes if said_by(q.said, at, zone)),
        casualty_claims=tuple(c for c in b.casualty_claims if said_by(c.said, at, zone)),
        figures=tuple(f for f in b.figures if said_by(f.said, at, zone)),
        reactions=tuple(r for r in b.reactions
                        if said_by(r.said, at, zone)),
        timeline=tuple(e for e in b.timeline if said_by(e.when, at, zone)),
    )


def parse_when(text: str) -> When:
    """A date or date-time a person typed; ValueError with advice for
    anything else."""
    value = text.strip()
    try:
        if _DATE.fullmatch(value):
            return date.fromisoformat(value)
        if _DATE_TIME.fullmatch(value):
            return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{text!r} is no real date or time ({exc})") from None
    raise ValueError(f"{text!r} is not a date or time; {WHEN_ADVICE}")


def end_of_day_key(day: date, zone: tzinfo) -> SortKey:
    """A key after everything said on `day` in `zone`, before the next day."""
    try:
        next_start = instant_microseconds(day + timedelta(days=1), zone)
    except OverflowError:  # the last day datetime holds: nothing comes after it
        next_start = instant_microseconds(day, zone) + 86_400_000_000
    return (next_start - 1, 1)


def moment_from_text(text: str, zone: tzinfo) -> Moment:
    """The moment a person means by `text` in a briefing read in `zone`: a
    bare date is the end of that day (as of 8 Jan includes 8 Jan); a time
    without an offset is read in `zone`. ValueError for a bad one."""
    when = parse_when(text)
    if isinstance(when, datetime):
        return Moment(when, when_sort_key(when, zone), moment_label(when, with_year=True))
    return Moment(when, end_of_day_key(when, zone), moment_label(when, with_year=True))
