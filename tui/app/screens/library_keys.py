"""The library's keys and its palette commands.

The library is a picker, as fzf is: the filter field always has the
keyboard, so every printable key is text. Its keys are keys that type
nothing: arrows, page keys, enter, escape, control and function keys.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

from tui.app.commands import Command, CommandList

if TYPE_CHECKING:
    from tui.app.screens.library import LibraryScreen

# The words of each order the library can be sorted in (see library_rows.sort_entries).
SORT_WORDS = {"date": "date, newest first", "title": "title", "file": "file name"}

# Priority: the field would take the arrows, page keys and enter itself.
LIBRARY_BINDINGS: list[BindingType] = [
    Binding("down", "move(1)", "Move", key_display="↑↓", priority=True,
            id="library.down", tooltip="Next briefing"),
    Binding("up", "move(-1)", "Up", show=False, priority=True, id="library.up",
            tooltip="Previous briefing"),
    Binding("pagedown", "page(1)", "Page down", show=False, priority=True,
            id="library.page_down", tooltip="One screen down"),
    Binding("pageup", "page(-1)", "Page up", show=False, priority=True,
            id="library.page_up", tooltip="One screen up"),
    Binding("ctrl+home", "first", "First", show=False, id="library.first",
            tooltip="First briefing"),
    Binding("ctrl+end", "last", "Last", show=False, id="library.last",
            tooltip="Last briefing"),
    Binding("enter", "open", "Open", key_display="⏎", priority=True, id="library.open",
            tooltip="Open the selected briefing (at the item that matched the filter)"),
    Binding("escape", "clear_filter", "Clear", id="library.clear",
            tooltip="Clear the filter"),
    Binding("f2", "across('claims')", "Claims", id="library.claims",
            tooltip="Every current claim of the listed briefings in one list"),
    Binding("f3", "across('quotes')", "Quotes", id="library.quotes",
            tooltip="Every quote of the listed briefings in one list"),
    Binding("ctrl+r", "rescan", "Rescan", id="library.rescan",
            tooltip="Read the folder again"),
    # ctrl+o, not o: every key that types is filter text here.
    Binding("ctrl+o", "edit", "Edit", id="library.edit",
            tooltip="Open the selected file in $VISUAL/$EDITOR"),
    # q and ? are text here: the keys that do their job in the library.
    Binding("f1", "app.help", "Help", id="library.help", tooltip="Show every key"),
    Binding("ctrl+q", "app.quit", "Quit", priority=True, id="library.quit",
            tooltip="Quit briefing"),
]


class LibraryCommands(CommandList):
    """The palette's commands in the library: open a briefing, sort, the views."""

    def commands(self) -> list[Command]:
        screen: LibraryScreen = self.screen  # type: ignore[assignment]
        out: list[Command] = []
        for by, words in SORT_WORDS.items():
            current = " (current)" if by == screen.sort_by else ""
            out.append((f"sort: {words}", partial(screen.sort, by),
                        f"List the briefings by {words}{current}"))
        out.append(("library: Rescan", screen.action_rescan, "Read the folder again (ctrl+r)"))
        # State-aware, as the keys are: only what would do something now.
        if screen.check_action("clear_filter", ()):
            out.append(("library: Clear search", screen.action_clear_filter,
                        "Show every briefing again (escape)"))
        if screen.check_action("edit", ()) and screen.entries:
            out.append(("open: In editor", screen.action_edit,
                        "The selected file in $VISUAL/$EDITOR (ctrl+o)"))
        out.append(("library: Claims view", partial(screen.action_across, "claims"),
                    "Every current claim of the listed briefings in one list (f2)"))
        out.append(("library: Quotes view", partial(screen.action_across, "quotes"),
                    "Every quote of the listed briefings in one list (f3)"))
        for entry in screen.entries:
            if not entry.broken:
                out.append((f"open: {entry.title}",
                            partial(screen.post_message, screen.Open(entry.path)),
                            entry.path.name))
        return out
