"""The Claims and Quotes views: every current claim (or every quote) of the
briefings the library lists, in one list, sortable and filtered by the
index's query language; enter opens the briefing at that claim or quote.
Both come from the folder's index (its claims table, its quotes' items):
no file is read to list them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui.app.panes.base import ListPane, PaneContent
from tui.app.rows import ALERT_STYLE
from tui.app.text import join
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import RowList
from tui.core.store.index import Index, IndexUnavailable

# Each view's sort orders, in the order the sort key cycles through them.
SORTS = {
    "claims": ("date", "briefing", "claimant", "group", "killed", "injured", "disputed"),
    "quotes": ("date", "speaker", "briefing"),
}
INDEX_KIND = {"claims": "claim", "quotes": "quote"}


class Record(NamedTuple):
    """One claim or quote of one briefing: where it is (the file relative to
    the library, its number among its kind) and the columns it shows."""

    path: str
    number: int
    date: str
    briefing: str
    who: str
    group: str  # a claim's affected group; a quote's words
    killed: str
    killed_low: int  # for sorting: the count's low end (-1: none)
    injured: str
    injured_low: int
    disputed: bool


def claim_record(row: tuple[Any, ...]) -> Record:
    """A current claim as the index keeps it (Index.across)."""
    path, title, date, number, claimant, affected, killed, killed_low, injured, \
        injured_low, disputed = row
    return Record(path, number, date, title, claimant, affected, killed,
                  -1 if killed_low is None else killed_low, injured,
                  -1 if injured_low is None else injured_low, bool(disputed))


def quote_record(row: tuple[Any, ...]) -> Record:
    path, title, date, number, speaker, words = row
    return Record(path, number, date, title, speaker, words, "", -1, "", -1, False)


def claim_text(r: Record) -> Content:
    counts = [f"{name} {count}" for name, count in (("killed", r.killed),
                                                     ("injured", r.injured)) if count]
    return join((r.date, "dim"), "  ", (r.who, "bold"), "  ", r.group, "  ",
                " · ".join(counts), ("  ⚠ DISPUTED", ALERT_STYLE) if r.disputed else "",
                "\n  ", (r.briefing, "dim"))


def quote_text(r: Record) -> Content:
    return join((r.who, "bold"), "  ", (r.date, "dim"), "  ", (r.briefing, "dim"), "\n  ",
                r.group)


class AcrossContent(PaneContent):
    """The view's list: a pane of rows built as they are shown (a library
    has hundreds of thousands of claims)."""

    TITLE = "Across the library"
    PANE_ID = "across-list"


def sort_key(by: str) -> Callable[[Record], Any]:
    keys: dict[str, Callable[[Record], Any]] = {
        "date": lambda r: (r.date, r.briefing), "briefing": lambda r: r.briefing.casefold(),
        "claimant": lambda r: r.who.casefold(), "speaker": lambda r: r.who.casefold(),
        "group": lambda r: r.group.casefold(), "killed": lambda r: r.killed_low,
        "injured": lambda r: r.injured_low, "disputed": lambda r: r.disputed,
    }
    return keys[by]


class AcrossScreen(Screen[None]):
    """Every claim or quote of the listed briefings (see the module's docstring)."""

    DEFAULT_CSS = """
    #across-filter { margin: 0 1; }
    #across-list { height: 1fr; border: round $surface-lighten-2; padding: 0 1; }
    #across-list > .row-list--cursor {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    """
    AUTO_FOCUS = "#across-filter"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Move", key_display="↑↓", priority=True,
                id="across.down", tooltip="Next row"),
        Binding("up", "move(-1)", "Up", show=False, priority=True, id="across.up",
                tooltip="Previous row"),
        Binding("pagedown", "page(1)", "Page down", show=False, priority=True,
                id="across.page_down", tooltip="One screen down"),
        Binding("pageup", "page(-1)", "Page up", show=False, priority=True,
                id="across.page_up", tooltip="One screen up"),
        Binding("enter", "open", "Open", key_display="⏎", priority=True, id="across.open",
                tooltip="Open the briefing at this claim or quote"),
        Binding("f4", "sort", "Sort", id="across.sort", tooltip="Sort by the next column"),
        Binding("escape", "back", "Back", id="across.back", tooltip="Back to the library"),
    ]

    class Open(Message):
        """Open a briefing (`path`) at an item (`at`: its kind and number)."""

        def __init__(self, path: Path, at: tuple[str, int]) -> None:
            super().__init__()
            self.path = path
            self.at = at

    def __init__(self, kind: str, index: Index, paths: list[str], query: str = "") -> None:
        super().__init__()
        self.kind = kind
        self.index = index
        self.paths = paths
        self.initial_query = query
        self.records: list[Record] = []
        self.shown: list[Record] = []
        self.sort_by = SORTS[kind][0]
        self._read = 0

    def compose(self) -> ComposeResult:
        yield Static(id="across-header")
        yield Input(value="", placeholder="filter: words, \"phrases\", claimant:, "
                    "speaker:, country:, tag:, date:, disputed", id="across-filter",
                    select_on_focus=False)
        rows = ListPane(AcrossContent(), 0)
        # not laid out as a briefing's pane (app.tcss), and with no pane number
        rows.remove_class("pane")
        rows.border_title = None
        yield rows
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_list()
        self._read_all()

    @work(thread=True, exclusive=True, group="across")
    def _read_all(self) -> None:
        """Every claim or quote of the listed briefings, from the index: no
        file is read."""
        worker = get_current_worker()
        make = claim_record if self.kind == "claims" else quote_record
        listed = set(self.paths)
        try:
            rows = self.index.across(self.kind)
        except IndexUnavailable as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", timeout=6,
                                      markup=False)
            rows = []
        finally:
            self.index.release()  # this worker's thread is done with it
        records = [make(row) for row in rows if row[0] in listed]
        if not worker.is_cancelled:
            self.app.call_from_thread(self._add, records, len(self.paths))

    def _add(self, records: list[Record], read: int) -> None:
        self.records += records
        self._read = read
        self.refresh_list()

    def _matching(self, query: str) -> set[tuple[str, int]] | None:
        """The (file, number) of each item of this view's kind that matches; None: all."""
        if not query:
            return None
        try:
            hits = self.index.search(query)
        except IndexUnavailable as exc:
            self.notify(str(exc), severity="error", timeout=6, markup=False)
            return set()
        kind = INDEX_KIND[self.kind]
        return {(h.path, h.item) for h in hits if h.kind == kind}

    def refresh_list(self) -> None:
        query = self.query_one("#across-filter", Input).value.strip()
        matching = self._matching(query)
        records = [r for r in self.records
                   if matching is None or (r.path, r.number) in matching]
        records.sort(key=sort_key(self.sort_by),
                     reverse=self.sort_by in ("date", "killed", "injured", "disputed"))
        self.shown = records
        text = claim_text if self.kind == "claims" else quote_text
        done = self._read == len(self.paths)
        self.query_one("#across-list", ListPane).show_rows(
            [(partial(text, r), r) for r in records],
            "nothing matches" if done else "reading…", hang=2)
        title = "Claims" if self.kind == "claims" else "Quotes"
        reading = ("" if self._read == len(self.paths)
                   else f", reading {self._read:,} of {len(self.paths):,} briefings")
        self.query_one("#across-header", Static).update(join(
            (f"{title} across the library", "bold"),
            f"   {len(records):,} of {len(self.records):,}, by {self.sort_by}{reading}"))

    @on(Input.Changed, "#across-filter")
    def filter_changed(self) -> None:
        self.refresh_list()

    def action_sort(self) -> None:
        orders = SORTS[self.kind]
        self.sort_by = orders[(orders.index(self.sort_by) + 1) % len(orders)]
        self.refresh_list()

    def action_move(self, step: int) -> None:
        lst = self.query_one("#across-list", ListPane)
        lst.action_cursor_down() if step > 0 else lst.action_cursor_up()

    def action_page(self, step: int) -> None:
        lst = self.query_one("#across-list", ListPane)
        lst.action_page_down() if step > 0 else lst.action_page_up()

    def action_open(self) -> None:
        r = self.query_one("#across-list", ListPane).current_item
        if isinstance(r, Record):
            self.post_message(self.Open(self.index.folder / r.path,
                                        (INDEX_KIND[self.kind], r.number)))

    @on(RowList.Selected, "#across-list")
    def selected(self, event: RowList.Selected) -> None:
        self.action_open()

    def action_back(self) -> None:
        self.app.pop_screen()
