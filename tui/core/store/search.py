"""Running a parsed query: ranked hits, each with a line saying where it matched.

Items are ranked by FTS5's bm25 (a match in who said it counts double,
one in the lesser words, such as a quote's context, half), then newest
briefing first. A query of tags, dates or `disputed` alone lists briefings,
newest first. A hit's snippet is plain text on one line: every control
character is removed, so it can go to a terminal as it is.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple, TypeVar, cast, overload

from tui.core.format.text import one_line
from tui.core.store import snippets
from tui.core.store.db import ITEM_BITS
from tui.core.store.query import Query, parse_query

_T = TypeVar("_T")

# Marks around the matched words in FTS5's snippets: control characters,
# which stored text never keeps (see plain), so they cannot be forged.
_OPEN, _CLOSE = "\x02", "\x03"
_SNIPPET_TOKENS = 16
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# With a limit, at most this many matches are ranked (see run_search).
CANDIDATES = 5000
# bm25's weight for each indexed column: who, country, org, text, more.
_WEIGHTS = (2.0, 1.0, 1.0, 1.0, 0.5)

LABELS = {"quote": "quote by", "claim": "claim by", "figure": "figure by",
          "reaction": "reaction by"}


class Hit(NamedTuple):
    """One match: the briefing's path (relative to the folder), the line
    to open at, the item (`kind` and its index among its kind), who, and a
    snippet with the matched words' (start, end) offsets in it."""

    path: str
    line: int
    kind: str
    item: int
    who: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    title: str
    date: str

    @property
    def label(self) -> str:
        """Where the match is: `quote by Ali Khamenei`, `summary`, `briefing`."""
        if self.kind in LABELS and self.who:
            return f"{LABELS[self.kind]} {self.who}"
        return self.kind


def plain(text: str) -> str:
    """Text safe to print: control characters (C0, C1, DEL, so ESC) removed
    by the core's one sanitiser, white space runs made one space."""
    return one_line(text)


