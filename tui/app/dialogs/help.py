"""Help: every key of the app, the briefing screen, panes and the library,
made from the bindings themselves so that it cannot drift from them."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from tui.app.dialogs.base import ScrollingDialog
from tui.app.text import join
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.row_list import wrap_row

# Textual's names for keys, as a person reads them.
KEY_NAMES = {"question_mark": "?", "slash": "/", "exclamation_mark": "!",
             "left_square_bracket": "[", "right_square_bracket": "]",
             "down": "↓", "up": "↑", "left": "←", "right": "→"}
# Where each key's description starts; a long one wraps back to here.
KEY_COLUMN = 22

Section = tuple[str, list[BindingType]]


def key_name(key: str) -> str:
    """A binding's keys (`j,down`) as shown: `j, ↓`."""
    return ", ".join(KEY_NAMES.get(k, k) for k in key.split(","))


def types_text(binding: Binding) -> bool:
    """Whether the binding's key is one that types a character: in a text
    field (the library's filter) it is text, not the key."""
    return all(len(KEY_NAMES.get(k, k)) == 1 and k not in ("down", "up", "left", "right")
               for k in binding.key.split(","))


def fits_beside(width: int) -> bool:
    """Whether descriptions go beside their keys at `width` (0: unknown)."""
    return width == 0 or width >= 2 * KEY_COLUMN


def help_text(sections: list[Section], width: int = 0) -> Content:
    """One line per action: its keys (each binding's own, not the key bar's
    short form), then what it does. Bindings of one action share a line
    (`↓, j  Next row`), described as the first. Narrower than two key
    columns (`width`), the description goes under its keys instead."""
    beside = fits_beside(width)
    parts: list[Content | str | tuple[str, str]] = []
    for title, bindings in sections:
        lines: dict[str, tuple[list[str], str]] = {}
        for b in bindings:
            # An `explain` binding only says why its key's own binding is
            # off now: not a key of its own.
            if isinstance(b, Binding) and not b.action.startswith("explain"):
                keys = lines.setdefault(b.action, ([], b.tooltip or b.description))[0]
                keys.append(key_name(b.key))
        if not lines:
            continue
        parts.append((title + "\n", "bold underline"))
        for keys, description in lines.values():
            shown = ", ".join(keys)
            if beside:
                parts += [(shown.ljust(KEY_COLUMN - 1) + " ", "bold"), description, "\n"]
            else:
                parts += [(shown, "bold"), "\n  ", description, "\n"]
        parts.append("\n")
    return join(*parts).rstrip()


class HangingText(Static):
    """Text made for the width it has, whose lines wrap under the column
    after their key (or their leading spaces), not to the left edge, so
    that a long description never reads as a key."""

    def __init__(self, make: Callable[[int], tuple[Content, int]], *,
                 id: str | None = None) -> None:
        """`make(width)`: the text for a width, and the column its lines hang at."""
        super().__init__(id=id)
        self._make = make

    def _lines(self, width: int) -> list[Content]:
        content, hang = self._make(width)
        if width <= 0:
            return [content]
        return [piece for line in content.split("\n", allow_blank=True)
                for piece in wrap_row(line, width, hang)]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        return Content("\n").join(self._lines(self.content_region.width))


class HelpScreen(ScrollingDialog):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close",
                tooltip="Close the help"),
    ]

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self._sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog") as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc: close"
            yield HangingText(self._text, id="help-body")
        yield KeyBar()

    def _text(self, width: int) -> tuple[Content, int]:
        return help_text(self._sections, width), KEY_COLUMN if fits_beside(width) else 0

    def action_close(self) -> None:
        self.dismiss(None)
