"""One timeline: the timeline's events merged with every dated statement.

Every casualty claim (each revision too), figure, quote and reaction with a
`said` joins the timeline entries, ordered by instant (core.when: time zones
honoured; at one instant a bare date before a time, then by kind: events,
claims, figures, quotes, reactions, each in file order). Each entry is marked
by its kind; `FILTERS` names the views a reader cycles through. The text
is plain data: a view renders it as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, NamedTuple

from tui.core.format.text import claim_figures, one_line, readable_count
from tui.core.format.when import when_sort_key

if TYPE_CHECKING:
    from tui.core.format.model import (
        Briefing,
        CasualtyClaim,
        Figure,
        Quote,
        Reaction,
        TimelineEntry,
        When,
    )

Kind = Literal["event", "claim", "figure", "quote", "reaction"]
KINDS: tuple[Kind, ...] = ("event", "claim", "figure", "quote", "reaction")
# What `f` cycles through, in order: a name and the kinds it shows.
FILTERS: dict[str, frozenset[Kind]] = {
    "all": frozenset(KINDS),
    "events": frozenset({"event"}),
    "claims": frozenset({"claim", "figure"}),
    "quotes": frozenset({"quote"}),
    "reactions": frozenset({"reaction"}),
}


class Entry(NamedTuple):
    """One line of the merged timeline: when, its kind, what it says (one
    line, plain text), the record it comes from, and for a claim or figure
    whether it is the claimant's current one (False: a later revision
    replaced it)."""

    when: When
    kind: Kind
    text: str
    record: TimelineEntry | CasualtyClaim | Figure | Quote | Reaction
    current: bool = True


def _claim_text(c: CasualtyClaim) -> str:
    return one_line(f"{c.claimant}: {c.affected}, {claim_figures(c)}")


def _figure_text(f: Figure) -> str:
    unit = f.unit
    return one_line(f"{f.claimant}: {f.what} {readable_count(f.value)}"
                    + (f" {unit}" if unit else ""))


def _quote_text(q: Quote) -> str:
    return one_line(f"{q.speaker}: “{q.text}”")


def _reaction_text(r: Reaction) -> str:
    stance = f" ({r.stance})" if r.stance else ""
    return one_line(f"{r.who}{stance}: {r.summary}")


def merged_timeline(b: Briefing, kinds: Iterable[Kind] | None = None) -> list[Entry]:
    """The merged timeline, earliest first; only `kinds` when given (see
    FILTERS). Undated statements are left out: they have no place in time."""
    wanted = frozenset(KINDS if kinds is None else kinds)
    current_claims = {id(c) for c in b.current_claims}
    current_figures = {id(f) for f in b.current_figures}
    found: list[Entry] = []
    if "event" in wanted:
        found += [Entry(e.when, "event", one_line(e.event), e) for e in b.timeline]
    if "claim" in wanted:
        found += [Entry(c.said, "claim", _claim_text(c), c, id(c) in current_claims)
                  for c in b.casualty_claims if c.said is not None]
    if "figure" in wanted:
        found += [Entry(f.said, "figure", _figure_text(f), f, id(f) in current_figures)
                  for f in b.figures if f.said is not None]
    if "quote" in wanted:
        found += [Entry(q.said, "quote", _quote_text(q), q)
                  for q in b.quotes if q.said is not None]
    if "reaction" in wanted:
        found += [Entry(said, "reaction", _reaction_text(r), r) for r in b.reactions
                  if (said := r.said) is not None]
    zone = b.zone
    # sorted() is stable: at one instant the kinds keep the order they were added in.
    return sorted(found, key=lambda e: when_sort_key(e.when, zone))


def filtered(b: Briefing, name: str) -> list[Entry]:
    """The merged timeline under the filter `name` (a key of FILTERS)."""
    return merged_timeline(b, FILTERS[name])
