"""Writing output files atomically, never clobbering unless asked.

A reader sees the old file or the new one, never half of one. The new text
is written to a temporary file in the destination's folder and linked or
renamed into place. On Linux the temporary file has no name until then
(O_TMPFILE), so an export killed mid-write leaves nothing behind; elsewhere
it is named `.NAME.briefing-tmp-XXXX`. Such leftovers of a write killed
mid-way, older than an hour, are removed from a folder at its first write
in a process, and again at most once an hour: not at every write, which
would read the whole folder each time (a cache of thousands of entries).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

STALE_SECONDS = 3600
# In the name of every named temporary file: `.NAME.briefing-tmp-XXXX`.
_TEMPORARY_MARK = ".briefing-tmp-"
# When each folder was last cleaned of stale temporaries, by this process.
_CLEANED: dict[str, float] = {}
# Whether unnamed temporary files can be linked in, by filesystem (st_dev).
_UNNAMED_WORKS: dict[int, bool] = {}


class OutputExistsError(FileExistsError):
    """The destination exists and overwriting was not asked for."""


class NotAFileError(OSError):
    """The destination exists and is not a regular file (a device, a FIFO,
    a folder): it is never replaced, whatever is asked."""


def export_target(target: Path, source: Path, fmt: str = "markdown") -> Path:
    """Where exporting `source` to `target` writes: into a folder, as `cp`
    does, the file is `<source's stem>.md` (`.json`, `.csv`)."""
    from tui.core.export.formats import SUFFIXES

    return target / f"{source.stem}{SUFFIXES[fmt]}" if target.is_dir() else target


def draft_target(target: Path, article: str) -> Path:
    """Where drafting `article` to `target` writes: into a folder, as export
    does, `<the article file's stem>.yaml`; for a URL, the last part of its
    path (or its host); for standard input (`-`), `draft.yaml`."""
    if not target.is_dir():
        return target
    from urllib.parse import urlsplit

    if article == "-":
        stem = "draft"
    elif article.startswith(("http://", "https://")):
        parts = urlsplit(article)
        stem = Path(parts.path.rstrip("/")).stem or parts.hostname or "draft"
    else:
        stem = Path(article).stem
    return target / f"{stem}.yaml"


def write_atomic(path: Path | str, data: str | bytes, *, overwrite: bool = False,
                 mode: int = 0o644, durable: bool = True,
                 before_replace: Callable[[], None] | None = None) -> Path:
    """Write `data` (text is written as UTF-8) to `path` atomically.

    Without `overwrite`, an existing file raises OutputExistsError, checked
    atomically by linking the new file in place. An existing destination
    that is not a regular file raises NotAFileError. A regular file that is
    replaced keeps its permissions; a new one gets `mode`. Unless
    `durable` is false (a cache, which can lose a file), the data is synced
    to disk before the file gets its name. `before_replace` runs just
    before that; whatever it raises stops the write (the old file stays).
    """
    dest = Path(path)
    folder = dest.parent if str(dest.parent) else Path(".")
    try:
        st = os.stat(dest)
    except FileNotFoundError:
        st = None
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise NotAFileError(errno.EEXIST, "exists and is not a regular file", str(dest))
        if not overwrite:
            raise OutputExistsError(f"{dest} exists; use --force to overwrite it")
        mode = stat.S_IMODE(st.st_mode)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _clean_folder(folder)
    fd = _unnamed_temporary(folder) if unnamed_files_work(folder) else None
    if fd is not None:
        try:
            os.fchmod(fd, mode)  # exactly `mode`, whatever the umask
            _write_all(fd, payload)
            _sync(fd, durable)
            _link_unnamed(fd, dest, folder, overwrite, before_replace)
        finally:
            os.close(fd)
        return dest
    fd, name = tempfile.mkstemp(prefix=_temporary_prefix(dest.name), dir=folder)
    tmp = Path(name)
    try:
        os.fchmod(fd, mode)
        _write_all(fd, payload)
        _sync(fd, durable)
        os.close(fd)
        fd = -1
        if before_replace is not None:
            before_replace()
        _put_in_place(tmp, dest, overwrite)
    finally:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return dest


def _temporary_prefix(name: str) -> str:
    return f".{name}{_TEMPORARY_MARK}"


def _write_all(fd: int, payload: bytes) -> None:
    """Write all of `payload` to `fd` (which stays open)."""
    with os.fdopen(fd, "wb", closefd=False) as handle:
        handle.write(payload)
        handle.flush()


def _sync(fd: int, durable: bool) -> None:
    """Wait for the data to reach the disk, if the file must survive a crash."""
    if durable:
        os.fsync(fd)


def unnamed_files_work(folder: Path) -> bool:
    """Whether a file can be written unnamed in `folder` and linked in later:
    Linux can, though some filesystems, kernels and sandboxes refuse
    (tried once per filesystem, with a file that is removed again)."""
    try:
        device = os.stat(folder).st_dev
    except OSError:
        return False
    if device not in _UNNAMED_WORKS:
        works = False
        fd = _unnamed_temporary(folder)
        if fd is not None:
            probe = folder / f".briefing-probe-{os.urandom(4).hex()}"
            try:
                os.link(f"/proc/self/fd/{fd}", probe, follow_symlinks=True)
                os.unlink(probe)
                works = True
            except OSError:
                works = False
            finally:
                os.close(fd)
        _UNNAMED_WORKS[device] = works
    return _UNNAMED_WORKS[device]


def _unnamed_temporary(folder: Path) -> int | None:
    """A file open for writing in `folder` with no name yet, or None where
    the system or the filesystem has no such thing."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None  # this filesystem cannot: a named temporary file instead
        raise


