"""Export dialog: where to write the Markdown; `enter` writes it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label

from tui.app.dialogs.base import Dialog


class ExportScreen(Dialog[Path | None]):
    """Asks for the output path; dismisses with it, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Do not export"),
    ]

    def __init__(self, default: str, typed_ahead: Sequence[tuple[str, str | None]] = ()) -> None:
        """`typed_ahead`: (key, character) pairs typed before the dialog was
        open, which reached the briefing screen instead (see its on_key)."""
        super().__init__()
        self._default = default
        self._typed_ahead = typed_ahead

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog") as box:
            box.border_title = "Export to Markdown"
            yield Label("Write the Markdown to (enter to export, escape to cancel):",
                        markup=False)
            yield Input(self._default, id="export-path", select_on_focus=False)

    async def on_mount(self) -> None:
        field = self.query_one("#export-path", Input)
        self.set_focus(field)  # at once: the keys below are for it
        # Keys typed before the dialog opened, handled as the field would
        # have: a character is typed in, other keys run their binding
        # (`ctrl+u` clears, `enter` exports, `escape` cancels).
        for key, character in self._typed_ahead:
            if character is not None and character.isprintable():
                field.insert_text_at_cursor(character)
            elif (active := self.active_bindings.get(key)) is not None and active.enabled:
                await self.app.run_action(active.binding.action, active.node)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if text:
            self.dismiss(Path(text).expanduser())

    def action_cancel(self) -> None:
        self.dismiss(None)
