"""Reading a file the user named (a briefing, an article) with a bound: only
a regular file is read, and never more than the bound allows.

A name can lead to a device (`/dev/zero` never ends), a FIFO (opening one
for reading waits for a writer) or a folder. The file is opened without
waiting (O_NONBLOCK), the open descriptor is checked, not the name (the
name could be replaced in between), and at most `limit + 1` bytes are read,
so a file that grows past its size while being read is still caught.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegularFileError(OSError):
    """The name leads to something other than a regular file: a FIFO, a
    device, a socket (a folder raises IsADirectoryError)."""


class FileTooBigError(OSError):
    """The file holds more than the bound; `size` is what was seen of it."""

    def __init__(self, path: str, size: int) -> None:
        super().__init__(errno.EFBIG, "file too big", path)
        self.size = size


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at `path`, if it holds at most `limit`.

    Raises IsADirectoryError, NotRegularFileError, FileTooBigError, or the
    OSError of opening or reading (FileNotFoundError, PermissionError...).
    """
    name = os.fspath(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(name, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", name)
        if not stat.S_ISREG(st.st_mode):
            kind = _kind(st.st_mode)
            raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a regular file", name)
        if st.st_size > limit:
            raise FileTooBigError(name, st.st_size)
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(limit + 1 - got, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            raise FileTooBigError(name, got)
        return b"".join(chunks)
    finally:
        os.close(fd)
