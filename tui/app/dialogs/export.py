"""Export dialog: the format (Markdown, JSON, CSV, and for CSV the table)
and where to write it; `enter` writes it. It starts on the format last
exported (an ExportChoice the app keeps).

The dialog writes the file itself, so that a problem (no such folder, no
permission) is shown under the field and the user can fix the name without
starting again.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, RadioButton, RadioSet, Static

from tui.app.dialogs.base import Dialog
from tui.app.dialogs.confirm import ConfirmScreen
from tui.app.export_choice import ExportChoice
from tui.app.text import join
from tui.app.widgets.key_bar import KeyBar
from tui.core.export.data import TABLES
from tui.core.export.files import OutputExistsError, export_target, write_atomic
from tui.core.export.formats import FORMATS, SUFFIXES
from tui.core.format.errors import LocatedError

FORMAT_LABELS = {"markdown": "Markdown", "json": "JSON", "csv": "CSV"}


def broken_warning(errors: Sequence[LocatedError]) -> Content:
    """Said above the field while the file is broken: what is exported."""
    count = len(errors)
    return join(
        ("⚠ The file has errors now; this exports the last good version read.", "bold"),
        f"\n{errors[0]}",
        f"\n(and {count - 1} more)" if count > 1 else "",
        "\nEnter exports it anyway; escape cancels.")


def type_into(field: Input, character: str) -> None:
    """Type a character as a key press would: it replaces selected text."""
    if field.selection.is_empty:
        field.insert_text_at_cursor(character)
    else:
        field.replace(character, *field.selection)


class ExportScreen(Dialog[Path | None]):
    """Asks for the output path and writes the export there; dismisses with
    the path written, or None when cancelled."""

    DEFAULT_CSS = """
    #export-error {
        color: $text-error;
        height: auto;
    }
    #export-format, #export-table {
        layout: horizontal;
        width: 100%;
        height: auto;
        border: none;
        margin-bottom: 1;
    }
    /* Each choice as wide as its label: a third of a small terminal
       would cut "Markdown". */
    #export-format > RadioButton, #export-table > RadioButton {
        width: auto;
        margin-right: 1;
    }
    #export-csv {
        display: none;
        height: auto;
    }
    #export-csv.-csv {
        display: block;
    }
    ExportScreen.-short #export-format, ExportScreen.-short #export-table {
        margin-bottom: 0;
    }
    ExportScreen.-narrow #export-format, ExportScreen.-narrow #export-table {
        padding: 0;
    }
    /* Four tables do not fit one row of a narrow terminal: two rows of two. */
    ExportScreen.-narrow #export-table {
        layout: grid;
        grid-size: 2;
        grid-rows: 1;
    }
    #export-warning {
        color: $text-warning;
        height: auto;
        margin-bottom: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Do not export"),
    ]

    def __init__(self, default: str, render: Callable[[str, str], str],
                 typed_ahead: Sequence[tuple[str, str | None]] = (),
                 warning: Content | None = None, source: Path | None = None,
                 choice: ExportChoice | None = None) -> None:
        """`render(format, table)` makes the text to write (format: markdown,
        json, csv; table: a CSV's rows); `default` is the suggested name;
        `warning` is said above the field
        (the file is broken and this is its last good version); `source` is
        the briefing file, named after which an export into a folder is;
        `choice` the format to start on, updated to what is exported.
        `typed_ahead`: (key, character) pairs typed before the dialog was
        open, which reached the briefing screen instead (see its on_key)."""
        super().__init__()
        self._default = default
        self._make_text = render
        self._typed_ahead = typed_ahead
        self._warning = warning
        self._source = source or Path(default)
        self._choice = choice or ExportChoice()
        self.format = self._choice.format
        self.table = self._choice.table

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog") as box:
            box.border_title = "Export"
            box.border_subtitle = "⏎ export · esc cancel"
            if self._warning is not None:
                yield Static(self._warning, id="export-warning")
            with RadioSet(id="export-format"):
                for fmt in FORMATS:
                    yield RadioButton(FORMAT_LABELS[fmt], value=fmt == self.format)
            with Vertical(id="export-csv", classes="-csv" if self.format == "csv" else ""):
                yield Static(Content("One row per:"))
                with RadioSet(id="export-table"):
                    for table in TABLES:
                        yield RadioButton(table, value=table == self.table)
            yield Static(Content("Write it to (tab: the format):"), id="export-label")
            yield Input(self._default, id="export-path", select_on_focus=False)
            yield Static(id="export-error")
        yield KeyBar()

    async def on_mount(self) -> None:
        # Each choice's cursor on its pressed button (where it starts, the
        # first), so that an arrow moves on from the format shown.
        for radio_set in self.query(RadioSet):
            for _ in range(max(0, radio_set.pressed_index)):
                radio_set.action_next_button()
        field = self.query_one("#export-path", Input)
        self.set_focus(field)  # at once: the keys below are for it
        field.select_all()  # typing replaces the suggested name
        # Keys typed before the dialog opened, handled as the field would
        # have: a character is typed in, other keys run their binding
        # (`ctrl+u` clears, `enter` exports, `escape` cancels).
        for key, character in self._typed_ahead:
            if character is not None and character.isprintable():
                type_into(field, character)
            elif key == "enter":
                self._submit(field.value)
            elif (active := self.active_bindings.get(key)) is not None and active.enabled:
                await self.app.run_action(active.binding.action, active.node)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._submit(event.value)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """A new format: the suggested name takes its suffix, unless the user
        typed a name of their own; CSV offers its tables."""
        field = self.query_one("#export-path", Input)
        if event.radio_set.id == "export-table":
            self.table = TABLES[event.index]
            field.focus()
            return
        old, self.format = SUFFIXES[self.format], FORMATS[event.index]
        if field.value.endswith(old):
            field.value = field.value[: -len(old)] + SUFFIXES[self.format]
        # CSV shows its tables (shift+tab from the name reaches them).
        self.query_one("#export-csv").set_class(self.format == "csv", "-csv")
        field.focus()  # back to the name: enter exports

    def _text(self) -> str:
        return self._make_text(self.format, self.table)

    def _remember(self) -> None:
        self._choice.format, self._choice.table = self.format, self.table

    def _submit(self, value: str) -> None:
        text = value.strip()
        if not text:
            self._show_error("Type a file name or a folder to export to.")
            return
        if self.app.is_web:
            # In a browser the export is a download: nothing is written on the server.
            name = Path(text).name or self._default
            self.app.deliver_text(io.StringIO(self._text()), save_filename=name)
            self._remember()
            self.dismiss(Path(name))
            return
        given = Path(text).expanduser()
        target = export_target(given if given.is_absolute() else Path.cwd() / given,
                               self._source, self.format)
        if target.exists():
            question = join("Overwrite ", (str(target), "bold"), "?\nIt already exists.")

            def answered(yes: bool | None) -> None:
                if yes:
                    self._write(target, overwrite=True)

            self.app.push_screen(ConfirmScreen(question), answered)
        else:
            self._write(target, overwrite=False)

    def _write(self, target: Path, overwrite: bool) -> None:
        try:
            write_atomic(target, self._text(), overwrite=overwrite)
        except OutputExistsError:
            self._submit(str(target))  # appeared meanwhile: ask
            return
        except OSError as exc:
            self._show_error(f"Cannot write {target}: {exc.strerror or exc}")
            return
        self._remember()
        self.dismiss(target)

    def _show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(join(("⚠ " + message, "")))

    def action_cancel(self) -> None:
        self.dismiss(None)
