"""The search language, parsed into an FTS5 expression and SQL conditions.

    macron                   words: each matches a word starting so (`mac` finds Macron;
                             a single letter matches only itself)
    "all is well"            an exact phrase
    speaker:khamenei         quotes by a speaker (`speaker:"Ali Khamenei"` too)
    claimant:army            casualty claims and figures by a claimant
    country:IR               quotes, claims and reactions of a country (code or name)
    org:nato                 reactions of an organisation
    tag:iran                 briefings with a tag starting so
    date:2020-01..2020-03    briefings dated in a range (also date:2020-01, date:2020,
                             date:2020-01-08, date:2020.., date:..2020-03)
    disputed                 briefings with disputed claims or figures

Words, phrases and the fields that name people match within one item: a
quote, a claim, a reaction, a paragraph of the summary. Tags, dates and
`disputed` choose briefings. Nothing typed is ever FTS5 or SQL syntax: each
term is quoted as an FTS5 string and every value is a bound parameter, so
`NEAR`, `AND`, `*`, a lone `"` or `'; drop table` are words (or nothing, when
they hold no letter or digit). Write `"disputed"` to search for the word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.core.format.text import strip_controls

# Which kinds of item each field that names someone narrows the search to.
FIELD_KINDS: dict[str, frozenset[str]] = {
    "speaker": frozenset({"quote"}),
    "claimant": frozenset({"claim", "figure"}),
    "country": frozenset({"quote", "claim", "reaction"}),
    "org": frozenset({"reaction"}),
}
FIELD_COLUMNS = {"speaker": "who", "claimant": "who", "country": "country", "org": "org"}
FIELDS = (*FIELD_KINDS, "tag", "date")

_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DATE = re.compile(rf"({_DAY})?(?:(\.\.)({_DAY})?)?")
_FIELD = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)


class Term(NamedTuple):
    """One word, phrase or field of a query: its FTS5 expression, and what
    it asks for, for matching it outside FTS5 (see core.store.snippets): the
    column it is limited to (None: any), its text, whether its last word is
    a prefix, and the kinds of item it may match (None: any)."""

    fts: str
    column: str | None
    text: str
    prefix: bool
    kinds: frozenset[str] | None


class Query(NamedTuple):
    """A parsed query. `match` is an FTS5 expression (None: no words);
    `kinds` the item kinds allowed (None: any); dates compare as text,
    `date_to` being a bound such that every date it names sorts below it."""

    match: str | None
    kinds: frozenset[str] | None
    tags: tuple[str, ...]
    date_from: str | None
    date_to: str | None
    disputed: bool
    # Each word, phrase or field on its own, with the kinds of item it may
    # match: a briefing matches when each matches somewhere in it.
    terms: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        return (self.match is None and self.kinds is None and not self.tags
                and self.date_from is None and self.date_to is None and not self.disputed)


def _quoted(text: str) -> str | None:
    """`text` as an FTS5 string, or None when it holds no word at all
    (the tokenizer would find nothing, and FTS5 refuses an empty phrase)."""
    if not any(c.isalnum() for c in text):
        return None
    return '"' + text.replace('"', '""') + '"'


def tokens(text: str) -> list[tuple[str, bool]]:
    """Split a query into (token, quoted) pairs. A quote that is not closed
    is dropped and what follows it read as words."""
    text = strip_controls(text)
    found: list[tuple[str, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        if text[i] == '"':
            end = text.find('"', i + 1)
            if end == -1:
                i += 1
                continue
            found.append((text[i + 1:end], True))
            i = end + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        word = text[i:j]
        # field:"a phrase" is one token
        if word.endswith(":") and j < n and text[j] == '"' and word[:-1].lower() in FIELDS:
            end = text.find('"', j + 1)
            if end != -1:
                found.append((word + text[j:end + 1], False))
                i = end + 1
                continue
        found.append((word, False))
        i = j
    return found


def parse_query(text: str) -> Query:
    """Parse the search language (see the module's docstring); never raises."""
    match: list[str] = []
    terms: list[Term] = []
    kinds: frozenset[str] | None = None
    tags: list[str] = []
    date_from: str | None = None
    date_to: str | None = None
    disputed = False
    for token, quoted in tokens(text):
        if quoted:
            if (term := _quoted(token)) is not None:
                match.append(term)
                terms.append(Term(term, None, token, False, None))
            continue
        if token.lower() == "disputed":
            disputed = True
            continue
        field = _FIELD.fullmatch(token)
        name = field.group(1).lower() if field else ""
        value = field.group(2) if field else ""
        phrase = len(value) >= 2 and value.startswith('"') and value.endswith('"')
        if phrase:
            value = value[1:-1]
        if name in FIELD_KINDS and value:
            term = _field_term(name, value, phrase)
            if term is not None:
                match.append(term)
                terms.append(_field_shape(term, name, value, phrase))
                kinds = FIELD_KINDS[name] if kinds is None else kinds & FIELD_KINDS[name]
                continue
        elif name == "tag" and value.strip():
            tags.append(value.strip().casefold())
            continue
        elif name == "date" and (dates := _date_bounds(value)) is not None:
            low, high = dates
            if low is not None:
                date_from = low if date_from is None else max(date_from, low)
            if high is not None:
                date_to = high if date_to is None else min(date_to, high)
            continue
        if (term := _quoted(token)) is not None:
            match.append(term + _prefix(token))
            terms.append(Term(term + _prefix(token), None, token, bool(_prefix(token)), None))
    return Query(" AND ".join(match) or None, kinds, tuple(tags), date_from, date_to, disputed,
                 tuple(terms))


def _field_term(name: str, value: str, phrase: bool) -> str | None:
    column = FIELD_COLUMNS[name]
    if name == "country":
        from tui.core.format.countries import lookup_country

        country = lookup_country(value)
        if country is not None:  # a code or a name: the code, exactly
            return f"{{{column}}} : {_quoted(country.code)}"
    term = _quoted(value)
    if term is None:
        return None
    return f"{{{column}}} : {term}" + ("" if phrase else _prefix(value))


def _field_shape(term: str, name: str, value: str, phrase: bool) -> Term:
    """A field's Term; a country given as a name or code matches its code, exactly."""
    column = FIELD_COLUMNS[name]
    if name == "country" and not term.endswith("*"):
        code = term.rsplit(":", 1)[1].strip().strip('"')
        return Term(term, column, code, False, FIELD_KINDS[name])
    return Term(term, column, value, term.endswith("*"), FIELD_KINDS[name])


def _prefix(word: str) -> str:
    """`*` (match as a prefix) for a word of two letters or more: a single
    letter, the first keystroke, would match most of the archive."""
    return "*" if sum(c.isalnum() for c in word) >= 2 else ""


def _date_bounds(value: str) -> tuple[str | None, str | None] | None:
    """`2020-01..2020-03` -> ("2020-01", "2020-03~"); None if not a date."""
    m = _DATE.fullmatch(value)
    if m is None or not value:
        return None
    low, dots, high = m.groups()
    if dots is None:
        high = low
    if low is None and high is None:
        return None
    # "~" sorts after every digit and "-": 2020-03~ bounds all of March.
    return low, None if high is None else high + "~"
