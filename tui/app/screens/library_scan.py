"""How the library reads its folder, in a worker thread: the folder's index
opened (read-only for `briefing serve`), listed, then brought up to date,
the list growing as files are indexed.

Functions of the screen rather than its methods, to keep its module small;
they run in the screen's scan worker and hand every result to the screen
through the app's thread-safe calls.
"""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from tui.core.store.index import Index, IndexUnavailable

if TYPE_CHECKING:
    from tui.app.screens.library import LibraryScreen
    from tui.core.store.watch import FolderSignature

# Rows listed first, before the whole list: more than a screen holds.
FIRST_SCREEN = 60
# Up to this many files changed, their rows are replaced in the list
# rather than the whole list read again.
PATCH_MOST = 100
# While a folder is indexed, the list is refreshed from the index this often.
REFRESH_SECONDS = 0.5


def read_only() -> bool:
    """Whether the app may write nothing (`briefing serve` sets this)."""
    return os.environ.get("BRIEFING_READ_ONLY", "") == "1"


def open_index(screen: LibraryScreen) -> Index:
    """The folder's index; one for this run only when the folder's cannot
    be used (the reason is said once)."""
    if screen.index is None and read_only():
        # the shared index when it is up to date; else one for this tab
        screen.index = Index.shared(screen.folder) or Index(screen.folder, temporary=True)
    if screen.index is None:
        try:
            screen.index = Index(screen.folder)
        except IndexUnavailable as exc:
            screen.app.call_from_thread(screen.notify, f"{exc}; indexing for this run only",
                                      severity="warning", timeout=6, markup=False)
            screen.index = Index(screen.folder, temporary=True)
    return screen.index



def index_folder(screen: LibraryScreen, index: Index,
                 changes: tuple[FolderSignature, set[str]] | None = None) -> None:
    """List what the index has, then bring it up to date with the folder
    (with `changes`, the folder as the poll saw it and the paths that
    changed: only those are looked at, when they are few)."""
    worker = get_current_worker()
    if not screen.entries:
        # what the index has: a first screen, then the whole list, before
        # the folder is looked at (up to date, that is the list)
        screen.app.call_from_thread(screen.listed, index.listing(FIRST_SCREEN), False)
        screen.app.call_from_thread(screen.listed, index.listing(), False)
    only: list[str] | None = None
    if changes is not None and len(changes[1]) <= PATCH_MOST and screen.listed_all:
        seen = changes[0]
        only = [Path(os.path.relpath(path, screen.folder)).as_posix() for path in changes[1]]
    else:
        # Before the update: a file changed while it runs makes the next poll look again.
        seen = screen.folder_watch.look()
    if index.read_only:
        screen.app.call_from_thread(screen.scanned, index.listing(), seen)
        return
    shown = time.monotonic()

    def progress(done: int, total: int) -> None:
        nonlocal shown
        screen.progress = (done, total)  # shown by the timer
        # once cancelled (quitting) the app may be gone: nothing is shown
        if time.monotonic() - shown > REFRESH_SECONDS and not worker.is_cancelled:
            screen.app.call_from_thread(screen.listed, index.listing(), False)
            shown = time.monotonic()

    try:
        updated = index.update(progress, cancelled=lambda: worker.is_cancelled,
                               parallel=screen.parallel, only=only)
        # the list on screen is the index's whole list: only changes to put in
        if len(updated.changed) <= PATCH_MOST:
            # a few files changed: their rows alone are read and replaced
            rows = index.rows(updated.changed)
            if not worker.is_cancelled:
                screen.app.call_from_thread(screen.patched, rows, updated.changed, seen)
            return
        rows = index.listing()
    except IndexUnavailable as exc:
        screen.app.call_from_thread(screen.failed, str(exc))
        return
    if worker.is_cancelled:
        return  # a newer scan replaced this one, or the app is closing
    screen.app.call_from_thread(screen.scanned, rows, seen)


def prepare_search(screen: LibraryScreen) -> None:
    """Read what the index's search keeps from one search to the next (see
    Index.prepare_search) while the app is idle, not at the next key."""
    if screen.index is None:
        return
    try:
        screen.index.prepare_search()
    except IndexUnavailable as exc:
        screen.notify(str(exc), severity="error", timeout=6, markup=False)


def settle_heap() -> None:
    """Leave the objects alive now (the listing's entries and rows, the
    app's widgets) out of the garbage collector's future passes. A large
    library is hundreds of thousands of long-lived objects, and every few
    keystrokes of the filter made the collector walk them all again (the
    slowest keystrokes were mostly that). What an earlier call froze is
    thawed and every cycle collected first, so no garbage is kept past the
    next whole listing; a frozen object is still freed by its reference
    count. A pass over every object is a pause: it is made once a whole
    listing is shown, not at each file that changes."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
