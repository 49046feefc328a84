"""Where each row of a RowList is: the line each row starts at, for the rows
laid out so far, and each row's height at the list's width."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, repeat
from operator import attrgetter

from tui.app.widgets.row_wrap import ListRow, fitting_lines, wrap_row


class Layout:
    """The lines of a list's rows. A rule above a row is the line before its
    first; a line's row is found by bisection. Each row's height is kept by
    the row object's id, the row kept alive with it (so the id is not
    another's): a list handed the same rows again (the library's, at each
    keystroke of its filter) measures none of them twice."""

    def __init__(self) -> None:
        self.first_line: list[int] = []  # row index -> its first line
        self.line_count = 0
        self._heights: dict[int, int] = {}
        self._kept: list[ListRow] = []
        self._width = -1
        # The most rows handed at once: a filter that narrows the list keeps
        # the heights of the rows it hid, for when it widens again.
        self._most_rows = 0

    def handed(self, count: int) -> None:
        """The list was handed `count` rows."""
        self._most_rows = max(self._most_rows, count)
        if len(self._heights) > 2 * self._most_rows + 1000:
            self._forget()  # mostly rows no longer listed
            self._most_rows = count

    def start(self, width: int) -> None:
        """Lay the rows out again from the first, at `width`."""
        if width != self._width:
            self._forget()
            self._width = width
        self.first_line = []
        self.line_count = 0

    def height(self, row: ListRow, rendered: Callable[[], int] | None) -> int:
        """The row's height: known, else the lines `rendered` made (a row to
        be drawn next), else measured."""
        known = self._heights.get(id(row))
        if known is not None:
            return known
        height = rendered() if rendered is not None else self._measured(row)
        self._heights[id(row)] = height
        self._kept.append(row)
        return height

    def _forget(self) -> None:
        self._heights.clear()
        self._kept.clear()

    def _measured(self, row: ListRow) -> int:
        fitting = fitting_lines(row.content.plain, self._width)
        return fitting if fitting is not None else len(wrap_row(row.content, self._width,
                                                                row.hang))

    def place(self, row: ListRow, height: int) -> None:
        """Lay out the next row, `height` lines (and its rule)."""
        if row.rule_above and self.line_count:
            self.line_count += 1
        self.first_line.append(self.line_count)
        self.line_count += height

    def place_rest(self, rows: list[ListRow]) -> None:
        """Lay out every row of `rows` not laid out yet. Written for a long
        list handed again and again: each row's height is looked up in one
        pass and the lines added up by C code, rather than a row at a time."""
        rest = rows[len(self.first_line):]
        sizes = list(map(self._heights.get, map(id, rest), repeat(-1)))
        if -1 in sizes:
            for n, size in enumerate(sizes):
                if size < 0:
                    sizes[n] = self.height(rest[n], None)
        if any(map(attrgetter("rule_above"), rest)):
            for row, size in zip(rest, sizes, strict=True):
                self.place(row, size)
            return
        starts = list(accumulate(sizes, initial=self.line_count))
        self.line_count = starts.pop()
        self.first_line += starts

    def line_at(self, y: int, rows: list[ListRow]) -> tuple[int, int]:
        """The row a laid-out line shows, and which of its lines (-1: the
        rule above it)."""
        first = self.first_line
        index = bisect_right(first, y) - 1
        after = index + 1
        if after < len(first) and y == first[after] - 1 and rows[after].rule_above:
            return after, -1
        return index, y - first[index]
