"""Help: every key of the app, the briefing screen, panes and the library."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.app.dialogs.base import ScrollingDialog
from tui.app.text import join
from tui.app.widgets.key_bar import KeyBar


def _key_name(key: str) -> str:
    return ", ".join(
        {"question_mark": "?", "slash": "/", "left_square_bracket": "[",
         "right_square_bracket": "]"}.get(k, k)
        for k in key.split(",")
    )


def help_text(sections: list[tuple[str, list[BindingType]]]) -> Content:
    parts: list[Content | str | tuple[str, str]] = []
    for title, bindings in sections:
        parts.append((title + "\n", "bold underline"))
        for b in bindings:
            if not isinstance(b, Binding):
                continue
            parts += [(_key_name(b.key_display or b.key).ljust(22), "bold"),
                      b.tooltip or b.description, "\n"]
        parts.append("\n")
    return join(*parts).rstrip()


class HelpScreen(ScrollingDialog):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close",
                tooltip="Close the help"),
    ]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self._sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog") as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc: close"
            yield Static(help_text(self._sections), id="help-body")
        yield KeyBar()

    def action_close(self) -> None:
        self.dismiss(None)
