"""A step chart of each claimant's figure over time, drawn with plotext.

`chart_layout` turns a group's series (core.story.series) into what is drawn:
x is hours from the first dated revision, y the figure; a step line per
claimant that holds each value until the next revision (and on to the
latest time in the chart), a point at each revision, a range as an error
bar from its low to its high, an open-ended "80+" as a hollow marker. An
undated revision sits left of the first time, under an "undated" tick.
The time ticks read the clock of the briefing's time zone.

Each claimant has its own marker as well as its own colour, and its name is
written at the end of its line: with NO_COLOR, or in a theme where two
colours look alike, the lines still say whose they are. `draw` hands the
layout to textual-plotext's `Plot`, which this module imports only for
its type: the import costs only when a chart opens.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from tui.core.format.when import instant_microseconds
from tui.core.story.as_of import moment_label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from textual_plotext.plot import Plot

    from tui.core.format.model import When
    from tui.core.story.series import Point, Series

HOUR = 3_600_000_000
# Filled for a point, hollow for an open-ended count; one pair a claimant.
MARKERS = (("●", "○"), ("■", "□"), ("◆", "◇"), ("▲", "△"), ("★", "☆"), ("✚", "✛"))
# The terminal's own ANSI colours, which each theme maps to ones that read on it.
COLOURS = ("red", "cyan", "green", "magenta", "yellow", "blue")
BAR = "│"  # a range's error bar
PLAIN = "default"  # plotext's name for the terminal's (the widget's) own colour


class Track(NamedTuple):
    """One claimant's line: its step line, its points (filled and hollow)
    and its ranges (x, low, high)."""

    claimant: str
    marker: str
    open_marker: str
    colour: str
    steps: tuple[list[float], list[float]]
    points: list[tuple[float, float]]
    open_points: list[tuple[float, float]]
    ranges: list[tuple[float, float, float]]


class ChartLayout(NamedTuple):
    """What `draw` draws: the tracks, the time ticks (x, label), the names
    written at the lines' ends (x, y, names), the axes' ranges and the
    value ticks."""

    tracks: list[Track]
    ticks: list[tuple[float, str]]
    labels: list[tuple[float, float, str]]
    x_range: tuple[float, float]
    y_top: float
    y_ticks: list[float]


def value_ticks(top: float, count: int = 5) -> list[float]:
    """Round values from 0 up to `top`: steps of 1, 2 or 5 times a power of ten."""
    rough = max(top / count, 1.0)
    power = 10 ** (len(str(int(rough))) - 1)
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return [float(step * k) for k in range(int(top // step) + 1)]


def _y(point: Point) -> float:
    """Where a point sits: a range's middle, an open-ended count's low."""
    low, high = point.value.low, point.value.high
    assert low is not None
    return float(low) if high is None else (low + high) / 2


def in_zone(when: When, zone: tzinfo) -> When:
    """A time as the clock read in `zone` (the briefing's): every tick on
    one clock, whatever offset each time was written with. A bare date, and
    a time without an offset (read in `zone` already), stay as written."""
    if isinstance(when, datetime) and when.tzinfo is not None:
        try:
            return when.astimezone(zone).replace(tzinfo=None)
        except OverflowError:  # at the very ends of the years datetime holds
            return when.replace(tzinfo=None)
    return when


def _tick_label(when: When, one_day: bool, with_year: bool = False) -> str:
    """`8 Jan 09:00`; the time alone when every tick falls on one day; the
    year after the month when the ticks span more than one."""
    label = moment_label(when, with_year)
    if isinstance(when, datetime) and one_day:
        return label.split(" ")[2]
    return label


def _spaced(ticks: list[tuple[float, str]], x_range: tuple[float, float],
            width: int) -> list[tuple[float, str]]:
    """The ticks whose labels do not run into the one before (plotext would
    drop one of two that do, which one depending on where they fall)."""
    left, right = x_range
    columns = max(width - 8, 1) / max(right - left, 1e-9)  # inside the y axis's labels
    kept: list[tuple[float, str]] = []
    for x, label in ticks:
        # Each label is centred on its tick: half of each, and room between
        # (plotext shifts labels that come closer, where depends on its state).
        if not kept or (x - kept[-1][0]) * columns >= (len(kept[-1][1]) + len(label)) / 2 + 3:
            kept.append((x, label))
    return kept


def chart_layout(series: Sequence[Series], zone: tzinfo, width: int = 80) -> ChartLayout:
    """The chart of `series` (`zone`: the briefing's, for times without an
    offset); `width` sets how many time ticks fit."""
    dated = [p.said for s in series for p in s.points
             if p.said is not None and not p.value.is_unknown]
    instants = [instant_microseconds(w, zone) for w in dated]
    start = min(instants, default=0)
    end = max(instants, default=0)
    span = max((end - start) / HOUR, 1.0)
    undated_x = -span * 0.12
    right = (end - start) / HOUR if end > start else span
    has_undated = any(p.said is None and not p.value.is_unknown for s in series for p in s.points)
    tracks = []
    top = 0.0
    for i, s in enumerate(series):
        marker, open_marker = MARKERS[i % len(MARKERS)]
        xs: list[float] = []
        ys: list[float] = []
        points: list[tuple[float, float]] = []
        open_points: list[tuple[float, float]] = []
        ranges: list[tuple[float, float, float]] = []
        for point in s.points:
            if point.value.is_unknown:
                continue
            x = undated_x if point.said is None else \
                (instant_microseconds(point.said, zone) - start) / HOUR
            y = _y(point)
            if xs:  # the step: the last value held until this revision
                xs.append(x)
                ys.append(ys[-1])
            xs.append(x)
            ys.append(y)
            (open_points if point.open_ended else points).append((x, y))
            if point.is_range and not point.open_ended:
                low, high = point.value.low, point.value.high
                assert low is not None and high is not None
                ranges.append((x, float(low), float(high)))
                top = max(top, float(high))
            top = max(top, y)
        if xs:
            xs.append(right)  # held to the chart's end
            ys.append(ys[-1])
        tracks.append(Track(s.claimant, marker, open_marker, COLOURS[i % len(COLOURS)],
                            (xs, ys), points, open_points, ranges))
    local = [in_zone(w, zone) for w in dated]
    one_day = len({w.isoformat()[:10] for w in local}) <= 1
    # "4 Aug" then "3 Aug" reads as time running back when a year lies between.
    with_year = len({w.year for w in local}) > 1
    seen: dict[float, str] = {}
    for when, instant in sorted(zip(local, instants, strict=True), key=lambda wi: wi[1]):
        seen.setdefault((instant - start) / HOUR, _tick_label(when, one_day, with_year))
    ticks = [(undated_x, "undated")] if has_undated else []
    ticks += seen.items()
    left = undated_x * 1.3 if has_undated else -span * 0.05
    # Each line's claimant after its end; lines ending at one value share a label.
    ends: dict[float, list[str]] = {}
    for track in tracks:
        if track.steps[0]:
            ends.setdefault(track.steps[1][-1], []).append(track.claimant)
    label_x = right + span * 0.02
    labels = [(label_x, y, ", ".join(names)) for y, names in ends.items()]
    longest = max((len(text) for _, _, text in labels), default=0)
    # Room on the right for the names: the share of the width they take.
    share = min(0.5, (longest + 2) / max(width - 10, 1))
    x_right = right + (right - left) * share / (1 - share) + span * 0.02
    y_top = top * 1.15 or 1.0
    x_range = (left, x_right)
    return ChartLayout(tracks, _spaced(ticks, x_range, width), labels, x_range, y_top,
                       value_ticks(y_top))


def draw(plt: Plot, layout: ChartLayout, measure: str, colour: bool = True) -> None:
    """Draw `layout` on the plotext figure `plt` (cleared first); in the
    theme's foreground alone without `colour` (NO_COLOR: a colour turned
    grey can vanish into the background, a marker cannot)."""
    plt.clear_data()
    plt.clear_figure()
    for track in layout.tracks:
        if not colour:
            track = track._replace(colour=PLAIN)
        xs, ys = track.steps
        if xs:
            plt.plot(xs, ys, marker="braille", color=track.colour)
        for x, low, high in track.ranges:
            plt.plot([x, x], [low, high], marker=BAR, color=track.colour)
        if track.points:
            plt.scatter([x for x, _ in track.points], [y for _, y in track.points],
                        marker=track.marker, color=track.colour)
        if track.open_points:
            plt.scatter([x for x, _ in track.open_points], [y for _, y in track.open_points],
                        marker=track.open_marker, color=track.colour)
    for x, y, names in layout.labels:
        # In the theme's colours: plotext would pick a colour and a background of its own.
        plt.text(names, x, y, color=PLAIN, background=PLAIN, alignment="left")
    plt.yticks(layout.y_ticks, [f"{y:,.0f}" for y in layout.y_ticks])
    plt.xticks([x for x, _ in layout.ticks], [label for _, label in layout.ticks])
    plt.xlim(*layout.x_range)
    plt.ylim(0, layout.y_top)
    plt.ylabel(measure)
