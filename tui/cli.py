"""Command line: `briefing [PATH]` opens the app; check, export, schema, draft are headless.

Only the interactive command imports the app (and with it Textual), so the
headless commands start in the time it takes to import PyYAML.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from tui.core.cache import PendingWrites
    from tui.core.errors import BriefingError
    from tui.core.model import Briefing

COMMANDS = ("open", "check", "export", "schema", "draft", "diff", "history", "serve")


def _parser() -> argparse.ArgumentParser:
    import argparse  # not needed by `briefing [PATH]`: see main()

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read, check and publish structured news briefings.",
        epilog="With no command, `briefing [PATH]` opens the app (the bundled "
        "briefings when PATH is left out).",
    )
    from tui import __version__
    from tui.core.export_data import FRONT_MATTERS, TABLES
    from tui.core.exports import FORMATS
    from tui.serve import DEFAULT_MAX_SESSIONS

    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open a briefing or a folder of briefings in the app")
    p.add_argument("path", nargs="?", type=Path, help="a briefing file or a folder")

    p = sub.add_parser("check", help="check briefings and print every error")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")

    p = sub.add_parser("export", help="export a briefing to Markdown, JSON or CSV")
    p.add_argument("file", type=Path, help="the briefing file")
    p.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    p.add_argument("--format", choices=FORMATS, default="markdown",
                   help="markdown (the default), json (the whole briefing as data) or csv")
    p.add_argument("--table", choices=TABLES, default="claims",
                   help="with --format csv: one row per casualty claim (default), figure "
                   "or quote")
    p.add_argument("--front-matter", choices=FRONT_MATTERS,
                   help="with markdown: a YAML front-matter block for a notes tool")

    p = sub.add_parser("schema", help="print the JSON Schema of the briefing format")
    p.add_argument("--export", choices=("json",),
                   help="the schema of `export --format json` instead")

    p = sub.add_parser("diff", help="what changed between two versions of a briefing",
                       description="A semantic diff: claims revised, added and withdrawn, "
                       "disputes that appeared or were resolved, quotes, reactions, figures, "
                       "timeline and sources added or removed, summary lines changed. "
                       "Exit 0: no change; 1: changes; 2: an error.")
    p.add_argument("old", help="the older file, or REV:PATH (the file in a git revision)")
    p.add_argument("new", help="the newer file, or REV:PATH")
    p.add_argument("--format", choices=("text", "markdown"), default="text",
                   help="markdown gives a block ready for a changelog")

    p = sub.add_parser("history", help="every commit that changed a briefing, with its diff")
    p.add_argument("file", type=Path, help="a briefing file in a git repository")
    p.add_argument("--claims", action="store_true", help="only claims, figures and disputes")

    p = sub.add_parser("serve", help="the app in a web browser (needs briefing[serve])",
                       description="Serve the app to web browsers, one app process a tab. "
                       "Open the address printed: its token is then kept in a cookie. A "
                       "file is served alone; a folder with nothing outside it.")
    p.add_argument("path", nargs="?", type=Path, help="a briefing file or a folder")
    p.add_argument("--host", default="127.0.0.1",
                   help="where to listen (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_port, default=8000, help="1-65535, default 8000")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="a name browsers may reach this server by, besides localhost, "
                   "127.0.0.1, [::1] and --host (repeatable)")
    token = p.add_mutually_exclusive_group()
    token.add_argument("--token", type=_token, metavar="VALUE",
                       help="the token pages need (default: a random one, printed)")
    token.add_argument("--no-token", action="store_true",
                       help="no token: anyone who can reach the server may use it")
    p.add_argument("--max-sessions", type=_positive, default=DEFAULT_MAX_SESSIONS,
                   metavar="N", help="app processes at once; a tab over it is told so "
                   f"(default {DEFAULT_MAX_SESSIONS})")
    p.add_argument("--public-url", type=_public_url, metavar="URL",
                   help="the address browsers use, when a proxy serves it under another "
                   "(e.g. https://example.org)")

    p = sub.add_parser("draft", help="draft a briefing from a news article: text, a saved "
                       "web page or a URL")
    p.add_argument("article", help="the article: a text file, a web page saved as .html, "
                   "an http(s) URL (pages need briefing[web]), or - to read it from standard "
                   "input")
    p.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    return parser


def _port(text: str) -> int:
    import argparse

    if not (text.isdecimal() and 1 <= int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535)")
    return int(text)


def _positive(text: str) -> int:
    import argparse

    if not (text.isdecimal() and int(text) >= 1):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _token(text: str) -> str:
    import argparse

    if not text or not text.isascii() or not text.isprintable() or " " in text:
        raise argparse.ArgumentTypeError("a token is printable ASCII, without spaces")
    return text


def _public_url(text: str) -> str:
    import argparse
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query \
            or parts.path not in ("", "/"):
        raise argparse.ArgumentTypeError(f"{text!r} is not an http(s)://HOST[:PORT] address")
    return text.rstrip("/")


def _err(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr)


def _report(exc: BriefingError) -> None:
    """A broken file's located errors, one a line, on stderr."""
    for e in exc.errors:
        print(e, file=sys.stderr)


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a device error)."""


def _emit(text: str) -> None:
    """Write to standard output. A reader that left (`briefing check | head -1`)
    is not an error: the rest is dropped and the command's exit status stands."""
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        _drop_stdout()
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None


