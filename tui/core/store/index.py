"""The archive index of a library folder: kept up to date, listed, searched.

`Index(folder).update()` parses only the files whose signature changed since
they were indexed, removes the rows of files that are gone, and commits as
it goes, so a cancelled run keeps what it indexed. A file that does not load
is indexed as broken, with its first error. A file whose signature changes
while it is parsed is parsed again.

Each thread gets its own connection; the journal is SQLite's write-ahead
log, so the library can list and search while a worker updates.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tui.core.cache_store import code_key, debug
from tui.core.errors import BriefingError, read_briefing_bytes
from tui.core.store import db
from tui.core.store.db import ITEM_BITS, IndexUnavailable
from tui.core.store.rows import Item, Summary, items_of, summarise
from tui.core.store.scan import Signature, briefing_files

if TYPE_CHECKING:
    from tui.core.store.search import Hit

# Bumped when what is stored of a briefing changes: every file is read again.
ROWS_LAYOUT = "1"
# A write transaction is committed after this long, so a cancelled or killed
# update keeps what it did, and the write-ahead log stays small.
COMMIT_SECONDS = 0.5
# A file that keeps changing while it is parsed is tried this many times.
TRIES = 3
# A file modified this close to when it was read may change again within
# the file system's clock tick, unseen by its signature: its bytes are
# compared again at the next update.
RACY_NS = 2_000_000_000

__all__ = ["Index", "IndexUnavailable", "Row", "Updated"]


class Row(NamedTuple):
    """A briefing as the library lists it. A broken file has no title and
    has its first error's line, column, field and message, and how many
    errors it has."""

    path: str
    title: str | None
    date: str | None
    place: str | None
    tags: tuple[str, ...]
    quotes: int
    claims: int
    reactions: int
    disputes: int
    error_line: int | None
    error_column: int | None
    error_field: str | None
    error_message: str | None
    error_count: int


class Updated(NamedTuple):
    """What an update did."""

    parsed: int
    removed: int
    unchanged: int
    retried: int
    cancelled: bool


class _Parsed(NamedTuple):
    signature: Signature
    digest: bytes
    racy: bool
    summary: Summary | None
    error: tuple[int, int, str, str, int] | None
    items: list[Item]


def _code_signature() -> str:
    return hashlib.sha256(code_key() + ROWS_LAYOUT.encode()).hexdigest()


class Index:
    """The index of one library folder (see the module's docstring).

    Raises IndexUnavailable (one line saying why) when the database cannot
    be used: another user's file, or one SQLite cannot open.
    """

    def __init__(self, folder: Path, database: Path | None = None) -> None:
        self.folder = folder
        self.real = os.path.realpath(folder)
        found = database if database is not None else db.database_path(folder)
        self._temporary: tempfile.TemporaryDirectory[str] | None = None
        if found is None:
            # No cache folder to keep it in: an index for this run only.
            self._temporary = tempfile.TemporaryDirectory(prefix="briefing-index-")
            found = Path(self._temporary.name) / "index.sqlite"
        self.database = found
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._ready = False
        self.connection()

    # -- connections -------------------------------------------------------

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened, and the file checked, on first use)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        with self._lock:
            if not self._ready:
                self._open_checked()
                self._ready = True
            try:
                conn = db.connect(self.database)
            except sqlite3.Error as exc:
                raise IndexUnavailable(f"index {self.database}: {exc}") from None
            self._connections.append(conn)
        self._local.conn = conn
        return conn

    def _open_checked(self) -> None:
        """Make sure the file is an index of this folder, built by this code."""
        db.check_files(self.database)
        try:
            conn = db.connect(self.database)
        except sqlite3.OperationalError as exc:
            raise IndexUnavailable(f"index {self.database}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            debug(f"index {self.database} damaged ({exc}): built again")
            db.remove(self.database)
            conn = db.connect(self.database)
        try:
            try:
                problem = db.layout_problem(conn)
            except sqlite3.OperationalError as exc:
                raise IndexUnavailable(f"index {self.database}: {exc}") from None
            except sqlite3.DatabaseError as exc:
                problem = f"damaged ({exc})"
            if problem not in (None, "empty"):
                debug(f"index {self.database}: {problem}: built again")
                conn.close()
                db.remove(self.database)
                conn = db.connect(self.database)
            db.create_tables(conn)
            self._check_meta(conn)
        finally:
            conn.close()

    def _check_meta(self, conn: sqlite3.Connection) -> None:
        """An index of another folder (a colliding name) or made by other
        code is emptied: every file is read again."""
        want = {"folder": self.real, "code": _code_signature()}
        have = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if have == want:
            return
        conn.execute("BEGIN IMMEDIATE")
        for table in ("briefings", "tags", "items", "meta"):
            conn.execute(f"DELETE FROM {table}")
        conn.executemany("INSERT INTO meta VALUES (?, ?)", want.items())
        conn.execute("COMMIT")

    def rebuild(self) -> None:
        """Remove the database and start again (it was found damaged)."""
        self.close()
        db.remove(self.database)
        self._local = threading.local()
        self.connection()

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
            self._ready = False
        self._local = threading.local()

    # -- updating ----------------------------------------------------------

    def update(self, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> Updated:
        """Bring the index up to date with the folder (see the module's
        docstring). `progress(done, total)` is called as changed files are
        indexed; once `cancelled()` is true the update stops, keeping what it
        did. Raises IndexUnavailable when the folder cannot be listed or the
        database cannot be written; a damaged database is built again."""
        try:
            return self._update(progress, cancelled)
        except sqlite3.OperationalError as exc:
            raise IndexUnavailable(f"index {self.database}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            debug(f"index {self.database} damaged ({exc}): built again")
            self.rebuild()
            return self._update(progress, cancelled)

    def _update(self, progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool]) -> Updated:
        try:
            files = briefing_files(str(self.folder))
        except OSError as exc:
            raise IndexUnavailable(f"{self.folder}: {exc.strerror or exc}") from None
        conn = self.connection()
        known = {path: (bid, Signature(size, mtime, inode, ctime), bool(racy), digest)
                 for bid, path, size, mtime, inode, ctime, racy, digest in conn.execute(
                     "SELECT id, path, size, mtime_ns, inode, ctime_ns, racy, hash "
                     "FROM briefings")}
        gone = [bid for path, (bid, *_) in known.items() if path not in files]
        if gone:
            conn.execute("BEGIN IMMEDIATE")
            for bid in gone:
                _delete(conn, bid, with_row=True)
            conn.execute("COMMIT")
        queue = deque((path, 0) for path, sig in files.items()
                      if path not in known or known[path][1] != sig or known[path][2])
        total, done, parsed, retried = len(queue), 0, 0, 0
        unchanged = len(files) - total
        committed = time.monotonic()
        conn.execute("BEGIN IMMEDIATE")
        try:
            while queue:
                if cancelled():
                    break
                path, tries = queue.popleft()
                old = known.get(path)
                result = self._read(path, old[3] if old and old[1] == files[path] else None)
                if result is None:  # changed while read, or gone
                    if tries + 1 < TRIES and os.path.exists(self.folder / path):
                        queue.append((path, tries + 1))
                        retried += 1
                        continue
                elif isinstance(result, str):  # a racy file, unchanged
                    assert old is not None
                    conn.execute("UPDATE briefings SET racy = ? WHERE id = ?",
                                 (int(result != "same"), old[0]))
                    unchanged += 1
                else:
                    _store(conn, old[0] if old else None, path, result)
                    parsed += 1
                done += 1
                if progress is not None:
                    progress(done, total)
                if time.monotonic() - committed > COMMIT_SECONDS:
                    conn.execute("COMMIT")
                    conn.execute("BEGIN IMMEDIATE")
                    committed = time.monotonic()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return Updated(parsed, len(gone), unchanged, retried, bool(queue))

    def _read(self, path: str, digest: bytes | None) -> _Parsed | str | None:
        """The file parsed; "same" (or "same, racy" when it is still racy)
        when its bytes hash to `digest` (a racy file that did not change);
        None when it changed while read."""
        from tui.core import load  # PyYAML: only when a file is read

        file = self.folder / path
        try:
            before = Signature.of(os.stat(file))
            started = time.time_ns()
            error: BriefingError | None = None
            try:
                data = read_briefing_bytes(file, path)
            except BriefingError as exc:
                data, error = b"", exc
            if data and digest is not None and _digest(data) == digest:
                return "same" if before.mtime_ns + RACY_NS < started else "same, racy"
            briefing = None
            if error is None:
                try:
                    briefing = load.parse_briefing(data, path, file)
                except BriefingError as exc:
                    error = exc
            after = Signature.of(os.stat(file))
        except OSError:
            return None
        if after != before or (error is None and after.size != len(data)):
            return None
        racy = after.mtime_ns + RACY_NS >= started
        if briefing is None:
            assert error is not None
            first = error.first
            return _Parsed(after, _digest(data), racy, None,
                           (first.line, first.column, first.path, first.message,
                            len(error.errors)), [])
        text = data.decode("utf-8-sig")
        return _Parsed(after, _digest(data), racy, summarise(briefing), None,
                       items_of(briefing, text))

    # -- reading -----------------------------------------------------------

    def listing(self) -> list[Row]:
        """Every indexed briefing, newest first (then by path); broken files last."""
        rows = self.connection().execute(
            "SELECT path, title, date, place, tags, quotes, claims, reactions, disputes, "
            "error_line, error_column, error_field, error_message, error_count "
            "FROM briefings ORDER BY error_count > 0, date DESC, path").fetchall()
        return [Row(path, title, date, place, tuple(tags.split("\n")) if tags else (),
                    quotes or 0, claims or 0, reactions or 0, disputes or 0, *rest)
                for path, title, date, place, tags, quotes, claims, reactions, disputes, *rest
                in rows]

    def search(self, query: str, limit: int | None = None) -> list[Hit]:
        """The items (or briefings) matching `query`, best first (see core.store.query)."""
        from tui.core.store.search import run_search

        try:
            return run_search(self.connection(), query, limit)
        except sqlite3.OperationalError as exc:
            raise IndexUnavailable(f"index {self.database}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            self.rebuild()
            raise IndexUnavailable(f"index {self.database} was damaged ({exc}); "
                                   "it is built again at the next update") from None


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _delete(conn: sqlite3.Connection, bid: int, with_row: bool) -> None:
    low = bid << ITEM_BITS
    conn.execute("DELETE FROM items WHERE rowid BETWEEN ? AND ?", (low, low + (1 << ITEM_BITS) - 1))
    conn.execute("DELETE FROM tags WHERE briefing = ?", (bid,))
    if with_row:
        conn.execute("DELETE FROM briefings WHERE id = ?", (bid,))


def _store(conn: sqlite3.Connection, bid: int | None, path: str, parsed: _Parsed) -> None:
    s = parsed.summary
    sig = parsed.signature
    error = parsed.error or (None, None, None, None, 0)
    values = (path, sig.size, sig.mtime_ns, sig.inode, sig.ctime_ns, parsed.digest,
              int(parsed.racy), s.title if s else None, s.date if s else None,
              s.place if s else None, "\n".join(s.tags) if s else None,
              s.quotes if s else None, s.claims if s else None, s.reactions if s else None,
              s.disputes if s else None, *error)
    columns = ("path, size, mtime_ns, inode, ctime_ns, hash, racy, title, date, place, tags, "
               "quotes, claims, reactions, disputes, error_line, error_column, error_field, "
               "error_message, error_count")
    if bid is None:
        cursor = conn.execute(f"INSERT INTO briefings({columns}) "
                              f"VALUES ({', '.join('?' * len(values))})", values)
        assert cursor.lastrowid is not None
        bid = cursor.lastrowid
    else:
        _delete(conn, bid, with_row=False)
        sets = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
        conn.execute(f"UPDATE briefings SET {sets} WHERE id = ?",
                     (*values, bid))
    if s is not None:
        conn.executemany("INSERT INTO tags VALUES (?, ?)",
                         [(bid, tag.casefold()) for tag in s.tags])
    base = bid << ITEM_BITS
    conn.executemany(
        "INSERT INTO items(rowid, who, country, org, text, more, kind, item, line) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(base + n, i.who, i.country, i.org, i.text, i.more, i.kind, i.number, i.line)
         for n, i in enumerate(parsed.items[:(1 << ITEM_BITS)])])

