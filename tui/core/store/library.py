"""A folder of briefings: find, load, summarise, sort newest first."""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from tui.core.format.errors import BriefingError, LocatedError
from tui.core.format.model import Briefing
from tui.core.store.cache import PendingWrites, load_briefing_cached
from tui.core.story.revisions import claim_count

BRIEFING_SUFFIXES = (".yaml", ".yml")


def bundled_folder() -> Path:
    """The bundled briefings: `briefings/` in a source checkout, or the
    installed `tui.bundled` package data after `pip install .`."""
    spec = importlib.util.find_spec("tui.bundled")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[3] / "briefings"


def library_name(folder: Path) -> str:
    """What the library calls `folder`: "Bundled briefings" for the bundled
    ones, else the folder's own name (the working folder's for `.`), which a
    person recognises where a path or `.` says little."""
    real = os.path.realpath(folder)
    if real == os.path.realpath(bundled_folder()):
        return "Bundled briefings"
    return os.path.basename(real) or real  # the root folder has no name of its own


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
    """One file of a library: its briefing, or every error that stops it loading."""

    path: Path
    briefing: Briefing | None
    errors: tuple[LocatedError, ...] = ()

    @classmethod
    def broken(cls, path: Path, errors: list[LocatedError]) -> LibraryEntry:
        """The entry of a file that does not load."""
        return cls(path, None, tuple(errors))

    @property
    def error(self) -> LocatedError | None:
        """The first error, which the library's row shows."""
        return self.errors[0] if self.errors else None



def plural(count: int, word: str) -> str:
    """`1 quote`, `2 quotes`, `1,200 quotes`."""
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def summary_counts(briefing: Briefing) -> list[str]:
    """What a library row counts: `10 quotes`, `6 claims (2 revised)`. Claims
    are counted as the claims pane lists them (core.revisions.claim_count)."""
    claims = claim_count(briefing)
    return count_words(len(briefing.quotes), claims.current, claims.revised)


def count_words(quotes: int, claims: int, revised: int) -> list[str]:
    """`10 quotes`, `6 claims (2 revised)`: a library row's counts, from a
    briefing (summary_counts) or from the archive index's row."""
    note = f" ({revised:,} revised)" if revised else ""
    return [plural(quotes, "quote"), plural(claims, "claim") + note]


def scan_library(folder: Path, pending: PendingWrites | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False,
                 confined: bool = False) -> list[LibraryEntry]:
    """Every briefing in `folder`, newest first; broken files listed last.

    Files in the parse cache are read from it, the others parsed. With
    `pending`, new parse-cache entries are left there for the caller to
    write; `progress(done, total)` is called as files are read. Once
    `cancelled()` is true, stops and returns what it has. `confined`: a file
    whose real path is outside the folder (a link out of it) is left out unread.
    """
    files = list(briefing_files([folder]))
    if confined:
        root = folder.resolve()
        files = [f for f in files if f.resolve().is_relative_to(root)]
    entries: list[LibraryEntry] = []
    for path in files:
        if cancelled():
            break
        try:
            entries.append(LibraryEntry(path, load_briefing_cached(path, pending)))
        except BriefingError as exc:
            entries.append(LibraryEntry.broken(path, exc.errors))
        if progress is not None:
            progress(len(entries), len(files))
    return sort_entries(entries)


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts text as people do: `2` before `10`, case ignored."""
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.split(r"(\d+)", text.casefold()) if part)


def sort_entries(entries: list[LibraryEntry], by: str = "date") -> list[LibraryEntry]:
    """Sorted `by` date (newest first), title or file name; equal ones by
    file name in natural order (1, 2, 10); broken files last, by name."""
    loaded = sorted(((e, e.briefing) for e in entries if e.briefing is not None),
                    key=lambda pair: natural_key(pair[0].path.name))
    bad = sorted((e for e in entries if e.briefing is None), key=lambda e: natural_key(e.path.name))
    if by == "date":
        loaded.sort(key=lambda pair: pair[1].date, reverse=True)
    elif by == "title":
        loaded.sort(key=lambda pair: natural_key(pair[1].title))
    return [e for e, _ in loaded] + bad
