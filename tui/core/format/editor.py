"""The user's editor: which command opens a file at a line."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

# Editors that take `+LINE` before the file.
PLUS_LINE = {"vi", "vim", "nvim", "nano", "emacs", "emacsclient", "micro", "kak", "hx",
             "helix", "mg", "joe", "ne"}


class NoEditor(Exception):
    """Neither $VISUAL nor $EDITOR is set, or the one set is no command line."""


def editor_command(path: Path, line: int) -> list[str]:
    """The command that opens `path` at `line` in $VISUAL (else $EDITOR):
    `+LINE` for editors that take it, `--goto FILE:LINE --wait` for VS Code,
    the file alone for others."""
    setting = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not setting or not setting.strip():
        raise NoEditor("set $VISUAL or $EDITOR to open the file from here")
    try:
        words = shlex.split(setting)
    except ValueError as exc:  # a quote left open
        var = "$VISUAL" if os.environ.get("VISUAL") else "$EDITOR"
        raise NoEditor(f"{var} ({setting}) cannot be split into a command: "
                       f"{str(exc).lower()}") from None
    name = Path(words[0]).name
    if name in PLUS_LINE:
        return [*words, f"+{line}", str(path)]
    if name in ("code", "code-insiders", "codium"):
        wait = [] if "--wait" in words or "-w" in words else ["--wait"]
        return [*words, *wait, "--goto", f"{path}:{line}"]
    return [*words, str(path)]
