"""Typed records for every part of a briefing (format version 1).

The parts are NamedTuples, not frozen dataclasses: both are immutable and
compare by value, but a dataclass compiles its methods from source as its
module is imported (at every start), and its instances pickle bigger and
unpickle slower (the parse cache). `Briefing`, which caches its disputes and
whose `path` the loader sets, is a plain class written out.

No `from __future__ import annotations` here: with it, each NamedTuple
field's annotation is a string that typing compiles into a ForwardRef as
the class is made, at every start-up. The few annotations that name a later
class are quoted instead.
"""

import re
from datetime import date, datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NamedTuple

from tui.core.format.counts import Count, parse_count
from tui.core.format.names import NameKeys
from tui.core.format.when import time_zone, when_sort_key

if TYPE_CHECKING:
    from tui.core.story.disputes import Dispute

# Re-exported: the place most callers look for them.
__all__ = ["Count", "parse_count", "time_zone", "when_sort_key"]

FORMAT_VERSION = 1
# Larger files are refused before parsing: no briefing is anywhere near this.
MAX_FILE_BYTES = 16 * 1024 * 1024

When = date | datetime
Evidence = Literal["provided", "not-provided", "unknown"]
EVIDENCE_VALUES: tuple[str, ...] = ("provided", "not-provided", "unknown")
STANCES: tuple[str, ...] = (
    "condemns",
    "supports",
    "concerned",
    "calls-for-restraint",
    "warns",
    "neutral",
    "other",
    "condolences",
    "offers-aid",
)

class Country(NamedTuple):
    """An ISO 3166-1 country: alpha-2 code and English short name."""

    code: str
    name: str

    def __str__(self) -> str:
        return self.name


class Quote(NamedTuple):
    speaker: str
    text: str
    role: str | None = None
    country: Country | None = None
    partial: bool = False
    medium: str | None = None
    said: When | None = None
    context: str | None = None
    # The names of the entries of the briefing's sources that reported it
    # (one or several; empty when none is given).
    source: tuple[str, ...] = ()


class CasualtyClaim(NamedTuple):
    claimant: str
    affected: str
    country: Country | None = None
    killed: Count | None = None
    injured: Count | None = None
    evidence: Evidence = "unknown"
    said: When | None = None
    note: str | None = None
    source: tuple[str, ...] = ()


class Reaction(NamedTuple):
    summary: str
    country: Country | None = None
    organisation: str | None = None
    actor: str | None = None
    stance: str | None = None
    said: When | None = None
    source: tuple[str, ...] = ()

    @property
    def who(self) -> str:
        """The country's English name, else the organisation."""
        if self.country is not None:
            return self.country.name
        return self.organisation or ""


class Figure(NamedTuple):
    what: str
    claimant: str
    value: Count
    note: str | None = None
    said: When | None = None
    source: tuple[str, ...] = ()
    unit: str | None = None  # what the value counts in: `%`, `USD`, `tonnes`


class TimelineEntry(NamedTuple):
    when: When
    event: str


class Source(NamedTuple):
    name: str
    url: str | None = None
    accessed: date | None = None


class Alias(NamedTuple):
    """One person or body's canonical name and the other names it goes by."""

    name: str
    others: tuple[str, ...] = ()


_Date = date  # inside Briefing, `date` names its field


