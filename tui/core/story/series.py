"""Chart data: each claimant's figure for one group over time, as a step line.

For a casualty group and a measure (killed or injured), or for a figure's
`what` (and `unit`, format revision 3), every claimant's revisions are one
series: a point at each revision, oldest first (core.revisions' order, so
an undated revision comes first, with no time). A point keeps its Count:
`low`..`high` is a range to draw as a band or error bar, `high is None` an
open-ended "80+", an unknown count has no value to plot. The chart, the
Markdown's "History of figures" and any other view draw from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

from tui.core.format.measures import CLAIM_MEASURES
from tui.core.format.text import subject_key
from tui.core.format.when import when_sort_key

if TYPE_CHECKING:
    from tui.core.format.model import Briefing, CasualtyClaim, Count, Figure, When

SeriesMeasure = Literal["killed", "injured", "value"]


class Point(NamedTuple):
    """One revision: when it was said (None: undated, drawn first), the
    count, and the claim or figure it comes from."""

    said: When | None
    value: Count
    record: CasualtyClaim | Figure

    @property
    def is_range(self) -> bool:
        return self.value.low is not None and self.value.high != self.value.low

    @property
    def open_ended(self) -> bool:
        """"80+": a lower bound and no upper one."""
        return self.value.low is not None and self.value.high is None


class Series(NamedTuple):
    """One claimant's step line: its points, oldest first; the last is its
    current figure."""

    claimant: str
    points: tuple[Point, ...]

    @property
    def current(self) -> Point:
        return self.points[-1]


class ChartGroup(NamedTuple):
    """Something a chart can be drawn for: a casualty group and a measure,
    or a figure's `what` (measure "value") with its unit (None before
    revision 3, or when the figure names none)."""

    subject: str
    measure: SeriesMeasure
    unit: str | None = None

    @property
    def label(self) -> str:
        if self.measure != "value":
            return f"{self.subject}, {self.measure}"
        return f"{self.subject} ({self.unit})" if self.unit else self.subject


def _series(histories: list[list[CasualtyClaim]] | list[list[Figure]],
            measure: SeriesMeasure) -> list[Series]:
    found = []
    for history in histories:
        points = tuple(Point(r.said, count, r) for r in history
                       if (count := getattr(r, measure)) is not None)
        if points:
            found.append(Series(history[-1].claimant, points))
    return found


def claim_series(b: Briefing, affected: str,
                 measure: Literal["killed", "injured"]) -> list[Series]:
    """Each claimant's `measure` for the `affected` group (compared without
    case or spacing), one series per claimant, in the file's order."""
    key = subject_key(affected)
    return _series([h for (_, group), h in b.claim_revisions.items() if group == key], measure)


def figure_series(b: Briefing, what: str, unit: str | None = None) -> list[Series]:
    """Each claimant's value for the figure `what` in `unit`, one series per
    claimant, in the file's order."""
    key = (subject_key(what), subject_key(unit or ""))
    return _series([h for (_, *thing), h in b.figure_revisions.items()
                    if tuple(thing) == key], "value")


def series_for(b: Briefing, group: ChartGroup) -> list[Series]:
    """The series of a ChartGroup (see chart_groups)."""
    if group.measure == "value":
        return figure_series(b, group.subject, group.unit)
    return claim_series(b, group.subject, group.measure)


def chart_groups(b: Briefing) -> list[ChartGroup]:
    """Every group a chart can be drawn for, in the file's order: each
    affected group with each measure some claim gives, then each figure."""
    groups: dict[tuple[str, str, str | None], ChartGroup] = {}
    for claim in b.casualty_claims:
        for measure in CLAIM_MEASURES:
            if getattr(claim, measure) is not None:
                groups.setdefault((subject_key(claim.affected), measure, None),
                                  ChartGroup(claim.affected, measure))
    for fig in b.figures:
        unit = fig.unit
        groups.setdefault((subject_key(fig.what), "value", unit),
                          ChartGroup(fig.what, "value", unit))
    return list(groups.values())


def is_revised(series: list[Series]) -> bool:
    """True when some claimant's figure changed over time (has two points)."""
    return any(len(s.points) > 1 for s in series)


def chronological(b: Briefing, series: list[Series]) -> list[tuple[Series, Point]]:
    """Every point of `series` by instant (undated first; ties keep the
    series' order): the rows of a table of the figures over time."""
    zone = b.zone
    rows = [(s, p) for s in series for p in s.points]
    return sorted(rows, key=lambda row: (0, (0, 0)) if row[1].said is None
                  else (1, when_sort_key(row[1].said, zone)))
