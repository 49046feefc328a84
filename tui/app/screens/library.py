"""The library: every briefing of a folder, newest first, filtered as you type."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui.app.panes.base import vim_bindings
from tui.app.text import highlight, join, matches, styled
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import ListRow, RowList
from tui.core.cache import PendingWrites
from tui.core.errors import display_name
from tui.core.library import LibraryEntry, scan_library

if TYPE_CHECKING:
    from textual.timer import Timer


def entry_line(entry: LibraryEntry) -> Content:
    b = entry.briefing
    if b is None:
        err = entry.error
        more = f" (+{entry.error_count - 1} more)" if entry.error_count > 1 else ""
        return join(("⚠ INVALID  ", "bold red"), (entry.path.name, "bold"), "\n  ",
                    (f"{err.line}:{err.column}: {err.path}: {err.message}" if err else "",
                     "red"), more)
    meta = [b.date.isoformat()]
    if b.place:
        meta.append(b.place)
    meta += [f"{len(b.quotes)} quotes", f"{len(b.casualty_claims)} claims"]
    flag = ("  ⚠ disputes", "bold red") if b.disputes else ""
    return join((b.title, "bold"), "\n  ", (" · ".join(meta), "dim"), flag)


def entry_matches(entry: LibraryEntry, query: str) -> bool:
    b = entry.briefing
    if b is None:
        return matches(query, [entry.path.name])
    return matches(query, [b.title, b.place, b.date.isoformat(), entry.path.name, *b.tags])


class LibraryList(RowList):
    """The list of briefings; letters typed here start filtering."""

    BINDINGS: ClassVar[list[BindingType]] = vim_bindings("library", "briefing")

    def on_key(self, event: events.Key) -> None:
        # A printable key with no binding here starts the filter, like fzf or
        # a file picker; the bound ones (j k g G, r, q, ?) do what the key
        # bar and the help say, and `/` moves to the filter.
        search = self.screen.query_one("#library-filter", Input)
        # Keys typed fast (tmux sends "/iraq" in one write) all reach the
        # list before the first of them has moved the focus: those that
        # arrive after it are for the filter, bound or not (`r` is a letter
        # there, not Rescan).
        typed_ahead = self.screen.focused is search
        if event.key == "slash" and not typed_ahead:
            self._start_filter(event, search)
        elif (event.is_printable and event.character
              and (typed_ahead or event.key not in self.screen.active_bindings)):
            self._start_filter(event, search)
            search.insert_text_at_cursor(event.character)

    def _start_filter(self, event: events.Key, search: Input) -> None:
        event.stop()
        event.prevent_default()
        # At once, not after a refresh as focus() does: the next keys of a
        # word typed fast are already queued.
        self.screen.set_focus(search)


class LibraryScreen(Screen[None]):
    # Here rather than in app.tcss: parsed when the library is first shown,
    # not before the first frame of a briefing opened from the command line.
    # (Its header shares the briefing header's rule in app.tcss.)
    DEFAULT_CSS = """
    #library-filter {
        margin: 0 1;
    }
    #library-list {
        height: 1fr;
        border: round $surface-lighten-2;
        padding: 0 1;
    }
    """

    # The list has the keys from the start, while the folder loads too: `q`
    # quits and letters start the filter (the filter field would take `q`).
    AUTO_FOCUS = "#library-list"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", key_display="/", id="library.filter",
                tooltip="Type to filter the briefings"),
        Binding("escape", "clear_filter", "Clear", show=False, id="library.clear",
                tooltip="Clear the filter"),
        Binding("down", "move(1)", "Down", show=False, id="library.filter_down",
                tooltip="Next briefing"),
        Binding("up", "move(-1)", "Up", show=False, id="library.filter_up",
                tooltip="Previous briefing"),
        Binding("r", "rescan", "Rescan", id="library.rescan",
                tooltip="Read the folder again"),
    ]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.entries: list[LibraryEntry] = []
        self.shown_entries: list[LibraryEntry] = []
        self._progress = (0, 0)  # files read, of how many
        self._progress_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="library-header")
        yield Input(placeholder="type to filter by title, place, date or tag",
                    id="library-filter", select_on_focus=False)
        yield LibraryList(id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.rescan()

    def rescan(self) -> None:
        """Read the folder again in a thread; the header counts the files read.

        A count rather than Textual's loading animation: drawing the
        animation took ~0.3 s of the 2 s the thread needs for 1,000 files
        (both need the one interpreter lock), and a count says more.
        """
        self._progress = (0, 0)
        self._show_header("   loading…")
        self._stop_progress()
        self._progress_timer = self.set_interval(0.25, self._show_progress)
        self._scan()

    @work(thread=True, exclusive=True, group="scan")
    def _scan(self) -> None:
        worker = get_current_worker()
        pending = PendingWrites()
        entries = scan_library(self.folder, pending, self._set_progress,
                               cancelled=lambda: worker.is_cancelled)
        if worker.is_cancelled:
            return  # a newer scan replaced this one, or the app is closing
        self.app.call_from_thread(self._scanned, entries)
        pending.write()  # after the list is on screen: it only speeds up the next start

    def _set_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)  # from the thread; shown by the timer

    def _show_progress(self) -> None:
        done, total = self._progress
        if total:
            self._show_header(f"   loading… {done} of {total} files")

    def action_rescan(self) -> None:
        self.rescan()

    def _stop_progress(self) -> None:
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def _scanned(self, entries: list[LibraryEntry]) -> None:
        self._stop_progress()
        self.entries = entries
        self.refresh_list()
        if self.focused is None:
            self.query_one("#library-list", LibraryList).focus()

    def refresh_list(self) -> None:
        query = self.query_one("#library-filter", Input).value.strip()
        self.shown_entries = [e for e in self.entries if not query or entry_matches(e, query)]
        lst = self.query_one("#library-list", LibraryList)
        if self.shown_entries:
            # A long title wraps under its details, not to the left edge.
            lst.set_rows([ListRow(highlight(entry_line(e), query), hang=2)
                          for e in self.shown_entries])
        else:
            message = "no briefing matches" if query else "no briefings (*.yaml) in this folder"
            lst.set_rows([ListRow(styled(message, "dim italic"), selectable=False)])
        invalid = sum(1 for e in self.entries if e.briefing is None)
        counts = f"   {len(self.shown_entries)} of {len(self.entries)} briefings"
        if invalid:
            counts += f", {invalid} invalid"
        self._show_header(counts)

    def _show_header(self, status: str) -> None:
        self.query_one("#library-header", Static).update(
            join(("Library ", "bold"), (display_name(self.folder), "dim"), status))

    @on(Input.Changed, "#library-filter")
    def filter_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#library-filter")
    def filter_submitted(self) -> None:
        self.open_index(self.query_one("#library-list", LibraryList).highlighted)

    @on(RowList.Selected, "#library-list")
    def selected(self, event: RowList.Selected) -> None:
        self.open_index(event.index)

    def open_index(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.shown_entries):
            return
        entry = self.shown_entries[index]
        if entry.briefing is None:
            self.notify(str(entry.error), title="Invalid briefing", severity="error",
                        markup=False, timeout=8)
            return
        from tui.app.app import BriefingApp

        if isinstance(self.app, BriefingApp):
            self.app.open_entry(entry)

    def action_filter(self) -> None:
        self.query_one("#library-filter", Input).focus()

    def action_move(self, step: int) -> None:
        lst = self.query_one("#library-list", LibraryList)
        if step > 0:
            lst.action_cursor_down()
        else:
            lst.action_cursor_up()

    def action_clear_filter(self) -> None:
        filt = self.query_one("#library-filter", Input)
        filt.value = ""
        self.query_one("#library-list").focus()

    def neighbour(self, path: Path, step: int) -> LibraryEntry | None:
        """The next valid briefing after (or before) `path` in the visible order."""
        paths = [e.path for e in self.shown_entries]
        if path not in paths:
            return None
        i = paths.index(path)
        while 0 <= i + step < len(self.shown_entries):
            i += step
            if self.shown_entries[i].briefing is not None:
                lst = self.query_one("#library-list", LibraryList)
                lst.highlighted = i
                return self.shown_entries[i]
        return None
