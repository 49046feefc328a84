"""Where a briefing matches a query, found in its items' text without FTS5.

The library asks, for each briefing it lists first, which item matched.
FTS5 answers slowly for a prefix of a common word within one briefing (it
merges the whole archive's lists of every word so starting), while a
briefing's items are a hundred short texts: they are read by rowid and
matched here, with the tokenizer's rules (letters and digits, case and
diacritics ignored; see db.TABLES).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence

from tui.core.store.db import ITEM_BITS
from tui.core.store.query import Term

_WORD = re.compile(r"\w+")
COLUMNS = ("who", "country", "org", "text", "more")
# Words of context shown around a match.
_AROUND = 6
_WIDEST = 16


def fold(word: str) -> str:
    """A word as the index compares it: diacritics removed, case folded."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def _words(term: Term) -> list[str]:
    return [fold(w) for w in _WORD.findall(term.text)]


def _find(term: Term, tokens: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The first run of tokens the term matches: (first, last) token index."""
    words = _words(term)
    if not words:
        return None
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if all(tokens[i + k][0] == words[k] for k in range(n - 1)):
            last = tokens[i + n - 1][0]
            if last == words[-1] or (term.prefix and last.startswith(words[-1])):
                return i, i + n - 1
    return None


Item = tuple[str, str, str, str, str, str, int, int]


class _Columns:
    """An item's columns, folded and split into words only when asked:
    most items of a briefing hold none of the words looked for."""

    def __init__(self, item: Item) -> None:
        self.item = item
        self.texts = item[:5]
        self._folded: dict[int, str] = {}
        self._tokens: dict[int, list[tuple[str, int, int]]] = {}

    def folded(self, c: int) -> str:
        if c not in self._folded:
            self._folded[c] = fold(self.texts[c])
        return self._folded[c]

    def tokens(self, c: int) -> list[tuple[str, int, int]]:
        if c not in self._tokens:
            self._tokens[c] = _tokens(self.texts[c])
        return self._tokens[c]


def _matches(term: Term, words: list[str], columns: _Columns) -> int | None:
    """The column in which the term matches the item, or None."""
    if term.kinds is not None and columns.item[5] not in term.kinds:
        return None
    for c in [COLUMNS.index(term.column)] if term.column else [3, 0, 4, 1, 2]:
        text = columns.folded(c)
        if all(w in text for w in words) and _find(term, columns.tokens(c)) is not None:
            return c
    return None


def where(conn: sqlite3.Connection, bid: int, terms: Sequence[Term]
          ) -> tuple[Item, str, tuple[tuple[int, int], ...]] | None:
    """The item of briefing `bid` where the query matches (the first that
    matches every term, else the first that matches the first term), with
    a snippet of its words and the matched words' spans in the snippet."""
    low = bid << ITEM_BITS
    items: list[Item] = conn.execute(
        "SELECT who, country, org, text, more, kind, item, line FROM items "
        "WHERE rowid BETWEEN ? AND ? ORDER BY rowid", (low, low + (1 << ITEM_BITS) - 1)).fetchall()
    words = [_words(t) for t in terms]
    first: _Columns | None = None
    for item in items:
        columns = _Columns(item)
        if _matches(terms[0], words[0], columns) is None:
            continue
        first = first or columns
        if all(_matches(t, w, columns) is not None for t, w in zip(terms, words, strict=True)):
            return (item, *_snippet(columns, terms))
    if first is None:
        return None
    return (first.item, *_snippet(first, terms[:1]))


def _snippet(columns: _Columns, terms: Sequence[Term]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The words of the item around its first match (its words, or the
    lesser words when only those match), matched words marked."""
    runs: dict[int, list[tuple[int, int]]] = {}
    for term in terms:
        for c in (3, 4):
            found = (_find(term, columns.tokens(c)) if term.column in (None, "text", "more")
                     else None)
            if found is not None:
                runs.setdefault(c, []).append(found)
    column = 3 if 3 in runs or 4 not in runs else 4
    text, words = columns.texts[column], columns.tokens(column)
    if not words:
        return " ".join(text.split()), ()
    spans = sorted(runs.get(column, []))
    start = max(0, spans[0][0] - _AROUND) if spans else 0
    end = min(len(words), start + _WIDEST)
    cut_from, cut_to = words[start][1], words[end - 1][2]
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(words) else ""
    # one character for one (stored text has no control characters), so the marks hold
    piece = re.sub(r"\s", " ", text[cut_from:cut_to])
    shown = lead + piece + tail
    marks = tuple((len(lead) + words[a][1] - cut_from, len(lead) + words[b][2] - cut_from)
                  for a, b in spans if a >= start and b < end)
    return shown, marks
