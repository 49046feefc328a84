"""The library: every briefing of a folder, newest first, filtered as you type."""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui.app.commands import Command, CommandList
from tui.app.text import ALERT_STYLE, highlight, join, matches, styled
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import ListRow, RowList
from tui.core.store.cache import PendingWrites
from tui.core.store.library import (
    BRIEFING_SUFFIXES,
    LibraryEntry,
    library_name,
    scan_library,
    sort_entries,
    summary_counts,
)
from tui.core.store.watch import FolderSignature, FolderWatch

if TYPE_CHECKING:
    from textual.timer import Timer


def entry_line(entry: LibraryEntry, show_file: bool = False) -> Content:
    """A library row: title, then date, place, counts (and the file's name
    when `show_file`: another briefing has the same title)."""
    b = entry.briefing
    if b is None:
        err = entry.error
        count = len(entry.errors)
        more = f" (+{count - 1} more; enter lists them)" if count > 1 else ""
        return join(("⚠ INVALID  ", ALERT_STYLE), (entry.path.name, "bold"), "\n  ",
                    (f"{err.line}:{err.column}: {err.path}: {err.message}" if err else "",
                     "$text-error"), more)
    meta = [b.date.isoformat()]
    if b.place:
        meta.append(b.place)
    meta += summary_counts(b)
    if show_file:
        meta.append(entry.path.name)
    flag = ("  ⚠ disputes", ALERT_STYLE) if b.disputes else ""
    return join((b.title, "bold"), "\n  ", (" · ".join(meta), "dim"), flag)


def entry_matches(entry: LibraryEntry, query: str) -> bool:
    b = entry.briefing
    if b is None:
        return matches(query, [entry.path.name])
    return matches(query, [b.title, b.place, b.date.isoformat(), entry.path.name, *b.tags])


class LibraryList(RowList, can_focus=False):
    """The list of briefings. It never takes the keyboard: the filter field
    has it, so every letter typed is text (see LibraryScreen)."""


# How often the library looks at its folder for files added, changed or removed.
POLL_SECONDS = 1.0

# The words of each order the library can be sorted in (see core.library.sort_entries).
SORT_WORDS = {"date": "date, newest first", "title": "title", "file": "file name"}


