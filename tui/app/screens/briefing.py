"""The briefing screen: seven panes under a header, and the keys that act
on them. The header, the search bar and the file's polling are widgets
(widgets/), the export flow is in briefing_export.py, its keys in
briefing_keys.py."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.events import Key, Resize
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from tui.app.clipboard import copy_text
from tui.app.export_choice import ExportChoice
from tui.app.panes import PANE_CONTENTS, ListPane
from tui.app.screens.briefing_commands import BriefingCommands
from tui.app.screens.briefing_export import BriefingExport
from tui.app.screens.briefing_history import item_view
from tui.app.screens.briefing_keys import BINDINGS
from tui.app.screens.briefing_views import (
    cycle_filter,
    cycle_sort,
    leave_time_mode,
    open_chart,
    shown_briefing,
    step_moment,
    toggle_time_mode,
)
from tui.app.screens.time_mode import TimeMode, time_line
from tui.app.text import for_terminal
from tui.app.widgets.briefing_header import BriefingHeader, reload_error, tab_strip
from tui.app.widgets.file_watcher import FileWatcher
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import RowList
from tui.app.widgets.search_bar import SearchBar, TypeAhead
from tui.core.format.errors import BriefingError, LocatedError
from tui.core.format.model import Briefing, CasualtyClaim, Figure
from tui.core.store.cache import load_briefing_cached
from tui.core.store.watch import Signature
from tui.core.story.disputes import Dispute

# Below this size one pane is shown at a time, with a tab strip.
NARROW_WIDTH = 100
NARROW_HEIGHT = 30
# Below this height the header is one line and the tabs go in the pane's border.
SHORT_HEIGHT = 20
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
        narrow = event.size.width < NARROW_WIDTH or event.size.height < NARROW_HEIGHT
        short = event.size.height < SHORT_HEIGHT
        self.set_class(short, "short")
        if search := self._search_input():
            search.compact = short
        if narrow or self.has_class("narrow"):  # tabs come, go, or fit another width
            self.set_class(narrow, "narrow")
            self._update_header()

    def _set_current(self, index: int) -> None:
        self.current = index % len(PANE_CONTENTS)
        for i, pane in enumerate(self.panes):
            pane.set_class(i == self.current, "current")
        if self.has_class("narrow"):
            self._update_header()

    def tab_strip(self, width: int | None = None) -> Content:
        """A tab per pane, the current one highlighted: shown under the header
        (or in the pane's border, on a short terminal) when one pane is on
        screen at a time. `width`: the room for it (the header's)."""
        if width is None:
            width = self.size.width - 2  # inside the header's padding
        return tab_strip([content.short_title for content in PANE_CONTENTS], self.current,
                         width)

    def _update_header(self) -> None:
        """The header: title, date and place; the tabs on a small terminal
        (in the pane's border on a short one); the located errors while a
        live edit has broken the file."""
        short, narrow = self.has_class("short"), self.has_class("narrow")
        for i, pane in enumerate(self.panes):
            # Inside the border's corners and the dashes either side of a title.
            pane.set_title(self.tab_strip(self.size.width - 6)
                           if narrow and short and i == self.current else None)
        moment = (time_line(self.time_mode, self.size.width - 2)
                  if self.time_mode is not None else None)
        self.query_one(BriefingHeader).show(
            shown_briefing(self),  # in time mode, its disputes as of the moment
            self.path.name, self.size.width - 2,  # inside the header's padding
            short, self.tab_strip() if narrow and not short else None, self.reload_error,
            moment)

    def show_briefing(self, briefing: Briefing) -> None:
        if self.time_mode is not None and briefing is not self.briefing \
                and not self.time_mode.follow(briefing):
            self.time_mode = None  # read again with nothing dated
        self.briefing = briefing
        self._update_header()
        self._fill_panes()
        if self.open_at is not None:
            from tui.app.panes.opening import go_to

            pane = go_to(self.panes, briefing, *self.open_at)
            self.open_at = None
            if pane is not None:
                self.action_focus_pane(pane)

    def _fill_panes(self) -> None:
        """Show the briefing in every pane, filtered by the current search."""
        shown = shown_briefing(self)
        if shown is not None:
            for pane in self.panes:
                pane.undated_marked = self.time_mode is not None
                pane.show(shown, self.query_text)
        self._show_match_counts()

    def _show_match_counts(self) -> None:
        if search := self._search_input():
            search.show_matches(self.query_text, [
                (f"{pane.number} {pane.content.short_title}", pane.shown)
                for pane in self.panes])

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
        pane = event.row_list
        if not isinstance(pane, ListPane):
            return
        item = pane.item_at(event.index)
        if item is None:
            return
        if isinstance(item, Dispute):
            open_chart(self, item)  # a dispute row's full text is its chart's list
            return
        from tui.app.dialogs.item import ItemScreen  # deferred: not needed for the first frame

        self.app.push_screen(ItemScreen(pane.content.TITLE, item_view(item, self.briefing)))

    # -- search ---------------------------------------------------------------

    def _search_input(self) -> SearchBar | None:
        found = self.query(SearchBar)
        return found.first() if found else None

    def _search_shown(self) -> bool:
        search = self._search_input()
        return search is not None and search.display

    async def action_search(self) -> None:
        search = self._search_input()
        if search is None:
            # Mounted on first use, not composed: the first frame does not wait for it.
            search = SearchBar(compact=self.has_class("short"))
            await self.mount(search, before=self.query_one(KeyBar))
        search.open(self._type_ahead.take())

    def on_key(self, event: Key) -> None:
        """Keep keys typed fast after `/` for the search bar (see TypeAhead),
        and after `e` for the export dialog (see BriefingExport)."""
        if self.exports.keep_key(event):
            return
        search = self._search_input()
        in_field = search is not None and self.focused is search
        if event.key == "e" and not in_field and self.briefing is not None:
            self.exports.expect_keys()  # its binding opens the dialog
        else:
            self._type_ahead.on_key(event, search if in_field else None)

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self._fill_panes()

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        """Browse the results: the current pane if it holds matches, else the
        first pane that does (the current one when none do)."""
        panes = self.panes
        with_matches = [i for i, pane in enumerate(panes) if pane.shown]
        if self.current in with_matches or not with_matches:
            self.action_focus_pane(self.current)
        else:
            self.action_focus_pane(with_matches[0])

    def clear_search(self) -> None:
        if search := self._search_input():
            search.close()
        self.query_text = ""
        self._fill_panes()
        self.action_focus_pane(self.current)

    def action_escape(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.query_text or self._search_shown():
            self.clear_search()
        elif self.time_mode is not None:
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
        if key == "exclamation_mark":
            message = "The file has no errors: ! lists them while an edit has broken it"
        elif key == "o":
            message = "In a browser the editor is off: the files are the server's"
        elif self.neighbours == (False, False):
            message = "No other briefing to step to: escape opens this file's folder"
        else:
            message = ("This is the last briefing of the library" if key == "right_square_bracket"
                       else "This is the first briefing of the library")
        self.notify(message, timeout=3, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step":
            return self.neighbours[0 if parameters[0] == -1 else 1]
        if action in ("maximise", "restore"):
            return (self.maximized is None) == (action == "maximise")
        if action == "show_errors":
            return bool(self.load_errors)
        if action == "edit":
            return not self.app.is_web  # the server's files are not the browser user's to edit
        if action == "moment":
            return self.time_mode is not None and not isinstance(self.focused, Input)
        if action == "time_mode":
            return not isinstance(self.focused, Input)
        return True

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

    def action_edit(self) -> None:
        """The file in the user's editor at the selected item (or the first
        error), then read again."""
        from tui.app.editor import item_place, open_in_editor
        from tui.core.format.locate import line_of

        if self.load_errors:
            line = self.load_errors[0].line
        else:
            line = line_of(self.path, *item_place(self.briefing,
                                                  self.panes[self.current].current_item))
        if open_in_editor(self.app, self.path, line):
            self.load_from_disk()

    def action_add_report(self) -> None:
        from tui.app.screens.briefing_add import add_report

        add_report(self)

    def action_copy(self) -> None:
        item = self.panes[self.current].current_item
        if item is None:
            self.notify("Nothing selected to copy", timeout=2)
            return
        text, what = copy_text(item, list(self.briefing.disputes) if self.briefing else [])
        self.app.copy_to_clipboard(text)
        self.notify(for_terminal(f"Copied {what}"), timeout=2, markup=False)

    def action_history(self) -> None:
        pane = self.panes[self.current]
        item = pane.current_item
        if not isinstance(item, CasualtyClaim | Figure):
            self.notify("Nothing to trace here: h shows the history of a casualty claim or "
                        "a figure", timeout=3)
            return
        self.load_history(item)

    @work(thread=True, exclusive=True, group="history")
    def load_history(self, item: CasualtyClaim | Figure) -> None:
        """The item's claim through the file's git commits, else its revisions
        in the file; shown in a dialog, or why there is none said."""
        from tui.app.dialogs.item import ItemScreen
        from tui.app.screens.briefing_history import history_view

        assert self.briefing is not None
        view = history_view(self.path, self.briefing, item)
        if isinstance(view, str):
            self.app.call_from_thread(self.notify, view, timeout=5, markup=False)
        else:
            self.app.call_from_thread(self.app.push_screen, ItemScreen(*view))

    def action_show_errors(self) -> None:
        from tui.app.dialogs.errors import ErrorsScreen  # only for a broken file

        self.app.push_screen(ErrorsScreen(self.path.name, self.load_errors))

    # -- loading and live reload ----------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_from_disk(self, announce: bool = False) -> None:
        """Load in a thread: the UI stays responsive, and a broken file keeps
        the last good view on screen with the located error above it.
        `announce` says how it went once it is done (the `r` key)."""
        signature = self.watcher.look()
        try:
            briefing = load_briefing_cached(self.path)
        except BriefingError as exc:
            self.app.call_from_thread(self._show_error, exc, signature)
            if announce:
                count = len(exc.errors)
                self.app.call_from_thread(
                    self.notify, f"Not reloaded: {count} error{'s' * (count != 1)} in the file",
                    severity="error", timeout=3, markup=False)
            return
        self.app.call_from_thread(self._loaded, briefing, signature)
        if announce:
            self.app.call_from_thread(self.notify, "Reloaded from disk", timeout=2,
                                      markup=False)

    def _loaded(self, briefing: Briefing, signature: Signature | None) -> None:
        self.watcher.seen(signature)
        self.reload_error = None
        self.load_errors = []
        self.refresh_bindings()
        self.show_briefing(briefing)

    def _show_error(self, exc: BriefingError, signature: Signature | None) -> None:
        self.watcher.seen(signature)
        self.load_errors = exc.errors
        self.refresh_bindings()
        self.reload_error = reload_error(self.path.name, exc.errors, signature is None,
                                         bool(self.briefing))
        self._update_header()

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
