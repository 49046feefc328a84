"""Every located error of a broken briefing, one `FILE:LINE:COL: PATH: message` a line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.app.dialogs.base import ScrollingDialog
from tui.app.text import join
from tui.app.widgets.key_bar import KeyBar
from tui.core.format.errors import LocatedError


class ErrorsScreen(ScrollingDialog):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "close", "Close", id="errors.close",
                tooltip="Close the list of errors"),
    ]

    def __init__(self, name: str, errors: Sequence[LocatedError]) -> None:
        super().__init__()
        self._name = name
        self._errors = errors

    def compose(self) -> ComposeResult:
        count = len(self._errors)
        with VerticalScroll(id="errors-dialog", classes="dialog") as box:
            # A file's name is text (`x [b=c:d].yaml`), never markup.
            box.border_title = join(f"{count} error{'s' * (count != 1)} in ", self._name)
            box.border_subtitle = "esc: close"
            yield Static(join(*(f"{e}\n" for e in self._errors)).rstrip(), id="errors-body")
        yield KeyBar()

    def action_close(self) -> None:
        self.dismiss(None)
