"""Which claims contradict each other.

The rule: two casualty claims about the same affected group (compared without
case or surrounding space) dispute each other when their `killed` counts -- or
their `injured` counts -- cannot both be true, i.e. their ranges do not
overlap. `80` and `0` conflict; `10-20` and `15` do not; `unknown` conflicts
with nothing. Figures with the same `what` and the same `unit` follow the
same rule on `value` (120 mm and 4.5 % of the same thing are no dispute).
Only each claimant's current claim counts (core.revisions): a claimant who
said 12 and later 63 is not in dispute with one who says 63, nor is one who
said 12 under an alias of the name that later said 63.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, NamedTuple

from tui.core.format.measures import CLAIM_MEASURES
from tui.core.format.text import readable_amount, subject_key

if TYPE_CHECKING:
    from tui.core.format.model import Briefing, Count

__all__ = ["Dispute", "Measure", "dispute_for", "find_disputes", "subject_key"]

Measure = Literal["killed", "injured", "value"]


class Dispute(NamedTuple):
    """Claimants who disagree about one number.

    `subject` is the affected group (casualties) or the `what` (figures);
    `claims` lists every claimant's count on that measure, in file order;
    `contradicting` names the claimants whose count cannot be true if
    another one is (not one who says `unknown`, or `0+`, which agree with
    anything); `unit` is the figures' unit, if they give one.
    """

    subject: str
    measure: Measure
    claims: tuple[tuple[str, Count], ...]
    contradicting: frozenset[str]
    unit: str | None = None

    @property
    def is_figure(self) -> bool:
        return self.measure == "value"

    @property
    def versus(self) -> str:
        """`2,750 vs 0`: the distinct figures, in the order they were claimed
        (with their unit: `4.5% vs 6%`)."""
        seen: list[str] = []
        for _, count in self.claims:
            if not count.is_unknown and (shown := readable_amount(count, self.unit)) not in seen:
                seen.append(shown)
        return " vs ".join(seen)

    @property
    def label(self) -> str:
        if self.is_figure:
            return self.subject
        return f"{self.subject}, {self.measure}"

    def flags(self, subject: str, measure: Measure, claimant: str,
              unit: str | None = None) -> bool:
        """True when this is the dispute over `subject`'s `measure` (in
        `unit`) and `claimant`'s count contradicts another's in it."""
        return (self.measure == measure and claimant in self.contradicting
                and subject_key(self.subject) == subject_key(subject)
                and subject_key(self.unit or "") == subject_key(unit or ""))


def dispute_for(disputes: Iterable[Dispute], subject: str, measure: Measure,
                claimant: str, unit: str | None = None) -> Dispute | None:
    """The dispute that flags this claimant's figure, if any (a figure's
    `unit` tells two disputes over the same thing apart)."""
    return next((d for d in disputes if d.flags(subject, measure, claimant, unit)), None)


Groups = dict[tuple[str, str], list[tuple[str, str, "Count", "str | None"]]]


def _contradicting(counts: list[Count]) -> list[bool]:
    """For each count, whether it contradicts (has a range disjoint from)
    another of them.

    A range is disjoint from some other exactly when it ends below the
    highest low end or starts above the lowest high end, so one pass does
    what comparing every pair would (2,000 claims about one group: 2
    million pairs).
    """
    known = [c for c in counts if c.low is not None]
    if len(known) < 2:
        return [False] * len(counts)
    highest_low = max(c.low for c in known if c.low is not None)
    lowest_high = min(c.high if c.high is not None else float("inf") for c in known)
    return [c.low is not None and ((c.high is not None and c.high < highest_low)
                                   or c.low > lowest_high)
            for c in counts]


def _disputes_in(groups: Groups, measure: Measure) -> list[Dispute]:
    found = []
    for items in groups.values():
        flags = _contradicting([c for _, _, c, _ in items])
        if any(flags):
            subject, unit = items[0][0], items[0][3]
            contradicting = frozenset(who for (_, who, _, _), flag
                                      in zip(items, flags, strict=True) if flag)
            found.append(Dispute(subject, measure, tuple((who, c) for _, who, c, _ in items),
                                 contradicting, unit))
    return found


def find_disputes(briefing: Briefing) -> tuple[Dispute, ...]:
    """Every dispute in a briefing: casualty claims first, then figures."""
    result: list[Dispute] = []
    claims = briefing.current_claims
    for measure in CLAIM_MEASURES:
        groups: Groups = defaultdict(list)
        for claim in claims:
            count = getattr(claim, measure)
            if count is not None:
                groups[subject_key(claim.affected), ""].append(
                    (claim.affected, claim.claimant, count, None))
        result.extend(_disputes_in(groups, measure))
    figure_groups: Groups = defaultdict(list)
    for fig in briefing.current_figures:
        figure_groups[subject_key(fig.what), subject_key(fig.unit or "")].append(
            (fig.what, fig.claimant, fig.value, fig.unit))
    result.extend(_disputes_in(figure_groups, "value"))
    return tuple(result)


def disputes_by_subject(disputes: Iterable[Dispute]) -> dict[str, list[Dispute]]:
    """Disputes by their subject's key (subject_key), in order: built once,
    so a pane or an index looks up its own instead of scanning them all."""
    found: dict[str, list[Dispute]] = {}
    for d in disputes:
        found.setdefault(subject_key(d.subject), []).append(d)
    return found
