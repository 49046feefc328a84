"""A folder of briefings: find, load, summarise, sort newest first."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

from tui.core.cache import PendingWrites, load_briefing_cached
from tui.core.errors import BriefingError, LocatedError
from tui.core.model import Briefing

BRIEFING_SUFFIXES = (".yaml", ".yml")


def bundled_folder() -> Path:
    """The bundled briefings: `briefings/` in a source checkout, or the
    installed `tui.bundled` package data after `pip install .`."""
    spec = importlib.util.find_spec("tui.bundled")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[2] / "briefings"


def briefing_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders expanded (recursively) to their *.yaml / *.yml files."""
    for p in paths:
        if p.is_dir():
            yield from sorted(
                f for f in p.rglob("*") if f.suffix in BRIEFING_SUFFIXES and f.is_file()
            )
        else:
            yield p


class LibraryEntry(NamedTuple):
    """One file of a library: its briefing, or the first error that stops it loading."""

    path: Path
    briefing: Briefing | None
    error: LocatedError | None = None
    error_count: int = 0

    @property
    def sort_key(self) -> tuple[date, str]:
        """Newest first means sorting on this in reverse; broken files sort by name."""
        if self.briefing is None:
            return (date.min, self.path.name)
        return (self.briefing.date, self.briefing.title)


def load_entry(path: Path, pending: PendingWrites | None = None) -> LibraryEntry:
    try:
        return LibraryEntry(path, load_briefing_cached(path, pending))
    except BriefingError as exc:
        return LibraryEntry(path, None, exc.first, len(exc.errors))


def scan_library(folder: Path, pending: PendingWrites | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[LibraryEntry]:
    """Every briefing in `folder`, newest first; broken files listed last.
    With `pending`, parse-cache entries are left there for the caller to write;
    `progress(done, total)` is called after each file."""
    files = list(briefing_files([folder]))
    entries: list[LibraryEntry] = []
    for path in files:
        entries.append(load_entry(path, pending))
        if progress is not None:
            progress(len(entries), len(files))
    good = sorted((e for e in entries if e.briefing), key=lambda e: e.sort_key, reverse=True)
    bad = sorted((e for e in entries if not e.briefing), key=lambda e: e.path.name)
    return good + bad
