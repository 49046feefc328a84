"""What `e` does on a briefing: the export dialog on the format last
exported, with the keys typed fast after `e` replayed into it."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.app import App
from textual.events import Key

from tui.app.export_choice import ExportChoice
from tui.app.text import for_terminal
from tui.core.format.errors import LocatedError
from tui.core.format.model import Briefing


class BriefingExport:
    """A briefing screen's exports: `choice` is the format (and CSV table)
    the dialog starts on, shared with the other briefings of the app."""

    def __init__(self, choice: ExportChoice) -> None:
        self.choice = choice
        self._keys: list[tuple[str, str | None]] | None = None  # see keep_key

    def expect_keys(self) -> None:
        """`e` is on its way to its binding: keep the keys typed after it."""
        self._keys = []

    def keep_key(self, event: Key) -> bool:
        """Keep a key typed fast after `e` for the dialog, and say whether
        it was kept. As for the search bar (TypeAhead), but every key and in
        order: `ctrl+u` and a new name, then `enter`. The export dialog
        replays them into its field."""
        if self._keys is None:
            return False
        event.stop()
        event.prevent_default()
        self._keys.append((event.key, event.character))
        return True

    def open(self, app: App[object], path: Path, briefing: Briefing,
             load_errors: list[LocatedError], fmt: str | None = None,
             table: str | None = None) -> None:
        """The export dialog, on `fmt` (and CSV `table`) or else the format
        last exported; `load_errors`: the file's while it is broken."""
        from tui.app.dialogs.export import ExportScreen, broken_warning
        from tui.core.export.formats import SUFFIXES, render

        warning = broken_warning(load_errors) if load_errors else None
        typed_ahead, self._keys = self._keys or [], None
        choice = self.choice
        if fmt is not None:  # asked for by name (the palette): starts there
            choice = ExportChoice(fmt, table or choice.table)
        screen = ExportScreen(f"{path.stem}{SUFFIXES[choice.format]}",
                              partial(render, briefing), typed_ahead, warning, path,
                              choice)
        app.push_screen(screen, partial(self._exported, app, choice))

    def _exported(self, app: App[object], choice: ExportChoice, target: Path | None) -> None:
        if target is not None:
            # Remembered for the next export, of this briefing or another.
            self.choice.format, self.choice.table = choice.format, choice.table
            where = f"Sent {target.name} to your browser" if app.is_web \
                else f"Exported to {target}"
            app.notify(for_terminal(where), title="Export", markup=False)
