"""What the index keeps of one briefing: its library row and its searchable items.

Every item of a briefing becomes one row of text (its kind, who said or
claimed it, the country and organisation, the words, and lesser words such as
a quote's context), with the line of the file it starts on, so that a search
hit can say "quote by Ali Khamenei" and the app can open the file there.

The model does not keep lines, so they are found by reading the file's text
for the block items of each top-level key; when that reading does not agree
with the parsed briefing (a flow sequence, an unusual layout) the file is
composed again with PyYAML's marks, as core.locate does.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from tui.core.format.model import Briefing, Count, Country, When
from tui.core.format.text import format_when, source_names
from tui.core.story.disputes import disputes_by_subject

# The top-level keys whose items become rows, and the kind each row gets.
KINDS: dict[str, str] = {
    "key_points": "key point", "quotes": "quote", "casualty_claims": "claim",
    "reactions": "reaction", "figures": "figure", "timeline": "timeline",
    "sources": "source",
}

# A top-level key (at column 0), and a block sequence's item, each with
# the newline before it: a pattern that starts with a literal character is
# searched for that character, where one that starts with `^` is tried at
# every position of the text.
_TOP_KEYS = re.compile(r"\n([A-Za-z_][\w-]*)[ \t]*:(?=[ \t\r\n]|\Z)")
_ITEMS = re.compile(r"\n( *)-(?=[ \r\n]|\Z)")


class Item(NamedTuple):
    """One searchable row: `kind` (quote, claim...), the item's number among
    its kind, its 1-based line, and the text of each indexed column."""

    kind: str
    number: int
    line: int
    who: str
    country: str
    org: str
    text: str
    more: str


class Summary(NamedTuple):
    """What the library shows of a briefing that loads."""

    title: str
    date: str
    place: str
    tags: tuple[str, ...]
    quotes: int
    claims: int
    reactions: int
    disputes: int
    revised: int


def summarise(b: Briefing) -> Summary:
    """Claims are counted as the claims pane lists them: each claimant's
    current claim, and how many of those were revised (core.revisions)."""
    from tui.core.story.revisions import claim_count

    claims = claim_count(b)
    return Summary(b.title, b.date.isoformat(), b.place or "", b.tags, len(b.quotes),
                   claims.current, len(b.reactions), len(b.disputes), claims.revised)


# A claim as the Claims view lists it: its number among the claims, the
# claimant, the group, each count as written and its low end (for
# sorting), whether a dispute flags it, whether it is its claimant's
# current claim.
ClaimRow = tuple[int, str, str, str, int | float | None, str, int | float | None, int, int]


def claim_rows(b: Briefing) -> list[ClaimRow]:
    from tui.core.format.text import subject_key

    current = {id(c) for c in b.current_claims}
    disputes = disputes_by_subject(d for d in b.disputes if not d.is_figure)
    rows: list[ClaimRow] = []
    for number, c in enumerate(b.casualty_claims):
        mine = disputes.get(subject_key(c.affected), []) if id(c) in current else []
        disputed = any(d.flags(c.affected, d.measure, c.claimant) for d in mine)
        rows.append((number, c.claimant, c.affected, c.killed.text if c.killed else "",
                     c.killed.low if c.killed else None, c.injured.text if c.injured else "",
                     c.injured.low if c.injured else None, int(disputed), int(id(c) in current)))
    return rows


def _country(c: Country | None) -> str:
    return f"{c.code} {c.name}" if c is not None else ""


def _count(label: str, c: Count | None) -> str:
    return f"{label} {c.text}" if c is not None else ""


def _when(w: When | None) -> str:
    return format_when(w) if w is not None else ""


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def items_of(b: Briefing, text: str) -> list[Item]:
    """Every row of the briefing, in file order within each kind; `text` is
    the file's text, read for lines."""
    lines = item_lines(text, b)
    rows = [Item("title", 0, lines.get(("title", 0), 1), "", "", "", b.title,
                 _join(b.place, *b.tags))]
    summary_line = lines.get(("summary", 0), 1)
    rows += [Item("summary", i, summary_line, "", "", "", p, "")
             for i, p in enumerate(b.summary_paragraphs)]

    def at(key: str, i: int) -> int:
        return lines.get((key, i), lines.get((key, -1), 1))

    rows += [Item("key point", i, at("key_points", i), "", "", "", p, "")
             for i, p in enumerate(b.key_points)]
    rows += [Item("quote", i, at("quotes", i), q.speaker, _country(q.country), "", q.text,
                  _join(q.role, q.medium, q.context, _when(q.said), source_names(q.source)))
             for i, q in enumerate(b.quotes)]
    rows += [Item("claim", i, at("casualty_claims", i), c.claimant, _country(c.country), "",
                  _join(c.affected, _count("killed", c.killed), _count("injured", c.injured)),
                  _join(c.note, f"evidence {c.evidence}", _when(c.said), source_names(c.source)))
             for i, c in enumerate(b.casualty_claims)]
    rows += [Item("reaction", i, at("reactions", i), r.actor or r.who, _country(r.country),
                  r.organisation or "", r.summary,
                  _join(r.stance, _when(r.said), source_names(r.source)))
             for i, r in enumerate(b.reactions)]
    rows += [Item("figure", i, at("figures", i), f.claimant, "", "",
                  _join(f.what, f.value.text, f.unit),
                  _join(f.note, _when(f.said), source_names(f.source)))
             for i, f in enumerate(b.figures)]
    rows += [Item("timeline", i, at("timeline", i), "", "", "", t.event, _when(t.when))
             for i, t in enumerate(b.timeline)]
    rows += [Item("source", i, at("sources", i), "", "", "", s.name, s.url or "")
             for i, s in enumerate(b.sources)]
    return rows


