"""Bringing an index up to date with its folder: the walk of changed files
and the rows written for each.

Only the files whose signature changed since they were indexed are parsed;
the rows of files that are gone are removed. The write transaction is
committed as it goes, so a cancelled run keeps what it indexed. A file that
does not load is indexed as broken, with its first error. A file whose
signature changes while it is parsed is parsed again.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import NamedTuple

from tui.core.store import db
from tui.core.store.db import ITEM_BITS, IndexUnavailable
from tui.core.store.reader import Parsed, read_all
from tui.core.store.scan import Signature, briefing_files, signatures_of

# A write transaction is committed after this long, so a cancelled or killed
# update keeps what it did, and the write-ahead log stays small.
COMMIT_SECONDS = 0.5
# A file that keeps changing while it is parsed is tried this many times.
TRIES = 3
# From this many files to parse, the update is a bulk build (see update_rows).
BULK = 64


class Updated(NamedTuple):
    """What an update did."""

    parsed: int
    removed: int
    unchanged: int
    retried: int
    cancelled: bool
    # The paths whose rows were written or removed.
    changed: frozenset[str] = frozenset()


def update_rows(conn: sqlite3.Connection, folder: Path,
                progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool], parallel: bool,
                only: Collection[str] | None) -> Updated:
    """Bring the rows in `conn` up to date with `folder` (see the module's
    docstring and Index.update)."""
    try:
        files = (briefing_files(str(folder)) if only is None
                 else signatures_of(str(folder), only))
    except OSError as exc:
        raise IndexUnavailable(f"{folder}: {exc.strerror or exc}") from None
    chosen = "" if only is None else f" WHERE path IN ({', '.join('?' * len(only))})"
    known = {path: (bid, Signature(size, mtime, inode, ctime), bool(racy), digest)
             for bid, path, size, mtime, inode, ctime, racy, digest in conn.execute(
                 "SELECT id, path, size, mtime_ns, inode, ctime_ns, racy, hash "
                 "FROM briefings" + chosen, list(only or []))}
    gone = [bid for path, (bid, *_) in known.items() if path not in files]
    if gone:
        conn.execute("BEGIN IMMEDIATE")
        for bid in gone:
            delete(conn, bid, with_row=True)
        conn.execute("COMMIT")
    pending = [path for path, sig in files.items()
               if path not in known or known[path][1] != sig or known[path][2]]
    changed = {path for path in known if path not in files}
    total, done, parsed, retried = len(pending), 0, 0, 0
    unchanged = len(files) - total
    bulk = total >= BULK
    if bulk:
        # Not synced to disk while many files are written: the index is a
        # cache of the folder, and a power cut that damages it costs a
        # rebuild (see core.store.db), where syncing cost a wait at every
        # checkpoint of the write-ahead log.
        conn.execute("PRAGMA synchronous=OFF")
    committed = time.monotonic()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for _ in range(TRIES):
            again: list[str] = []
            # a racy file whose signature holds is compared by its bytes
            jobs = [(path, known[path][3] if path in known and known[path][1] == files[path]
                     else None) for path in pending]
            for path, result in read_all(str(folder), jobs, cancelled, parallel):
                old = known.get(path)
                if result is None:  # changed while read, or gone
                    if os.path.exists(folder / path):
                        again.append(path)
                        continue
                    if old is not None:
                        delete(conn, old[0], with_row=True)
                        changed.add(path)
                elif isinstance(result, str):  # a racy file, unchanged
                    assert old is not None
                    conn.execute("UPDATE briefings SET racy = ? WHERE id = ?",
                                 (int(result != "same"), old[0]))
                    unchanged += 1
                else:
                    store(conn, path, result)
                    changed.add(path)
                    parsed += 1
                done += 1
                if progress is not None:
                    progress(done, total)
                if time.monotonic() - committed > COMMIT_SECONDS:
                    conn.execute("COMMIT")
                    conn.execute("BEGIN IMMEDIATE")
                    committed = time.monotonic()
            if not again or cancelled():
                break
            retried += len(again)
            # the files that changed while read: their new signatures
            for path in again:
                try:
                    files[path] = Signature.of(os.stat(folder / path))
                except OSError:
                    files.pop(path, None)
            pending = [path for path in again if path in files]
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if bulk:
            conn.execute(f"PRAGMA synchronous={db.SYNCHRONOUS}")
    return Updated(parsed, len(gone), unchanged, retried, done < total and cancelled(),
                   frozenset(changed))


def _document(items: list[tuple[str, str, str, str, str]]) -> tuple[str, ...]:
    """A briefing's row of docs: each column's words of every item."""
    return tuple(" ".join(item[column] for item in items if item[column])
                 for column in range(5))


def delete(conn: sqlite3.Connection, bid: int, with_row: bool) -> None:
    low = bid << ITEM_BITS
    items = conn.execute("SELECT who, country, org, text, more FROM items "
                         "WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                         (low, low + (1 << ITEM_BITS) - 1)).fetchall()
    if items:
        # a contentless table forgets a row given the very words it was given
        conn.execute("INSERT INTO docs(docs, rowid, who, country, org, text, more) "
                     "VALUES ('delete', ?, ?, ?, ?, ?, ?)", (bid, *_document(items)))
    conn.execute("DELETE FROM items WHERE rowid BETWEEN ? AND ?", (low, low + (1 << ITEM_BITS) - 1))
    conn.execute("DELETE FROM tags WHERE briefing = ?", (bid,))
    conn.execute("DELETE FROM claims WHERE briefing = ?", (bid,))
    if with_row:
        conn.execute("DELETE FROM briefings WHERE id = ?", (bid,))


def store(conn: sqlite3.Connection, path: str, parsed: Parsed) -> None:
    s = parsed.summary
    sig = parsed.signature
    error = parsed.error or (None, None, None, None, 0)
    values = (path, sig.size, sig.mtime_ns, sig.inode, sig.ctime_ns, parsed.digest,
              int(parsed.racy), s.title if s else None, s.date if s else None,
              s.place if s else None, "\n".join(s.tags) if s else None,
              s.quotes if s else None, s.claims if s else None, s.reactions if s else None,
              s.disputes if s else None, s.revised if s else None, *error)
    columns = ("path, size, mtime_ns, inode, ctime_ns, hash, racy, title, date, place, tags, "
               "quotes, claims, reactions, disputes, revised, error_line, error_column, "
               "error_field, error_message, error_count")
    # by path, not the id read before: another process may have indexed
    # or removed the file since
    found = conn.execute("SELECT id FROM briefings WHERE path = ?", (path,)).fetchone()
    bid = found[0] if found else None
    if bid is None:
        cursor = conn.execute(f"INSERT INTO briefings({columns}) "
                              f"VALUES ({', '.join('?' * len(values))})", values)
        assert cursor.lastrowid is not None
        bid = cursor.lastrowid
    else:
        delete(conn, bid, with_row=False)
        sets = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
        conn.execute(f"UPDATE briefings SET {sets} WHERE id = ?",
                     (*values, bid))
    if s is not None:
        conn.executemany("INSERT INTO tags VALUES (?, ?)",
                         [(bid, tag.casefold()) for tag in s.tags])
        conn.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(bid, *claim) for claim in parsed.claims])
    base = bid << ITEM_BITS
    conn.executemany(
        "INSERT INTO items(rowid, who, country, org, text, more, kind, item, line) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(base + n, *item) for n, item in enumerate(parsed.items[:(1 << ITEM_BITS)])])
    if parsed.items:
        conn.execute("INSERT INTO docs(rowid, who, country, org, text, more) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (bid, *_document([item[:5] for item in parsed.items[:(1 << ITEM_BITS)]])))

