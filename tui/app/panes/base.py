"""ListPane: a virtualised, keyboard-driven list of briefing items.

Built on OptionList, which draws only the visible lines, so a briefing with
10,000 quotes does not mount 10,000 widgets.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.app.text import highlight, styled
from tui.core.model import Briefing

# A row is display text and the item it stands for (None for a group heading).
Row = tuple[Content, object | None]


class ListPane(OptionList):
    """One pane of the briefing screen. Subclasses say how items become rows."""

    TITLE: ClassVar[str] = ""
    SHORT_TITLE: ClassVar[str] = ""  # for the tab strip on small terminals
    PANE_ID: ClassVar[str] = ""
    EMPTY: ClassVar[str] = "(nothing in this briefing)"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="pane.down",
                tooltip="Move to the next item"),
        Binding("k", "cursor_up", "Up", show=False, id="pane.up",
                tooltip="Move to the previous item"),
        Binding("g", "first", "Top", show=False, id="pane.top", tooltip="First item"),
        Binding("G", "last", "Bottom", show=False, id="pane.bottom", tooltip="Last item"),
    ]

    def __init__(self, number: int) -> None:
        super().__init__(id=self.PANE_ID, classes="pane")
        self.number = number
        self.border_title = f"{number} {self.TITLE}"
        self._items: list[object | None] = []
        self.total = 0
        self.shown = 0

    def rows(self, briefing: Briefing, query: str) -> list[Row]:
        raise NotImplementedError

    def item_count(self, briefing: Briefing) -> int:
        raise NotImplementedError

    def show(self, briefing: Briefing, query: str = "") -> None:
        """(Re)fill the pane, keeping the highlighted position where possible."""
        keep = self.highlighted
        rows = self.rows(briefing, query)
        self.total = self.item_count(briefing)
        self.shown = sum(1 for _, item in rows if item is not None)
        if query:
            rows = [(highlight(text, query), item) for text, item in rows]
        if not rows:
            rows = [(styled("(no matches)" if query else self.EMPTY, "dim italic"), None)]
        self._items = [item for _, item in rows]  # separators take no option index
        with self.app.batch_update():
            self.clear_options()
            options: list[Option | None] = []
            for text, item in rows:
                if item is None and options:
                    options.append(None)  # a rule before each group heading
                options.append(Option(text, disabled=item is None))
            self.add_options(options)
            if keep is not None and self.option_count:
                self.highlighted = min(keep, self.option_count - 1)
                if self._items[self.highlighted] is None:
                    self._skip_to_item()
            elif self.option_count:
                self._skip_to_item()
        count = f"{self.shown} of {self.total}" if query else f"{self.total}"
        self.border_subtitle = count

    def _skip_to_item(self) -> None:
        for index, item in enumerate(self._items):
            if item is not None:
                self.highlighted = index
                return

    def item_at(self, index: int | None) -> object | None:
        if index is None or not 0 <= index < len(self._items):
            return None
        return self._items[index]

    @property
    def current_item(self) -> object | None:
        return self.item_at(self.highlighted)
