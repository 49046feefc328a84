"""The user's settings between runs: for now, the colour theme.

One small text file per setting in `$BRIEFING_CONFIG_DIR`, else
`$XDG_CONFIG_HOME/briefing`, else `~/.config/briefing`. Plain text rather
than JSON or TOML, so reading it at start-up imports nothing. Settings are a
convenience: a file that cannot be read means the default; one that cannot
be written is said once, and never stands in the user's way.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.store.folders import user_folder

# Longer is not a theme name; such a file is not ours.
MAX_NAME = 100


def config_folder() -> Path | None:
    """None when there is no home folder: then nothing is remembered."""
    return user_folder("BRIEFING_CONFIG_DIR", "XDG_CONFIG_HOME", ".config")


def load_theme() -> str | None:
    """The theme saved by the last run, or None."""
    folder = config_folder()
    if folder is None:
        return None
    try:
        name = (folder / "theme").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None  # none saved yet, or unreadable: the default theme
    return name if name and len(name) <= MAX_NAME and name.isprintable() else None


def save_theme(name: str) -> str | None:
    """Remember `name` for the next run. Returns None when saved, else why
    it could not be, naming the folder."""
    folder = config_folder()
    if folder is None:
        return "no home folder to keep settings in (set BRIEFING_CONFIG_DIR)"
    # Deferred: only a change of theme writes, and start-up stays without it.
    from tui.core.export.files import write_atomic

    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "theme", name + "\n", overwrite=True)
    except OSError as exc:
        return f"cannot write in {folder}: {exc.strerror or exc}"
    return None
