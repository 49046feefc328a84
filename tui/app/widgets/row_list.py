"""RowList: a light, keyboard-driven list of wrapped rows on Textual's Line API.

It replaces OptionList in every pane and in the library. OptionList does more
than we need (five component classes, hover tracking, an option object per
row, its own measuring pass), and seven of them slowed the first frame.

A row is `Content` (never markup) plus whether it can be selected (a group
heading cannot) and whether a rule is drawn above it. The cursor skips rows
that cannot be selected. Only rows on screen are rendered; each row is
wrapped once per width and style. How a row wraps is in row_wrap, where each
row's lines are in row_layout.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.markup import parse_style
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from tui.app.widgets.row_layout import Layout
from tui.app.widgets.row_wrap import ListRow, wrap_row

__all__ = ["ListRow", "RowList", "wrap_row"]


class RowList(ScrollView, can_focus=True):
    """A scrolling list of rows with a cursor; `enter` or a click posts Selected."""

    # One component class: Textual restyles every component class of a
    # widget each time the widget's own style changes (mounting, focus, a
    # class), for every list at start-up. The
    # cursor needs CSS (focused and blurred); headings and rules take theme
    # colours directly (see _theme_style).
    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor"}
    # (theme variable, opacity): the theme's disabled text, its foreground at 15%.
    HEADING_COLOUR: ClassVar[tuple[str, float]] = ("text-disabled", 1.0)
    RULE_COLOUR: ClassVar[tuple[str, float]] = ("foreground", 0.15)

    DEFAULT_CSS = """
    RowList {
        height: 1fr;
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        /* Room for the scrollbar from the start: when it appears (after the
           first frame, or as a search changes what overflows) the rows are
           not wrapped and drawn again at a narrower width. */
        scrollbar-gutter: stable;
        & > .row-list--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .row-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False, id="list.down",
                tooltip="Move to the next row"),
        Binding("up", "cursor_up", "Up", show=False, id="list.up",
                tooltip="Move to the previous row"),
        Binding("home", "first", "Top", show=False, id="list.home", tooltip="First row"),
        Binding("end", "last", "Bottom", show=False, id="list.end", tooltip="Last row"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down",
                tooltip="One screen down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up",
                tooltip="One screen up"),
        Binding("enter", "select", "Open", show=False, id="list.select",
                tooltip="Open the selected row"),
        # As in vi and less.
        Binding("j", "cursor_down", "Down", show=False, id="list.j", tooltip="Next row"),
        Binding("k", "cursor_up", "Up", show=False, id="list.k", tooltip="Previous row"),
        Binding("g", "first", "Top", show=False, id="list.g", tooltip="First row"),
        Binding("G", "last", "Bottom", show=False, id="list.G", tooltip="Last row"),
    ]

    class Selected(Message):
        """A row was chosen with enter or a click."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._list_rows: list[ListRow] = []
        self._highlighted: int | None = None
        self._layout = Layout()
        self._layout_width = -1
        self._scroll_when_laid_out = False
        self._strips: dict[tuple[int, str], list[Strip]] = {}
        self._theme_styles: dict[tuple[str, float], Style] = {}

    # -- rows ----------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._list_rows)

    def row(self, index: int) -> ListRow:
        return self._list_rows[index]

    def set_rows(self, rows: list[ListRow], highlighted: int | None = 0) -> None:
        """Replace every row; the cursor goes to `highlighted` (or the next selectable row)."""
        self._list_rows = rows
        self._layout.handed(len(rows))
        # The cursor is placed before the rows are laid out, which renders
        # those on view: the cursor's row is then rendered once, as the cursor.
        self._highlighted = self._cursor_row(highlighted)
        self._layout_width = -1
        self._strips.clear()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._lay_out()
        self.scroll_to_highlight()
        self.refresh()

    def _selectable_from(self, index: int, step: int) -> int | None:
        """The first selectable row from `index` in direction `step` (then the other way)."""
        for direction in (step, -step):
            i = index
            while 0 <= i < len(self._list_rows):
                if self._list_rows[i].selectable:
                    return i
                i += direction
        return None

    # -- cursor --------------------------------------------------------------

    def _cursor_row(self, index: int | None) -> int | None:
        """Where the cursor goes for `index`: into the rows, then on to the
        next selectable row (or back to the one before)."""
        if index is None:
            return None
        return self._selectable_from(max(0, min(index, len(self._list_rows) - 1)), 1)

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        index = self._cursor_row(index)
        if index == self._highlighted:
            return
        self._highlighted = index
        self.refresh()
        self.scroll_to_highlight()

    def scroll_to_highlight(self) -> None:
        index = self._highlighted
        if index is None:
            return
        if not self._layout.first_line:
            # No size yet (a pane shown by the key just before, as `2G` typed
            # fast): scroll once the list is laid out for its width.
            # (The first item needs no scrolling: skipping it spares every
            # pane's first layout a scroll.)
            self._scroll_when_laid_out = (self._layout_width <= 0
                                          and index != self._selectable_from(0, 1))
            return
        if index + 1 >= len(self._layout.first_line):
            self._lay_out_rest()  # the row, or where it ends, is below what is laid out
        first = self._layout.first_line
        top = first[index]
        end = first[index + 1] if index + 1 < len(first) else self._layout.line_count
        if self._list_rows[index + 1:index + 2] and self._list_rows[index + 1].rule_above:
            end -= 1
        self.scroll_to_region(Region(0, top, 1, max(1, end - top)), animate=False,
                              force=True, immediate=True)

    def _move(self, step: int) -> None:
        if self._highlighted is None:
            self.highlighted = self._selectable_from(0, 1)
            return
        target = self._highlighted + step
        while 0 <= target < len(self._list_rows) and not self._list_rows[target].selectable:
            target += 1 if step > 0 else -1
        if 0 <= target < len(self._list_rows):
            self.highlighted = target

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        self.highlighted = self._selectable_from(0, 1)

    def action_last(self) -> None:
        self.highlighted = self._selectable_from(len(self._list_rows) - 1, -1)

    def _page(self, direction: int) -> None:
        if self._highlighted is None or not self._layout.line_count:
            return
        self._lay_out_rest()
        page = max(1, self.scrollable_content_region.height)
        layout = self._layout
        line = layout.first_line[self._highlighted] + direction * page
        row = layout.line_at(max(0, min(line, layout.line_count - 1)), self._list_rows)[0]
        self.highlighted = self._selectable_from(row, direction)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        if self._highlighted is not None:
            self.post_message(self.Selected(self, self._highlighted))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        y = self.scroll_offset.y + offset.y
        if y >= self._layout.line_count:
            self._lay_out_rest()
        if 0 <= y < self._layout.line_count:
            index, line = self._layout.line_at(y, self._list_rows)
            if line >= 0 and self._list_rows[index].selectable:
                self.highlighted = index
                self.action_select()

    # -- layout and drawing ---------------------------------------------------

    def _lay_out(self) -> None:
        """Work out which row each line shows, for the current width: down to
        the bottom of the view now, the rest once the frame is on screen.

        Rows that will be drawn first are rendered here and their height is
        the number of lines rendered: measuring them separately would wrap
        each one twice. Rows below the view are only measured, after the
        frame (_lay_out_rest): wrapping them to know the list's length
        would delay the first frame.
        """
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._layout_width:
            return
        self._layout_width = width
        self._strips.clear()
        self._layout.start(width)
        self._measure(until_line=self.scroll_offset.y + self.size.height)
        if len(self._layout.first_line) < len(self._list_rows):
            self.call_after_refresh(self._lay_out_rest)

    def _lay_out_rest(self) -> None:
        """Measure the rows not laid out yet (those below the view)."""
        if self._layout_width > 0 and len(self._layout.first_line) < len(self._list_rows):
            self._measure()

    def _measure(self, until_line: int | None = None) -> None:
        """Lay out rows after those laid out so far, until `until_line` lines
        are covered (None: every row)."""
        rows, layout = self._list_rows, self._layout
        drawn_until = self.scroll_offset.y + self.size.height
        # One by one while the rows are on view (rendered, to be drawn next)
        # or until the lines asked for are covered.
        enough = drawn_until if until_line is None else max(until_line, drawn_until)
        while len(layout.first_line) < len(rows) and layout.line_count < enough:
            index = len(layout.first_line)
            shown = layout.line_count < drawn_until
            layout.place(rows[index], layout.height(rows[index], partial(
                self._rendered_height, index) if shown else None))
        if until_line is None:
            layout.place_rest(rows)
        # Until every row is measured, each one left counts as one line.
        self.virtual_size = Size(self._layout_width,
                                 layout.line_count + len(rows) - len(layout.first_line))

    def _rendered_height(self, index: int) -> int:
        return len(self._row_strips(index, self._kind(index)))

    def _kind(self, index: int) -> str:
        """How a row is drawn: as the cursor, a heading or a plain row."""
        if index == self._highlighted:
            return "cursor"
        return "row" if self._list_rows[index].selectable else "heading"

    def _row_strips(self, index: int, kind: str) -> list[Strip]:
        key = (index, kind)
        strips = self._strips.get(key)
        if strips is None:
            width = self._layout_width
            if kind == "cursor":
                style = self.get_visual_style("row-list--cursor")
            elif kind == "heading":
                style = self._theme_style(self.HEADING_COLOUR)
            else:
                style = self.visual_style
            # Wrap and render directly rather than through Visual.to_strips:
            # rows need none of its extras (alignment, link styles, mouse
            # selection), which cost time on every row.
            row = self._list_rows[index]
            # Styles such as "$text-error" name theme colours: the stylesheet resolves them.
            parse = self.app.stylesheet.parse_style
            strips = [Strip([Segment(text, part.rich_style if part else None)
                             for text, part in line.render(style, end="", parse_style=parse)]
                            ).extend_cell_length(width, style.rich_style)
                      for line in wrap_row(row.content, width, row.hang)]
            self._strips[key] = strips
        return strips

    def _theme_style(self, colour: tuple[str, float]) -> Style:
        """This list's style with its text in a theme colour, resolved as CSS
        resolves `color: $variable N%` for a component class."""
        style = self._theme_styles.get(colour)
        if style is None:
            variable, opacity = colour
            base = self.visual_style
            # The variable's value, such as "#E0E0E0" or "auto 38%".
            foreground = parse_style(self.app.theme_variables.get(variable, ""), {}).foreground
            if foreground is not None:
                # An "auto" colour is blended as a contrast to the background.
                foreground = foreground.multiply_alpha(opacity)
            style = self._theme_styles[colour] = base + Style(foreground=foreground)
        return style

    def _on_resize(self, event: events.Resize) -> None:
        if self._scroll_when_laid_out:
            self._scroll_when_laid_out = False
            self._lay_out()
            self.scroll_to_highlight()
            # The scrollbar only follows scrolling once it is shown, which
            # happens after this first layout: give it the position now.
            self.vertical_scrollbar.position = self.scroll_y

    def render_lines(self, crop: Region) -> list[Strip]:
        self._lay_out()  # the width changes when a scrollbar comes or goes
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self._layout_width
        number = self.scroll_offset.y + y
        if not 0 <= number < self._layout.line_count:
            return Strip.blank(max(0, width), self.rich_style)
        index, line = self._layout.line_at(number, self._list_rows)
        if line < 0:
            rule = self._theme_style(self.RULE_COLOUR)
            return Strip([Segment("─" * width, rule.rich_style)], width)
        strips = self._row_strips(index, self._kind(index))
        return strips[line] if line < len(strips) else Strip.blank(width, self.rich_style)

    def notify_style_update(self) -> None:
        # Focus, theme or CSS changes alter the cursor and heading colours.
        super().notify_style_update()
        self._strips.clear()
        self._theme_styles.clear()