def _drop_stdout() -> None:
    # What Python's documentation advises: point stdout at devnull, so the
    # flush at exit does not fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None


def cmd_check(paths: list[Path]) -> int:
    from tui.core.errors import BriefingError
    from tui.core.library import briefing_files
    from tui.core.load import load_briefing

    files = bad = errors = 0
    for path in briefing_files(paths):
        files += 1
        try:
            load_briefing(path)
        except BriefingError as exc:
            bad += 1
            errors += len(exc.errors)
            for e in exc.errors:
                _emit(f"{e}\n")
    if files == 0:
        _err("no briefing files (*.yaml, *.yml) found in " + ", ".join(map(str, paths)))
        return 2
    noun = "file" if files == 1 else "files"
    if bad:
        _emit(f"{errors} error{'s' * (errors != 1)} in {bad} of {files} {noun}\n")
        return 1
    _emit(f"{files} {noun} checked, all valid\n")
    return 0


def _write_output(text: str, output: Path | None, force: bool) -> int:
    from tui.core.files import OutputExistsError, write_atomic

    if output is None:
        _emit(text)
        return 0
    try:
        write_atomic(output, text, overwrite=force)
    except OutputExistsError:
        _err(f"{output} exists; add --force to overwrite it")
        return 1
    except OSError as exc:
        _err(f"cannot write {output}: {exc.strerror or exc}")
        return 1
    print(f"wrote {output}", file=sys.stderr)
    return 0


# A file this big takes a noticeable time to parse the first time, so the
# terminal says what is happening rather than sitting blank.
LOADING_MESSAGE_BYTES = 512 * 1024