class LibraryCommands(CommandList):
    """The palette's commands in the library: open a briefing, sort."""

    def commands(self) -> list[Command]:
        screen = self.screen
        assert isinstance(screen, LibraryScreen)
        out: list[Command] = []
        for by, words in SORT_WORDS.items():
            current = " (current)" if by == screen.sort_by else ""
            out.append((f"sort: {words}", partial(screen.sort, by),
                        f"List the briefings by {words}{current}"))
        out.append(("library: Rescan", screen.action_rescan, "Read the folder again (ctrl+r)"))
        for entry in screen.entries:
            if entry.briefing is not None:
                out.append((f"open: {entry.briefing.title}",
                            partial(screen.post_message, LibraryScreen.Open(entry)),
                            entry.path.name))
        return out


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
    /* The list never has focus (the filter has the keys), yet its cursor is
       the one the user moves: drawn as a focused list's. */
    #library-list > .row-list--cursor {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    """

    # The library is a picker, as fzf is: the filter field always has the
    # keyboard, so every printable key is text and a word typed in one burst
    # lands whole ("russia", "qatar"). The list's keys are keys that type
    # nothing: arrows, page keys, enter, escape and control keys.
    AUTO_FOCUS = "#library-filter"
    COMMANDS: ClassVar = {LibraryCommands}
    poll_seconds: ClassVar[float] = POLL_SECONDS

    # Priority: the field would take the arrows, page keys and enter itself.
    BINDINGS: ClassVar[list[BindingType]] = [
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
                tooltip="Open the selected briefing"),
        Binding("escape", "clear_filter", "Clear", id="library.clear",
                tooltip="Clear the filter"),
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

    class Open(Message):
        """The user opens a briefing of the library."""

        def __init__(self, entry: LibraryEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, folder: Path, selected: Path | None = None, *,
                 confined: bool = False) -> None:
        """`selected`: the file the cursor starts on once the folder is read;
        `confined`: files linked from outside the folder are not listed."""
        super().__init__()
        self.folder = folder
        self.folder_name = library_name(folder)
        self.confined = confined
        self._selected_path = selected
        self.sort_by = "date"  # or "title", "file": see SORT_WORDS
        self.entries: list[LibraryEntry] = []
        self.shown_entries: list[LibraryEntry] = []
        self._listed_query = ""  # the filter text the list was last made from
        self._progress = (0, 0)  # files read, of how many
        self._progress_timer: Timer | None = None
        self._scanning = False  # a scan is under way: the poll waits for it
        self.folder_watch = FolderWatch(folder, BRIEFING_SUFFIXES, self.poll_seconds)

    def compose(self) -> ComposeResult:
        yield Static(id="library-header")
        yield Input(placeholder="type to filter by title, place, date, tag or file name",
                    id="library-filter", select_on_focus=False)
        yield LibraryList(id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.rescan()
        self.set_interval(self.poll_seconds, self.poll_folder)

    def rescan(self, quiet: bool = False) -> None:
        """Read the folder again in a thread; the header counts the files read.

        A count rather than Textual's loading animation: drawing the
        animation slows the thread (both need the one interpreter lock),
        and a count says more. `quiet` (a change the poll noticed): the
        header keeps its counts unless the scan takes a while.
        """
        self._progress = (0, 0)
        self._scanning = True
        if not quiet:
            self._show_header("   loading…")
        self._stop_progress()
        self._progress_timer = self.set_interval(0.25, self._show_progress)
        self._scan()

    @work(thread=True, exclusive=True, group="scan")
    def _scan(self) -> None:
        worker = get_current_worker()
        pending = PendingWrites()
        # Before the scan: a file changed while it runs makes the next poll scan again.
        seen = self.folder_watch.look()
        entries = scan_library(self.folder, pending, self._set_progress,
                               cancelled=lambda: worker.is_cancelled, confined=self.confined)
        if worker.is_cancelled:
            return  # a newer scan replaced this one, or the app is closing
        self.app.call_from_thread(self._scanned, entries, seen)
        # After the list is on screen: it only speeds up the next start, and
        # quitting (which cancels this worker) drops what is left.
        pending.write(cancelled=lambda: worker.is_cancelled)

    def _set_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)  # from the thread; shown by the timer

    def _show_progress(self) -> None:
        done, total = self._progress
        if total:
            self._show_header(f"   loading… {done} of {total} files")

    def action_rescan(self) -> None:
        self.rescan()

    @work(thread=True, exclusive=True, group="poll")
    def poll_folder(self) -> None:
        """Scan again when a briefing file was added, changed or removed."""
        if self._scanning:
            return  # the scan under way reads the folder; restarting it would never end
        if self.folder_watch.changed():
            self.app.call_from_thread(self._rescan_if_idle)

    def _rescan_if_idle(self) -> None:
        if not self._scanning:  # ctrl+r may have started one meanwhile
            self.rescan(quiet=True)

    def _stop_progress(self) -> None:
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def _scanned(self, entries: list[LibraryEntry], seen: FolderSignature) -> None:
        self._scanning = False
        self.folder_watch.seen(seen)
        self._stop_progress()
        self.entries = sort_entries(entries, self.sort_by)
        self.refresh_list()
        if self._selected_path is not None:
            self.select(self._selected_path)
            self._selected_path = None

    def refresh_list(self) -> None:
        query = self.query_one("#library-filter", Input).value.strip()
        self._listed_query = query
        lst = self.query_one("#library-list", LibraryList)
        selected = self.selected_entry
        self.shown_entries = [e for e in self.entries if not query or entry_matches(e, query)]
        if self.shown_entries:
            # The cursor stays on its briefing (its file) while it is still
            # listed, through rescans too; when its file is gone, on the row
            # that took its place; when the filter hides it, on the first.
            keep = 0
            if selected is not None:
                here = [i for i, e in enumerate(self.shown_entries) if e.path == selected.path]
                if here:
                    keep = here[0]
                elif all(e.path != selected.path for e in self.entries):
                    keep = min(lst.highlighted or 0, len(self.shown_entries) - 1)
            # A long title wraps under its details, not to the left edge.
            titles = Counter(e.briefing.title for e in self.entries if e.briefing)
            lst.set_rows([ListRow(highlight(entry_line(
                e, e.briefing is not None and titles[e.briefing.title] > 1), query), hang=2)
                for e in self.shown_entries], keep)
        else:
            message = "no briefing matches" if query else "no briefings (*.yaml) in this folder"
            lst.set_rows([ListRow(styled(message, "dim italic"), selectable=False)])
        invalid = sum(1 for e in self.entries if e.briefing is None)
        counts = f"   {len(self.shown_entries)} of {len(self.entries)} briefings"
        if invalid:
            counts += f", {invalid} invalid"
        self._show_header(counts)

    def sort(self, by: str) -> None:
        """List the briefings by date (newest first), title or file name."""
        self.sort_by = by
        self.entries = sort_entries(self.entries, by)
        self.refresh_list()

    @property
    def selected_entry(self) -> LibraryEntry | None:
        """The briefing under the cursor, if any."""
        index = self.query_one("#library-list", LibraryList).highlighted
        if index is None or not 0 <= index < len(self.shown_entries):
            return None
        return self.shown_entries[index]

    def _show_header(self, status: str) -> None:
        self.query_one("#library-header", Static).update(
            join((self.folder_name, "bold"), status))

    @on(Input.Changed, "#library-filter")
    def filter_changed(self) -> None:
        self.refresh_list()
        self.refresh_bindings()  # escape clears only a filter that is there

    class OpenHighlighted(Message):
        """Open the briefing under the cursor, once the filter has every key typed before."""

    def action_open(self) -> None:
        # A word and enter typed in one burst: enter (a priority key) arrives
        # before the field has handled the letters queued ahead of it. Sent
        # through the field, this message reaches the screen after them and
        # after the filter changes they make.
        self.query_one("#library-filter", Input).post_message(self.OpenHighlighted())

    @on(OpenHighlighted)
    def open_highlighted(self) -> None:
        if self.query_one("#library-filter", Input).value.strip() != self._listed_query:
            self.refresh_list()  # a Changed message still on its way
        self.open_index(self.query_one("#library-list", LibraryList).highlighted)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return bool(self.query_one("#library-filter", Input).value)
        if action == "edit":
            return not self.app.is_web
        return True

    @on(RowList.Selected, "#library-list")
    def selected(self, event: RowList.Selected) -> None:
        self.open_index(event.index)

    def open_index(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.shown_entries):
            return
        entry = self.shown_entries[index]
        if entry.briefing is None:
            from tui.app.dialogs.errors import ErrorsScreen  # only for a broken file

            self.app.push_screen(ErrorsScreen(entry.path.name, entry.errors))
            return
        self.post_message(self.Open(entry))

    def action_edit(self) -> None:
        from tui.app.editor import open_in_editor

        entry = self.selected_entry
        if entry is None:
            return
        line = entry.error.line if entry.error is not None else 1
        if open_in_editor(self.app, entry.path, line):
            self.rescan()

    def action_move(self, step: int) -> None:
        lst = self.query_one("#library-list", LibraryList)
        if step > 0:
            lst.action_cursor_down()
        else:
            lst.action_cursor_up()

    def action_page(self, step: int) -> None:
        lst = self.query_one("#library-list", LibraryList)
        if step > 0:
            lst.action_page_down()
        else:
            lst.action_page_up()

    def action_first(self) -> None:
        self.query_one("#library-list", LibraryList).action_first()

    def action_last(self) -> None:
        self.query_one("#library-list", LibraryList).action_last()

    def action_clear_filter(self) -> None:
        self.query_one("#library-filter", Input).value = ""

    def neighbour(self, path: Path, step: int) -> LibraryEntry | None:
        """The next valid briefing after (or before) `path` in the visible order."""
        paths = [e.path for e in self.shown_entries]
        if path not in paths:
            return None
        i = paths.index(path) + step
        while 0 <= i < len(self.shown_entries):
            if self.shown_entries[i].briefing is not None:
                return self.shown_entries[i]
            i += step
        return None

    def select(self, path: Path) -> None:
        """Put the cursor on `path`'s row (the briefing open now)."""
        paths = [e.path for e in self.shown_entries]
        if path in paths:
            self.query_one("#library-list", LibraryList).highlighted = paths.index(path)