def _expected(b: Briefing) -> dict[str, int]:
    return {key: len(getattr(b, key)) for key in KINDS}


def item_lines(text: str, b: Briefing) -> dict[tuple[str, int], int]:
    """(key, index) -> 1-based line of each item of each list, (key, -1) ->
    the key's own line, and ("title", 0), ("summary", 0)."""
    found = _scan(text)
    counted = Counter(key for key, i in found if i >= 0)
    if all(counted[key] == n for key, n in _expected(b).items()):
        return found
    return _composed(text)


def _scan(text: str) -> dict[tuple[str, int], int]:
    """Lines of block-style items: a top-level key at column 0, then its
    items, the lines that start with `- ` at the first item's indent."""
    found: dict[tuple[str, int], int] = {}
    # a newline first, so the first line starts after one as every other does
    padded = "\n" + text
    keys = list(_TOP_KEYS.finditer(padded))
    line, position = 0, 0
    for n, key_match in enumerate(keys):
        line += padded.count("\n", position, key_match.start() + 1)
        position = key_match.start() + 1
        key = key_match.group(1)
        found[(key, -1)] = line
        if key in ("title", "summary"):
            found[(key, 0)] = line
        if key not in KINDS:
            continue
        end = keys[n + 1].start() if n + 1 < len(keys) else len(padded)
        indent: str | None = None
        count = 0
        item_line, item_position = line, position
        for item in _ITEMS.finditer(padded, key_match.end(), end):
            if indent is None:
                indent = item.group(1)
            if item.group(1) == indent:
                item_line += padded.count("\n", item_position, item.start() + 1)
                item_position = item.start() + 1
                found[(key, count)] = item_line
                count += 1
    return found


def _composed(text: str) -> dict[tuple[str, int], int]:
    """The same lines from PyYAML's marks: slower, but right for any layout."""
    import yaml
    from yaml.nodes import MappingNode, SequenceNode

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found: dict[tuple[str, int], int] = {}
    try:
        root = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError):
        return found
    if not isinstance(root, MappingNode):
        return found
    for key_node, value in root.value:
        key = getattr(key_node, "value", None)
        if not isinstance(key, str):
            continue
        found[(key, -1)] = key_node.start_mark.line + 1
        if key in ("title", "summary"):
            found[(key, 0)] = key_node.start_mark.line + 1
        if key in KINDS and isinstance(value, SequenceNode):
            for i, node in enumerate(value.value):
                found[(key, i)] = node.start_mark.line + 1
    return found
