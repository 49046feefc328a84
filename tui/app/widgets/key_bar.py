"""KeyBar: the keys that work on a screen, on one line at the bottom.

It does the job of Textual's Footer as a single widget. The Footer builds a
widget per key (nine on the briefing screen), and each is styled, laid out
and restyled on its own, which slows the first frame. A KeyBar draws the
same keys as one line of Content, redrawn when the screen's bindings change
(focus moves, a dialog opens). A click on a key presses it; hovering shows
the key's tooltip.
"""

from __future__ import annotations

from typing import NamedTuple

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

KEY_STYLE = "bold $footer-key-foreground on $footer-key-background"
DISABLED_STYLE = "dim"
# Kept when a narrow bar drops keys: with help every key is reachable, and
# how to leave is always on screen (in the library it is not `q`).
KEPT_ACTIONS = ("help", "app.help", "quit", "app.quit")


class KeyCell(NamedTuple):
    """Where a key is drawn: cells [start, end) of the bar."""

    start: int
    end: int
    key: str
    tooltip: str


class KeyBar(Widget):
    """Every shown binding of the screen as `key description`, palette key on the right."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cells: list[KeyCell] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def shown_bindings(self) -> tuple[list[tuple[Binding, bool]], tuple[Binding, bool] | None]:
        """The bindings to draw (one per action, as the Footer does) and the
        command palette's, which goes on the right."""
        app = self.app
        shown: list[tuple[Binding, bool]] = []
        actions: set[str] = set()
        palette: tuple[Binding, bool] | None = None
        for key, active in self.screen.active_bindings.items():
            binding, enabled = active.binding, active.enabled
            if app.ENABLE_COMMAND_PALETTE and key == app.COMMAND_PALETTE_BINDING:
                palette = (binding, enabled)
            elif binding.show and binding.action not in actions:
                actions.add(binding.action)
                shown.append((binding, enabled))
        return shown, palette

    def render(self) -> Content:
        shown, palette = self.shown_bindings()
        width = self.size.width
        line, cells = self._lay_out(shown, palette, width, roomy=True)
        if line.cell_length > width:  # narrow terminal: drop the padding around keys
            line, cells = self._lay_out(shown, palette, width, roomy=False)
        # Still too wide: drop keys from the right, but keep help and quit.
        while line.cell_length > width:
            droppable = [i for i, (b, _) in enumerate(shown) if b.action not in KEPT_ACTIONS]
            if not droppable:
                break
            del shown[droppable[-1]]
            line, cells = self._lay_out(shown, palette, width, roomy=False)
        self.cells = cells
        return line

    def _lay_out(self, shown: list[tuple[Binding, bool]], palette: tuple[Binding, bool] | None,
                 width: int, roomy: bool) -> tuple[Content, list[KeyCell]]:
        pad = " " if roomy else ""
        items: list[tuple[Content, KeyCell]] = []
        x = 0
        for binding, enabled in [*shown, *([palette] if palette else [])]:
            key = Content(f"{pad}{self.app.get_key_display(binding)}{pad}").stylize(KEY_STYLE)
            item = key + Content(f" {binding.description} ")
            if not enabled:
                item = item.stylize(DISABLED_STYLE)
            length = item.cell_length
            items.append((item, KeyCell(x, x + length, binding.key,
                                        binding.tooltip or binding.description)))
            x += length
        if palette is not None and x < width:  # the palette key goes to the right edge
            gap = width - x
            item, cell = items[-1]
            items[-1] = (Content(" " * gap) + item,
                         cell._replace(start=cell.start + gap, end=cell.end + gap))
        return Content("").join(item for item, _ in items), [cell for _, cell in items]

    def cell_at(self, x: int) -> KeyCell | None:
        for cell in self.cells:
            if cell.start <= x < cell.end:
                return cell
        return None

    def on_click(self, event: events.Click) -> None:
        cell = self.cell_at(event.x)
        if cell is not None:
            event.stop()
            self.app.simulate_key(cell.key)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        cell = self.cell_at(event.x)
        self.tooltip = None if cell is None else cell.tooltip
