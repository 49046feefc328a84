"""The library's entries as the index lists them, and how each row reads.

An entry is a file of the folder with its index row (core.store.index.Row):
a briefing's title, date, place and counts, or a broken file's first error.
The library never loads a briefing to list it.
"""

from __future__ import annotations

from bisect import bisect
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple, cast

from textual.content import Content

from tui.app.rows import ALERT_STYLE
from tui.app.text import MATCH_STYLE, join
from tui.app.widgets.row_list import ListRow
from tui.core.store.index import Row
from tui.core.store.library import count_words, natural_key
from tui.core.store.search import BriefingMatches, Hit, picked


class Entry(NamedTuple):
    """One file of the library: its path and its index row."""

    path: Path
    row: Row

    @property
    def broken(self) -> bool:
        return self.row.error_count > 0 or self.row.title is None

    @property
    def title(self) -> str:
        return self.row.title or ""


def entry_counts(row: Row) -> list[str]:
    """What a row counts: `10 quotes`, `6 claims (2 revised)` (claims as the
    claims pane lists them: see core.store.rows.summarise)."""
    return count_words(row.quotes, row.claims, row.revised)


def entry_line(entry: Entry, show_file: bool = False) -> Content:
    """A library row: title, then date, place, counts (and the file's name
    when `show_file`: another briefing has the same title)."""
    row = entry.row
    if entry.broken:
        count = row.error_count
        more = f" (+{count - 1} more; enter lists them)" if count > 1 else ""
        where = (f"{row.error_line}:{row.error_column}: {row.error_field}: {row.error_message}"
                 if row.error_message else "")
        return join(("⚠ INVALID  ", ALERT_STYLE), (entry.path.name, "bold"), "\n  ",
                    (where, "$text-error"), more)
    meta = [row.date or ""]
    if row.place:
        meta.append(row.place)
    meta += entry_counts(row)
    if show_file:
        meta.append(entry.path.name)
    flag = ("  ⚠ disputes", ALERT_STYLE) if row.disputes else ""
    return join((entry.title, "bold"), "\n  ", (" · ".join(meta), "dim"), flag)


def hit_line(hit: Hit) -> Content:
    """Where a search matched in a briefing: `quote by Ali Khamenei: …slap…`,
    the matched words marked."""
    label = hit.label if hit.kind != "title" else "title"
    snippet = Content(hit.snippet)
    for start, end in hit.highlights:
        snippet = snippet.stylize(MATCH_STYLE, start, end)
    return join("\n  ", (f"{label}: ", "italic"), snippet)


def patched(entries: list[Entry], lines: dict[Path, Content], rows: list[Row],
            changed: frozenset[str] | None, folder: Path, by: str
            ) -> tuple[list[Entry], dict[Path, Content]]:
    """The entries with the rows of the `changed` paths replaced by `rows`
    (None: all of them), sorted `by`, and each entry's line (only those
    that changed are built again)."""
    kept = [] if changed is None else [e for e in entries if e.row.path not in changed]
    new = [Entry(folder / row.path, row) for row in rows]
    # a title now shared (or no longer) shows the file's name on each of its rows
    touched = {e.title for e in new} | {e.title for e in entries
                                        if changed is not None and e.row.path in changed}
    if changed is not None and len(new) <= _INSERT_MOST:
        # a few files changed: each goes in at its place, the rest stay sorted
        for entry in new:
            kept.insert(bisect(kept, sort_key(entry, by), key=lambda e: sort_key(e, by)), entry)
        entries = kept
    else:
        entries = sort_entries(kept + new, by)
    titles = Counter(e.title for e in entries if not e.broken)
    lines = {} if changed is None else dict(lines)
    lines.update({e.path: entry_line(e, not e.broken and titles[e.title] > 1) for e in entries
                  if changed is None or e.row.path in changed or e.title in touched})
    return entries, lines


@cache
def _name_key(name: str) -> tuple[tuple[int, int | str], ...]:
    # a folder is sorted again at each change: each name's key is made once
    return natural_key(name)


# Up to this many new rows are put in one by one; more are sorted with the rest.
_INSERT_MOST = 32


class _Later:
    """A date that sorts newest first: `_Later("2020-02-01") < _Later("2020-01-01")`."""

    __slots__ = ("date",)

    def __init__(self, date: str) -> None:
        self.date = date

    def __lt__(self, other: _Later) -> bool:
        return self.date > other.date

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Later) and self.date == other.date

    __hash__ = None  # type: ignore[assignment]


SortKey = tuple[object, ...]