class Briefing:
    """A whole briefing: immutable, compared by value (not by `path`).

    Written out rather than a frozen dataclass, whose generated methods are
    compiled at every start-up. Like the NamedTuple
    parts it has `_fields` and `_replace`. The loader sets `path`.
    """

    _fields: ClassVar[tuple[str, ...]] = (
        "format", "title", "date", "summary", "updated", "place", "tags", "key_points",
        "quotes", "casualty_claims", "reactions", "figures", "timeline", "sources",
        "timezone", "aliases",
    )

    format: int
    title: str
    date: _Date
    summary: str
    updated: When | None
    place: str | None
    tags: tuple[str, ...]
    key_points: tuple[str, ...]
    quotes: tuple[Quote, ...]
    casualty_claims: tuple[CasualtyClaim, ...]
    reactions: tuple[Reaction, ...]
    figures: tuple[Figure, ...]
    timeline: tuple[TimelineEntry, ...]
    sources: tuple[Source, ...]
    timezone: str | None
    # Each canonical name with its other names, as written (see core.format.names).
    aliases: tuple[Alias, ...]
    path: Path | None

    def __init__(
        self, format: int, title: str, date: _Date, summary: str, updated: When | None = None,
        place: str | None = None, tags: tuple[str, ...] = (), key_points: tuple[str, ...] = (),
        quotes: tuple[Quote, ...] = (), casualty_claims: tuple[CasualtyClaim, ...] = (),
        reactions: tuple[Reaction, ...] = (), figures: tuple[Figure, ...] = (),
        timeline: tuple[TimelineEntry, ...] = (), sources: tuple[Source, ...] = (),
        timezone: str | None = None,
        aliases: tuple[Alias, ...] = (), path: Path | None = None,
    ) -> None:
        vars(self).update(
            format=format, title=title, date=date, summary=summary, updated=updated,
            place=place, tags=tags, key_points=key_points, quotes=quotes,
            casualty_claims=casualty_claims, reactions=reactions, figures=figures,
            timeline=timeline, sources=sources, timezone=timezone, aliases=aliases, path=path,
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Briefing cannot be changed (setting {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Briefing cannot be changed (deleting {name!r})")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Briefing):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"Briefing(title={self.title!r}, date={self.date!r}, path={self.path!r})"

    def _replace(self, **changes: Any) -> "Briefing":
        """A copy with some fields changed (not the cached disputes)."""
        values = {name: getattr(self, name) for name in self._fields}
        return Briefing(**{**values, "path": self.path, **changes})

    @cached_property
    def disputes(self) -> "tuple[Dispute, ...]":
        """Claims and figures that contradict each other (see core.disputes)."""
        from tui.core.story.disputes import find_disputes

        return find_disputes(self)

    @cached_property
    def zone(self) -> tzinfo:
        """The time zone a date-time without an offset, and a bare date, are
        read in: the briefing's `timezone`, UTC when it names none."""
        return time_zone(self.timezone)

    @cached_property
    def names(self) -> "NameKeys":
        """How a claimant, speaker or actor is compared: its `aliases`
        resolved to the canonical name, without case (core.format.names)."""
        return NameKeys.of(self.aliases)

    @cached_property
    def timeline_in_order(self) -> "list[TimelineEntry]":
        """The timeline by instant (see when_sort_key); ties keep file order."""
        return sorted(self.timeline, key=lambda e: when_sort_key(e.when, self.zone))

    @cached_property
    def claim_revisions(self) -> "dict[tuple[str, ...], list[CasualtyClaim]]":
        """Each claimant's claims about each group, oldest first (see core.revisions)."""
        from tui.core.story.revisions import claim_key, revisions

        return revisions(self.casualty_claims, lambda c: claim_key(c, self.names), self.zone)

    @cached_property
    def figure_revisions(self) -> "dict[tuple[str, ...], list[Figure]]":
        """Each claimant's figures for each thing, oldest first."""
        from tui.core.story.revisions import figure_key, revisions

        return revisions(self.figures, lambda f: figure_key(f, self.names), self.zone)

    @cached_property
    def current_claims(self) -> "list[CasualtyClaim]":
        """Each claimant's current claim about each group, in file order."""
        from tui.core.story.revisions import current

        return current(self.casualty_claims, self.claim_revisions)

    @cached_property
    def current_figures(self) -> "list[Figure]":
        """Each claimant's current figure for each thing, in file order."""
        from tui.core.story.revisions import current

        return current(self.figures, self.figure_revisions)

    def claim_history(self, claim: "CasualtyClaim") -> "list[CasualtyClaim]":
        """Every revision of the claim, oldest first (the current last)."""
        from tui.core.story.revisions import claim_key

        return self.claim_revisions.get(claim_key(claim, self.names), [claim])

    def figure_history(self, figure: "Figure") -> "list[Figure]":
        from tui.core.story.revisions import figure_key

        return self.figure_revisions.get(figure_key(figure, self.names), [figure])

    def history(self, record: "CasualtyClaim | Figure") -> "list[CasualtyClaim] | list[Figure]":
        """Every revision of a claim or a figure, oldest first (the current last)."""
        if isinstance(record, CasualtyClaim):
            return self.claim_history(record)
        return self.figure_history(record)

    @property
    def summary_paragraphs(self) -> list[str]:
        """The summary split on blank lines."""
        return [p.strip() for p in re.split(r"\n\s*\n", self.summary) if p.strip()]


# The fields of a Briefing that hold records, and each record's type.
RECORD_TYPES: dict[str, type[tuple[Any, ...]]] = {
    "quotes": Quote, "casualty_claims": CasualtyClaim, "reactions": Reaction,
    "figures": Figure, "timeline": TimelineEntry, "sources": Source, "aliases": Alias,
}



def reactions_by_country(b: Briefing) -> list[tuple[str, list[Reaction]]]:
    """Reactions grouped under each country's English name, in order of first
    appearance (the editor's order), then organisations the same way."""
    countries: dict[str, list[Reaction]] = {}
    organisations: dict[str, list[Reaction]] = {}
    for r in b.reactions:
        target = countries if r.country is not None else organisations
        target.setdefault(r.who, []).append(r)
    return [*countries.items(), *organisations.items()]
