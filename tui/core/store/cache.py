"""Loading a briefing through the parse cache (see core.cache_store).

Parsing is the slow part of opening a big briefing; decoding the parsed
briefing from the cache is many times faster, and a hit needs neither
PyYAML nor the loader. Only valid briefings are stored: a broken file is
parsed every time, so its errors are always fresh.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tui.core.format.errors import display_name, read_briefing_bytes
from tui.core.format.model import Briefing
from tui.core.store.cache_store import cache_folder, entry_path, read_entry, write_entry

# The longest that quitting waits for pending entries to be stored.
QUIT_SECONDS = 1.0


def _never() -> bool:
    return False


class PendingWrites:
    """Entries to store later: after the app's first frame, or after a
    library is listed, rather than in the user's way."""

    def __init__(self) -> None:
        self.entries: list[tuple[Path, bytes, Briefing]] = []

    def write(self, cancelled: Callable[[], bool] = _never,
              seconds: float | None = None) -> int:
        """Store the entries, in order, until `cancelled()` is true (the app
        is quitting) or `seconds` have passed. The rest are dropped: each
        only saves one parse next time. Returns how many were stored."""
        deadline = None if seconds is None else time.monotonic() + seconds
        stored = 0
        for entry, data, briefing in self.entries:
            if cancelled() or (deadline is not None and time.monotonic() >= deadline):
                break
            write_entry(entry, data, briefing)
            stored += 1
        self.entries.clear()
        return stored


def load_briefing_cached(path: Path | str, pending: PendingWrites | None = None,
                         store: bool = True) -> Briefing:
    """Like `load_briefing`, served from the cache when the same bytes were
    parsed before by the same code. Raises BriefingError exactly as it does.
    A newly parsed briefing is stored at once, or added to `pending`; not
    at all without `store` (a pass over a whole folder, which would fill
    the cache with files no one opened)."""
    file = Path(path)
    name = display_name(file)
    data = read_briefing_bytes(file, name)
    folder = cache_folder()
    entry = None if folder is None else entry_path(folder, data)
    if entry is not None:
        found = read_entry(entry, data)
        if found is not None:
            return found._replace(path=file)  # the same bytes may live at another path
    from tui.core.format.load import parse_briefing  # only on a miss: it imports PyYAML

    briefing = parse_briefing(data, name, file)  # raises BriefingError when broken
    if entry is not None and store:
        if pending is None:
            write_entry(entry, data, briefing)
        else:
            pending.entries.append((entry, data, briefing))
    return briefing
