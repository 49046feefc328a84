"""What the keys do to a briefing's selected item: enter opens it in full,
`o` edits the file at it, `c` copies it, `h` shows its history. The
screen's actions call these; they read the screen's briefing and panes
and change nothing of the screen's own."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from tui.app.clipboard import copy_text
from tui.app.screens.briefing_history import item_view
from tui.app.screens.briefing_views import open_chart
from tui.app.text import for_terminal
from tui.core.format.model import CasualtyClaim, Figure
from tui.core.story.disputes import Dispute

if TYPE_CHECKING:
    from tui.app.panes.base import ListPane
    from tui.app.screens.briefing import BriefingScreen


def open_row(screen: BriefingScreen, pane: ListPane, index: int) -> None:
    """The row's item in full; a dispute row's full text is its chart's list."""
    item = pane.item_at(index)
    if item is None:
        return
    if isinstance(item, Dispute):
        open_chart(screen, item)
        return
    from tui.app.dialogs.item import ItemScreen  # deferred: not needed for the first frame

    screen.app.push_screen(ItemScreen(pane.content.TITLE, item_view(item, screen.briefing)))


def edit_at_item(screen: BriefingScreen) -> None:
    """The file in the user's editor at the selected item (or the first
    error), then read again."""
    from tui.app.editor import item_place, open_in_editor
    from tui.core.format.locate import line_of

    if screen.load_errors:
        line = screen.load_errors[0].line
    else:
        line = line_of(screen.path, *item_place(screen.briefing,
                                                screen.panes[screen.current].current_item))
    if open_in_editor(screen.app, screen.path, line):
        screen.load_from_disk()


def copy_item(screen: BriefingScreen) -> None:
    """The selected item as plain text on the clipboard."""
    item = screen.panes[screen.current].current_item
    if item is None:
        screen.notify("Nothing selected to copy", timeout=2)
        return
    text, what = copy_text(item, list(screen.briefing.disputes) if screen.briefing else [])
    screen.app.copy_to_clipboard(text)
    screen.notify(for_terminal(f"Copied {what}"), timeout=2, markup=False)


def show_history(screen: BriefingScreen) -> None:
    """The selected claim's or figure's history, read in a worker (git runs)."""
    item = screen.panes[screen.current].current_item
    if not isinstance(item, CasualtyClaim | Figure):
        screen.notify("Nothing to trace here: h shows the history of a casualty claim or "
                      "a figure", timeout=3)
        return
    screen.run_worker(partial(_load_history, screen, item), name="load_history",
                      thread=True, exclusive=True, group="history")


def _load_history(screen: BriefingScreen, item: CasualtyClaim | Figure) -> None:
    """In a worker: the item's claim through the file's git commits, else
    its revisions in the file; shown in a dialog, or why there is none said."""
    from tui.app.dialogs.item import ItemScreen
    from tui.app.screens.briefing_history import history_view

    assert screen.briefing is not None
    view = history_view(screen.path, screen.briefing, item)
    if isinstance(view, str):
        screen.app.call_from_thread(screen.notify, view, timeout=5, markup=False)
    else:
        screen.app.call_from_thread(screen.app.push_screen, ItemScreen(*view))
