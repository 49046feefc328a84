"""`a` on a briefing: ask for a report (a file path, a URL or pasted text),
then show the change it would make before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, NamedTuple

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Static, TextArea

from tui.app.dialogs.base import Dialog, ScrollingDialog
from tui.app.text import plain
from tui.app.widgets.key_bar import KeyBar


class ReportChoice(NamedTuple):
    """What the user gave: `where` (a path or URL) or `text` (pasted)."""

    where: str | None = None
    text: str | None = None


class AddReportScreen(Dialog[ReportChoice | None]):
    """A path or URL on one line (enter), or a report pasted below (ctrl+s)."""

    DEFAULT_CSS = """
    #add-report-dialog { height: auto; }
    #add-report-dialog TextArea { height: 8; margin-top: 1; }
    #add-report-dialog Label { margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "submit", "Add", id="add_report.submit",
                tooltip="Add the report: the path or URL, else the pasted text"),
        Binding("escape", "cancel", "Cancel", id="add_report.cancel",
                tooltip="Close without adding anything"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-report-dialog", classes="dialog") as box:
            box.border_title = "Add a report"
            box.border_subtitle = "enter/ctrl+s: add · esc: cancel"
            yield Input(placeholder="a file path or an http(s) URL", id="add-report-where")
            yield Label("or paste the report's text here (ctrl+s adds it):")
            yield TextArea(id="add-report-text", soft_wrap=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#add-report-where", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        where = self.query_one("#add-report-where", Input).value.strip()
        text = self.query_one("#add-report-text", TextArea).text
        if where:
            self.dismiss(ReportChoice(where=where))
        elif text.strip():
            self.dismiss(ReportChoice(text=text))
        else:
            self.notify("Give a file path, a URL, or paste the report's text", timeout=3,
                        markup=False)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ProposedChangeScreen(ScrollingDialog):
    """The change the report would make, as `briefing diff` prints it:
    enter writes it (`on_write`), escape discards it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "write", "Write", id="change.write",
                tooltip="Write the change to the briefing file"),
        Binding("escape", "discard", "Discard", id="change.discard",
                tooltip="Discard the change; the file is left as it is"),
    ]

    def __init__(self, file_name: str, change: str, on_write: Callable[[], None]) -> None:
        super().__init__()
        self._file_name = file_name
        self._change = change
        self._on_write = on_write

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="change-dialog", classes="dialog") as box:
            box.border_title = plain(f"Add to {self._file_name}")
            box.border_subtitle = "enter: write · esc: discard"
            # The diff holds the report's words: text, never markup.
            yield Static(plain(self._change), id="change-body")
        yield KeyBar()

    def action_write(self) -> None:
        self.dismiss(None)
        self._on_write()

    def action_discard(self) -> None:
        self.dismiss(None)
