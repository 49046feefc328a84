"""The parse cache's store: parsed briefings kept on disk, one entry a file.

An entry is named by a checksum of the briefing file's bytes and of the code
that parses them, and holds both, with the pickled briefing and a checksum
of all of it. It is served only when it is a regular file of bounded size,
its checksum holds, and the bytes and the code are exactly the same, so a
damaged, foreign or stale entry is never served; then it is decoded with an
unpickler that builds only the briefing's own record types (nothing else,
so an entry cannot run code), and every value in it must have the type
the model gives it (core.cache_types). Any problem is a miss, and the file
is parsed.

Entries are written without waiting for the disk (a lost entry costs one
parse), renamed into place so that none is ever seen half-written. The
folder holds at most MAX_ENTRIES: to make room for a new entry the least
recently used one is removed, but never one used in this run, so a library
larger than the cap keeps a stable cache instead of replacing entries
every run (the rest of it is parsed each time).

The folder is used only when it belongs to this user and no one else can
write in it (`BRIEFING_DEBUG=1` says why a folder is not used).
"""

from __future__ import annotations

import contextlib
import copyreg
import datetime
import io
import os
import pathlib
import pickle
import stat
import struct
import sys
import threading
import time
import zlib
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

from tui.core.export.files import write_atomic
from tui.core.format import counts, model
from tui.core.format.model import FORMAT_VERSION, MAX_FILE_BYTES, Briefing
from tui.core.store.cache_types import holds_model_types
from tui.core.store.folders import user_folder

# Bumped when the layout of an entry changes.
LAYOUT = "4"
# Entries unused for this long are pruned, and at most this many are kept.
MAX_AGE_SECONDS = 30 * 24 * 3600
MAX_ENTRIES = 5000
# An entry holds the file's bytes and its parse: it cannot be larger than this.
MAX_ENTRY_BYTES = 4 * MAX_FILE_BYTES

# An entry: magic, the lengths of its three parts, the CRC-32 of what
# follows the header, then the code key, the file's bytes, the pickle.
_MAGIC = b"briefing-cache\n"
_HEADER = struct.Struct("<QQQI")

# What an entry's pickle may build: the records and the values inside them.
_ALLOWED = {
    ("tui.core.store.cache_store", "unpickle_briefing"), ("tui.core.format.counts", "Count"),
    ("tui.core.format.model", "Country"),
    ("datetime", "date"), ("datetime", "datetime"), ("datetime", "timezone"),
    ("datetime", "timedelta"), ("pathlib", "PosixPath"), ("pathlib", "WindowsPath"),
}
_GLOBALS = {"tui.core.format.model": model, "tui.core.format.counts": counts,
            "datetime": datetime, "pathlib": pathlib,
            "tui.core.store.cache_store": sys.modules[__name__]}
# The names of the entries served or stored in this run: never removed to
# make room for another.
_USED: set[str] = set()


def debug(message: str) -> None:
    """Say why the cache was not used, under BRIEFING_DEBUG=1."""
    if os.environ.get("BRIEFING_DEBUG"):
        print(f"briefing: cache: {message}", file=sys.stderr)


