"""What the command line prints: messages on stderr made safe for a terminal,
output on stdout that survives a closed pipe, files written atomically, and
a briefing loaded with its errors reported."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.format.errors import BriefingError
    from tui.core.format.model import Briefing
    from tui.core.store.cache import PendingWrites


def say(line: str) -> None:
    """One line on stderr, its control characters shown as escapes: a file
    name or a git message is text, never a command to the terminal."""
    from tui.core.export.terminal_text import escape

    print(escape(line), file=sys.stderr)


def err(message: str) -> None:
    say(f"briefing: {message}")


def report(exc: BriefingError) -> None:
    """A broken file's located errors, one a line, on stderr."""
    for e in exc.errors:
        say(str(e))


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a device error)."""


def emit(text: str) -> None:
    """Write to standard output. A reader that left (`briefing check | head -1`)
    is not an error: the rest is dropped and the command's exit status stands."""
    from tui.core.export.terminal_text import escape_output

    try:
        # Each output cleans its own text; this is the last guard, so that
        # nothing a renderer missed reaches a terminal raw.
        sys.stdout.write(escape_output(text))
    except BrokenPipeError:
        drop_stdout()
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None


def drop_stdout() -> None:
    # What Python's documentation advises: point stdout at devnull, so the
    # flush at exit does not fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        drop_stdout()
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None


FORCE_ALONE = "--force goes with -o/--output only: it lets OUTPUT be overwritten"


def write_output(text: str, output: Path | None, force: bool) -> int:
    from tui.core.export.files import OutputExistsError, write_atomic

    if output is None:
        emit(text)
        return 0
    try:
        write_atomic(output, text, overwrite=force)
    except OutputExistsError:
        err(f"{output} exists; add --force to overwrite it")
        return 1
    except OSError as exc:
        err(f"cannot write {output}: {exc.strerror or exc}")
        return 1
    say(f"wrote {output}")
    return 0


# A file this big takes a noticeable time to parse the first time, so the
# terminal says what is happening rather than sitting blank.
LOADING_MESSAGE_BYTES = 512 * 1024


@contextmanager
def loading_message(path: Path) -> Iterator[None]:
    """`loading FILE (2.2 MB)...` on a terminal while a big file loads, erased after."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    show = size >= LOADING_MESSAGE_BYTES and sys.stderr.isatty()
    if show:
        from tui.core.export.terminal_text import escape  # a file name is text, not escape codes

        sys.stderr.write(f"briefing: loading {escape(str(path))} "
                         f"({size / 1e6:.1f} MB)...")
        sys.stderr.flush()
    try:
        yield
    finally:
        if show:
            sys.stderr.write("\r\x1b[K")  # back to the start of the line, and clear it
            sys.stderr.flush()


def load_or_report(path: Path, pending: PendingWrites | None = None) -> Briefing | None:
    """The briefing, or None after printing its located errors to stderr."""
    from tui.core.format.errors import BriefingError
    from tui.core.store.cache import load_briefing_cached

    try:
        with loading_message(path):  # erased before any error is printed
            return load_briefing_cached(path, pending)
    except BriefingError as exc:
        report(exc)
        return None