@contextmanager
def _loading_message(path: Path) -> Iterator[None]:
    """`loading FILE (2.2 MB)...` on a terminal while a big file loads, erased after."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    show = size >= LOADING_MESSAGE_BYTES and sys.stderr.isatty()
    if show:
        from tui.core.text import one_line  # a file name is text, not escape codes

        sys.stderr.write(f"briefing: loading {one_line(str(path))} "
                         f"({size / 1e6:.1f} MB)...")
        sys.stderr.flush()
    try:
        yield
    finally:
        if show:
            sys.stderr.write("\r\x1b[K")  # back to the start of the line, and clear it
            sys.stderr.flush()


def _load_or_report(path: Path, pending: PendingWrites | None = None) -> Briefing | None:
    """The briefing, or None after printing its located errors to stderr."""
    from tui.core.cache import load_briefing_cached
    from tui.core.errors import BriefingError

    try:
        with _loading_message(path):  # erased before any error is printed
            return load_briefing_cached(path, pending)
    except BriefingError as exc:
        _report(exc)
        return None


def cmd_export(file: Path, output: Path | None, force: bool, fmt: str = "markdown",
               table: str = "claims", front_matter: str | None = None) -> int:
    if front_matter and fmt != "markdown":
        _err("--front-matter goes with markdown export only")
        return 2
    briefing = _load_or_report(file)
    if briefing is None:
        return 1
    from tui.core.exports import render

    if output is not None:
        from tui.core.files import export_target

        output = export_target(output, file, fmt)
    return _write_output(render(briefing, fmt, table, front_matter), output, force)


def cmd_draft(source: str, output: Path | None, force: bool) -> int:
    from tui.core.article import ArticleError, read_article
    from tui.core.draft import draft_yaml

    try:
        article = read_article(source)
    except ArticleError as exc:
        _err(str(exc))
        return 1
    metadata = article if article.title or article.url or article.site else None
    return _write_output(draft_yaml(article.text, metadata), output, force)


def cmd_diff(old_spec: str, new_spec: str, markdown: bool) -> int:
    from tui.core.diff import diff_briefings, diff_text
    from tui.core.errors import BriefingError
    from tui.core.history import GitError, load_spec

    loaded = []
    for spec in (old_spec, new_spec):
        try:
            loaded.append(load_spec(spec))
        except BriefingError as exc:
            _report(exc)
            return 2
        except GitError as exc:
            _err(f"{spec}: {exc}")
            return 2
    changes = diff_briefings(loaded[0], loaded[1])
    _emit(diff_text(changes, markdown) if changes else "no changes\n")
    return 1 if changes else 0


def cmd_history(file: Path, claims_only: bool) -> int:
    from tui.core.diff import diff_briefings, diff_text
    from tui.core.errors import BriefingError
    from tui.core.history import GitError, at_commit, commits

    try:
        found = commits(file)
    except GitError as exc:
        _err(str(exc))
        return 2
    for number, commit in enumerate(found):
        _emit(f"{commit.date} {commit.short} {commit.subject}\n")
        # before this commit, the file had the name of the commit before it in
        # the list (the file did not change in between)
        before = found[number + 1] if number + 1 < len(found) else None
        try:
            new = at_commit(file, commit.hash, commit.path)
            old = at_commit(file, commit.hash + "^", before.path) if before else None
        except BriefingError as exc:
            _emit(f"  (not a valid briefing then: {exc.first})\n\n")
            continue
        if new is None:
            _emit("  (the file was removed or renamed)\n\n")
        elif old is None:
            _emit("  (created)\n\n")
        else:
            text = diff_text(diff_briefings(old, new, claims_only))
            indented = "".join(f"  {line}\n" for line in text.splitlines())
            _emit((indented or "  (no change to what it says)\n") + "\n")
    return 0


def cmd_open(path: Path | None) -> int:
    if path is not None and not path.exists():
        _err(f"{path}: no such file or folder")
        return 2
    # Start-up creates tens of thousands of long-lived objects (the
    # briefing, Textual's classes, styles, widgets); the collector's passes
    # over them free nothing and delay the first frame. The app turns it
    # back on once that frame is shown.
    gc.disable()
    try:
        return _open_without_collector(path)
    finally:
        gc.enable()


def _open_without_collector(path: Path | None) -> int:
    from tui.core.cache import PendingWrites

    briefing = None
    # Storing a big briefing in the parse cache is done on the way out, not
    # before the first frame.
    pending = PendingWrites()
    if path is not None and path.is_file():
        # Check before the app starts: an invalid file prints located errors
        # and exits 1 instead of opening a broken screen. The app reuses it.
        briefing = _load_or_report(path, pending)
        if briefing is None:
            return 1
    from tui.app.app import BriefingApp
    from tui.serve import CONFINE_VARIABLE

    try:
        # Set by `briefing serve` for the processes it starts.
        confined = os.environ.get(CONFINE_VARIABLE) == "1"
        BriefingApp(path, briefing, resume_collector=True, confined=confined).run()
    finally:
        pending.write()
    return 0


def _mistyped_command(word: str) -> str | None:
    """The command `word` was probably meant to be (`exprot` -> `export`),
    unless it names a file or folder to open."""
    if Path(word).exists():
        return None
    import difflib  # only for a word that is neither a command nor a path

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _run(list(sys.argv[1:] if argv is None else argv))
        _flush_stdout()  # buffered output fails here, not at exit
    except KeyboardInterrupt:
        return 130
    except OutputError as exc:
        _err(f"cannot write output: {exc}")
        return 1
    return code


def _run(args_in: list[str]) -> int:
    if not args_in or (args_in[0] not in COMMANDS and not args_in[0].startswith("-")):
        if args_in and (suggestion := _mistyped_command(args_in[0])):
            _err(f"unknown command '{args_in[0]}'; did you mean '{suggestion}'?")
            return 2
        args_in.insert(0, "open")
    if args_in[0] == "open" and len(args_in) <= 2 and not args_in[-1].startswith("-"):
        # `briefing [PATH]`, the common case, needs no parser, whose import
        # and set-up would only delay the app's first frame.
        return cmd_open(Path(args_in[1]) if len(args_in) == 2 else None)
    args = _parser().parse_args(args_in)
    match args.command:
        case "check":
            return cmd_check(args.paths)
        case "export":
            return cmd_export(args.file, args.output, args.force, args.format, args.table,
                              args.front_matter)
        case "schema":
            import json  # only here: no other command needs it

            if args.export == "json":
                from tui.core.export_data import EXPORT_SCHEMA as schema
            else:
                from tui.core.schema import json_schema

                schema = json_schema()
            _emit(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
            return 0
        case "draft":
            return cmd_draft(str(args.article), args.output, args.force)
        case "diff":
            return cmd_diff(args.old, args.new, args.format == "markdown")
        case "history":
            return cmd_history(args.file, args.claims)
        case "serve":
            if args.path is not None and not args.path.exists():
                _err(f"{args.path}: no such file or folder")
                return 2
            from tui.serve import ServeOptions, new_token, serve

            options = ServeOptions(
                args.host, args.port, None if args.no_token else args.token or new_token(),
                tuple(args.allow_host), args.max_sessions, args.public_url)
            return serve(args.path, options)
        case _:
            return cmd_open(getattr(args, "path", None))