def cache_folder() -> Path | None:
    """Where entries live: `$BRIEFING_CACHE_DIR`, else `$XDG_CACHE_HOME/briefing`,
    else `~/.cache/briefing`. None when the cache is turned off
    (`BRIEFING_CACHE=off`) or the folder is not safe to use."""
    if os.environ.get("BRIEFING_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    folder = user_folder("BRIEFING_CACHE_DIR", "XDG_CACHE_HOME", ".cache")
    return folder if folder is not None and _safe_folder(folder) else None


@cache
def _safe_folder(folder: Path) -> bool:
    """Whether `folder` (made private if missing) is this user's alone."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.stat(folder, follow_symlinks=False)
    except OSError as exc:
        debug(f"not used: {folder}: {exc.strerror or exc}")
        return False
    if not stat.S_ISDIR(st.st_mode):
        debug(f"not used: {folder} is not a folder")
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        debug(f"not used: {folder} belongs to another user")
        return False
    if st.st_mode & 0o022:
        debug(f"not used: {folder} can be written by others (chmod 700 it)")
        return False
    return True


@cache
def code_key() -> bytes:
    """Changes whenever the parsing code, its country data or Python changes."""
    core = Path(__file__).parents[1]
    parts = [LAYOUT, str(FORMAT_VERSION), sys.version]
    # The parsing code is the format package; the cache's own modules decide
    # how an entry is laid out and checked.
    sources = [*sorted((core / "format").glob("*.py")), *sorted((core / "store").glob("cache*.py"))]
    for source in sources:
        st = source.stat()
        parts.append(f"{source.name}:{st.st_mtime_ns}:{st.st_size}")
    from tui.core.format.countries import data_signature

    parts.append(data_signature())
    return "\n".join(parts).encode()


def entry_path(folder: Path, data: bytes) -> Path:
    """Where the entry for these bytes, parsed by this code, lives."""
    checksum = zlib.crc32(data, zlib.crc32(code_key()))
    return folder / f"{checksum:08x}-{len(data):x}.entry"


def read_entry(entry: Path, data: bytes) -> Briefing | None:
    """The briefing stored for exactly these bytes (and this code), or None."""
    stored = _read_regular_file(entry)
    if stored is None:
        return None
    code = code_key()
    view = memoryview(stored)
    head = len(_MAGIC) + _HEADER.size
    if view[:len(_MAGIC)] != _MAGIC or len(stored) < head:
        _miss(entry, "not an entry")
        return None
    code_len, data_len, body_len, checksum = _HEADER.unpack(view[len(_MAGIC):head])
    if head + code_len + data_len + body_len != len(stored):
        _miss(entry, "cut short or too long")
        return None
    if zlib.crc32(view[head:]) != checksum:
        _miss(entry, "damaged (checksum)")
        return None
    if view[head:head + code_len] != code or view[head + code_len:head + code_len + data_len] \
            != data:
        return None  # another file or other code with a colliding name: not this one's
    try:
        briefing = _SafeUnpickler(io.BytesIO(view[head + code_len + data_len:])).load()
    except (pickle.UnpicklingError, EOFError, TypeError, ValueError, IndexError, KeyError,
            AttributeError, OverflowError, MemoryError, RecursionError) as exc:
        _miss(entry, f"cannot be decoded ({type(exc).__name__})")
        return None
    if not isinstance(briefing, Briefing):
        _miss(entry, "holds no briefing")
        return None
    if not holds_model_types(briefing):
        _miss(entry, "holds a value of the wrong type")
        return None
    with contextlib.suppress(OSError):  # a read-only cache still serves hits
        os.utime(entry)  # last use, for pruning
    _USED.add(entry.name)
    return briefing


def write_entry(entry: Path, data: bytes, briefing: Briefing) -> None:
    """Store the briefing parsed from `data`, if the folder has room for it;
    a failure (full disk, read-only folder) only means the next open parses
    again."""
    if not _room(entry.parent).take(entry):
        return
    code = code_key()
    body = pickle_briefing(briefing)
    rest = code + data + body
    header = _MAGIC + _HEADER.pack(len(code), len(data), len(body), zlib.crc32(rest))
    try:
        write_atomic(entry, header + rest, overwrite=True, mode=0o600, durable=False)
    except OSError as exc:
        debug(f"not stored: {entry}: {exc.strerror or exc}")


def pickle_briefing(briefing: Briefing) -> bytes:
    """The briefing as an entry's pickle (see reduce_briefing)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, Briefing: reduce_briefing}
    pickler.dump(briefing)
    return out.getvalue()


def reduce_briefing(briefing: Briefing) -> tuple[Callable[..., Briefing], tuple[object, ...]]:
    """How an entry stores a briefing: its records as plain tuples. Pickle
    writes and reads a tuple in C, but a NamedTuple through copyreg and Python
    calls, several times slower for a big briefing. The cached disputes are
    left out."""
    values = tuple(
        tuple(map(tuple, getattr(briefing, name))) if name in model.RECORD_TYPES
        else getattr(briefing, name)
        for name in Briefing._fields
    )
    return unpickle_briefing, (values, briefing.path)


def unpickle_briefing(values: tuple[object, ...], path: Path | None) -> Briefing:
    """A Briefing from an entry's pickle (see reduce_briefing). Raises
    ValueError for records of the wrong shape: a damaged or foreign entry."""
    fields: dict[str, Any] = dict(zip(Briefing._fields, values, strict=True))
    for name, record_type in model.RECORD_TYPES.items():
        # tuple.__new__ through partial stays in C, where Quote._make would
        # call Python for every record.
        records = tuple(map(partial(tuple.__new__, record_type), fields[name]))
        size = len(record_type._fields)  # type: ignore[attr-defined]
        if any(len(record) != size for record in records):
            raise ValueError(f"a {record_type.__name__} of the wrong shape")
        fields[name] = records
    return Briefing(**fields, path=path)


class _SafeUnpickler(pickle.Unpickler):
    """Builds the briefing's records and plain values, and nothing else."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a briefing")
        return getattr(_GLOBALS[module], name)


def _read_regular_file(entry: Path) -> bytes | None:
    """The entry's bytes if it is a regular file no bigger than an entry can
    be (not a link, a FIFO or a device, which could block or never end)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(entry, flags)
    except OSError:
        return None  # not cached yet (or a link): parse instead
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            _miss(entry, "not a regular file")
            return None
        if st.st_size > MAX_ENTRY_BYTES:
            _miss(entry, "too big")
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_ENTRY_BYTES + 1)
    except OSError as exc:
        debug(f"cannot read {entry}: {exc.strerror or exc}")
        return None
    finally:
        os.close(fd)


