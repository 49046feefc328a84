"""The library: every briefing of a folder, listed from its index, searched by
every word as you type.

The list comes from the folder's index (core.store.index): an indexed
folder is listed without reading a file. A worker brings the index up to
date, parsing only files whose signature changed, and the list grows as it
goes; quitting stops it, keeping what it indexed. The filter is the index's
query language (core.store.query); each match says where it matched, and
enter opens the briefing at that item.
"""

from __future__ import annotations

import os
import time
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
from tui.app.screens.library_rows import (
    Entry,
    entry_line,
    hit_line,
    name_matches,
    sort_entries,
)
from tui.app.text import join, styled
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import ListRow, RowList
from tui.core.store.index import Index, IndexUnavailable, Row
from tui.core.store.library import BRIEFING_SUFFIXES, library_name
from tui.core.store.search import BriefingHit, Hit
from tui.core.store.watch import FolderSignature, FolderWatch

if TYPE_CHECKING:
    from textual.timer import Timer


class LibraryList(RowList, can_focus=False):
    """The list of briefings. It never takes the keyboard: the filter field
    has it, so every letter typed is text (see LibraryScreen)."""


# How often the library looks at its folder for files added, changed or removed.
POLL_SECONDS = 1.0
# Rows listed first, before the whole list: more than a screen holds.
FIRST_SCREEN = 60
# Up to this many files changed, their rows are replaced in the list
# rather than the whole list read again.
PATCH_MOST = 100
# While a folder is indexed, the list is refreshed from the index this often.
REFRESH_SECONDS = 0.5

# The words of each order the library can be sorted in (see library_rows.sort_entries).
SORT_WORDS = {"date": "date, newest first", "title": "title", "file": "file name"}


def read_only() -> bool:
    """Whether the app may write nothing (`briefing serve` sets this)."""
    return os.environ.get("BRIEFING_READ_ONLY", "") == "1"


