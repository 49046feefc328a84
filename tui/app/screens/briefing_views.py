"""How the briefing screen's views change: time mode (`t`, `←`/`→`,
`home`/`end`), the order of a pane (`s`), the timeline's filter (`f`) and
the chart (`v`). The screen's actions call these; the state they change is
the screen's `time_mode` and each pane's order and filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.app.panes.sorting import next_order, order_title
from tui.app.panes.timeline_rows import filter_title, next_filter
from tui.app.screens.time_mode import NO_MOMENTS, TimeMode
from tui.core.format.model import CasualtyClaim, Figure
from tui.core.story.disputes import Dispute
from tui.core.story.series import ChartGroup

if TYPE_CHECKING:
    from tui.app.panes.base import ListPane
    from tui.app.screens.briefing import BriefingScreen
    from tui.core.format.model import Briefing


def toggle_time_mode(screen: BriefingScreen) -> None:
    """Enter time mode at the latest moment, or leave it."""
    if screen.time_mode is not None:
        leave_time_mode(screen)
        return
    if screen.briefing is None:
        return
    mode = TimeMode(screen.briefing)
    if not mode.moments:
        screen.notify(NO_MOMENTS, timeout=4, markup=False)
        return
    screen.time_mode = mode
    screen.refresh_bindings()
    screen.show_briefing(screen.briefing)


def leave_time_mode(screen: BriefingScreen) -> None:
    screen.time_mode = None
    screen.refresh_bindings()
    if screen.briefing is not None:
        screen.show_briefing(screen.briefing)


def step_moment(screen: BriefingScreen, where: str) -> None:
    """`where`: "-1"/"1" a moment back or on, "first" or "last"."""
    mode = screen.time_mode
    if mode is None or screen.briefing is None:
        return
    if where == "first":
        mode.go_to(0)
    elif where == "last":
        mode.go_to(-1)
    elif not mode.step(int(where)):
        edge = "first" if int(where) < 0 else "latest"
        screen.notify(f"This is the {edge} moment of the story", timeout=2, markup=False)
        return
    screen.show_briefing(screen.briefing)


def shown_briefing(screen: BriefingScreen) -> Briefing | None:
    """What the panes show: the briefing, as of the moment in time mode."""
    if screen.briefing is None or screen.time_mode is None:
        return screen.briefing
    return screen.time_mode.view(screen.briefing)


def _retitle(pane: ListPane, note: str) -> None:
    pane.title_note = note
    if pane.border_title is not None and str(pane.border_title).startswith(f"{pane.number} "):
        pane.set_title(None)  # not over the tab strip a short terminal puts there


def cycle_sort(screen: BriefingScreen) -> None:
    """The focused pane's next order, said in its title."""
    pane = screen.panes[screen.current]
    order = next_order(pane.content.PANE_ID, pane.order)
    if order is None:
        screen.notify(f"The {pane.content.TITLE} pane has one order: s sorts the claims, "
                      "quotes and reactions", timeout=3, markup=False)
        return
    pane.order = order
    _retitle(pane, order_title(order))
    screen.notify(f"{pane.content.TITLE}: {order_title(order) or 'in the file’s order'}",
                  timeout=2, markup=False)
    if screen.briefing is not None:
        screen.show_briefing(screen.briefing)


def cycle_filter(screen: BriefingScreen) -> None:
    """The timeline's next filter (all, events, claims, quotes, reactions)."""
    pane = next(p for p in screen.panes if p.content.PANE_ID == "timeline")
    content = pane.content
    name = next_filter(getattr(content, "filter", "all"))
    content.filter = name  # type: ignore[attr-defined]
    _retitle(pane, filter_title(name))
    screen.notify(f"Timeline: {name}", timeout=2, markup=False)
    if screen.briefing is not None:
        screen.show_briefing(screen.briefing)


def chart_group(b: Briefing, item: object) -> ChartGroup | None:
    """The chart for a row: a dispute's group, a claim's group (killed, or
    injured when it gives no killed), a figure's `what` and unit."""
    if isinstance(item, Dispute):
        if item.is_figure:
            return ChartGroup(item.subject, "value", item.unit)
        return ChartGroup(item.subject, "injured" if item.measure == "injured" else "killed")
    if isinstance(item, CasualtyClaim):
        return ChartGroup(item.affected, "killed" if item.killed is not None else "injured")
    if isinstance(item, Figure):
        return ChartGroup(item.what, "value", item.unit)
    return None


def open_chart(screen: BriefingScreen, item: object | None = None) -> None:
    """The chart of the selected row's group, as of the moment in time mode."""
    shown = shown_briefing(screen)
    if shown is None or screen.briefing is None:
        return
    if item is None:
        item = screen.panes[screen.current].current_item
    group = chart_group(shown, item)
    if group is None:
        screen.notify("Nothing to chart here: v draws a casualty claim's or a figure's "
                      "figures over time", timeout=3, markup=False)
        return
    from tui.app.dialogs.chart import ChartScreen  # deferred: plotext loads with the chart

    moment = screen.time_mode.moment.label if screen.time_mode is not None else None
    screen.app.push_screen(ChartScreen(shown, group, moment))