def _miss(entry: Path, why: str) -> None:
    """A bad entry is removed, so that the next store replaces it."""
    debug(f"{entry.name} ignored: {why}")
    with contextlib.suppress(OSError):  # already gone, or not ours: a miss either way
        if entry.is_file() and not entry.is_symlink():
            entry.unlink()


class _Room:
    """Which entries a folder has, counted at the first write of this run,
    and the ones that may go to make room for new ones, oldest first."""

    def __init__(self, folder: Path) -> None:
        _, kept = _prune(folder, time.time())
        self.count = len(kept)
        # Oldest last, to pop (those used in this run are skipped then).
        self.spare = [entry for _, entry in kept]
        self.full_said = False
        self.lock = threading.Lock()

    def take(self, entry: Path) -> bool:
        """Whether `entry` may be written: it replaces one, or there is room,
        or an entry not used in this run can be removed to make room."""
        with self.lock:
            if not os.path.lexists(entry):
                while self.count >= MAX_ENTRIES:
                    if not self.spare:
                        if not self.full_said:
                            debug(f"full: {MAX_ENTRIES} entries used in this run; "
                                  "no more stored")
                            self.full_said = True
                        return False
                    self._remove(self.spare.pop())
                self.count += 1
            _USED.add(entry.name)
            return True

    def _remove(self, old: Path) -> None:
        if old.name in _USED:
            return  # served in this run: it stays
        try:
            old.unlink()
        except FileNotFoundError:
            pass  # removed by another run: room all the same
        except OSError as exc:
            debug(f"cannot remove {old}: {exc.strerror or exc}")
            return
        self.count -= 1


_ROOMS: dict[Path, _Room] = {}
_ROOMS_LOCK = threading.Lock()


def _room(folder: Path) -> _Room:
    """The folder's room for new entries, counted once per process (pruned then)."""
    with _ROOMS_LOCK:
        if folder not in _ROOMS:
            _ROOMS[folder] = _Room(folder)
        return _ROOMS[folder]


def prune(folder: Path, now: float | None = None) -> int:
    """Remove entries unused for MAX_AGE_SECONDS, then the oldest beyond
    MAX_ENTRIES. Returns how many were removed."""
    removed, _ = _prune(folder, time.time() if now is None else now)
    return removed


def _prune(folder: Path, now: float) -> tuple[int, list[tuple[float, Path]]]:
    """Prune as `prune` does: how many were removed, and the entries kept
    with their last use, newest first."""
    entries: list[tuple[float, Path]] = []
    try:
        for entry in folder.glob("*.entry"):
            with contextlib.suppress(FileNotFoundError):  # removed meanwhile
                entries.append((entry.stat(follow_symlinks=False).st_mtime, entry))
    except OSError:
        return 0, []
    entries.sort(reverse=True)
    kept: list[tuple[float, Path]] = []
    doomed: list[Path] = []
    for i, (mtime, entry) in enumerate(entries):
        if i >= MAX_ENTRIES or now - mtime > MAX_AGE_SECONDS:
            doomed.append(entry)
        else:
            kept.append((mtime, entry))
    for entry in doomed:
        with contextlib.suppress(OSError):  # gone already: as good as removed
            entry.unlink()
    return len(doomed), kept
