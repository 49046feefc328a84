"""ListPane: a keyboard-driven list of briefing items, windowed for big briefings.

A RowList wraps every row it holds to know its height, so 10,000 quotes in
one list would take seconds to show. A ListPane holds all rows as cheap,
unbuilt descriptions and gives the RowList only a window of `window` rows;
moving past either end of the window slides it.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from typing import ClassVar

from textual.content import Content

from tui.app.panes.sorting import arranged
from tui.app.panes.undated import marked_undated
from tui.app.text import highlight, styled
from tui.app.widgets.row_list import ListRow, RowList
from tui.core.format.model import Briefing

# A row: how to build its display text (built only when shown), and the item
# it stands for (None for a group heading, which cannot be selected).
Row = tuple[Callable[[], Content], object | None]

# Rows handed to the RowList at once. It measures (wraps) every row it
# holds, so the window sets what a 10,000-quote briefing costs to show. A
# window is never smaller than twice the terminal's height, so a page
# always fits.
WINDOW = 100


def heading(text: str) -> Row:
    return (lambda: styled(text, "bold underline"), None)


# The item of a section's title row (above its group headings): not
# selectable, not counted, no rule of its own between it and its first group.
SECTION: object = object()


def section(text: str) -> Row:
    """A title above several groups (Countries, Organisations)."""
    return (lambda: styled(text, "bold reverse"), SECTION)


# The item of a blank row between paragraphs: not selectable, not counted.
BLANK: object = object()
BLANK_ROW: Row = (lambda: Content(""), BLANK)


class PaneContent:
    """What one pane lists: its title, and how a briefing's items become rows.

    A plain class, not a widget: every pane is a ListPane showing one of
    these, as a widget class per pane would slow start-up (Textual inspects
    a widget class's whole MRO as it is defined).
    """

    TITLE: ClassVar[str] = ""
    SHORT_TITLE: ClassVar[str] = ""  # for the tab strip on small terminals
    PANE_ID: ClassVar[str] = ""
    EMPTY: ClassVar[str] = "(nothing in this briefing)"

    @property
    def short_title(self) -> str:
        return self.SHORT_TITLE or self.TITLE

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        raise NotImplementedError

    def item_count(self, briefing: Briefing) -> int:
        raise NotImplementedError

    # How far a wrapped first line of an item goes on indented: by two, under
    # the item's details (indented by two on the lines after), where the
    # first line's name or figure is followed by more than fits. At the left
    # edge its end would read as the start of the next item.
    FIRST_LINE_HANG: ClassVar[int] = 0

    def label_column(self, briefing: Briefing) -> int:
        """The width of a label column the items' rows start with (or
        FIRST_LINE_HANG); their first line wraps under the text after it."""
        return self.FIRST_LINE_HANG

    def counts(self, item: object) -> bool:
        """Whether a row's item is one of the `item_count` (a heading is not)."""
        return item is not None and item is not BLANK and item is not SECTION


