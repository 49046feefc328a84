"""The full view of one item (`enter` on a list row)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.app.dialogs.base import Dialog


class ItemScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "dismiss", "Close", id="item.close",
                tooltip="Close the full view"),
    ]

    def __init__(self, title: str, body: Content) -> None:
        super().__init__()
        self._title = title
        self._body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="item-dialog", classes="dialog") as box:
            box.border_title = self._title
            # The briefing's key bar shows through behind a dialog, but its
            # keys do not work here: say which ones do.
            box.border_subtitle = "escape, enter or q to close"
            yield Static(self._body, id="item-body")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
