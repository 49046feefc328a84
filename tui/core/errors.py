"""Located errors, printed gcc-style so editors can jump to them.

    iran.yaml:23:7: quotes[2].speaker: required
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class LocatedError:
    """One problem in one file. `line` and `column` count from 1."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}"


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
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
