"""The briefing screen: seven panes under a header, and the keys that act
on them. The header, the search bar and the file's polling are widgets
(widgets/); the rest is in the briefing_* modules beside this one, by job:
keys (bindings, when each is on), layout (fitting the terminal), load
(reading the file), search, items (the selected item), views (time mode,
order, filter, chart), export and add (a report)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.events import Key, Resize
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from tui.app.export_choice import ExportChoice
from tui.app.panes import PANE_CONTENTS, ListPane
from tui.app.screens.briefing_commands import BriefingCommands
from tui.app.screens.briefing_export import BriefingExport
from tui.app.screens.briefing_items import copy_item, edit_at_item, open_row, show_history
from tui.app.screens.briefing_keys import BINDINGS, available, why_not
from tui.app.screens.briefing_layout import fit, update_header
from tui.app.screens.briefing_load import read_file
from tui.app.screens.briefing_search import (
    browse_results,
    clear_search,
    open_search,
    search_bar,
    show_match_counts,
)
from tui.app.screens.briefing_views import (
    cycle_filter,
    cycle_sort,
    leave_time_mode,
    open_chart,
    shown_briefing,
    step_moment,
    toggle_time_mode,
)
from tui.app.screens.time_mode import TimeMode
from tui.app.widgets.briefing_header import BriefingHeader
from tui.app.widgets.file_watcher import FileWatcher
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import RowList
from tui.app.widgets.search_bar import TypeAhead
from tui.core.format.errors import LocatedError
from tui.core.format.model import Briefing

POLL_SECONDS = 0.5


class BriefingScreen(Screen[None]):
    """One briefing. Never writes to the briefing file."""

    COMMANDS: ClassVar = {BriefingCommands}
    # The keys stay on screen beside a maximised pane (z Restore among them).
    ALLOW_IN_MAXIMIZED_VIEW: ClassVar[str | None] = "KeyBar"

    poll_seconds: ClassVar[float] = POLL_SECONDS

    BINDINGS: ClassVar[list[BindingType]] = BINDINGS

    class Back(Message):
        """The user leaves this briefing for the library (of its folder)."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class Step(Message):
        """The user asks for the next (1) or previous (-1) briefing of the library."""

        def __init__(self, path: Path, step: int) -> None:
            super().__init__()
            self.path = path
            self.step = step

    def __init__(self, path: Path, briefing: Briefing | None = None,
                 neighbours: tuple[bool, bool] = (False, False),
                 export_choice: ExportChoice | None = None,
                 at: tuple[str, int] | None = None) -> None:
        """`neighbours`: whether the library has a briefing before and after
        this one (`[` and `]` are shown only then); `export_choice`: the
        format the export dialog starts on, shared with other briefings;
        `at`: the item to show first, as a search found it (see
        panes.opening.go_to)."""
        super().__init__()
        self.open_at = at
        self.path = path
        self.exports = BriefingExport(export_choice or ExportChoice())
        self.briefing = briefing
        self.neighbours = neighbours
        self.query_text = ""
        self.current = 0
        self.watcher = FileWatcher(path, self.poll_seconds)
        self._type_ahead = TypeAhead()
        self.reload_error: Content | None = None  # shown under the header while the file is broken
        self.load_errors: list[LocatedError] = []  # the file's errors while it is broken
        self.time_mode: TimeMode | None = None  # `t`: the moment shown (screens.time_mode)

    # -- layout -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The panes are laid out by the screen itself (app.tcss): a grid
        # container around them would only draw lines the panes cover.
        yield BriefingHeader(id="briefing-header")
        yield KeyBar()
        for number, content in enumerate(PANE_CONTENTS, start=1):
            yield ListPane(content, number)
        yield self.watcher

    @property
    def panes(self) -> list[ListPane]:
        return list(self.query(ListPane))

    def on_mount(self) -> None:
        self._set_current(0)
        if self.briefing is None:
            self.load_from_disk()
        else:
            self.show_briefing(self.briefing)

    def on_resize(self, event: Resize) -> None:
        fit(self, event.size)

    def _set_current(self, index: int) -> None:
        self.current = index % len(PANE_CONTENTS)
        for i, pane in enumerate(self.panes):
            pane.set_class(i == self.current, "current")
        if self.has_class("narrow"):
            update_header(self)

    def show_briefing(self, briefing: Briefing) -> None:
        if self.time_mode is not None and briefing is not self.briefing \
                and not self.time_mode.follow(briefing):
            self.time_mode = None  # read again with nothing dated
        self.briefing = briefing
        update_header(self)
        self.fill_panes()
        if self.open_at is not None:
            from tui.app.panes.opening import go_to

            pane = go_to(self.panes, briefing, *self.open_at)
            self.open_at = None
            if pane is not None:
                self.action_focus_pane(pane)

    def fill_panes(self) -> None:
        """Show the briefing in every pane, filtered by the current search."""
        shown = shown_briefing(self)
        if shown is not None:
            for pane in self.panes:
                pane.undated_marked = self.time_mode is not None
                pane.show(shown, self.query_text)
        show_match_counts(self)

    # -- focus and movement ---------------------------------------------------

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if isinstance(focused, ListPane) and focused.number - 1 != self.current:
            self._set_current(focused.number - 1)

    def action_focus_pane(self, index: int) -> None:
        self._set_current(index)
        pane = self.panes[index]
        if self.maximized is not None:
            self.minimize()
        # At once, not after a refresh: keys typed fast after the digit
        # (`2G`) are already queued, and go to the pane focused when each
        # is handled. A pane hidden until its class change is applied (on
        # a small terminal) can take focus all the same.
        self.set_focus(pane)

    def action_cycle_pane(self, step: int) -> None:
        if isinstance(self.focused, Input):
            return self.action_focus_pane(self.current)
        self.action_focus_pane((self.current + step) % len(PANE_CONTENTS))

    def action_maximise(self) -> None:
        if self.maximized is not None:
            self.minimize()
        else:
            self.maximize(self.panes[self.current])

    def action_restore(self) -> None:
        self.minimize()

    def watch_maximized(self, previous: Widget | None, maximized: Widget | None) -> None:
        """A maximised pane says, in its border, how to restore the others
        (the key bar's `z Restore` can be dropped on a narrow terminal)."""
        if isinstance(previous, ListPane):
            previous.set_note("")
        if isinstance(maximized, ListPane):
            maximized.set_note("z or esc: restore")
        self.refresh_bindings()

    @on(RowList.Selected)
    def open_item(self, event: RowList.Selected) -> None:
        if isinstance(event.row_list, ListPane):
            open_row(self, event.row_list, event.index)

    # -- search (screens.briefing_search) -------------------------------------

    async def action_search(self) -> None:
        await open_search(self, self._type_ahead.take())

    def on_key(self, event: Key) -> None:
        """Keep keys typed fast after `/` for the search bar (see TypeAhead),
        and after `e` for the export dialog (see BriefingExport)."""
        if self.exports.keep_key(event):
            return
        bar = search_bar(self)
        in_field = bar is not None and self.focused is bar
        if event.key == "e" and not in_field and self.briefing is not None:
            self.exports.expect_keys()  # its binding opens the dialog
        else:
            self._type_ahead.on_key(event, bar if in_field else None)

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self.fill_panes()

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        browse_results(self)

    def action_escape(self, job: str = "back") -> None:
        """Do what the key bar says escape does (briefing_keys.escape_does)."""
        if job == "restore":
            self.minimize()
        elif job == "search":
            clear_search(self)
        elif job == "time":
            leave_time_mode(self)
        else:
            self.action_back()

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            return
        self.post_message(self.Back(self.path))

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(self.path, step))

    def action_explain(self, key: str) -> None:
        """Say why `key` does nothing now (its own binding is off)."""
        self.notify(why_not(key, self.neighbours), timeout=3, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return available(self, action, parameters)

    # -- time mode, order, filter, chart (screens.briefing_views) ----------------

    def action_time_mode(self) -> None:
        toggle_time_mode(self)

    def action_moment(self, where: int | str) -> None:
        step_moment(self, str(where))

    def action_sort(self) -> None:
        cycle_sort(self)

    def action_timeline_filter(self) -> None:
        cycle_filter(self)

    def action_chart(self) -> None:
        open_chart(self)

    # -- the selected item (screens.briefing_items) ----------------------------

    def action_edit(self) -> None:
        edit_at_item(self)

    def action_add_report(self) -> None:
        from tui.app.screens.briefing_add import add_report

        add_report(self)

    def action_copy(self) -> None:
        copy_item(self)

    def action_history(self) -> None:
        show_history(self)

    def action_show_errors(self) -> None:
        from tui.app.dialogs.errors import ErrorsScreen  # only for a broken file

        self.app.push_screen(ErrorsScreen(self.path.name, self.load_errors))

    # -- loading and live reload ----------------------------------------------

    def load_from_disk(self, announce: bool = False) -> None:
        """Read the file in a worker (screens.briefing_load); `announce`:
        say how it went (the `r` key)."""
        self.run_worker(partial(read_file, self, announce), name="load_from_disk",
                        group="load", exclusive=True, thread=True)

    def on_file_watcher_changed(self) -> None:
        self.load_from_disk()

    def action_reload(self) -> None:
        self.load_from_disk(announce=True)

    # -- export -----------------------------------------------------------------

    def action_export(self) -> None:
        self.export_as()

    def export_as(self, fmt: str | None = None, table: str | None = None) -> None:
        """The export dialog, on `fmt` (and CSV `table`) or else the format
        last exported."""
        if self.briefing is None:
            self.notify("Nothing to export: the briefing did not load", severity="error")
            return
        self.exports.open(self.app, self.path, self.briefing, self.load_errors, fmt, table)
