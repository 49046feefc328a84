"""The full view of one item (`enter` on a list row)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.app.dialogs.base import ScrollingDialog
from tui.app.text import plain
from tui.app.widgets.key_bar import KeyBar


class ItemScreen(ScrollingDialog):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "dismiss", "Close", id="item.close",
                tooltip="Close the full view"),
    ]

    def __init__(self, title: str | Content, body: Content) -> None:
        """`title`: a string is literal text (a claimant's name can hold
        `[/]`), never markup."""
        super().__init__()
        self._title = plain(title) if isinstance(title, str) else title
        self._body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="item-dialog", classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "esc: close"
            yield Static(self._body, id="item-body")
        yield KeyBar()

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