class ListPane(RowList):
    """One pane of the briefing screen, listing one PaneContent's rows."""

    def __init__(self, content: PaneContent, number: int) -> None:
        super().__init__(id=content.PANE_ID, classes="pane")
        # A copy of its own: a pane's filter (the timeline's) is the pane's alone.
        self.content = copy(content)
        self.number = number
        self.order = ""  # the order `s` chose (panes.sorting; "" the file's)
        self.title_note = ""  # after the name in the title: the order or the filter
        self.undated_marked = False  # in time mode: rows with no time say so
        self.set_title(None)
        self._rows: list[Row] = []
        self._start = 0
        self._query = ""
        self._hang = 0
        self.total = 0
        self.shown = 0
        self._note = ""  # said after the counts in the border (how to restore)

    def set_title(self, title: Content | None) -> None:
        """The border's title: `title` (the tab strip on a short terminal),
        else the pane's number and name."""
        note = f" · {self.title_note}" if self.title_note else ""
        self.border_title = title if title is not None else Content(
            f"{self.number} {self.content.TITLE}{note}")

    def show(self, briefing: Briefing, query: str = "") -> None:
        """(Re)fill the pane, keeping the cursor on the item it was on (else
        at the same position): clearing a search must not move it elsewhere."""
        keep = None if self.highlighted is None else self._start + self.highlighted
        kept_item = self.current_item
        content = self.content
        rows = content.rows(arranged(briefing, content.PANE_ID, self.order), query)
        if self.undated_marked:
            rows = marked_undated(rows)
        if kept_item is not None:
            keep = next((i for i, (_, item) in enumerate(rows) if item is kept_item), keep)
        self.total = content.item_count(briefing)
        self.shown = sum(1 for _, item in rows if content.counts(item))
        if not rows:
            message = "(no matches)" if query else content.EMPTY
            rows = [(lambda: styled(message, "dim italic"), None)]
        self._rows = rows
        self._query = query
        self._hang = content.label_column(briefing)
        target = min(keep, len(rows) - 1) if keep is not None else 0
        self._fill(max(0, min(self._start, target)), target)
        self._show_subtitle()

    def set_note(self, note: str) -> None:
        """A hint said after the counts in the border ("" for none)."""
        self._note = note
        self._show_subtitle()

    def _show_subtitle(self) -> None:
        counts = f"{self.shown} of {self.total}" if self._query else f"{self.total}"
        self.border_subtitle = Content(f"{self._note} · {counts}" if self._note else counts)

    def _fill(self, start: int, target: int) -> None:
        """Show rows[start:start+self.window] and highlight row `target` (or the next item)."""
        start = max(0, min(start, len(self._rows) - self.window))
        if not start <= target < start + self.window:
            start = max(0, min(target - self.window // 2, len(self._rows) - self.window))
        self._start = start
        rows: list[ListRow] = []
        after_section = False
        for build, item in self._rows[start:start + self.window]:
            # A group heading or a section cannot be selected and has a rule
            # above it, except a group heading right under its section's title.
            titled = item is None or item is SECTION
            rows.append(ListRow(highlight(build(), self._query),
                                selectable=not titled and item is not BLANK,
                                rule_above=titled and bool(rows) and not after_section,
                                hang=self._hang if not titled else 0))
            after_section = item is SECTION
        self.set_rows(rows, target - start)

    # -- movement across the window's edges --------------------------------

    def action_cursor_down(self) -> None:
        at_end = self.highlighted is not None and self.highlighted >= self.row_count - 1
        if at_end and self._start + self.row_count < len(self._rows):
            row = self._start + self.highlighted  # type: ignore[operator]
            self._fill(row - self.window // 2, row + 1)
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        first_item = self._selectable_from(0, 1)  # the window's first selectable row
        at_top = self.highlighted is not None and self.highlighted == first_item
        if at_top and self._start > 0:
            row = self._start + self.highlighted  # type: ignore[operator]
            self._fill(row - self.window // 2, row - 1)
            return
        super().action_cursor_up()

    def action_first(self) -> None:
        if self._start:
            self._fill(0, 0)
        else:
            super().action_first()

    def action_last(self) -> None:
        last = len(self._rows) - 1
        if self._start + self.row_count <= last:
            self._fill(last - self.window + 1, last)
        else:
            super().action_last()

    @property
    def window(self) -> int:
        return max(WINDOW, 2 * self.app.size.height)

    # -- items ---------------------------------------------------------------

    def item_at(self, index: int | None) -> object | None:
        if index is None or not 0 <= self._start + index < len(self._rows):
            return None
        return self._rows[self._start + index][1]

    @property
    def current_item(self) -> object | None:
        return self.item_at(self.highlighted)

    def select_item(self, item: object) -> bool:
        """Put the cursor on `item`'s row (found by identity); False when
        the pane does not list it."""
        index = next((i for i, (_, row_item) in enumerate(self._rows) if row_item is item), None)
        if index is None:
            return False
        self._fill(index - self.window // 2, index)
        return True

    def show_rows(self, rows: list[Row], empty: str, hang: int = 0) -> None:
        """List `rows` (built only as they are shown), the cursor on the
        first; `empty` says why there are none."""
        self._rows = rows or [(lambda: styled(empty, "dim italic"), None)]
        self._query = ""
        self._hang = hang
        self.total = self.shown = len(rows)
        self._start = 0
        self._fill(0, 0)
