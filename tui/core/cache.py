"""A cache of parsed briefings, so a big briefing or a big library opens fast
the second time.

Parsing is the slow part of opening: PyYAML's C loader needs about a second
for a 2 MB briefing, where unpickling the parsed Briefing takes 25 ms. An
entry is named by a checksum of the file's bytes and of the code that
parses them, and holds both: a hit is only served when they are exactly
the same, so it can never be stale, even if two checksums collide; an
edited file or an upgraded `briefing` is a new entry. (zlib's CRC-32, which
the interpreter has loaded already, named with the length: a cryptographic
hash would import OpenSSL, ~3 ms of every start-up, for no guarantee more
than comparing the bytes gives.) Only valid briefings are cached; a broken file is parsed every
time so its errors are always reported fresh.

This module does not import PyYAML: a cache hit opens a briefing without it
(about 10 ms of import saved at start-up).

The cache lives in `$BRIEFING_CACHE_DIR`, else `$XDG_CACHE_HOME/briefing`,
else `~/.cache/briefing`; `BRIEFING_CACHE=off` turns it off. It is only ever
read by this user's own `briefing` (the folder is created private), like the
`.pyc` files Python itself keeps. The cache is an optimisation: any problem
reading or writing it falls back to parsing the file.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from tui.core.errors import display_name, read_briefing_bytes
from tui.core.folders import user_folder
from tui.core.model import FORMAT_VERSION, Briefing

# Entries unused for this long are pruned, and at most this many are kept.
MAX_AGE_SECONDS = 30 * 24 * 3600
MAX_ENTRIES = 5000
# Bumped when the cache layout changes.
LAYOUT = "3"

# What unpickling a damaged or foreign entry can raise; each means "parse again".
_BAD_ENTRY = (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError,
              TypeError, ValueError)


def cache_folder() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    if os.environ.get("BRIEFING_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    return user_folder("BRIEFING_CACHE_DIR", "XDG_CACHE_HOME", ".cache")


@cache
def _code_key() -> bytes:
    """Changes whenever the parsing code, its country data or Python changes."""
    core = Path(__file__).parent
    parts = [LAYOUT, str(FORMAT_VERSION), sys.version]
    for source in sorted(core.glob("*.py")):
        st = source.stat()
        parts.append(f"{source.name}:{st.st_mtime_ns}:{st.st_size}")
    from tui.core.countries import data_signature  # no PyYAML there either

    parts.append(data_signature())
    return "\n".join(parts).encode()


def entry_name(data: bytes) -> str:
    """Names these bytes parsed by this code (see _code_key)."""
    checksum = zlib.crc32(data, zlib.crc32(_code_key()))
    return f"{checksum:08x}-{len(data):x}"


def entry_path(folder: Path, key: str) -> Path:
    """Where the entry named `key` (entry_name of a file's bytes) lives."""
    return folder / f"{key}.pickle"


# An entry: this header, the code key, the file's bytes, the pickled Briefing.
_MAGIC = b"briefing-cache\n"
_SIZES = struct.Struct("<QQ")  # the lengths of the code key and of the file's bytes


def _entry_header(data: bytes) -> bytes:
    code = _code_key()
    return _MAGIC + _SIZES.pack(len(code), len(data)) + code


def _read_entry(entry: Path, data: bytes) -> Briefing | None:
    """The briefing stored for exactly these bytes (and this code), or None."""
    try:
        stored = entry.read_bytes()
    except OSError:
        return None  # not cached yet, or unreadable: parse instead
    header = _entry_header(data)
    body = len(header) + len(data)
    view = memoryview(stored)
    if view[:len(header)] != header or view[len(header):body] != data:
        # Damaged, or another file whose checksum collides: not this one's.
        return None
    try:
        briefing = pickle.loads(view[body:])
    except _BAD_ENTRY:
        _remove(entry)
        return None
    if not isinstance(briefing, Briefing):
        _remove(entry)
        return None
    with contextlib.suppress(OSError):  # a read-only cache still serves hits
        os.utime(entry)  # last use, for pruning
    return briefing


def _remove(entry: Path) -> None:
    with contextlib.suppress(OSError):  # already gone, or not ours: a miss either way
        entry.unlink()


def _write_entry(entry: Path, data: bytes, briefing: Briefing | bytes) -> None:
    """Store the briefing parsed from `data`, or its pickle if a child
    process already made it."""
    folder = entry.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        payload = (briefing if isinstance(briefing, bytes)
                   else pickle.dumps(briefing, protocol=pickle.HIGHEST_PROTOCOL))
        fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_entry_header(data))
                handle.write(data)
                handle.write(payload)
            os.replace(tmp, entry)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, pickle.PicklingError):
        return  # full disk, read-only home: the briefing was parsed, carry on
    _prune_once(folder)


