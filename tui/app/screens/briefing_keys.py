"""The briefing screen's keys: every binding, with its id and tooltip;
when each does something, and why one does nothing now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType
from textual.widgets import Input

from tui.app.panes import PANE_CONTENTS
from tui.app.screens.briefing_search import search_shown

if TYPE_CHECKING:
    from tui.app.screens.briefing import BriefingScreen

# The tooltip of the bindings that say why a key does nothing now.
EXPLAIN = "Say why this key does nothing now"

BINDINGS: list[BindingType] = [
    *[
        Binding(str(i + 1), f"focus_pane({i})", pane.TITLE, show=False,
                id=f"briefing.pane{i + 1}", tooltip=f"Focus the {pane.TITLE} pane")
        for i, pane in enumerate(PANE_CONTENTS)
    ],
    Binding("tab", "cycle_pane(1)", "Next pane", show=False, priority=True,
            id="briefing.next_pane", tooltip="Next pane"),
    Binding("shift+tab", "cycle_pane(-1)", "Prev pane", show=False, priority=True,
            id="briefing.prev_pane", tooltip="Previous pane"),
    Binding("slash", "search", "Search", key_display="/", id="briefing.search",
            tooltip="Filter every pane to items that match"),
    Binding("e", "export", "Export", id="briefing.export",
            tooltip="Export this briefing to Markdown, JSON or CSV"),
    Binding("r", "reload", "Reload", id="briefing.reload",
            tooltip="Reload the briefing from disk"),
    Binding("z", "maximise", "Maximise", id="briefing.maximise",
            tooltip="Maximise the focused pane"),
    Binding("z", "restore", "Restore", id="briefing.restore",
            tooltip="Restore every pane (escape too)"),
    Binding("o", "edit", "Edit", id="briefing.edit",
            tooltip="Open the file in $VISUAL/$EDITOR at the selected item (or the "
            "first error); reloaded on return"),
    Binding("a", "add_report", "Add report", show=False, id="briefing.add_report",
            tooltip="Add what a new report says (a file, a URL or pasted text); the "
            "change is shown before it is written"),
    Binding("c", "copy", "Copy", show=False, id="briefing.copy",
            tooltip="Copy the selected item as plain text"),
    Binding("h", "history", "History", show=False, id="briefing.history",
            tooltip="The history of the selected claim or figure: across the file's "
            "git commits, else its revisions in the file"),
    Binding("exclamation_mark", "show_errors", "Errors", key_display="!",
            id="briefing.errors", tooltip="List every error of the file (while it is broken)"),
    Binding("left_square_bracket", "step(-1)", "Prev", key_display="[",
            id="briefing.previous", tooltip="Previous briefing in the library"),
    Binding("right_square_bracket", "step(1)", "Next", key_display="]",
            id="briefing.next", tooltip="Next briefing in the library"),
    # A priority binding, handled in order with the keys after it: `←`
    # typed in one burst after `t` must find time mode on (check_action
    # leaves `t` to the search field).
    Binding("t", "time_mode", "Time", show=False, priority=True, id="briefing.time",
            tooltip="Time mode: the briefing as it stood at each moment of the story "
            "(←/→ step, home/end first/latest, t or escape leaves)"),
    # Over the pane's own arrows and home/end, in time mode alone (check_action).
    Binding("left", "moment(-1)", "Earlier", key_display="←", priority=True,
            id="briefing.earlier", tooltip="Time mode: the moment before"),
    Binding("right", "moment(1)", "Later", key_display="→", priority=True,
            id="briefing.later", tooltip="Time mode: the moment after"),
    Binding("home", "moment('first')", "First", show=False, priority=True,
            id="briefing.first_moment", tooltip="Time mode: the story's first moment"),
    Binding("end", "moment('last')", "Latest", show=False, priority=True,
            id="briefing.last_moment", tooltip="Time mode: the story's latest moment"),
    Binding("v", "chart", "Chart", show=False, id="briefing.chart",
            tooltip="Chart the selected claim's or figure's group: each claimant's "
            "figure over time"),
    Binding("s", "sort", "Sort", show=False, id="briefing.sort",
            tooltip="Cycle the focused pane's order: claims by size, time, claimant; "
            "quotes by time, speaker; reactions by stance, country"),
    Binding("f", "timeline_filter", "Filter timeline", show=False, id="briefing.filter",
            tooltip="Cycle the timeline's filter: all, events, claims, quotes, reactions"),
    # One key, four jobs: the key bar names the one escape does now (available).
    Binding("escape", "escape('restore')", "Restore", show=False, id="briefing.escape_restore",
            tooltip="Restore every pane"),
    Binding("escape", "escape('search')", "Clear search", id="briefing.clear_search",
            tooltip="Clear the search and show every item again"),
    Binding("escape", "escape('time')", "Leave time", id="briefing.leave_time",
            tooltip="Leave time mode: the briefing as it stands now"),
    Binding("escape", "escape('back')", "Back", id="briefing.back",
            tooltip="Go to the library (of this file's folder)"),
    Binding("backspace", "back", "Back", show=False, id="briefing.backspace",
            tooltip="Go to the library (of this file's folder)"),
    # Where a key above can do nothing now (its check_action says so),
    # these take it and say why, rather than leave it silent. The help
    # leaves `explain` bindings out.
    *[Binding(key, f"explain('{key}')", "Why not", show=False,
              id=f"briefing.explain_{key}", tooltip=EXPLAIN)
      for key in ("exclamation_mark", "left_square_bracket", "right_square_bracket", "o")],
]


def why_not(key: str, neighbours: tuple[bool, bool]) -> str:
    """Why `key` does nothing now (its own binding is off); `neighbours`:
    whether the library has a briefing before and after this one."""
    if key == "exclamation_mark":
        return "The file has no errors: ! lists them while an edit has broken it"
    if key == "o":
        return "In a browser the editor is off: the files are the server's"
    if neighbours == (False, False):
        return "No other briefing to step to: escape opens this file's folder"
    return ("This is the last briefing of the library" if key == "right_square_bracket"
            else "This is the first briefing of the library")


def escape_does(screen: BriefingScreen) -> str:
    """What escape does now: restore a maximised pane, clear the search,
    leave time mode, else go back to the library."""
    if screen.maximized is not None:
        return "restore"
    if screen.query_text or search_shown(screen):
        return "search"
    return "time" if screen.time_mode is not None else "back"


def available(screen: BriefingScreen, action: str, parameters: tuple[object, ...]) -> bool:
    """Whether a binding's action does something now (its check_action)."""
    if action == "step":
        return screen.neighbours[0 if parameters[0] == -1 else 1]
    if action in ("maximise", "restore"):
        return (screen.maximized is None) == (action == "maximise")
    if action == "show_errors":
        return bool(screen.load_errors)
    if action == "edit":
        return not screen.app.is_web  # the server's files are not the browser user's to edit
    if action == "moment":
        return screen.time_mode is not None and not isinstance(screen.focused, Input)
    if action == "escape":
        return parameters[0] == escape_does(screen)
    if action == "time_mode":
        return not isinstance(screen.focused, Input)
    return True
