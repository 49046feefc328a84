"""The briefing files of a library folder, with what says whether one changed.

A file's signature is its size, modification time, inode and change time: a
file whose signature is the one indexed is not read again. Folders are walked
without following links to folders (no loops, no file listed twice); a link
to a file counts only when it resolves inside the folder. Folders whose name
starts with a dot (`.git`) are not entered.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from typing import NamedTuple

from tui.core.store.cache_store import debug

SUFFIXES = (".yaml", ".yml")


class Signature(NamedTuple):
    """What changes when a file's content does (short of a same-size write
    within the file system's clock tick: see Index's `racy`)."""

    size: int
    mtime_ns: int
    inode: int
    ctime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> Signature:
        return cls(st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


def inside(path: str, root: str) -> bool:
    """Whether the real path `path` is `root` or below it."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def signatures_of(root: str, paths: Iterable[str]) -> dict[str, Signature]:
    """Those of `paths` (relative to `root`, with `/`) that are briefing
    files by briefing_files' rules, with their signatures."""
    real_root = os.path.realpath(root)
    found: dict[str, Signature] = {}
    for rel in paths:
        parts = rel.split("/")
        if not rel.endswith(SUFFIXES) or any(p.startswith(".") for p in parts[:-1]) \
                or ".." in parts:
            continue
        path = os.path.join(root, *parts)
        try:
            if os.path.islink(path) and not inside(os.path.realpath(path), real_root):
                continue
            if any(os.path.islink(os.path.join(root, *parts[:n])) for n in range(1, len(parts))):
                continue  # under a link to a folder, which the walk does not follow
            st = os.stat(path)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            found[rel] = Signature.of(st)
    return found


def briefing_files(root: str) -> dict[str, Signature]:
    """Every briefing file under `root`, by path relative to it (with `/`).
    Raises OSError when `root` itself cannot be listed."""
    real_root = os.path.realpath(root)
    found: dict[str, Signature] = {}
    folders = [""]
    first = True
    while folders:
        rel_dir = folders.pop()
        try:
            with os.scandir(os.path.join(root, rel_dir) if rel_dir else root) as entries:
                listed = list(entries)
        except OSError as exc:
            if first:
                raise
            debug(f"index: {rel_dir} not listed: {exc.strerror or exc}")
            continue
        first = False
        for entry in listed:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        folders.append(rel)
                    continue
                if not entry.name.endswith(SUFFIXES):
                    continue
                if entry.is_symlink():
                    if not inside(os.path.realpath(entry.path), real_root):
                        continue
                    st = os.stat(entry.path)
                else:
                    st = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # gone since it was listed, or a dangling link
            if stat.S_ISREG(st.st_mode):
                found[rel] = Signature.of(st)
    return found
