"""A yes/no question, answered by keyboard (y/n) or mouse."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from tui.app.dialogs.base import Dialog
from tui.app.widgets.key_bar import KeyBar


class ConfirmScreen(Dialog[bool]):
    DEFAULT_CSS = """
    #confirm-dialog .buttons {
        height: auto;
        align: right middle;
        margin-top: 1;
    }
    #confirm-dialog Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no", tooltip="No"),
    ]

    def __init__(self, question: Content, yes_label: str = "Overwrite") -> None:
        super().__init__()
        self._question = question
        self._yes = yes_label

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Static(self._question, id="confirm-question")
            with Horizontal(classes="buttons"):
                yield Button(f"{self._yes} (y)", id="yes", variant="warning")
                yield Button("Cancel (n)", id="no", variant="primary")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
