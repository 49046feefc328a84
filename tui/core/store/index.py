"""The archive index of a library folder: opened, checked, listed, searched.

`Index(folder).update()` brings it up to date with the folder (see
core.store.index_update, which walks the changed files and writes their
rows); this module opens the database, makes sure it is an index of this
folder built by this code, and reads it: the listing, a path's rows, search.

Each thread gets its own connection; the journal is SQLite's write-ahead
log, so the library can list and search while a worker updates.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tui.core.store import db
from tui.core.store.cache_store import code_key, debug
from tui.core.store.db import ITEM_BITS, IndexUnavailable
from tui.core.store.index_update import Updated, update_rows
from tui.core.store.scan import Signature, briefing_files

if TYPE_CHECKING:
    from tui.core.store.search import BriefingMatches, Hit, NewestFirst

# Bumped when what is stored of a briefing changes: every file is read again.
ROWS_LAYOUT = "2"

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
    revised: int
    error_line: int | None
    error_column: int | None
    error_field: str | None
    error_message: str | None
    error_count: int


def _code_signature() -> str:
    """Changes with the parsing code (code_key) and with the code that makes
    an index's rows, so a new version never reads an old version's rows."""
    parts = [code_key(), ROWS_LAYOUT.encode()]
    for name in ("rows.py", "index.py", "index_update.py", "db.py", "scan.py",
                 "reader.py"):
        st = (Path(__file__).parent / name).stat()
        parts.append(f"{name}:{st.st_mtime_ns}:{st.st_size}".encode())
    return hashlib.sha256(b"\n".join(parts)).hexdigest()


class Index:
    """The index of one library folder (see the module's docstring).

    Raises IndexUnavailable (one line saying why) when the database cannot
    be used: another user's file, or one SQLite cannot open.
    """

    def __init__(self, folder: Path, database: Path | None = None,
                 temporary: bool = False, read_only: bool = False) -> None:
        """`temporary`: an index for this run only, whatever the cache folder
        holds (the folder's own could not be used). `read_only`: `database`
        is read as it is, never written (see `shared`)."""
        self.read_only = read_only
        # absolute, so that a change of working folder does not move it
        self.folder = Path(os.path.abspath(folder))
        self.real = os.path.realpath(folder)
        found = database if database is not None else (
            None if temporary else db.database_path(folder))
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
            if not self._ready and not self.read_only:
                self._open_checked()
                self._ready = True
            try:
                conn = (db.connect_read_only(self.database) if self.read_only
                        else db.connect(self.database))
            except sqlite3.Error as exc:
                raise IndexUnavailable(f"index {self.database}: {exc}") from None
            self._connections.append(conn)
        self._local.conn = conn
        return conn

    def _open_checked(self) -> None:
        """Make sure the file is an index of this folder, built by this code:
        anything else that is ours is removed and the index built again."""
        db.check_files(self.database)
        for attempt in range(2):
            try:
                conn = db.connect(self.database)
            except sqlite3.Error as exc:
                if not db.damaged(exc):
                    raise IndexUnavailable(f"index {self.database}: {exc}") from None
                problem: str | None = f"damaged ({exc})"
            else:
                try:
                    problem = db.layout_problem(conn)
                    if problem in (None, "empty"):
                        db.create_tables(conn)
                        problem = self._stale(conn)
                    if problem is None:
                        db.touch(self.database)
                        db.prune(self.database.parent, keep=self.database)
                        return
                except sqlite3.Error as exc:
                    if not db.damaged(exc):
                        raise IndexUnavailable(f"index {self.database}: {exc}") from None
                    problem = f"damaged ({exc})"
                finally:
                    conn.close()
            if attempt:
                raise IndexUnavailable(f"index {self.database}: {problem}")
            debug(f"index {self.database}: {problem}: built again")
            db.remove(self.database)

    def _stale(self, conn: sqlite3.Connection) -> str | None:
        """Why the index cannot be kept, or None: an index of another folder
        (a colliding name) or made by other code is removed and built again,
        every file read again. (Deleting its rows instead took minutes at
        50,000 briefings and left the file as large as before.)"""
        want = {"folder": self.real, "code": _code_signature()}
        have = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if have == want:
            return None
        if have:
            return ("made by other code" if have.get("folder") == self.real
                    else "of another folder")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO meta VALUES (?, ?)", want.items())
        conn.execute("COMMIT")
        return None

    @classmethod
    def shared(cls, folder: Path) -> Index | None:
        """The folder's index, read-only, when it is there, sound and up to
        date with the folder; else None. For `briefing serve`, which writes
        nothing (not even a cache): its index is the one the desk's own runs
        keep up to date."""
        found = db.shared_database_path(folder)
        if found is None:
            return None
        index = cls(folder, found, read_only=True)
        try:
            conn = index.connection()
            want = {"folder": index.real, "code": _code_signature()}
            if (db.layout_problem(conn) is not None
                    or dict(conn.execute("SELECT key, value FROM meta").fetchall()) != want):
                raise IndexUnavailable("another layout")
            known = {path: (Signature(size, mtime, inode, ctime), racy)
                     for path, size, mtime, inode, ctime, racy in conn.execute(
                         "SELECT path, size, mtime_ns, inode, ctime_ns, racy FROM briefings")}
            files = briefing_files(str(index.folder))
        except (IndexUnavailable, sqlite3.Error, OSError) as exc:
            debug(f"index {found} not read: {exc}")
            index.close()
            return None
        if any(racy for _, racy in known.values()) or \
                {path: sig for path, (sig, _) in known.items()} != files:
            debug(f"index {found} is behind its folder: not read")
            index.close()
            return None
        return index

    def rebuild(self) -> None:
        """Remove the database and start again (it was found damaged)."""
        self._disconnect()
        db.remove(self.database)
        self.connection()

    def release(self) -> None:
        """Close this thread's connection (a worker thread that is done: the
        next call from it opens another)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            return
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)
        conn.close()
        self._local.conn = None

    def close(self) -> None:
        """Close every thread's connection (an index for this run only is
        removed: see __init__)."""
        self._disconnect()
        if self._temporary is not None:
            self._temporary.cleanup()

    def _disconnect(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
            self._ready = False
        self._local = threading.local()

    # -- updating ----------------------------------------------------------

    def update(self, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] = lambda: False,
               parallel: bool = False, only: Collection[str] | None = None) -> Updated:
        """Bring the index up to date with the folder (see
        core.store.index_update). `progress(done, total)` is called as changed
        files are indexed; once `cancelled()` is true the update stops, keeping
        what it did. `parallel` parses many files in worker processes (see
        core.store.reader.read_all for when that is safe). `only`: the
        paths (relative, with `/`) known to have changed, added or gone (a
        folder watcher's), looked at alone rather than the whole folder. Raises
        IndexUnavailable when the folder cannot be listed or the database
        cannot be written; a damaged database is built again."""
        try:
            return self._update(progress, cancelled, parallel, only)
        except sqlite3.Error as exc:
            if not db.damaged(exc):
                raise IndexUnavailable(f"index {self.database}: {exc}") from None
            debug(f"index {self.database} damaged ({exc}): built again")
            self.rebuild()
            return self._update(progress, cancelled, parallel, None)

    def _update(self, progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool], parallel: bool,
                only: Collection[str] | None) -> Updated:
        return update_rows(self.connection(), self.folder, progress, cancelled, parallel, only)

    # -- reading -----------------------------------------------------------

    def listing(self, limit: int | None = None) -> list[Row]:
        """Every indexed briefing (the first `limit`), newest first (then by
        path); broken files last."""
        try:
            return self._listing(limit)
        except sqlite3.Error as exc:
            raise self._read_failed(exc) from None

    def _read_failed(self, exc: sqlite3.Error) -> IndexUnavailable:
        """What a failed read raises: one line saying why; a damaged index
        is emptied first, so the next update builds it again."""
        if not db.damaged(exc):
            return IndexUnavailable(f"index {self.database}: {exc}")
        self.rebuild()
        return IndexUnavailable(f"index {self.database} was damaged ({exc}); "
                                "it is built again at the next update")

    def rows(self, paths: Collection[str]) -> list[Row]:
        """The rows of these paths (those indexed), in no order."""
        try:
            return self._listing(None, sorted(paths))
        except sqlite3.Error as exc:
            raise IndexUnavailable(f"index {self.database}: {exc}") from None

    def _listing(self, limit: int | None, paths: list[str] | None = None) -> list[Row]:
        where = "" if paths is None else f"WHERE path IN ({', '.join('?' * len(paths))}) "
        rows = self.connection().execute(
            "SELECT path, title, date, place, tags, quotes, claims, reactions, disputes, "
            "revised, error_line, error_column, error_field, error_message, error_count "
            f"FROM briefings {where}ORDER BY error_count > 0, date DESC, path"
            + ("" if limit is None else f" LIMIT {int(limit)}"), paths or []).fetchall()
        return [Row(path, title, date, place, tuple(tags.split("\n")) if tags else (),
                    quotes or 0, claims or 0, reactions or 0, disputes or 0, revised or 0,
                    *rest)
                for path, title, date, place, tags, quotes, claims, reactions, disputes,
                revised, *rest in rows]

    def search(self, query: str, limit: int | None = None) -> list[Hit]:
        """The items (or briefings) matching `query`, best first (see core.store.query)."""
        from tui.core.store.search import run_search

        try:
            return run_search(self.connection(), query, limit)
        except sqlite3.Error as exc:
            raise self._read_failed(exc) from None

    def across(self, kind: str) -> list[tuple[object, ...]]:
        """Every current claim ("claims": path, title, date, then the claims
        table's columns from `item`) or every quote ("quotes": path, title,
        date, number, speaker, text) of the indexed briefings."""
        if kind == "claims":
            sql = ("SELECT b.path, b.title, b.date, c.item, c.claimant, c.affected, c.killed, "
                   "c.killed_low, c.injured, c.injured_low, c.disputed FROM claims c "
                   "JOIN briefings b ON b.id = c.briefing WHERE c.current = 1")
        else:
            sql = (f"SELECT b.path, b.title, b.date, i.item, i.who, i.text FROM items i "
                   f"JOIN briefings b ON b.id = (i.rowid >> {ITEM_BITS}) "
                   "WHERE i.kind = 'quote'")
        try:
            return self.connection().execute(sql).fetchall()
        except sqlite3.Error as exc:
            raise IndexUnavailable(f"index {self.database}: {exc}") from None

    def search_briefings(self, query: str, snippets: int | None = None) -> BriefingMatches:
        """The briefings matching `query` anywhere in them, the first
        `snippets` with where (see core.store.search.run_briefing_search)."""
        from tui.core.store.search import SNIPPETS, run_briefing_search

        try:
            return run_briefing_search(self.connection(), query,
                                       SNIPPETS if snippets is None else snippets, self._order())
        except sqlite3.Error as exc:
            raise self._read_failed(exc) from None

    def prepare_search(self) -> None:
        """Read, for this thread, what search_briefings keeps from one search
        to the next (the briefings' order), so that the next search does not
        (the library calls this when idle, after the index changed)."""
        try:
            self._order().read(self.connection())
        except sqlite3.Error as exc:
            raise self._read_failed(exc) from None

    def _order(self) -> NewestFirst:
        # kept per thread, as the connection it is read with
        order: NewestFirst | None = getattr(self._local, "order", None)
        if order is None:
            from tui.core.store.search import NewestFirst

            order = self._local.order = NewestFirst()
        return order
