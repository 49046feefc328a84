"""Parse a briefing in a child process while this one gets on with something else.

`briefing FILE`, the first time FILE is opened, has two slow steps before
its first frame: importing PyYAML and parsing the file (~30 ms for the
seed, ~0.4 s for 10,000 quotes; PyYAML holds the interpreter lock, so a
thread would not help) and importing the app with Textual (~0.2 s). They
do not depend on each other, so on a machine with two cores the parse runs
in another process while this one imports the app, which then never
imports PyYAML at all.

The child is started one of two ways:
- A small file is parsed by a fresh interpreter (posix_spawn). It needs
  ~70 ms to start and parse the seed, well within the app's import, and
  it leaves this process's memory alone: after a fork, every page this
  process then writes is first copied for it (~1,300 pages, ~4 ms of the
  seed's first frame, measured).
- A big file is parsed by a fork, which starts at once with the loader
  already imported: there the parse is what the first frame waits for.

The child sends back the pickled briefing, which is also exactly what the
parse cache stores, or the pickled located errors. If the child fails in
any other way (cannot start, killed, out of memory, finds the file changed
since it was read here), the file is parsed here instead, so the result
and its errors are always what `parse_briefing` gives.

No child at all on a machine with one CPU (it would only take turns with
this process, and spawning costs more than it saves); no fork while
another thread is running (forking can copy a lock that thread holds).
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal, NoReturn

from tui.core.errors import BriefingError, LocatedError
from tui.core.model import Briefing

# What a parse in another process answers: a briefing, or a list of errors
# (here and in core.parse_pool's workers).
BRIEFING, ERRORS = b"B", b"E"
# A file parsed: the briefing or its errors, and the briefing's pickle.
Parsed = tuple[Briefing | list[LocatedError], bytes | None]

# Smaller files are parsed by a fresh interpreter, bigger ones by a fork: a
# fresh interpreter adds ~40 ms before the parse starts, which a file this
# size (~35 ms of parsing) can afford while the app is imported (~0.2 s).
SPAWN_BELOW_BYTES = 256 * 1024
# Where `tui` lives, so a fresh interpreter runs this very code (a source
# checkout, a worktree on PYTHONPATH or an installed package alike).
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# What a fresh interpreter parsing one file runs.
_SPAWNED = "from tui.core.child_parse import spawned_main; spawned_main(sys.argv[2:])"
ChildKind = Literal["spawn", "fork"]


def fresh_interpreter(call: str, *args: str) -> list[str]:
    """The command line of a fresh interpreter that runs `call` with this
    very `tui` package; `args` are its sys.argv[2:]."""
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, sys.argv[1]); {call}",
            _PACKAGE_ROOT, *args]


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


def usable_cpus() -> int:
    """How many CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _can_fork() -> bool:
    if not hasattr(os, "fork"):
        return False  # Windows
    threading = sys.modules.get("threading")  # not imported: no threads were started
    return threading is None or threading.active_count() == 1


def child_kind(size: int) -> ChildKind | None:
    """How to start a child to parse `size` bytes, or None to parse here."""
    if usable_cpus() < 2:
        return None
    can_spawn = hasattr(os, "posix_spawn") and bool(sys.executable)
    can_fork = _can_fork()
    if can_spawn and (size < SPAWN_BELOW_BYTES or not can_fork):
        return "spawn"
    return "fork" if can_fork else None


def parse_in_child(data: bytes, name: str, path: Path, meanwhile: Callable[[], object],
                   kind: ChildKind, fingerprint: str) -> tuple[Briefing, bytes | None]:
    """Parse `data` as `parse_briefing(data, name, path)` would, in a child
    process started as `kind` says, and call `meanwhile()` here while it runs.
    `fingerprint` names the bytes and the parsing code (the parse cache's
    entry name): a fresh interpreter parses only when it reads the same.

    Returns the briefing and its pickle (the parse cache's entry), or None
    in place of the pickle when the file had to be parsed here. Raises
    BriefingError exactly as parsing here would.
    """
    read_end, write_end = os.pipe()
    try:
        pid = (_spawn(write_end, read_end, name, path, fingerprint) if kind == "spawn"
               else _fork(write_end, read_end, data, name, path))
    except OSError:  # out of processes or memory
        os.close(read_end)
        return _parse_here(data, name, path)
    finally:
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
    # writing it) or read other bytes: parse here, which reports any
    # problem the way a parse always does.
    return _parse_here(data, name, path)


def _parse_here(data: bytes, name: str, path: Path) -> tuple[Briefing, None]:
    from tui.core.load import parse_briefing

    return parse_briefing(data, name, path), None


def _fork(write_end: int, read_end: int, data: bytes, name: str, path: Path) -> int:
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(write_end, data, name, path)
    return pid


def _spawn(write_end: int, read_end: int, name: str, path: Path, fingerprint: str) -> int:
    # The child answers on its stdout; it has nothing to say on the terminal
    # (a stray message would land in the middle of the app's screen).
    actions = [(os.POSIX_SPAWN_DUP2, write_end, 1), (os.POSIX_SPAWN_CLOSE, read_end),
               (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    argv = fresh_interpreter(_SPAWNED, str(path), name, fingerprint)
    return os.posix_spawn(sys.executable, argv, os.environ, file_actions=actions)


def spawned_main(args: list[str]) -> NoReturn:
    """A fresh interpreter's part: read the file, check it holds the bytes
    the parent read (and that this is the parent's code), parse and answer
    on stdout. Exits 0 only once the whole answer is written."""
    status = 1
    try:
        path, name, fingerprint = args
        from tui.core.cache import entry_name

        data = Path(path).read_bytes()
        if entry_name(data) == fingerprint:  # else changed since: the parent parses its bytes
            _answer(1, data, name, Path(path))
            status = 0
    finally:
        os._exit(status)


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
        _answer(write_end, data, name, path)
        status = 0
    finally:
        os._exit(status)


def _answer(fd: int, data: bytes, name: str, path: Path) -> None:
    """A child's answer: parse, and write the whole answer to `fd`."""
    kind, payload = parse_to_answer(data, name, path)
    with os.fdopen(fd, "wb") as pipe:
        pipe.write(kind + payload)