@cache
def _prune_once(folder: Path) -> None:
    """Drop old entries and keep at most MAX_ENTRIES; once per process."""
    prune(folder)


def prune(folder: Path, now: float | None = None) -> int:
    """Remove entries unused for MAX_AGE_SECONDS, then the oldest beyond MAX_ENTRIES.
    Returns how many were removed."""
    now = time.time() if now is None else now
    try:
        entries = [(e.stat().st_mtime, e) for e in folder.glob("*.pickle")]
    except OSError:
        return 0
    entries.sort(reverse=True)
    doomed = [e for i, (mtime, e) in enumerate(entries)
              if i >= MAX_ENTRIES or now - mtime > MAX_AGE_SECONDS]
    for entry in doomed:
        _remove(entry)
    return len(doomed)


class PendingWrites:
    """Cache entries to store later: a library lists its files first and fills
    the cache after (storing costs ~0.3 ms a file, 0.3 s for 1,000 files)."""

    def __init__(self) -> None:
        # Where each goes, the file's bytes, and the briefing or its pickle.
        self.entries: list[tuple[Path, bytes, Briefing | bytes]] = []

    def write(self) -> None:
        for entry, data, briefing in self.entries:
            _write_entry(entry, data, briefing)
        self.entries.clear()


class Lookup:
    """A file read and looked up in the cache: its briefing on a hit.
    (A plain class: a NamedTuple costs ~0.1 ms to create at start-up.)"""

    __slots__ = ("briefing", "data", "entry", "key", "name", "path")

    def __init__(self, path: Path, name: str, data: bytes, key: str, entry: Path | None,
                 briefing: Briefing | None) -> None:
        self.path = path
        self.name = name  # as errors show it
        self.data = data
        self.key = key  # entry_name(data)
        self.entry = entry  # where its cache entry lives (None: the cache is off)
        self.briefing = briefing  # the cached briefing, None on a miss


def look_up(path: Path | str) -> Lookup:
    """Read a file and look it up in the cache. Raises BriefingError when
    the file cannot be read."""
    p = Path(path)
    name = display_name(p)
    data = read_briefing_bytes(p, name)
    key = entry_name(data)
    folder = cache_folder()
    entry = None if folder is None else entry_path(folder, key)
    briefing = None if entry is None else _read_entry(entry, data)
    if briefing is not None:
        object.__setattr__(briefing, "path", p)  # same bytes may live at another path
    return Lookup(p, name, data, key, entry, briefing)


def store(lookup: Lookup, briefing: Briefing, pickled: bytes | None,
          pending: PendingWrites | None) -> None:
    """Keep a newly parsed briefing as the file's entry: now, or in
    `pending` for the caller to write later. `pickled`, its pickle if another
    process already made it, is stored as it is."""
    if lookup.entry is not None:
        parsed = briefing if pickled is None else pickled
        if pending is None:
            _write_entry(lookup.entry, lookup.data, parsed)
        else:
            pending.entries.append((lookup.entry, lookup.data, parsed))


def parse_and_store(lookup: Lookup, pending: PendingWrites | None) -> Briefing:
    """Parse, here, a file the cache missed, and keep it as its entry.
    Raises BriefingError when the file is broken (nothing is stored)."""
    from tui.core.load import parse_briefing

    briefing = parse_briefing(lookup.data, lookup.name, lookup.path)
    store(lookup, briefing, None, pending)
    return briefing


def load_briefing_cached(path: Path | str, pending: PendingWrites | None = None,
                         meanwhile: Callable[[], object] | None = None) -> Briefing:
    """Like `load_briefing`, served from the cache when the same bytes were
    parsed before by the same code. Raises BriefingError exactly as it does.
    A newly parsed briefing is stored at once, or added to `pending`.

    `meanwhile`, if given, is called while a file that is not in the cache
    is parsed in a child process, when one can be started (see
    tui/core/child_parse.py); otherwise it is not called at all. Even the
    seed is worth it: the child imports PyYAML (~30 ms, a tenth of the time
    to the app's first frame) and parses while this process imports the
    app. 10,000 quotes take the child ~0.4 s."""
    found = look_up(path)
    if found.briefing is not None:
        return found.briefing
    if meanwhile is None:
        return parse_and_store(found, pending)  # raises when broken
    # Only on a first open: most starts never need this module.
    from tui.core.child_parse import child_kind, parse_in_child

    kind = child_kind(len(found.data))
    if kind is None:
        return parse_and_store(found, pending)
    briefing, pickled = parse_in_child(found.data, found.name, found.path, meanwhile,
                                       kind, found.key)  # raises when broken
    store(found, briefing, pickled, pending)
    return briefing
