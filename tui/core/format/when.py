"""Times in a briefing: the instant a date or date-time stands for, and the
one sort key everything ordered by time uses (timeline, revisions).

A date-time with an offset (`23:00+03:00`, `22:00Z`) is that moment; one
without an offset is read in the briefing's `timezone` (UTC when it names
none); a bare date is the start of that day in that zone. Times are shown
as written: only ordering uses the instant.
"""

from __future__ import annotations

import difflib
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache

When = date | datetime


def time_zone(name: str | None) -> tzinfo:
    """The zone a briefing's `timezone` names (UTC for none). Raises
    zoneinfo.ZoneInfoNotFoundError (a KeyError) or ValueError for a name the
    time zone database does not know; the loader has checked it already."""
    if name is None or name == "UTC":
        return UTC  # needs no time zone database
    from zoneinfo import ZoneInfo  # imported only by briefings that name a zone

    return ZoneInfo(name)


_MICROSECOND = timedelta(microseconds=1)


def instant_microseconds(value: When, zone: tzinfo = UTC) -> int:
    """The moment a date or date-time stands for, as microseconds since the
    start of year 1 UTC: a date-time with an offset is that moment; one
    without is read in `zone`; a bare date is the start of that day in
    `zone`. Whole numbers, not a UTC datetime, because converting a date
    near year 1 or 9999 to UTC can fall outside the years datetime holds."""
    local = value if isinstance(value, datetime) else datetime.combine(value, time())
    offset = (local.utcoffset() if local.tzinfo is not None
              else zone.utcoffset(local)) or timedelta(0)
    wall = (local.toordinal() * 86_400 + local.hour * 3600 + local.minute * 60
            + local.second) * 1_000_000 + local.microsecond
    return wall - offset // _MICROSECOND


def when_sort_key(value: When, zone: tzinfo = UTC) -> tuple[int, int]:
    """The one key everything ordered by time sorts on: the instant (see
    `instant_microseconds`), and at the same instant a bare date before a
    date-time."""
    return (instant_microseconds(value, zone), 1 if isinstance(value, datetime) else 0)


@cache
def known_zones() -> frozenset[str]:
    """The zone names a briefing may give: the time zone database's, and
    UTC, less `localtime` (each machine's own zone, not the briefing's)."""
    from zoneinfo import available_timezones

    return frozenset(available_timezones() - {"localtime"} | {"UTC"})


def zone_problem(name: str) -> str | None:
    """What is wrong with a `timezone` value, with the nearest known name;
    None when the time zone database knows it."""
    known = known_zones()
    if name in known:
        try:
            time_zone(name)
            return None
        except (KeyError, ValueError, OSError) as exc:  # listed, but unreadable
            return f"time zone {name!r} cannot be read ({exc})"
    shown = name if len(name) <= 40 else name[:37] + "..."
    if known == {"UTC"}:
        return (f"unknown time zone {shown!r}: this system has no time zone database; "
                "install the tzdata package (pip install tzdata)")
    folded = {k.casefold(): k for k in known}
    close = folded.get(name.strip().casefold())
    if close is None:
        found = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
        close = found[0] if found else None
    hint = (f"; did you mean {close!r}?" if close else
            "; write an IANA name such as Asia/Baghdad or Europe/London, or UTC")
    return f"unknown time zone {shown!r}{hint}"