def _marked(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet without its marks, and where the marked words are."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for part in re.split(f"([{_OPEN}{_CLOSE}])", snippet):
        if part == _OPEN:
            start = length
        elif part == _CLOSE:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            # one character for one, so the offsets hold
            cleaned = re.sub(r"\s", " ", _CONTROL.sub("", part))
            out.append(cleaned)
            length += len(cleaned)
    return "".join(out), tuple(spans)


def _conditions(q: Query) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if q.date_from is not None:
        where.append("b.date >= ?")
        params.append(q.date_from)
    if q.date_to is not None:
        where.append("b.date <= ?")
        params.append(q.date_to)
    if q.disputed:
        where.append("b.disputes > 0")
    for tag in q.tags:
        escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("EXISTS (SELECT 1 FROM tags t WHERE t.briefing = b.id "
                     "AND t.tag LIKE ? ESCAPE '\\')")
        params.append(escaped + "%")
    return where, params


def run_search(conn: sqlite3.Connection, text: str, limit: int | None = None) -> list[Hit]:
    """The hits for the query `text` (see core.store.query), best first.
    With `limit`, the best `limit` of the CANDIDATES matches indexed last:
    what a filter needs as the user types."""
    q = parse_query(text)
    if q.empty:
        return []
    where, params = _conditions(q)
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if q.match is None:
        if q.kinds is not None:
            return []  # a field whose value held no word
        rows = conn.execute(
            "SELECT b.path, b.title, b.date FROM briefings b WHERE b.error_count = 0 "
            + "".join(f" AND {w}" for w in where) + " ORDER BY b.date DESC, b.path" + limit_sql,
            params).fetchall()
        return [Hit(path, 1, "briefing", 0, "", plain(title or ""), (), plain(title or ""),
                    date or "") for path, title, date in rows]
    if q.kinds is not None:
        kinds = sorted(q.kinds)
        where.append(f"items.kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    if limit is not None:
        # Ranking computes bm25 for every match: for a query that matches a
        # large part of the archive (a keystroke), only the CANDIDATES
        # items indexed last are ranked, found by walking the match's rowids.
        bound = conn.execute(
            f"SELECT items.rowid FROM items JOIN briefings b ON b.id = (items.rowid >> {ITEM_BITS})"
            " WHERE items MATCH ?" + "".join(f" AND {w}" for w in where)
            + " ORDER BY items.rowid DESC LIMIT 1 OFFSET ?",
            [q.match, *params, max(CANDIDATES, limit)]).fetchone()
        if bound is not None:
            where.append("items.rowid > ?")
            params.append(bound[0])
    marks = (_OPEN, _CLOSE, "…", _SNIPPET_TOKENS)
    sql = (
        "SELECT b.path, items.line, items.kind, items.item, items.who, "
        "snippet(items, 3, ?, ?, ?, ?), snippet(items, 4, ?, ?, ?, ?), b.title, b.date "
        f"FROM items JOIN briefings b ON b.id = (items.rowid >> {ITEM_BITS}) "
        "WHERE items MATCH ?" + "".join(f" AND {w}" for w in where)
        + f" ORDER BY bm25(items, {', '.join(map(str, _WEIGHTS))}), b.date DESC, b.path,"
        " items.rowid" + limit_sql
    )
    rows = conn.execute(sql, [*marks, *marks, q.match, *params]).fetchall()
    hits = []
    for path, line, kind, item, who, text_snip, more_snip, title, date in rows:
        # the words' snippet, unless the match is only in the lesser words (a
        # match in who said it gives the words' first tokens, unmarked)
        chosen = more_snip if _OPEN not in text_snip and _OPEN in more_snip else text_snip
        snippet, spans = _marked(chosen)
        hits.append(Hit(path, int(line), kind, int(item), plain(who), snippet, spans,
                        plain(title or ""), date or ""))
    return hits


class BriefingHit(NamedTuple):
    """A briefing that matches a query, and its best item (None when the
    query chose it by tag, date or `disputed` alone, or a snippet was not
    looked for: see run_briefing_search)."""

    path: str
    hit: Hit | None


class BriefingMatches(Sequence[BriefingHit]):
    """The briefings matching a query, best first, as BriefingHits: kept as
    their paths and the few hits found (by position), each BriefingHit made
    when read. A common word matches every briefing of the archive, and the
    library reads the paths alone at each keystroke."""

    __slots__ = ("located", "paths")

    def __init__(self, paths: list[str], located: dict[int, Hit] | None = None) -> None:
        self.paths = paths
        self.located: dict[int, Hit] = located or {}

    def __len__(self) -> int:
        return len(self.paths)

    @overload
    def __getitem__(self, at: int) -> BriefingHit: ...

    @overload
    def __getitem__(self, at: slice) -> list[BriefingHit]: ...

    def __getitem__(self, at: int | slice) -> BriefingHit | list[BriefingHit]:
        if isinstance(at, slice):
            return [self[n] for n in range(len(self.paths))[at]]
        n = range(len(self.paths))[at]  # a negative position counts from the end
        return BriefingHit(self.paths[n], self.located.get(n))

    def __iter__(self) -> Iterator[BriefingHit]:
        get = self.located.get
        return (BriefingHit(path, get(n)) for n, path in enumerate(self.paths))


# The briefings listed first get a snippet saying where they matched:
# looked up one by one, so only as many as the first screen shows (the
# library passes how many its list shows).
SNIPPETS = 20
# Up to this many matching briefings are ranked by bm25; more (a common
# word, a first keystroke) are listed newest first: ranking them all
# would cost more than a keystroke may, and says little.
RANKED = 2000


def picked(items: list[_T], places: list[int]) -> list[_T]:
    """The items at these places, in their order (picked by C code: a query
    may keep tens of thousands of them at a keystroke)."""
    if len(places) > 1:
        return list(itemgetter(*places)(items))
    return [items[n] for n in places]


class NewestFirst:
    """Every indexed briefing newest first (then by path): its id, its path
    and, by id, its place. Read once and kept while the index is unchanged:
    with it, the many briefings a common word matches are put in order
    without reading the briefings table for each (a join and a sort that
    cost more than the FTS5 query itself)."""

    def __init__(self) -> None:
        self._conn: sqlite3.Connection | None = None
        self._version = (-1, -1)
        self.ids: list[int] = []
        self.paths: list[str] = []
        self.place: dict[int, int] = {}

    def read(self, conn: sqlite3.Connection) -> NewestFirst:
        """Up to date with the index as `conn` sees it."""
        # data_version changes when another connection commits, total_changes
        # when this one writes.
        version = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        if conn is not self._conn or version != self._version:
            rows = conn.execute("SELECT id, path FROM briefings ORDER BY date DESC, path")
            self.ids, self.paths = [], []
            for bid, path in rows:
                self.ids.append(bid)
                self.paths.append(path)
            self.place = {bid: n for n, bid in enumerate(self.ids)}
            self._conn, self._version = conn, version
        return self

    def of(self, conn: sqlite3.Connection, ids: list[int]) -> tuple[list[int], list[str]]:
        """These briefings' ids and paths, newest first."""
        order = self.read(conn)
        places = list(map(order.place.get, ids))
        known = [n for n in places if n is not None] if None in places else places
        ordered = sorted(cast("list[int]", known))
        return picked(order.ids, ordered), picked(order.paths, ordered)


def run_briefing_search(conn: sqlite3.Connection, text: str, located: int = SNIPPETS,
                        order: NewestFirst | None = None) -> BriefingMatches:
    """The briefings matching `text`, as the library's filter lists them: a
    briefing matches when each word, phrase and field matches somewhere in
    it (not necessarily in one item: `macron gaza` finds a briefing quoting
    Macron and speaking of Gaza elsewhere). Best first by bm25 over the
    whole briefing (newest first when very many match); the first
    `located` each with where they match: an item matching every word if
    there is one, else where the first word does. `order`: the briefings
    newest first, kept from one search to the next (see NewestFirst)."""
    q = parse_query(text)
    if q.empty:
        return BriefingMatches([])
    if not q.terms:
        return BriefingMatches([h.path for h in run_search(conn, text)])
    where, params = _conditions(q)
    # A field that names a kind of item (speaker: quotes) is checked on
    # the items: the briefing's document mixes speakers and claimants.
    for term in q.terms:
        if term.kinds is not None:
            where.append(f"b.id IN (SELECT rowid >> {ITEM_BITS} FROM items WHERE items MATCH ? "
                         f"AND kind IN ({', '.join('?' * len(term.kinds))}))")
            params.extend([term.fts, *sorted(term.kinds)])
    match = " AND ".join(f"({term.fts})" for term in q.terms)
    base = ("FROM docs JOIN briefings b ON b.id = docs.rowid WHERE docs MATCH ?"
            + "".join(f" AND {w}" for w in where))
    if where or order is None:
        rows = conn.execute(f"SELECT b.id, b.path {base} ORDER BY b.date DESC, b.path",
                            [match, *params]).fetchall()
        ids, paths = [bid for bid, _ in rows], [path for _, path in rows]
    else:
        ids = [bid for (bid,) in conn.execute("SELECT rowid FROM docs WHERE docs MATCH ?",
                                              [match])]
        if len(ids) > RANKED:
            ids, paths = order.of(conn, ids)
    if len(ids) <= RANKED:
        rows = conn.execute(f"SELECT b.id, b.path {base} ORDER BY bm25(docs, "
                            f"{', '.join(map(str, _WEIGHTS))}), b.date DESC, b.path",
                            [match, *params]).fetchall()
        ids, paths = [bid for bid, _ in rows], [path for _, path in rows]
    hits: dict[int, Hit] = {}
    for n, (bid, path) in enumerate(zip(ids[:located], paths, strict=False)):
        if (matched := snippets.where(conn, bid, q.terms)) is not None:
            item, snippet, spans = matched
            who, _, _, _, _, kind, number, line = item
            hits[n] = Hit(path, int(line), kind, int(number), plain(who), snippet, spans, "", "")
    # the rest have no place to show (a common word matches every briefing)
    return BriefingMatches(paths, hits)
