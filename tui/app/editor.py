"""Handing the terminal to the user's editor (at an item's line) and taking it back."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from textual.app import App, SuspendNotSupported

from tui.app.text import for_terminal
from tui.core.format.editor import NoEditor, editor_command
from tui.core.format.model import Briefing
from tui.core.story.disputes import Dispute


def _setting_name() -> str:
    """The variable the editor command came from, to name in a message."""
    return "$VISUAL" if (os.environ.get("VISUAL") or "").strip() else "$EDITOR"


def open_in_editor(app: App[object], path: Path, line: int) -> bool:
    """Open `path` at `line` in $VISUAL/$EDITOR, the app suspended meanwhile.
    Says why when it cannot; returns whether the editor ran."""
    try:
        command = editor_command(path, line)
    except NoEditor as exc:
        # The command is the user's text: its control characters would reach the terminal.
        app.notify(for_terminal(f"No editor: {exc}"), severity="warning", markup=False)
        return False
    if shutil.which(command[0]) is None:
        # Said before the screen is handed over: nothing to hand it to.
        app.notify(for_terminal(f"Cannot start {command[0]} (from {_setting_name()}): "
                                "no such command"), severity="error", timeout=6, markup=False)
        return False
    failure: OSError | None = None
    try:
        with app.suspend():
            # Caught inside: an exception leaving the block would skip the
            # resume, leaving a blank screen that reads no keys.
            try:
                subprocess.run(command, check=False)
            except OSError as exc:
                failure = exc
    except SuspendNotSupported:
        app.notify("The terminal cannot be handed to an editor here", severity="warning")
        return False
    if failure is not None:
        app.notify(for_terminal(f"Cannot start {command[0]} (from {_setting_name()}): "
                                f"{failure.strerror or failure}"),
                   severity="error", timeout=6, markup=False)
        return False
    return True


def item_place(b: Briefing | None, item: object) -> tuple[str, int | None]:
    """The key (and index) under which `item` of `b` is written in the file,
    for the editor to open there."""
    if b is None:
        return ("format", None)
    lists: tuple[tuple[str, tuple[object, ...]], ...] = (
        ("quotes", b.quotes), ("casualty_claims", b.casualty_claims),
        ("reactions", b.reactions), ("figures", b.figures), ("timeline", b.timeline),
        ("sources", b.sources), ("key_points", b.key_points))
    for key, records in lists:
        for index, record in enumerate(records):
            if record is item:
                return (key, index)
    if isinstance(item, Dispute):
        return ("figures" if item.is_figure else "casualty_claims", None)
    return ("summary", None)
