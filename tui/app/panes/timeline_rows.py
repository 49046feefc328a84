"""The timeline pane's rows: one merged timeline (core.story.timeline) of the
events and every dated claim, revision, figure, quote and reaction, each
marked by its kind, under the filter `f` cycles (all, events, claims,
quotes, reactions)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from textual.content import Content

from tui.app.text import join, matches
from tui.core.format.text import format_when
from tui.core.story.timeline import FILTERS, Entry, filtered

if TYPE_CHECKING:
    from tui.app.panes.base import Row
    from tui.core.format.model import Briefing

FILTER_NAMES: tuple[str, ...] = tuple(FILTERS)


def next_filter(name: str) -> str:
    """The filter after `name`, back to "all" after the last."""
    at = FILTER_NAMES.index(name) if name in FILTER_NAMES else 0
    return FILTER_NAMES[(at + 1) % len(FILTER_NAMES)]


def filter_title(name: str) -> str:
    """What the pane's title says of its filter ("" for all)."""
    return "" if name == "all" else f"{name} only"


def _parts(e: Entry) -> tuple[str, str]:
    """The entry's date, and its time (with any offset) or "" for a date alone."""
    date_part, _, time_part = format_when(e.when).partition(" ")
    return date_part, time_part


def date_column(entries: Sequence[Entry]) -> int:
    """The width of the date column: the longest date and two spaces (the
    time starts the text, as in the timeline's own rows)."""
    return max((len(_parts(e)[0]) for e in entries), default=0) + 2


def entry_line(e: Entry, column: int) -> Content:
    """`2020-01-08  09:00  claim · Ministry: civilians, 12 killed`: a
    statement says its kind (an event, the timeline's own, is as ever); a
    claim or figure a later revision replaced says so."""
    date_part, time_part = _parts(e)
    kind = "" if e.kind == "event" else f"{e.kind} · "
    return join((date_part.ljust(column), "bold"), (time_part + "  " if time_part else "", "bold"),
                (kind, "italic"), e.text,
                ("  (revised later)" if not e.current else "", "dim italic"))


class _Merged(NamedTuple):
    briefing: Briefing
    name: str
    entries: list[Entry]
    column: int


# The last briefing's merged timeline: a pane asks for its rows, its label
# column and its count in turn, and merging a big briefing's every dated
# statement three times was most of its first frame.
_last: list[_Merged] = []


def _merged(briefing: Briefing, name: str) -> _Merged:
    name = name if name in FILTERS else "all"
    if _last and _last[0].briefing is briefing and _last[0].name == name:
        return _last[0]
    found = filtered(briefing, name)
    _last[:] = [_Merged(briefing, name, found, date_column(found))]
    return _last[0]


def entries(briefing: Briefing, name: str) -> list[Entry]:
    return _merged(briefing, name).entries


def entries_column(briefing: Briefing, name: str) -> int:
    """date_column of `entries(briefing, name)`, worked out once."""
    return _merged(briefing, name).column


def timeline_rows(briefing: Briefing, query: str, name: str) -> list[Row]:
    """The rows of the merged timeline under the filter `name`; a row's item
    is the record the entry comes from (its details, copy and history)."""
    found = entries(briefing, name)
    column = entries_column(briefing, name)  # all of them: a search keeps the column
    return [(partial(entry_line, e, column), e.record) for e in found
            if not query or matches(query, [e.text, format_when(e.when), e.kind])]
