"""Handing the terminal to the user's editor and taking it back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from textual.app import App, SuspendNotSupported

from tui.core.format.editor import NoEditor, editor_command


def open_in_editor(app: App[object], path: Path, line: int) -> bool:
    """Open `path` at `line` in $VISUAL/$EDITOR, the app suspended meanwhile.
    Says why when it cannot; returns whether the editor ran."""
    try:
        command = editor_command(path, line)
    except NoEditor as exc:
        app.notify(f"No editor: {exc}", severity="warning", markup=False)
        return False
    try:
        with app.suspend():
            subprocess.run(command, check=False)
    except SuspendNotSupported:
        app.notify("The terminal cannot be handed to an editor here", severity="warning")
        return False
    except OSError as exc:
        app.notify(f"Cannot start {command[0]}: {exc.strerror or exc}", severity="error",
                   markup=False)
        return False
    return True
