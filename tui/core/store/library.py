"""A folder of briefings: its files, its name, and the words of a row's counts.

The library lists a folder from its index (core.store.index); this module
holds what the library, `briefing check` and the folder export share.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

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


def plural(count: int, word: str) -> str:
    """`1 quote`, `2 quotes`, `1,200 quotes`."""
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def count_words(quotes: int, claims: int, revised: int) -> list[str]:
    """`10 quotes`, `6 claims (2 revised)`: a library row's counts, from the
    archive index's row (claims as the claims pane lists them: see
    core.store.rows.summarise)."""
    note = f" ({revised:,} revised)" if revised else ""
    return [plural(quotes, "quote"), plural(claims, "claim") + note]


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts text as people do: `2` before `10`, case ignored."""
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.split(r"(\d+)", text.casefold()) if part)
