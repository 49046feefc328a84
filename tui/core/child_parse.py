"""Parse a briefing in a child process while this one gets on with something else.

`briefing FILE`, the first time FILE is opened, has two slow steps before
its first frame: importing PyYAML and parsing the file (~30 ms for the
seed, ~0.4 s for 10,000 quotes; PyYAML holds the interpreter lock, so a
thread would not help) and importing the app with Textual (~0.2 s). They
do not depend on each other, so on a machine with two cores the parse runs
in a forked copy of the process while this one imports the app, which then
never imports PyYAML at all.

The child sends back the pickled briefing, which is also exactly what the
parse cache stores, or the pickled located errors. If the child fails in
any other way (killed, out of memory), the file is parsed here instead, so
the result and its errors are always what `parse_briefing` gives.

Only used where `os.fork` exists and no other thread is running: forking a
process with threads can copy a lock that a vanished thread holds.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from tui.core.errors import BriefingError, LocatedError
from tui.core.model import Briefing

# What a parse in another process answers: a briefing, or a list of errors
# (here and in core.parse_pool's workers).
BRIEFING, ERRORS = b"B", b"E"
# A file parsed: the briefing or its errors, and the briefing's pickle.
Parsed = tuple[Briefing | list[LocatedError], bytes | None]


def parse_to_answer(data: bytes, name: str, path: Path) -> tuple[bytes, bytes]:
    """Parse as `parse_briefing(data, name, path)` would, for another
    process: (BRIEFING, the briefing pickled) or (ERRORS, the errors pickled)."""
    from tui.core.load import parse_briefing

    try:
        return BRIEFING, pickle.dumps(parse_briefing(data, name, path),
                                      protocol=pickle.HIGHEST_PROTOCOL)
    except BriefingError as exc:
        return ERRORS, pickle.dumps(exc.errors, protocol=pickle.HIGHEST_PROTOCOL)


def read_answer(kind: bytes, payload: bytes) -> Parsed:
    """What `parse_to_answer` sent: the briefing and its pickle (which is
    also its parse-cache entry), or the errors and None."""
    if kind == BRIEFING:
        return pickle.loads(payload), payload
    errors: list[LocatedError] = pickle.loads(payload)
    return errors, None


def can_fork() -> bool:
    """Whether a child process can be forked safely here and now."""
    if not hasattr(os, "fork"):
        return False  # Windows
    threading = sys.modules.get("threading")  # not imported: no threads were started
    return threading is None or threading.active_count() == 1


def parse_in_child(data: bytes, name: str, path: Path,
                   meanwhile: Callable[[], object]) -> tuple[Briefing, bytes | None]:
    """Parse `data` as `parse_briefing(data, name, path)` would, in a child
    process, and call `meanwhile()` here while it runs.

    Returns the briefing and its pickle (the parse cache's entry), or None
    in place of the pickle when the file had to be parsed here. Raises
    BriefingError exactly as parsing here would.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(write_end, data, name, path)
    os.close(write_end)
    try:
        meanwhile()
        message = _read_all(read_end)
    except BaseException:
        os.kill(pid, signal.SIGKILL)  # the parse is no longer wanted
        raise
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    if status == 0:  # the child exits 0 only once its whole answer is written
        parsed, pickled = read_answer(message[:1], message[1:])
        if isinstance(parsed, Briefing):
            return parsed, pickled
        raise BriefingError(parsed)
    # The child died without a whole answer (killed, even in the middle of
    # writing it): parse here, which reports any problem the way a parse
    # always does.
    from tui.core.load import parse_briefing

    return parse_briefing(data, name, path), None


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _child(write_end: int, data: bytes, name: str, path: Path) -> NoReturn:
    """Parse, send the result down the pipe and exit, without ever returning
    into the parent's code (no atexit handlers, no flushing its buffers)."""
    status = 1
    try:
        # The child has nothing to say on the terminal: a stray message
        # would land in the middle of the app's screen.
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        kind, payload = parse_to_answer(data, name, path)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(kind + payload)
        status = 0
    finally:
        os._exit(status)