def sort_key(entry: Entry, by: str) -> SortKey:
    """Where an entry sorts (as sort_entries orders them): broken files
    last, then by date, title or nothing, then by file name."""
    name = _name_key(entry.path.name)
    if entry.broken:
        return (1, name)
    if by == "date":
        return (0, _Later(entry.row.date or ""), name)
    if by == "title":
        return (0, natural_key(entry.title), name)
    return (0, name)


def sort_entries(entries: list[Entry], by: str = "date") -> list[Entry]:
    """Sorted `by` date (newest first), title or file name; equal ones by
    file name in natural order (1, 2, 10); broken files last, by name."""
    good = sorted((e for e in entries if not e.broken), key=lambda e: _name_key(e.path.name))
    bad = sorted((e for e in entries if e.broken), key=lambda e: _name_key(e.path.name))
    if by == "date":
        good.sort(key=lambda e: e.row.date or "", reverse=True)
    elif by == "title":
        good.sort(key=lambda e: natural_key(e.title))
    return good + bad


class Listing:
    """The entries as listed, with what every keystroke of the filter reads
    of them, worked out once per listing rather than once per key: each
    entry by its path, its file name and date to match words against, its
    row for the list, and how many files are invalid."""

    def __init__(self, entries: list[Entry], lines: dict[Path, Content],
                 previous: Listing | None = None) -> None:
        self.entries = entries
        self.lines = lines
        self.position = {e.row.path: n for n, e in enumerate(entries)}
        self.names: list[str] = []
        self.rows: list[ListRow] = []
        old = previous.lines if previous is not None else {}
        at = previous.position if previous is not None else {}
        for entry in entries:
            line = lines[entry.path]
            if old.get(entry.path) is line and previous is not None:
                # unchanged: the previous listing's own row object, whose
                # height the list knows already
                n = at[entry.row.path]
                self.names.append(previous.names[n])
                self.rows.append(previous.rows[n])
            else:
                # the name and the date, apart: a word never holds a newline
                self.names.append(f"{entry.path.name.casefold()}\n{entry.row.date or ''}")
                # A long title wraps under its details, not to the left edge.
                self.rows.append(ListRow(line, hang=2))
        self.invalid = sum(1 for e in entries if e.broken)

    def holds(self, entries: list[Entry], lines: dict[Path, Content]) -> bool:
        """Whether this listing is of these entries and rows."""
        return entries is self.entries and lines is self.lines

    def everything(self) -> Shown:
        """Every entry, as listed (no filter)."""
        count = len(self.entries)
        return Shown(self.entries, [None] * count, self.rows, range(count))

    def cursor(self, shown: Shown, selected: Entry | None, previous: int | None) -> int:
        """Where the cursor goes in the `shown` entries: it stays on its
        briefing (its file) while it is still listed, through rescans too;
        when its file is gone, on the row that took its place; when the
        filter hides it, on the first."""
        if selected is None:
            return 0
        # by the path as the index has it: a string compares faster than a Path
        place = self.position.get(selected.row.path)
        if place is None:
            return min(previous or 0, len(shown.entries) - 1)
        try:
            return shown.places.index(place)
        except ValueError:
            return 0

    def hit_row(self, entry: Entry, hit: Hit) -> ListRow:
        """The entry's row with a line saying where the filter matched."""
        return ListRow(self.lines[entry.path] + hit_line(hit), hang=2)


class Shown(NamedTuple):
    """What the list shows: the entries, where each matched (None: no line
    for it), their rows, and each one's place in the listing."""

    entries: list[Entry]
    hits: list[Hit | None]
    rows: list[ListRow]
    places: Sequence[int]


def filter_entries(listing: Listing, found: BriefingMatches, query: str) -> Shown:
    """The entries a search found, in its order, each with where it matched;
    then those whose file name or date holds every word typed (what the
    index's words do not hold)."""
    position, located = listing.position, found.located
    listed = list(map(position.get, found.paths))
    if None in listed:
        # a file not listed (yet): the hits after it move up
        kept = [k for k, n in enumerate(listed) if n is not None]
        located = {n: located[k] for n, k in enumerate(kept) if k in located}
        listed = [listed[k] for k in kept]
    places = cast("list[int]", listed)  # none is None now
    words = query.casefold().split()
    if words and all(":" not in w and '"' not in w for w in words):
        names = listing.names
        matching = [n for n, name in enumerate(names) if words[0] in name]
        for word in words[1:]:
            matching = [n for n in matching if word in names[n]]
        if matching:
            taken = set(places)
            places += [n for n in matching if n not in taken]
    entries = picked(listing.entries, places)
    rows = picked(listing.rows, places)
    hits: list[Hit | None] = [None] * len(places)
    for n, hit in located.items():
        hits[n] = hit
        rows[n] = listing.hit_row(entries[n], hit)
    return Shown(entries, hits, rows, places)
