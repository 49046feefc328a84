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
from typing import NamedTuple

from tui.core.format.text import one_line
from tui.core.store.db import ITEM_BITS
from tui.core.store.query import Query, parse_query

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


# Briefings whose words match across items get a snippet of their first
# word's match looked up one by one: only so many, the first screens.
SNIPPETS = 60


def run_briefing_search(conn: sqlite3.Connection, text: str,
                        limit: int | None = None) -> list[BriefingHit]:
    """The briefings matching `text`, as the library's filter lists them: a
    briefing matches when each word, phrase and field matches somewhere in
    it (not necessarily one item: `macron gaza` finds a briefing quoting
    Macron and speaking of Gaza elsewhere). Briefings with one item that
    matches every word come first, best first (see run_search), each with
    that item; then the others, newest first, each with where its first
    word matches."""
    q = parse_query(text)
    if q.empty:
        return []
    if not q.terms:
        return [BriefingHit(h.path, None) for h in run_search(conn, text, limit)]
    where, params = _conditions(q)
    selects: list[str] = []
    term_params: list[object] = []
    for term, kinds in q.terms:
        select = f"SELECT rowid >> {ITEM_BITS} FROM items WHERE items MATCH ?"
        term_params.append(term)
        if kinds is not None:
            select += f" AND kind IN ({', '.join('?' * len(kinds))})"
            term_params.extend(sorted(kinds))
        selects.append(select)
    found = conn.execute(
        f"SELECT b.id, b.path FROM briefings b WHERE b.id IN ({' INTERSECT '.join(selects)})"
        + "".join(f" AND {w}" for w in where) + " ORDER BY b.date DESC, b.path",
        [*term_params, *params]).fetchall()
    if not found:
        return []
    ids = {path: bid for bid, path in found}
    out: list[BriefingHit] = []
    seen: set[str] = set()
    # one item matching every word: ranked as the item search ranks them
    for hit in run_search(conn, text, limit=200):
        if hit.path not in seen and hit.path in ids:
            seen.add(hit.path)
            out.append(BriefingHit(hit.path, hit))
    first, kinds = q.terms[0]
    for _, path in found:
        if path in seen:
            continue
        where_found = (_first_match(conn, ids[path], path, first, kinds)
                       if len(out) < SNIPPETS else None)
        out.append(BriefingHit(path, where_found))
        if limit is not None and len(out) >= limit:
            break
    return out


def _first_match(conn: sqlite3.Connection, bid: int, path: str, term: str,
                 kinds: frozenset[str] | None) -> Hit | None:
    """Where `term` matches in one briefing: its first item that matches."""
    low = bid << ITEM_BITS
    kind_sql = "" if kinds is None else f" AND kind IN ({', '.join('?' * len(kinds))})"
    marks = (_OPEN, _CLOSE, "…", _SNIPPET_TOKENS)
    row = conn.execute(
        "SELECT line, kind, item, who, snippet(items, 3, ?, ?, ?, ?), "
        "snippet(items, 4, ?, ?, ?, ?) FROM items WHERE items MATCH ? "
        f"AND rowid BETWEEN ? AND ?{kind_sql} LIMIT 1",
        [*marks, *marks, term, low, low + (1 << ITEM_BITS) - 1, *sorted(kinds or ())]).fetchone()
    if row is None:
        return None
    line, kind, item, who, text_snip, more_snip = row
    chosen = more_snip if _OPEN not in text_snip and _OPEN in more_snip else text_snip
    snippet, spans = _marked(chosen)
    return Hit(path, int(line), kind, int(item), plain(who), snippet, spans, "", "")
