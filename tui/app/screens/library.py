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

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.app.screens.library_keys import LIBRARY_BINDINGS, LibraryCommands
from tui.app.screens.library_rows import (
    Entry,
    Listing,
    Shown,
    filter_entries,
    patched,
    sort_entries,
)
from tui.app.screens.library_scan import (
    index_folder,
    open_index,
    prepare_search,
    read_only,
    settle_heap,
)
from tui.app.text import join, styled
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import ListRow, RowList
from tui.core.store.index import Index, IndexUnavailable, Row
from tui.core.store.library import BRIEFING_SUFFIXES, library_name
from tui.core.store.search import BriefingMatches, Hit
from tui.core.store.watch import POLL_BACKOFF, FolderSignature, FolderWatch

if TYPE_CHECKING:
    from textual.timer import Timer


class LibraryList(RowList, can_focus=False):
    """The list of briefings. It never takes the keyboard: the filter field
    has it, so every letter typed is text (see LibraryScreen)."""


# How often the library looks at its folder for files added, changed or removed.
POLL_SECONDS = 1.0


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
    # How much longer than a slow look at the folder the next look waits
    # (core.store.watch.FolderWatch); tests polling every 50 ms set it to 0,
    # lest a loaded machine's one slow look push the next one seconds away.
    poll_backoff: ClassVar[float] = POLL_BACKOFF
    # Whether files are parsed in worker processes (see core.store.reader):
    # only the `briefing` command, whose main module is safe to import again.
    parallel: ClassVar[bool] = False

    BINDINGS: ClassVar[list[BindingType]] = LIBRARY_BINDINGS

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
        self.index: Index | None = None
        self.entries: list[Entry] = []
        self.shown_entries: list[Entry] = []
        self.shown_hits: list[Hit | None] = []
        self._lines: dict[Path, Content] = {}  # each entry's row, built once a listing
        self._listing = Listing([], {})  # what the filter reads, made once a listing
        self._settled = True  # the listing's objects are out of the collector's passes
        self._listed_query = ""  # the filter text the list was last made from
        self.progress = (0, 0)  # files indexed, of how many
        self.progress_timer: Timer | None = None
        self._scanning = False  # an update is under way: the poll waits for it
        self.listed_all = False  # the index has been brought up to date once
        self.folder_watch = FolderWatch(folder, BRIEFING_SUFFIXES, self.poll_seconds,
                                        backoff=self.poll_backoff)

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

    def rescan(self, quiet: bool = False,
               changes: tuple[FolderSignature, set[str]] | None = None) -> None:
        """Bring the index up to date in a thread, listing as it goes; the
        header counts the files indexed. `quiet` (a change the poll
        noticed): the header keeps its counts unless the update takes a
        while. `changes`: the folder as the poll saw it and the paths that
        changed, which alone are looked at."""
        self.progress = (0, 0)
        self._scanning = True
        if not quiet and not self.entries:
            self._show_header("   loading…")
        self._stop_progress()
        self.progress_timer = self.set_interval(0.25, self._show_progress)
        self._scan(changes)

    # A description of our own: Textual's default is the repr of the
    # arguments, the whole folder's signature, at each change.
    @work(thread=True, exclusive=True, group="scan", description="index the folder")
    def _scan(self, changes: tuple[FolderSignature, set[str]] | None) -> None:
        index = self.index = open_index(self)
        try:
            index_folder(self, index, changes)
        finally:
            index.release()  # each scan runs in a thread of its own

    def failed(self, why: str) -> None:
        self._scanning = False
        self._stop_progress()
        self.notify(why, severity="error", timeout=8, markup=False)
        self._show_header(f"   {len(self.entries):,} briefings (not up to date)")

    def _show_progress(self) -> None:
        done, total = self.progress
        if total:
            self._show_header(f"   indexing… {done:,} of {total:,} files")

    def action_rescan(self) -> None:
        self.rescan()

    @work(thread=True, exclusive=True, group="poll")
    def poll_folder(self) -> None:
        """Update the index when a briefing file was added, changed or removed."""
        if self._scanning:
            return  # the update under way reads the folder; restarting it would never end
        found = self.folder_watch.changes()
        if found is not None and found[1]:
            self.app.call_from_thread(self._rescan_if_idle, found)

    def _rescan_if_idle(self, changes: tuple[FolderSignature, set[str]]) -> None:
        if not self._scanning:  # ctrl+r may have started one meanwhile
            self.rescan(quiet=True, changes=changes)

    def _stop_progress(self) -> None:
        if self.progress_timer is not None:
            self.progress_timer.stop()
            self.progress_timer = None

    def listed(self, rows: list[Row], complete: bool) -> None:
        """Show the rows the index has (all of them once `complete`)."""
        self.entries, self._lines = patched([], {}, rows, None, self.folder, self.sort_by)
        self.listed_all = complete
        self._settled = False
        self.refresh_list()

    def patched(self, rows: list[Row], changed: frozenset[str],
                seen: FolderSignature) -> None:
        """Replace the rows of the files changed (a file gone has no row)."""
        self.entries, self._lines = patched(self.entries, self._lines, rows, changed,
                                            self.folder, self.sort_by)
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
        if not self._settled:  # a whole listing: not each file changed
            self._settled = True
            self.call_after_refresh(settle_heap)
        # the index changed: what its search keeps is read now, not at the next key
        self.call_after_refresh(prepare_search, self)

    def scanned(self, rows: list[Row], seen: FolderSignature) -> None:
        self.listed(rows, True)
        self._finish(seen)

    # -- the list ----------------------------------------------------------------

    def _filtered(self, query: str) -> Shown:
        """The entries the filter lists, with where each matched."""
        if not self._listing.holds(self.entries, self._lines):
            self._listing = Listing(self.entries, self._lines, self._listing)
        if not query or self.index is None:
            return self._listing.everything()
        # where each briefing matched, for as many as the list shows at once
        # (a row with where it matched is three lines)
        shown = self.query_one("#library-list", LibraryList).size.height // 3 + 1
        try:
            found = self.index.search_briefings(query, snippets=shown)
        except IndexUnavailable as exc:
            self.notify(str(exc), severity="error", timeout=6, markup=False)
            found = BriefingMatches([])
        return filter_entries(self._listing, found, query)

    def refresh_list(self) -> None:
        query = self.query_one("#library-filter", Input).value.strip()
        self._listed_query = query
        lst = self.query_one("#library-list", LibraryList)
        selected = self.selected_entry
        previous = lst.highlighted
        shown = self._filtered(query)
        self.shown_entries, self.shown_hits = shown.entries, shown.hits
        if shown.entries:
            lst.set_rows(shown.rows, self._listing.cursor(shown, selected, previous))
        else:
            message = ("no briefing matches" if query
                       else "no briefings (*.yaml) in this folder" if self.listed_all
                       else "loading…")
            lst.set_rows([ListRow(styled(message, "dim italic"), selectable=False)])
        invalid = self._listing.invalid
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
