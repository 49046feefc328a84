"""The library screen on a folder, measured in a process of its own (run by
archive_speed.py): `python benchmarks/library_app.py FOLDER`.

Prints one line of figures: seconds to the first screen of rows, to every
entry listed and to the folder checked against the index (from starting
the app), peak memory (MB), seconds to show one changed file's new row,
and the slowest and median filter keystroke (seconds: the search, the
list's rows and their layout, for the prefixes of a few words typed letter
by letter).
"""

from __future__ import annotations

import asyncio
import resource
import statistics
import sys
import time
from pathlib import Path

FILES = sum(1 for _ in Path(sys.argv[1]).rglob("*.yaml"))  # before the clock starts
START = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual.widgets import Input  # noqa: E402

from tui.app.app import BriefingApp  # noqa: E402
from tui.app.screens.library import LibraryList, LibraryScreen  # noqa: E402

WORDS = ("macron", "ceasefire talks", "speaker:khamenei", "disputed")


async def until(pilot: object, condition: object, step: float = 0.005) -> None:
    while not condition():  # type: ignore[operator]
        await pilot.pause(step)  # type: ignore[attr-defined]


async def measure(folder: Path) -> list[float]:
    LibraryScreen.poll_seconds = 3600.0  # the change below is handed over by hand
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await until(pilot, lambda: len(screen.entries) > 0)
        first = time.perf_counter() - START
        await until(pilot, lambda: len(screen.entries) == FILES)
        everything = time.perf_counter() - START
        await until(pilot, lambda: screen.listed_all)
        checked = time.perf_counter() - START
        field = screen.query_one("#library-filter", Input)
        rows = screen.query_one("#library-list", LibraryList)
        await pilot.pause(0.1)  # the list shown, as a person sees it before typing
        keystrokes = []
        for words in WORDS:
            for n in range(1, len(words) + 1):
                field.value = words[:n]
                started = time.perf_counter()
                screen.refresh_list()
                # the rows below the view, laid out after the frame: before
                # the next key is handled, so part of this one
                rows._lay_out_rest()
                keystrokes.append(time.perf_counter() - started)
            field.value = ""
            screen.refresh_list()
        await pilot.pause(1.0)  # the list laid out after the keystrokes: the app idle
        changed = sorted(folder.rglob("*.yaml"))[len(screen.entries) // 3]
        text = changed.read_text(encoding="utf-8")
        title = next(line for line in text.splitlines() if line.startswith("title:"))
        changed.write_text(text.replace(title, "title: Changed for the benchmark", 1),
                           encoding="utf-8")
        # as the folder's poll hands it over: the folder as it saw it, the
        # file that changed (the poll's own look at the folder is not timed)
        while (changes := screen.folder_watch.changes()) is None:
            await pilot.pause(0.05)  # the watcher waits after a slow look
        started = time.perf_counter()
        screen.rescan(quiet=True, changes=changes)
        await until(pilot, lambda: any(e.title == "Changed for the benchmark"
                                       for e in screen.entries), 0.002)
        reindex = time.perf_counter() - started
        changed.write_text(text, encoding="utf-8")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [first, everything, checked, peak, reindex, max(keystrokes),
            statistics.median(keystrokes)]


if __name__ == "__main__":
    print(*asyncio.run(measure(Path(sys.argv[1]))))
