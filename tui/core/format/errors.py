"""Located errors, printed gcc-style so editors can jump to them, and
reading a briefing file's bytes with such errors.

    iran.yaml:23:7: quotes[2].speaker: required
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from tui.core.export.terminal_text import escape
from tui.core.format.model import MAX_FILE_BYTES
from tui.core.format.reading import FileTooBigError, NotRegularFileError, read_regular


class LocatedError(NamedTuple):
    """One problem in one file. `line` and `column` count from 1."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        # A file name, a YAML key or a value quoted in the message may hold
        # escape sequences: they are shown, never sent to the terminal.
        return escape(f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}")


class BriefingError(Exception):
    """A briefing could not be loaded; carries every error found in it."""

    def __init__(self, errors: list[LocatedError]) -> None:
        self.errors = sorted(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    @property
    def first(self) -> LocatedError:
        return self.errors[0]


def display_name(path: Path) -> str:
    """The name errors use for a file: relative to the working folder if inside it."""
    folder = _real_folder(os.getcwd())
    real = os.path.realpath(path)
    if real == folder:
        return "."
    inside = folder.rstrip(os.sep) + os.sep
    return real[len(inside):] if real.startswith(inside) else str(path)


@lru_cache(maxsize=4)
def _real_folder(cwd: str) -> str:
    # Resolved once per working folder: a library names every file it reads
    # (with pathlib, naming every file resolved it again, slowly).
    return os.path.realpath(cwd)


def file_error(file: str, message: str, line: int = 1, column: int = 1) -> BriefingError:
    """An error about the file as a whole (or one place in it, outside any field)."""
    return BriefingError([LocatedError(file, line, column, "document", message)])


def too_big(file: str, size: int) -> BriefingError:
    """The error for a file over the size limit, which is refused unread."""
    return file_error(file, f"the file is {size:,} bytes; briefings are limited to "
                      f"{MAX_FILE_BYTES:,} bytes")


def read_briefing_bytes(path: Path, name: str) -> bytes:
    """The bytes of a briefing file; BriefingError (about `name`, the file's
    display name) says why they cannot be read."""
    try:
        return read_regular(path, MAX_FILE_BYTES)
    except FileTooBigError as exc:
        raise too_big(name, exc.size) from None
    except NotRegularFileError as exc:
        raise file_error(name, f"{exc.strerror}; not read") from None
    except IsADirectoryError:
        raise file_error(name, "is a folder, not a briefing file") from None
    except FileNotFoundError:
        raise file_error(name, "no such file") from None
    except PermissionError:
        raise file_error(name, "permission denied") from None
    except OSError as exc:
        raise file_error(name, f"cannot read: {exc.strerror or exc}") from None
