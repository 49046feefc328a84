"""Stale against fresh: when each side of a dispute was said.

"78 vs 171" may be no disagreement at all but one side's figure left days
behind the other's. Each side of a dispute (a claimant's current count)
carries its `said`; a side said more than a day before the newest side is
stale. A side without `said` is never called stale: nothing says when it
was made. The panes and the Markdown show it as "78 (5 Aug, stale) vs 171
(30 Aug)".
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from tui.core.format.text import readable_amount, subject_key
from tui.core.format.when import instant_microseconds
from tui.core.story.as_of import moment_label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tui.core.format.model import Briefing, CasualtyClaim, Count, Figure, When
    from tui.core.story.disputes import Dispute

# Older than the newest side by more than this, a side is stale.
STALE_AFTER_MICROSECONDS = 86_400 * 1_000_000


class Side(NamedTuple):
    """One claimant's side of a dispute: the count, when it was said (None:
    undated) and whether it is stale against the newest side."""

    claimant: str
    value: Count
    said: When | None
    stale: bool


def _said_of(b: Briefing, dispute: Dispute, claimant: str) -> When | None:
    """The `said` of the claimant's current claim or figure in the dispute."""
    subject = subject_key(dispute.subject)
    records: Sequence[CasualtyClaim | Figure]
    if dispute.is_figure:
        records = [f for f in b.current_figures
                   if subject_key(f.what) == subject and f.unit == dispute.unit]
    else:
        records = [c for c in b.current_claims if subject_key(c.affected) == subject]
    exact = [r for r in records if r.claimant == claimant]
    # An alias may name the claimant differently from the record.
    key = b.names.key(claimant)
    same = exact or [r for r in records if b.names.key(r.claimant) == key]
    return same[0].said if same else None


def dispute_sides(b: Briefing, dispute: Dispute) -> list[Side]:
    """Each side of `dispute` (a dispute of `b`, or of `b` as of a moment),
    in the dispute's order, with its `said` and whether it is stale."""
    zone = b.zone
    said = [(who, count, _said_of(b, dispute, who)) for who, count in dispute.claims]
    instants = [instant_microseconds(w, zone) if w is not None else None for _, _, w in said]
    newest = max((i for i in instants if i is not None), default=None)
    return [Side(who, count, when,
                 instant is not None and newest is not None
                 and newest - instant > STALE_AFTER_MICROSECONDS)
            for (who, count, when), instant in zip(said, instants, strict=True)]


def dated_versus(sides: Sequence[Side], zone: tzinfo = UTC, unit: str | None = None) -> str:
    """`78 (5 Aug, stale) vs 171 (30 Aug)`: the distinct counts in order, each
    with when its latest side said it, and `stale` when every side saying it
    is. Dates alone when the sides fall on different days, with times when
    on one; a count no side dated shows bare (`80 vs 0` when none is).
    `zone` is the briefing's (Briefing.zone), to find the latest side; `unit`,
    a figure's, follows each count."""
    shown: dict[str, list[Side]] = {}
    for side in sides:
        if not side.value.is_unknown:
            shown.setdefault(readable_amount(side.value, unit), []).append(side)
    dated = [s.said for s in sides if s.said is not None]
    one_day = len({w.isoformat()[:10] for w in dated}) <= 1
    parts = []
    for text, group in shown.items():
        whens = [s.said for s in group if s.said is not None]
        if not whens:
            parts.append(text)
            continue
        latest = max(whens, key=lambda w: instant_microseconds(w, zone))
        label = moment_label(latest) if one_day else f"{latest.day} {latest:%b}"
        stale = ", stale" if all(s.stale for s in group) else ""
        parts.append(f"{text} ({label}{stale})")
    return " vs ".join(parts)
