"""Parse many briefings at once in worker processes: a big library's first listing.

A library of 1,000 briefings that are not in the parse cache needs ~1.2 s of
parsing, all of it holding the interpreter lock, so threads cannot share
it; processes can. Each worker is a fresh interpreter running
`worker_main`: it reads its share of the files (pickled) on stdin and
writes back, a chunk at a time, each briefing pickled (exactly what the
parse cache stores, so it becomes the entry as it is) or its pickled
located errors.

Plain subprocesses, not `multiprocessing`: its pools need a resource-tracker
process, which cannot start inside a Textual app (Textual replaces
sys.stderr, and the tracker is handed its file descriptor), and forking
once the app runs threads can copy a lock that a vanished thread holds.
Starting a worker costs ~70 ms (a new interpreter importing the loader), so
a few files are parsed in the calling thread instead (`worth_workers`).
A worker's stderr goes to /dev/null: a stray message would land in the
middle of the app's screen.
"""

from __future__ import annotations

import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from queue import Queue
from typing import IO

from tui.core.child_parse import (
    Parsed,
    fresh_interpreter,
    parse_to_answer,
    read_answer,
    usable_cpus,
)

# Below this many bytes to parse (~250 seed-sized files, ~0.3 s of parsing),
# starting workers costs more than it saves.
WORKERS_FROM_BYTES = 2 * 1024 * 1024
MAX_WORKERS = 8
# Files parsed between two answers from a worker: small enough to show
# progress and share the work evenly, big enough that each answer is cheap.
CHUNK = 25

# One file to parse: its bytes, its name as errors show it, its path.
Job = tuple[bytes, str, Path]
_LENGTH = struct.Struct("<Q")  # each answer is its length, then its pickle
_WORKER = "from tui.core.parse_pool import worker_main; worker_main()"


def worker_count() -> int:
    """How many workers this machine can run side by side."""
    return max(1, min(usable_cpus(), MAX_WORKERS))


def worth_workers(jobs: list[Job]) -> bool:
    """Whether parsing `jobs` in workers is faster than parsing them here."""
    return (len(jobs) > 1 and worker_count() > 1 and bool(sys.executable)
            and sum(len(data) for data, _, _ in jobs) >= WORKERS_FROM_BYTES)


def parse_in_workers(jobs: list[Job], cancelled: Callable[[], bool] = lambda: False,
                     workers: int | None = None) -> Iterator[tuple[int, Parsed]]:
    """Parse jobs in worker processes; yield (index in `jobs`, parsed) as
    answers come back, in no particular order.

    Stops early, killing the workers, once `cancelled()` is true. A job
    whose worker failed (could not start, was killed, ran out of memory) is
    not yielded: the caller parses what is left itself.
    """
    count = max(1, min(workers or worker_count(), -(-len(jobs) // CHUNK)))
    answers: Queue[list[tuple[int, bytes, bytes]] | None] = Queue()
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for share in range(count):
            indexed = list(range(share, len(jobs), count))  # every count-th job
            try:
                process = subprocess.Popen(
                    fresh_interpreter(_WORKER),
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL)
            except OSError:
                break  # no more processes: the caller parses those jobs
            processes.append(process)
            threading.Thread(target=_feed_and_read, daemon=True,
                             args=(process, [(i, jobs[i]) for i in indexed], answers)).start()
        running = len(processes)
        while running:
            answer = answers.get()
            if cancelled():
                return
            if answer is None:  # a worker is done (or dead)
                running -= 1
                continue
            for index, kind, payload in answer:
                yield index, read_answer(kind, payload)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()  # cancelled, or the caller stopped reading
            process.wait()


def _feed_and_read(process: subprocess.Popen[bytes], jobs: list[tuple[int, Job]],
                   answers: Queue[list[tuple[int, bytes, bytes]] | None]) -> None:
    """In a thread per worker: send it its jobs, pass its answers on, then
    None once it has finished or died."""
    assert process.stdin is not None and process.stdout is not None
    try:
        with process.stdin:
            process.stdin.write(pickle.dumps(jobs, protocol=pickle.HIGHEST_PROTOCOL))
        while (answer := _read_answer(process.stdout)) is not None:
            answers.put(pickle.loads(answer))
    except (OSError, EOFError, pickle.UnpicklingError):
        pass  # the worker died (or was killed): its jobs left are the caller's
    finally:
        answers.put(None)


def _read_answer(stream: IO[bytes]) -> bytes | None:
    """The next answer, or None at the end of the stream (or a cut-off one)."""
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack(header)
    body = stream.read(length)
    return body if len(body) == length else None


def worker_main() -> None:
    """A worker: jobs from stdin, an answer per CHUNK jobs on stdout."""
    jobs: list[tuple[int, Job]] = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    for start in range(0, len(jobs), CHUNK):
        answer = [(index, *parse_to_answer(data, name, path))
                  for index, (data, name, path) in jobs[start:start + CHUNK]]
        message = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_LENGTH.pack(len(message)) + message)
        out.flush()
