"""What the app polls to notice that a file or a folder changed on disk.

A signature is compared with the last one seen; a new one means read again.
Polling with stat() rather than inotify (watchfiles): no native dependency,
and it works on every filesystem, network mounts included (docs/design.md,
"Live reload").
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterable
from pathlib import Path

# The modification and change times, size, mode and inode of a file.
Signature = tuple[int, int, int, int, int]
# Each briefing file of a folder (its path) with its signature.
FolderSignature = frozenset[tuple[str, Signature]]
# After a look that took `t` seconds, the next waits this many times `t`.
POLL_BACKOFF = 20.0


def _of(st: os.stat_result) -> Signature:
    # The change time and mode catch a file made unreadable (chmod keeps its
    # mtime); the inode, a file replaced by another (editors save so).
    return (st.st_mtime_ns, st.st_size, st.st_ctime_ns, st.st_mode, st.st_ino)


def file_signature(path: Path) -> Signature | None:
    """The signature of one file; None when there is no file there."""
    try:
        return _of(path.stat())
    except OSError:
        return None


def folder_signature(folder: Path, suffixes: Iterable[str]) -> FolderSignature:
    """Every file under `folder` (subfolders too) whose name ends in one of
    `suffixes`, with its signature: a file added, changed or removed changes it.

    One scandir per folder and one stat per matching file, so a poll of a
    folder of thousands of briefings takes a few milliseconds. A folder that
    cannot be read counts as empty.
    """
    ends = tuple(suffixes)
    found: set[tuple[str, Signature]] = set()
    seen: set[tuple[int, int]] = set()  # folders by device and inode: links may loop
    pending = [os.fspath(folder)]
    while pending:
        current = pending.pop()
        try:
            st = os.stat(current)
            with os.scandir(current) as it:
                entries = list(it)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        for entry in entries:
            try:
                if entry.is_dir():
                    pending.append(entry.path)
                elif entry.name.endswith(ends):
                    entry_st = entry.stat()
                    if stat.S_ISREG(entry_st.st_mode):
                        found.add((entry.path, _of(entry_st)))
            except OSError:
                continue  # removed while the folder was read: the next poll sees it gone
    return frozenset(found)



class FolderWatch:
    """Whether a folder's briefing files changed since it was last read.

    A scan takes `look()` before it reads the files and hands it to
    `seen()` once done; the poll asks `changed()`. A folder slow to look
    at (a home folder, a big tree) is looked at less often: after a look
    that took `t` seconds, `changed()` waits `backoff * t` when that is
    longer than the poll's `interval`, so watching never keeps a core busy.
    """

    def __init__(self, folder: Path, suffixes: Iterable[str], interval: float,
                 backoff: float = POLL_BACKOFF,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = folder
        self.suffixes = tuple(suffixes)
        self.interval = interval
        self.backoff = backoff
        self._clock = clock
        self._seen: FolderSignature | None = None  # the folder as the last scan read it
        self._next = 0.0  # the clock's time before which changed() does not look

    def look(self) -> FolderSignature:
        """The folder's signature now."""
        started = self._clock()
        found = folder_signature(self.folder, self.suffixes)
        finished = self._clock()
        wait = self.backoff * (finished - started)
        self._next = finished + wait if wait > self.interval else 0.0
        return found

    def seen(self, found: FolderSignature) -> None:
        """The folder as a scan read it: `changed()` compares with this."""
        self._seen = found

    def changes(self) -> tuple[FolderSignature, set[str]] | None:
        """The folder now and the paths of the files added, changed or
        removed since the last scan (every file before a first scan); None
        when it is not looked at now (the last look took long)."""
        if self._clock() < self._next:
            return None
        now = self.look()
        if self._seen is None:
            return now, {path for path, _ in now}
        return now, {path for path, _ in now ^ self._seen}

    def changed(self) -> bool:
        """Whether a briefing file was added, changed or removed since."""
        if self._clock() < self._next:
            return False  # the last look took long: wait
        return self.look() != self._seen