def _link_unnamed(fd: int, dest: Path, folder: Path, overwrite: bool,
                  before_replace: Callable[[], None] | None = None) -> None:
    """Give the unnamed file `fd` its name."""
    source = f"/proc/self/fd/{fd}"
    if not overwrite:
        if before_replace is not None:
            before_replace()
        try:
            os.link(source, dest, follow_symlinks=True)
        except FileExistsError:
            raise OutputExistsError(f"{dest} exists; use --force to overwrite it") from None
        return
    # Replacing: a name of its own first, then renamed over the old file
    # (a rename replaces atomically, a link cannot).
    for _ in range(100):
        tmp = folder / f"{_temporary_prefix(dest.name)}{os.urandom(4).hex()}"
        try:
            os.link(source, tmp, follow_symlinks=True)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
    try:
        if before_replace is not None:
            before_replace()
        os.replace(tmp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _put_in_place(tmp: Path, dest: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(tmp, dest)
        return
    try:
        os.link(tmp, dest)  # fails if dest appeared meanwhile
    except FileExistsError:
        raise OutputExistsError(f"{dest} exists; use --force to overwrite it") from None
    except OSError:
        # Filesystems without hard links: the existence check before stands.
        os.replace(tmp, dest)


def _clean_folder(folder: Path) -> None:
    """Remove stale temporaries from `folder` if this process has not in the
    last STALE_SECONDS (a temporary newer than that may be a live write)."""
    key = os.path.abspath(folder)
    now = time.time()
    last = _CLEANED.get(key)
    if last is not None and now - last < STALE_SECONDS:
        return
    _CLEANED[key] = now
    _remove_stale_temporaries(folder, now - STALE_SECONDS)


def _remove_stale_temporaries(folder: Path, cutoff: float) -> None:
    """Remove what earlier writes, killed mid-way, left behind: temporaries
    last changed before `cutoff`."""
    try:
        candidates = [entry for entry in os.scandir(folder)
                      if entry.name.startswith(".") and _TEMPORARY_MARK in entry.name]
    except OSError:
        return  # an unreadable folder: the write itself will say what is wrong
    for entry in candidates:
        with contextlib.suppress(OSError):  # gone already, or not ours to remove
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
