"""The index's database file: where it lives, whether it can be trusted, its tables.

One SQLite database per library folder, in the cache folder (core.cache_store
finds it and checks it is this user's alone), named by a checksum of the
folder's real path. The file is used only when it is a regular file of this
user that no one else can write; a file of another user, or something other
than a regular file, is refused with the reason and left alone (it is not
ours to remove). A database that is ours but damaged, foreign (another
application id), of another layout or with other tables is removed and built
again: it is a cache of the folder, and the folder is the truth.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import time
from pathlib import Path

from tui.core.store.cache_store import cache_folder, debug

# "BRIX" as a 32-bit number: SQLite's header field naming the application.
APPLICATION_ID = 0x42524958
# Bumped when the tables change: an older file is built again.
SCHEMA_VERSION = 4
# Bytes of write-ahead log kept on disk between checkpoints.
WAL_LIMIT = 32 * 1024 * 1024
# An index not opened for this long is removed by prune.
MAX_AGE_SECONDS = 90 * 24 * 3600
# How long a connection waits for another one's write lock.
BUSY_SECONDS = 10.0
# With the write-ahead log, NORMAL syncs at checkpoints, not at every commit.
SYNCHRONOUS = "NORMAL"

TABLES: dict[str, str] = {
    "meta": "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "briefings": (
        "CREATE TABLE briefings(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, "
        "size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, "
        "ctime_ns INTEGER NOT NULL, hash BLOB NOT NULL, racy INTEGER NOT NULL, "
        "title TEXT, date TEXT, place TEXT, tags TEXT, quotes INTEGER, claims INTEGER, "
        "revised INTEGER, "
        "reactions INTEGER, disputes INTEGER, error_line INTEGER, error_column INTEGER, "
        "error_field TEXT, error_message TEXT, error_count INTEGER NOT NULL)"
    ),
    "briefings_date": "CREATE INDEX briefings_date ON briefings(date)",
    "tags": "CREATE TABLE tags(briefing INTEGER NOT NULL, tag TEXT NOT NULL)",
    # Each casualty claim's columns, for the Claims view across the library.
    "claims": (
        "CREATE TABLE claims(briefing INTEGER NOT NULL, item INTEGER NOT NULL, "
        "claimant TEXT NOT NULL, affected TEXT NOT NULL, killed TEXT NOT NULL, "
        "killed_low INTEGER, injured TEXT NOT NULL, injured_low INTEGER, "
        "disputed INTEGER NOT NULL, current INTEGER NOT NULL)"
    ),
    "claims_briefing": "CREATE INDEX claims_briefing ON claims(briefing)",
    "tags_briefing": "CREATE INDEX tags_briefing ON tags(briefing)",
    "tags_tag": "CREATE INDEX tags_tag ON tags(tag)",
    # Items' rowids are the briefing's id shifted left by ITEM_BITS plus the
    # item's number, so a briefing's items are one rowid range: deleting
    # them does not scan the table.
    "items": (
        "CREATE VIRTUAL TABLE items USING fts5(who, country, org, text, more, "
        "kind UNINDEXED, item UNINDEXED, line UNINDEXED, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2')"
    ),
    # Every item's words of a briefing as one document (rowid: the
    # briefing's id), for finding the briefings where each word matches
    # somewhere: a common word is in a few thousand briefings but in a
    # million items. Contentless: the words are kept once, in items.
    "docs": (
        "CREATE VIRTUAL TABLE docs USING fts5(who, country, org, text, more, content='', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2')"
    ),
}
ITEM_BITS = 24


class IndexUnavailable(Exception):
    """The index cannot be used; the message says why, in one line."""


def damaged(exc: sqlite3.Error) -> bool:
    """Whether the error says the file is not a sound database (rather
    than busy, read-only, full, or a bug)."""
    return (getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
            or type(exc) is sqlite3.DatabaseError)


def database_path(folder: Path) -> Path | None:
    """Where the index of `folder` lives; None when there is no usable cache
    folder (BRIEFING_CACHE=off, or a folder another user could write)."""
    cache = cache_folder()
    if cache is None:
        return None
    real = os.path.realpath(folder)
    digest = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return cache / f"index-{digest}.sqlite"


def shared_database_path(folder: Path) -> Path | None:
    """Where the index of `folder` lives in the user's cache folder, even
    with BRIEFING_CACHE=off (`briefing serve` reads it, writing nothing);
    None when the folder or the file is missing or not this user's alone."""
    from tui.core.store.folders import user_folder

    cache = user_folder("BRIEFING_CACHE_DIR", "XDG_CACHE_HOME", ".cache")
    if cache is None:
        return None
    try:
        st = os.stat(cache, follow_symlinks=False)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_mode & 0o022 or (
            hasattr(os, "getuid") and st.st_uid != os.getuid()):
        return None
    real = os.path.realpath(folder)
    digest = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    path = cache / f"index-{digest}.sqlite"
    if not path.exists() or any(_problem(file) is not None for file in _companions(path)):
        return None
    return path


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (SQLite's read-only mode)."""
    from urllib.parse import quote

    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=BUSY_SECONDS,
                           isolation_level=None, check_same_thread=False)


