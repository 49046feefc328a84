"""Reading briefing files for the index: one at a time, or in worker processes.

A file is read and parsed between two looks at its signature: if they
differ, it changed while read, and the caller reads it again. Many files
(a folder never seen) are parsed in worker processes, one per core, while
the caller writes what they give back: Python parses on one core per
process.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import NamedTuple

from tui.core.format.errors import BriefingError, read_briefing_bytes
from tui.core.store.cache_store import debug
from tui.core.store.rows import ClaimRow, Summary, claim_rows, items_of, summarise
from tui.core.store.scan import Signature, inside

# A file modified this close to when it was read may change again within
# the file system's clock tick, unseen by its signature: its bytes are
# compared again at the next update.
RACY_NS = 2_000_000_000
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN = 64
# Files handed to a worker at a time: fewer round trips, still even shares.
CHUNK = 8
# Chunks handed out per worker ahead of the caller's writing.
AHEAD = 4


ItemRow = tuple[str, str, str, str, str, str, int, int]


class Parsed(NamedTuple):
    """A file as the index stores it: loaded (`summary` and `items`) or
    broken (`error`: its first error's line, column, field and message, and
    how many errors it has)."""

    signature: Signature
    digest: bytes
    racy: bool
    summary: Summary | None
    error: tuple[int, int, str, str, int] | None
    # Each item as a plain tuple in the order of the index's columns (who,
    # country, org, text, more, kind, number, line): a worker's result is
    # pickled, and pickle handles plain tuples in C, NamedTuples in Python.
    items: list[ItemRow]
    # Each claim's columns for the Claims view (see rows.claim_rows).
    claims: list[ClaimRow]


# What reading a file gave: parsed; "same" (or "same, racy") when a racy
# file's bytes had not changed; None when it changed while read, or went.
Result = Parsed | str | None


def digest_of(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def read_one(folder: str, path: str, digest: bytes | None) -> Result:
    """Read and parse `path` (relative to `folder`); see Result."""
    from tui.core.format import load  # PyYAML: only when a file is read

    file = Path(folder, path)
    if os.path.islink(file) and not inside(os.path.realpath(file), os.path.realpath(folder)):
        return None  # made a link out of the folder since it was listed
    try:
        before = Signature.of(os.stat(file))
        started = time.time_ns()
        error: BriefingError | None = None
        try:
            data = read_briefing_bytes(file, path)
        except BriefingError as exc:
            data, error = b"", exc
        if data and digest is not None and digest_of(data) == digest:
            return "same" if before.mtime_ns + RACY_NS < started else "same, racy"
        briefing = None
        text: str | None = None
        if error is None:
            try:
                # decoded once, for the parse and for the items' lines; bytes
                # that are not UTF-8 go to the parse, which says where
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = None
            try:
                briefing = load.parse_briefing(data if text is None else text, path, file)
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
        return Parsed(after, digest_of(data), racy, None,
                      (first.line, first.column, first.path, first.message, len(error.errors)),
                      [], [])
    assert text is not None
    return Parsed(after, digest_of(data), racy, summarise(briefing), None,
                  [(i.who, i.country, i.org, i.text, i.more, i.kind, i.number, i.line)
                   for i in items_of(briefing, text)],
                  claim_rows(briefing))


def _leave_interrupts_to_the_caller() -> None:
    """A worker ignores ctrl-c: the caller stops, and the workers with it,
    with no worker's traceback on the terminal."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_chunk(folder: str, jobs: list[tuple[str, bytes | None]]) -> list[Result]:
    return [read_one(folder, path, digest) for path, digest in jobs]


def read_all(folder: str, jobs: list[tuple[str, bytes | None]],
             cancelled: Callable[[], bool], parallel: bool) -> Iterator[tuple[str, Result]]:
    """(path, result) for each (path, digest) of `jobs`, in order. With
    `parallel`, in worker processes when there are many and more than one
    core: only for a program whose main module does nothing when imported
    again (the `briefing` command, `python -m tui`), which is how spawned
    workers start."""
    # A worker per core, the caller's writing sharing them: writing what a
    # worker parses takes the caller most of the time the parse took, so
    # with a core kept for it alone the one worker of two cores was the
    # bottleneck while the caller waited.
    workers = min(os.cpu_count() or 1, 8)
    if not parallel or len(jobs) < PARALLEL_MIN or workers < 2:
        for path, digest in jobs:
            if cancelled():
                return
            yield path, read_one(folder, path, digest)
        return
    # Spawned, not forked: the app's threads must not be copied mid-step.
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                               initializer=_leave_interrupts_to_the_caller)
    chunks = [jobs[n:n + CHUNK] for n in range(0, len(jobs), CHUNK)]
    done = 0
    try:
        # A few chunks ahead per worker, not every file at once: workers
        # faster than the caller writes would pile up parsed files in memory.
        ahead: deque[Future[list[Result]]] = deque(
            pool.submit(_read_chunk, folder, chunk) for chunk in chunks[:workers * AHEAD])
        waiting = iter(chunks[workers * AHEAD:])
        while ahead:
            results = ahead.popleft().result()
            if (chunk := next(waiting, None)) is not None:
                ahead.append(pool.submit(_read_chunk, folder, chunk))
            for result in results:
                yield jobs[done][0], result
                done += 1
                if cancelled():
                    return
    except (BrokenProcessPool, OSError) as exc:
        # A worker could not start (a script that runs itself again when
        # imported, no processes left): the rest are read here.
        debug(f"index: reading in this process: {exc}")
        for path, digest in jobs[done:]:
            if cancelled():
                return
            yield path, read_one(folder, path, digest)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
