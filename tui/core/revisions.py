"""A claimant's revisions: several claims by the same claimant about the same
group (or figures for the same thing) are one claim revised over time.

They are ordered by `said`: a claim without `said` counts as made before any
claim with one, and ties keep the file's order. The last is the claimant's
current claim; the others are its history. Disputes compare current claims
only (see core.disputes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from tui.core.text import format_when, readable_count, subject_key

if TYPE_CHECKING:
    from tui.core.model import CasualtyClaim, Figure, When

Record = TypeVar("Record", "CasualtyClaim", "Figure")


def said_order(said: When | None) -> tuple[int, date, str]:
    """Sorts undated first, then by date and time; a bare date before that day's times."""
    if said is None:
        return (0, date.min, "")
    if isinstance(said, datetime):
        # Compared as written (local time of the claim): a briefing mixes
        # offsets rarely, and an aware and a naive time cannot be compared.
        return (1, said.date(), said.time().isoformat())
    return (1, said, "")


def claim_key(claim: CasualtyClaim) -> tuple[str, str]:
    """Which claims are revisions of each other: same claimant, same group."""
    return (subject_key(claim.claimant), subject_key(claim.affected))


def figure_key(figure: Figure) -> tuple[str, str]:
    return (subject_key(figure.claimant), subject_key(figure.what))


def revisions(records: Iterable[Record],
              key: Callable[[Record], tuple[str, str]]) -> dict[tuple[str, str], list[Record]]:
    """Each claimant's records about each subject, oldest first (the current last),
    in the order the file first mentions them."""
    groups: dict[tuple[str, str], list[tuple[int, Record]]] = {}
    for index, record in enumerate(records):
        groups.setdefault(key(record), []).append((index, record))
    return {k: [r for _, r in sorted(items, key=lambda item: (said_order(item[1].said),
                                                                item[0]))]
            for k, items in groups.items()}


def current(records: Sequence[Record],
            groups: dict[tuple[str, str], list[Record]]) -> list[Record]:
    """The current record of each claimant and subject (the last of each of
    `groups`, as `revisions` gives them), in file order."""
    latest = {id(history[-1]) for history in groups.values()}
    return [r for r in records if id(r) in latest]


def short_when(said: When, current_said: When | None) -> str:
    """`09:40` for an earlier time on the current claim's day, else the whole date."""
    if isinstance(said, datetime) and isinstance(current_said, datetime) \
            and said.date() == current_said.date():
        return said.strftime("%H:%M")
    return format_when(said)


def history_note(history: Sequence[CasualtyClaim] | Sequence[Figure], measure: str) -> str:
    """How a claimant's current figure on `measure` came to be: `was 12 at
    09:40` after one revision, `12 → 31 → 63` after more; empty when the
    figure was never revised."""
    values = [(count, r.said) for r in history if (count := getattr(r, measure)) is not None]
    if len(values) < 2:
        return ""
    if len(values) == 2:
        (earlier, said), (_, current_said) = values
        return (f"was {readable_count(earlier)}"
                + (f" at {short_when(said, current_said)}" if said else ""))
    return " → ".join(readable_count(count) for count, _ in values)
