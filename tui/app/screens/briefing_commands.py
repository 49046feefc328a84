"""The palette's commands on a briefing: every action a key does there,
offered only where it would do something (no editor in a browser, no
errors list for a valid file, no history for a row without one)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from tui.app.commands import Command, CommandList
from tui.app.panes import PANE_CONTENTS
from tui.app.screens.briefing_search import clear_search
from tui.core.format.model import CasualtyClaim, Figure

if TYPE_CHECKING:
    from tui.app.screens.briefing import BriefingScreen

# The exports the palette offers: name, format, CSV table.
EXPORTS = (("Markdown", "markdown", "claims"), ("JSON", "json", "claims"),
           ("CSV, claims table", "csv", "claims"), ("CSV, figures table", "csv", "figures"),
           ("CSV, quotes table", "csv", "quotes"))


class BriefingCommands(CommandList):
    """Export, go to, search, view, open, copy, history, errors, library."""

    def commands(self) -> list[Command]:
        # Only ever a BriefingScreen's provider (its COMMANDS).
        screen = cast("BriefingScreen", self.screen)
        out: list[Command] = []
        if screen.briefing is not None:
            out += [(f"export: {name}", partial(screen.export_as, fmt, table),
                     f"Write this briefing as {name} (e, then choose)")
                    for name, fmt, table in EXPORTS]
        for i, pane in enumerate(PANE_CONTENTS):
            out.append((f"go to: {pane.TITLE}", partial(screen.action_focus_pane, i),
                        f"Focus the {pane.TITLE} pane (key {i + 1})"))
        out += [
            ("go to: Next pane", partial(screen.action_cycle_pane, 1), "The next pane (tab)"),
            ("go to: Previous pane", partial(screen.action_cycle_pane, -1),
             "The previous pane (shift+tab)"),
            ("search: Briefing", screen.action_search, "Filter every pane (/)"),
        ]
        if screen.query_text:
            out.append(("search: Clear", partial(clear_search, screen),
                        "Show every item again (escape)"))
        restore = screen.maximized is not None
        out += [
            ("view: Restore panes" if restore else "view: Maximise pane", screen.action_maximise,
             "Maximise or restore the focused pane (z)"),
            ("reload: Briefing", screen.action_reload, "Read the file again (r)"),
        ]
        if not screen.app.is_web:  # the server's files are not the browser user's to edit
            out.append(("open: In editor", screen.action_edit,
                        "The file in $VISUAL/$EDITOR at the selected item; read again on "
                        "return (o)"))
        from tui.app.screens.briefing_add import read_only

        if screen.briefing is not None and not read_only():
            out.append(("add: Report", screen.action_add_report,
                        "Add what a new report says: a file, a URL or pasted text (a)"))
        focused = screen.panes[screen.current]
        item = focused.current_item
        if item is not None:
            out.append(("show: Selected item", focused.action_select,
                        "The selected item in full (enter)"))
            out.append(("copy: Selected item", screen.action_copy,
                        "The selected item as plain text (c)"))
        if isinstance(item, CasualtyClaim | Figure):
            out.append(("show: History", screen.action_history,
                        "The selected claim's history: git commits, else revisions (h)"))
        if screen.briefing is not None:
            out += [
                ("view: Leave time mode" if screen.time_mode is not None else "view: Time mode",
                 screen.action_time_mode,
                 "The briefing as it stood at each moment; arrows step, home/end (t)"),
                ("view: Chart", screen.action_chart,
                 "The selected claim's or figure's figures over time, per claimant (v)"),
                ("view: Sort pane", screen.action_sort,
                 "Cycle the focused pane's order: claims, quotes, reactions (s)"),
                ("view: Filter timeline", screen.action_timeline_filter,
                 "Cycle the timeline: all, events, claims, quotes, reactions (f)"),
            ]
        if screen.load_errors:
            out.append(("show: Errors", screen.action_show_errors,
                        "Every error of the file (!)"))
        out.append(("go to: Library", screen.action_back,
                    "The library (of this file's folder) (escape)"))
        if screen.neighbours[1]:
            out.append(("go to: Next briefing", partial(screen.action_step, 1),
                        "The next briefing in the library (])"))
        if screen.neighbours[0]:
            out.append(("go to: Previous briefing", partial(screen.action_step, -1),
                        "The previous briefing in the library ([)"))
        return out
