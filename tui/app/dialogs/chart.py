"""The chart of a group (`v`, or `enter` on a dispute): each claimant's figure
over time as a step line (widgets.step_chart, drawn by textual-plotext),
with the current values and the dispute listed under it. `i` switches a
casualty group between killed and injured.

This module imports textual-plotext (and with it plotext), so it is itself
imported only when a chart opens: start-up does not pay for it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.events import Resize
from textual.widgets import Static
from textual_plotext import PlotextPlot

from tui.app.dialogs.base import Dialog
from tui.app.rows import versus
from tui.app.text import join, plain
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.step_chart import BAR, ChartLayout, Track, chart_layout, draw
from tui.core.format.model import Briefing
from tui.core.format.text import format_when, readable_amount, subject_key
from tui.core.story.disputes import Dispute
from tui.core.story.series import ChartGroup, Series, series_for

OTHER_MEASURE = {"killed": "injured", "injured": "killed"}


def group_dispute(b: Briefing, group: ChartGroup) -> Dispute | None:
    """The dispute over the group's measure (and unit), if its claimants disagree."""
    key, unit = subject_key(group.subject), subject_key(group.unit or "")
    return next((d for d in b.disputes
                 if subject_key(d.subject) == key and d.measure == group.measure
                 and subject_key(d.unit or "") == unit), None)


def _track_line(track: Track, s: Series, unit: str | None, colour: bool) -> Content:
    values = " → ".join(readable_amount(p.value, unit) for p in s.points)
    current = s.current
    said = f" ({format_when(current.said)})" if current.said is not None else " (undated)"
    marker_style = f"ansi_{track.colour}" if colour else "bold"
    revised = len(s.points) > 1
    return join((f"{track.marker} ", marker_style), (s.claimant, "bold"), f"  {values}",
                ("  now " if revised else "", "dim"),
                readable_amount(current.value, unit) if revised else "", (said, "dim"))


def notes(b: Briefing, group: ChartGroup, series: list[Series], layout: ChartLayout,
          colour: bool = True) -> Content:
    """Under the chart: each claimant's figures and current value, the
    dispute, and what the marks mean."""
    unit = group.unit
    lines = [_track_line(t, s, unit, colour) for t, s in zip(layout.tracks, series, strict=True)]
    if not lines:
        lines.append(plain(f"No {group.measure} figures for {group.subject} (yet)"))
    if (d := group_dispute(b, group)) is not None:
        lines.append(join(("⚠ DISPUTED ", "bold $text-error"), versus(d, b)))
    marks = [f"times in {b.timezone}"] if b.timezone and layout.ticks else []
    if any(t.ranges for t in layout.tracks):
        marks.append(f"{BAR} a range, low to high")
    if any(t.open_points for t in layout.tracks):
        marks.append("hollow mark: at least (80+)")
    if any(label == "undated" for _, label in layout.ticks):
        marks.append("undated: left of the first time")
    if marks:
        lines.append(plain(" · ".join(marks)).stylize("dim"))
    return Content("\n").join(lines)


class ChartScreen(Dialog[None]):
    """A group's figures over time, as of a moment in time mode."""

    DEFAULT_CSS = """
    ChartScreen .chart-dialog {
        width: 100%;
        max-width: 120;
        height: 100%;
        max-height: 40;
        padding: 0 1;
    }
    ChartScreen #chart-plot {
        height: 1fr;
        min-height: 8;
    }
    ChartScreen #chart-notes {
        height: auto;
        max-height: 9;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,v", "close", "Close", id="chart.close", tooltip="Close the chart"),
        Binding("i", "other_measure", "Killed/injured", id="chart.measure",
                tooltip="Switch the chart between the group's killed and its injured"),
    ]

    def __init__(self, briefing: Briefing, group: ChartGroup, moment: str | None = None) -> None:
        """`briefing`: as the panes show it (as of `moment`, a label, in
        time mode); `group`: what to chart."""
        super().__init__()
        self.briefing = briefing
        self.group = group
        self.moment = moment
        self.series: list[Series] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="chart-dialog", classes="dialog chart-dialog"):
            yield PlotextPlot(id="chart-plot")
            yield Static(id="chart-notes")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_group(self.group)

    def on_resize(self, event: Resize) -> None:
        super().on_resize(event)
        self.show_group(self.group)  # as many time ticks as the new width holds

    def show_group(self, group: ChartGroup) -> None:
        self.group = group
        b = self.briefing
        self.series = series_for(b, group)
        plot = self.query_one(PlotextPlot)
        # The room the dialog gives the plot (not the plot's size, unknown before
        # the first layout): the same ticks however the events fall.
        width = min(self.app.size.width, 120) - 10
        layout = chart_layout(self.series, b.zone, width)
        draw(plot.plt, layout, group.measure if group.measure != "value" else group.unit or "",
             colour=not self.app.no_color)
        plot.refresh()
        box = self.query_one("#chart-dialog")
        when = f" · as of {self.moment}" if self.moment else ""
        box.border_title = plain(f"{group.label}{when}")
        keys = "i: injured · esc: close" if group.measure == "killed" else \
            "i: killed · esc: close" if group.measure == "injured" else "esc: close"
        box.border_subtitle = keys
        self.query_one("#chart-notes", Static).update(
            notes(b, group, self.series, layout, colour=not self.app.no_color))

    def action_other_measure(self) -> None:
        measure = OTHER_MEASURE.get(self.group.measure)
        if measure is None:
            self.notify("A figure has one value to chart: i switches a casualty chart "
                        "between killed and injured", timeout=3, markup=False)
            return
        other = ChartGroup(self.group.subject, measure)  # type: ignore[arg-type]
        if not series_for(self.briefing, other):
            self.notify(f"No {measure} figures for {self.group.subject}", timeout=3,
                        markup=False)
            return
        self.show_group(other)

    def action_close(self) -> None:
        self.dismiss(None)