def prune(cache: Path, keep: Path, now: float | None = None) -> int:
    """Remove the indexes of folders not opened for MAX_AGE_SECONDS (a
    folder renamed or gone leaves its index behind), except `keep`.
    Returns how many were removed."""
    now = time.time() if now is None else now
    removed = 0
    for path in cache.glob("index-*.sqlite"):
        try:
            old = path != keep and now - path.stat().st_mtime > MAX_AGE_SECONDS
        except OSError:
            continue
        if old and _problem(path) is None:
            remove(path)
            removed += 1
    return removed


def touch(path: Path) -> None:
    """Mark the index as used now (see prune)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _problem(path: Path) -> tuple[str, bool] | None:
    """Why `path` cannot be used, and whether it is ours to remove; None
    when it is missing or fine."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}", False
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file", False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return "belongs to another user", False
    if st.st_mode & 0o022:
        return "can be written by others", True
    return None


def _companions(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def check_files(path: Path) -> None:
    """Remove the database when it is ours but others could have changed it;
    raise IndexUnavailable when it is not ours at all."""
    for file in _companions(path):
        found = _problem(file)
        if found is None:
            continue
        why, ours = found
        if not ours:
            raise IndexUnavailable(f"index {file} {why}; remove it or move it away")
        debug(f"index {file} {why}: built again")
        remove(path)
        return


def remove(path: Path) -> None:
    """Remove the database and its WAL files (a missing one is fine)."""
    for file in _companions(path):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are begun explicitly),
    WAL journal, waiting for another writer rather than failing."""
    if not path.exists():
        # Created private before SQLite opens it; its WAL files take its mode.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0),
                     0o600)
        os.close(fd)
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        # the log is emptied at each checkpoint; this keeps its file from
        # staying at the size of the largest batch ever written
        conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def layout_problem(conn: sqlite3.Connection) -> str | None:
    """Why this database is not an index of this layout (None when it is,
    "empty" when it has nothing yet)."""
    app = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    found = {name: sql for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index') "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'items_%' "
        "AND name NOT LIKE 'docs_%'")}
    if app == 0 and version == 0 and not found:
        return "empty"
    if app != APPLICATION_ID:
        return f"another application's database (application id {app:#x})"
    if version != SCHEMA_VERSION:
        return f"layout {version}, not {SCHEMA_VERSION}"
    if found != TABLES:
        return "other tables than an index has"
    return None


def create_tables(conn: sqlite3.Connection) -> None:
    """Make an empty database an index (unless another process just did)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if layout_problem(conn) != "empty":
            conn.execute("ROLLBACK")
            return
        for sql in TABLES.values():
            conn.execute(sql)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