class LibraryCommands(CommandList):
    """The palette's commands in the library: open a briefing, sort, the views."""

    def commands(self) -> list[Command]:
        screen = self.screen
        assert isinstance(screen, LibraryScreen)
        out: list[Command] = []
        for by, words in SORT_WORDS.items():
            current = " (current)" if by == screen.sort_by else ""
            out.append((f"sort: {words}", partial(screen.sort, by),
                        f"List the briefings by {words}{current}"))
        out.append(("library: Rescan", screen.action_rescan, "Read the folder again (ctrl+r)"))
        out.append(("library: Claims view", partial(screen.action_across, "claims"),
                    "Every current claim of the listed briefings in one list (f2)"))
        out.append(("library: Quotes view", partial(screen.action_across, "quotes"),
                    "Every quote of the listed briefings in one list (f3)"))
        for entry in screen.entries:
            if not entry.broken:
                out.append((f"open: {entry.title}",
                            partial(screen.post_message, LibraryScreen.Open(entry.path)),
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
    # Whether files are parsed in worker processes (see core.store.reader):
    # only the `briefing` command, whose main module is safe to import again.
    parallel: ClassVar[bool] = False

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

    class Open(Message):
        """The user opens a briefing of the library; `at` is the item to
        show first (its kind, as the index names it, and its number)."""

        def __init__(self, path: Path, at: tuple[str, int] | None = None) -> None:
            super().__init__()
            self.path = path
            self.at = at

    class Across(Message):
        """The user asks for a view of every claim or quote of the listed briefings."""

        def __init__(self, kind: str, paths: list[str], query: str) -> None:
            super().__init__()
            self.kind = kind
            self.paths = paths
            self.query = query

    def __init__(self, folder: Path, selected: Path | None = None) -> None:
        """`selected`: the file the cursor starts on once the folder is read."""
        super().__init__()
        self.folder = folder
        self.folder_name = library_name(folder)
        self._selected_path = selected
        self.sort_by = "date"  # or "title", "file": see SORT_WORDS
        self.index: Index | None = None
        self.entries: list[Entry] = []
        self.shown_entries: list[Entry] = []
        self.shown_hits: list[Hit | None] = []
        self._lines: dict[Path, Content] = {}  # each entry's row, built once a listing
        self._listed_query = ""  # the filter text the list was last made from
        self._progress = (0, 0)  # files indexed, of how many
        self._progress_timer: Timer | None = None
        self._scanning = False  # an update is under way: the poll waits for it
        self.listed_all = False  # the index has been brought up to date once
        self.folder_watch = FolderWatch(folder, BRIEFING_SUFFIXES, self.poll_seconds)

    def compose(self) -> ComposeResult:
        yield Static(id="library-header")
        yield Input(placeholder="search every word: macron, \"exact words\", speaker:, "
                    "claimant:, tag:, date:2020-01..2020-03, disputed",
                    id="library-filter", select_on_focus=False)
        yield LibraryList(id="library-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.rescan()
        self.set_interval(self.poll_seconds, self.poll_folder)

    # -- reading the folder ----------------------------------------------------

    def rescan(self, quiet: bool = False) -> None:
        """Bring the index up to date in a thread, listing as it goes; the
        header counts the files indexed. `quiet` (a change the poll
        noticed): the header keeps its counts unless the update takes a while."""
        self._progress = (0, 0)
        self._scanning = True
        if not quiet and not self.entries:
            self._show_header("   loading…")
        self._stop_progress()
        self._progress_timer = self.set_interval(0.25, self._show_progress)
        self._scan()

    def _open_index(self) -> Index:
        """The folder's index; one for this run only when the folder's
        cannot be used (the reason is said once)."""
        if self.index is None and read_only():
            # the shared index when it is up to date; else one for this tab
            self.index = Index.shared(self.folder) or Index(self.folder, temporary=True)
        if self.index is None:
            try:
                self.index = Index(self.folder)
            except IndexUnavailable as exc:
                self.app.call_from_thread(self.notify, f"{exc}; indexing for this run only",
                                          severity="warning", timeout=6, markup=False)
                self.index = Index(self.folder, temporary=True)
        return self.index

    @work(thread=True, exclusive=True, group="scan")
    def _scan(self) -> None:
        index = self._open_index()
        try:
            self._update(index)
        finally:
            index.release()  # each scan runs in a thread of its own

    def _update(self, index: Index) -> None:
        worker = get_current_worker()
        if not self.entries:
            # what the index has: a first screen, then the whole list, before
            # the folder is looked at (up to date, that is the list)
            self.app.call_from_thread(self._listed, index.listing(FIRST_SCREEN), False)
            self.app.call_from_thread(self._listed, index.listing(), False)
        # Before the update: a file changed while it runs makes the next poll look again.
        seen = self.folder_watch.look()
        if index.read_only:
            self.app.call_from_thread(self._scanned, index.listing(), seen)
            return
        shown = time.monotonic()

        def progress(done: int, total: int) -> None:
            nonlocal shown
            self._progress = (done, total)  # shown by the timer
            # once cancelled (quitting) the app may be gone: nothing is shown
            if time.monotonic() - shown > REFRESH_SECONDS and not worker.is_cancelled:
                self.app.call_from_thread(self._listed, index.listing(), False)
                shown = time.monotonic()

        try:
            updated = index.update(progress, cancelled=lambda: worker.is_cancelled,
                                   parallel=self.parallel)
            # the list on screen is the index's whole list: only changes to put in
            if len(updated.changed) <= PATCH_MOST:
                # a few files changed: their rows alone are read and replaced
                rows = index.rows(updated.changed)
                if not worker.is_cancelled:
                    self.app.call_from_thread(self._patched, rows, updated.changed, seen)
                return
            rows = index.listing()
        except IndexUnavailable as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        if worker.is_cancelled:
            return  # a newer scan replaced this one, or the app is closing
        self.app.call_from_thread(self._scanned, rows, seen)

    def _failed(self, why: str) -> None:
        self._scanning = False
        self._stop_progress()
        self.notify(why, severity="error", timeout=8, markup=False)
        self._show_header(f"   {len(self.entries):,} briefings (not up to date)")

    def _show_progress(self) -> None:
        done, total = self._progress
        if total:
            self._show_header(f"   indexing… {done:,} of {total:,} files")

    def action_rescan(self) -> None:
        self.rescan()

    @work(thread=True, exclusive=True, group="poll")
    def poll_folder(self) -> None:
        """Update the index when a briefing file was added, changed or removed."""
        if self._scanning:
            return  # the update under way reads the folder; restarting it would never end
        if self.folder_watch.changed():
            self.app.call_from_thread(self._rescan_if_idle)

    def _rescan_if_idle(self) -> None:
        if not self._scanning:  # ctrl+r may have started one meanwhile
            self.rescan(quiet=True)

    def _stop_progress(self) -> None:
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def _listed(self, rows: list[Row], complete: bool) -> None:
        """Show the rows the index has (all of them once `complete`)."""
        self.entries = sort_entries([Entry(self.folder / row.path, row) for row in rows],
                                    self.sort_by)
        titles = Counter(e.title for e in self.entries if not e.broken)
        self._lines = {e.path: entry_line(e, not e.broken and titles[e.title] > 1)
                       for e in self.entries}
        self.listed_all = complete
        self.refresh_list()

    def _patched(self, rows: list[Row], changed: frozenset[str],
                 seen: FolderSignature) -> None:
        """Replace the rows of the files changed (a file gone has no row)."""
        kept = [e for e in self.entries if e.row.path not in changed]
        new = [Entry(self.folder / row.path, row) for row in rows]
        # a title now shared (or no longer) shows the file's name on each of its rows
        touched = {e.title for e in new} | {e.title for e in self.entries
                                            if e.row.path in changed}
        self.entries = sort_entries(kept + new, self.sort_by)
        titles = Counter(e.title for e in self.entries if not e.broken)
        self._lines.update({e.path: entry_line(e, not e.broken and titles[e.title] > 1)
                            for e in self.entries
                            if e.row.path in changed or e.title in touched})
        self.listed_all = True
        self.refresh_list()
        self._finish(seen)

    def _finish(self, seen: FolderSignature) -> None:
        self._scanning = False
        self.folder_watch.seen(seen)
        self._stop_progress()
        if self._selected_path is not None:
            self.select(self._selected_path)
            self._selected_path = None

    def _scanned(self, rows: list[Row], seen: FolderSignature) -> None:
        self._listed(rows, True)
        self._finish(seen)

    # -- the list ----------------------------------------------------------------

    def _filtered(self, query: str) -> tuple[list[Entry], list[Hit | None]]:
        """The entries the filter lists, with where each matched."""
        if not query or self.index is None:
            return self.entries, [None] * len(self.entries)
        by_path = {e.row.path: e for e in self.entries}
        try:
            found: list[BriefingHit] = self.index.search_briefings(query)
        except IndexUnavailable as exc:
            self.notify(str(exc), severity="error", timeout=6, markup=False)
            found = []
        shown = [(by_path[h.path], h.hit) for h in found if h.path in by_path]
        listed = {e.path for e, _ in shown}
        # a file's name and the date are not words of the index
        words = query.casefold().split()
        if all(":" not in w and '"' not in w for w in words):
            shown += [(e, None) for e in self.entries
                      if e.path not in listed and name_matches(e, words)]
        return [e for e, _ in shown], [h for _, h in shown]

    def refresh_list(self) -> None:
        query = self.query_one("#library-filter", Input).value.strip()
        self._listed_query = query
        lst = self.query_one("#library-list", LibraryList)
        selected = self.selected_entry
        previous = lst.highlighted
        self.shown_entries, self.shown_hits = self._filtered(query)
        if self.shown_entries:
            # The cursor stays on its briefing (its file) while it is still
            # listed, through rescans too; when its file is gone, on the row
            # that took its place; when the filter hides it, on the first.
            keep = 0
            if selected is not None:
                here = next((i for i, e in enumerate(self.shown_entries)
                             if e.path == selected.path), None)
                if here is not None:
                    keep = here
                elif all(e.path != selected.path for e in self.entries):
                    keep = min(previous or 0, len(self.shown_entries) - 1)
            # A long title wraps under its details, not to the left edge.
            lines = self._lines
            lst.set_rows([ListRow(lines[e.path] if hit is None else lines[e.path] + hit_line(hit),
                                  hang=2)
                          for e, hit in zip(self.shown_entries, self.shown_hits, strict=True)],
                         keep)
        else:
            message = ("no briefing matches" if query
                       else "no briefings (*.yaml) in this folder" if self.listed_all
                       else "loading…")
            lst.set_rows([ListRow(styled(message, "dim italic"), selectable=False)])
        invalid = sum(1 for e in self.entries if e.broken)
        counts = f"   {len(self.shown_entries):,} of {len(self.entries):,} briefings"
        if invalid:
            counts += f", {invalid:,} invalid"
        self._show_header(counts)

    def sort(self, by: str) -> None:
        """List the briefings by date (newest first), title or file name."""
        self.sort_by = by
        self.entries = sort_entries(self.entries, by)
        self.refresh_list()

    @property
    def selected_entry(self) -> Entry | None:
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
            return not self.app.is_web and not read_only()
        return True

    @on(RowList.Selected, "#library-list")
    def selected(self, event: RowList.Selected) -> None:
        self.open_index(event.index)

    def open_index(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.shown_entries):
            return
        entry = self.shown_entries[index]
        if entry.broken:
            self._show_errors(entry.path)
            return
        hit = self.shown_hits[index]
        at = (hit.kind, hit.item) if hit is not None else None
        self.post_message(self.Open(entry.path, at))

    def _show_errors(self, path: Path) -> None:
        """Every error of a broken file (read again: the index keeps the first)."""
        from tui.app.dialogs.errors import ErrorsScreen  # only for a broken file
        from tui.core.format.errors import BriefingError
        from tui.core.store.cache import load_briefing_cached

        try:
            load_briefing_cached(path)
        except BriefingError as exc:
            self.app.push_screen(ErrorsScreen(path.name, exc.errors))
            return
        self.rescan()  # it loads now: the index is behind

    def action_across(self, kind: str) -> None:
        """The Claims or Quotes view of the briefings listed now."""
        query = self.query_one("#library-filter", Input).value.strip()
        self.post_message(self.Across(kind, [e.row.path for e in self.shown_entries
                                             if not e.broken], query))

    def action_edit(self) -> None:
        from tui.app.editor import open_in_editor

        entry = self.selected_entry
        if entry is None:
            return
        line = entry.row.error_line or 1
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

    def neighbour(self, path: Path, step: int) -> Entry | None:
        """The next valid briefing after (or before) `path` in the visible order."""
        paths = [e.path for e in self.shown_entries]
        if path not in paths:
            return None
        i = paths.index(path) + step
        while 0 <= i < len(self.shown_entries):
            if not self.shown_entries[i].broken:
                return self.shown_entries[i]
            i += step
        return None

    def select(self, path: Path) -> None:
        """Put the cursor on `path`'s row (the briefing open now)."""
        paths = [e.path for e in self.shown_entries]
        if path in paths:
            self.query_one("#library-list", LibraryList).highlighted = paths.index(path)
