"""A claimant's revisions: several claims by the same claimant about the same
group (or figures for the same thing) are one claim revised over time.

They are ordered by the instant of `said` (an offset counts: `23:00+03:00`
is before `22:00Z`; see core.when): a claim without `said` counts as made
before any claim with one, and ties keep the file's order. The last is the
claimant's current claim; the others are its history. Disputes compare
current claims only (see core.disputes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from tui.core.format.names import NO_ALIASES, NameKeys
from tui.core.format.text import format_when, readable_amount, subject_key
from tui.core.format.when import when_sort_key

if TYPE_CHECKING:
    from tui.core.format.model import Briefing, CasualtyClaim, Figure, When

Record = TypeVar("Record", "CasualtyClaim", "Figure")


def said_order(said: When | None, zone: tzinfo = UTC) -> tuple[int, tuple[int, int]]:
    """Sorts undated first, then by instant (`zone` reads a time without an
    offset and a bare date); a bare date before a time at the same instant."""
    if said is None:
        return (0, (0, 0))
    return (1, when_sort_key(said, zone))


def claim_key(claim: CasualtyClaim, names: NameKeys = NO_ALIASES) -> tuple[str, ...]:
    """Which claims are revisions of each other: same claimant (an alias
    counts as its canonical name, see Briefing.names), same group."""
    return (names.key(claim.claimant), subject_key(claim.affected))


def figure_key(figure: Figure, names: NameKeys = NO_ALIASES) -> tuple[str, ...]:
    """Which figures are revisions of each other: same claimant, same what,
    same unit."""
    return (names.key(figure.claimant), subject_key(figure.what),
            subject_key(figure.unit or ""))


def revisions(records: Iterable[Record], key: Callable[[Record], tuple[str, ...]],
              zone: tzinfo = UTC) -> dict[tuple[str, ...], list[Record]]:
    """Each claimant's records about each subject, oldest first (the current last),
    in the order the file first mentions them. `zone` is the briefing's time
    zone (Briefing.zone)."""
    groups: dict[tuple[str, ...], list[tuple[int, Record]]] = {}
    for index, record in enumerate(records):
        groups.setdefault(key(record), []).append((index, record))
    return {k: [r for _, r in sorted(items, key=lambda item: (said_order(item[1].said, zone),
                                                                item[0]))]
            for k, items in groups.items()}


def current(records: Sequence[Record],
            groups: dict[tuple[str, ...], list[Record]]) -> list[Record]:
    """The current record of each claimant and subject (the last of each of
    `groups`, as `revisions` gives them), in file order."""
    latest = {id(history[-1]) for history in groups.values()}
    return [r for r in records if id(r) in latest]


class ClaimCount(NamedTuple):
    """How many claims a briefing makes: each claimant's current claim about
    each group (what the claims pane lists), and how many of those were
    revised (have earlier claims in the file)."""

    current: int
    revised: int


def claim_count(briefing: Briefing) -> ClaimCount:
    """The one count of a briefing's claims, for the library's row and the
    claims pane alike (not the file's entries: a revision is no new claim)."""
    return ClaimCount(len(briefing.current_claims),
                      sum(len(history) > 1 for history in briefing.claim_revisions.values()))


def short_when(said: When, current_said: When | None) -> str:
    """`09:40` for an earlier time on the current claim's day, else the whole
    date; with its offset (`23:00+03:00`) when the current claim's differs."""
    if isinstance(said, datetime) and isinstance(current_said, datetime) \
            and said.date() == current_said.date():
        if said.utcoffset() == current_said.utcoffset():
            return said.strftime("%H:%M")
        return said.timetz().isoformat(timespec="minutes")
    return format_when(said)


def history_note(history: Sequence[CasualtyClaim] | Sequence[Figure], measure: str) -> str:
    """How a claimant's current figure on `measure` came to be: `was 12 at
    09:40` after one revision, `12 → 31 → 63` after more; empty when the
    figure was never revised."""
    values = [(readable_amount(count, getattr(r, "unit", None)), r.said) for r in history
              if (count := getattr(r, measure)) is not None]
    if len(values) < 2:
        return ""
    if len(values) == 2:
        (earlier, said), (_, current_said) = values
        return f"was {earlier}" + (f" at {short_when(said, current_said)}" if said else "")
    return " → ".join(shown for shown, _ in values)
