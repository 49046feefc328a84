"""Dialog: the base of every modal dialog, a bordered box in the middle of the screen."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button

ResultType = TypeVar("ResultType")
# Below this many columns or rows a dialog takes the whole screen, buttons one line.
WIDE_ENOUGH = 60
TALL_ENOUGH = 20


class Dialog(ModalScreen[ResultType]):
    """A modal screen whose content sits in a `.dialog` box, centred.

    The styling lives here rather than in app.tcss, so it is parsed when the
    first dialog opens instead of before the first frame.
    """

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
    }
    .dialog {
        width: 80%;
        max-width: 100;
        height: auto;
        max-height: 80%;
        border: thick $accent;
        background: $surface;
        padding: 1 2;
    }
    /* A small terminal (40x12) gives the dialog all of itself. */
    Dialog.-narrow .dialog {
        width: 100%;
        padding: 0 1;
    }
    Dialog.-short .dialog {
        max-height: 100%;
        padding: 0 1;
    }
    """
    # The screen gets -narrow or -short when the terminal is small. Textual
    # types these `ClassVar[...] | None`, which mypy takes for instance
    # variables, so annotating them ClassVar here would not type-check.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_ENOUGH, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (TALL_ENOUGH, "-tall")]  # noqa: RUF012

    def on_resize(self, event: events.Resize) -> None:
        # Buttons of one line where three would not fit (40x12).
        small = event.size.width < WIDE_ENOUGH or event.size.height < TALL_ENOUGH
        for button in self.query(Button):
            button.compact = small


class ScrollingDialog(Dialog[None]):
    """A dialog of text to read, which scrolls with the keys the lists use."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll(1)", "Scroll", key_display="j/k", id="dialog.down",
                tooltip="Scroll down a line"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="dialog.up",
                tooltip="Scroll up a line"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="dialog.page_down",
                tooltip="Scroll down a page"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="dialog.page_up",
                tooltip="Scroll up a page"),
        Binding("g,home", "top", "Top", show=False, id="dialog.top", tooltip="To the top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="dialog.bottom",
                tooltip="To the bottom"),
    ]

    def _scroller(self) -> VerticalScroll:
        return self.query_one(".dialog", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self._scroller().scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        scroller = self._scroller()
        scroller.scroll_relative(y=direction * max(1, scroller.scrollable_content_region.height),
                                 animate=False)

    def action_top(self) -> None:
        self._scroller().scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._scroller().scroll_end(animate=False)
