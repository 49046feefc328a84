"""Command line: `briefing [PATH]` opens the app; check, export, schema, draft are headless.

Only the interactive command imports the app (and with it Textual), so the
headless commands start in the time it takes to import PyYAML.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse

    from tui.core.format.errors import BriefingError
    from tui.core.format.model import Briefing
    from tui.core.store.cache import PendingWrites

COMMANDS = ("open", "check", "export", "schema", "draft", "update", "diff", "history", "serve",
            "search")


def _parser() -> argparse.ArgumentParser:
    import argparse  # not needed by `briefing [PATH]`: see main()

    class Parser(argparse.ArgumentParser):
        """argparse, with the words of a usage error (`unrecognized
        arguments: ...`) shown as text, never run by the terminal."""

        def error(self, message: str) -> NoReturn:
            from tui.core.export.terminal_text import escape

            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {escape(message)}\n")

    parser = Parser(
        prog="briefing",
        description="Read, check and publish structured news briefings.",
        epilog="With no command, `briefing [PATH]` opens the app (the bundled "
        "briefings when PATH is left out).",
    )
    from tui import __version__
    from tui.core.export.data import FRONT_MATTERS, TABLES
    from tui.core.export.formats import FORMATS

    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open a briefing or a folder of briefings in the app")
    p.add_argument("path", nargs="?", type=Path, help="a briefing file or a folder")

    p = sub.add_parser("check", help="check briefings and print every error")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")

    p = sub.add_parser("export", help="export a briefing to Markdown, JSON or CSV",
                       epilog=_csv_columns_help(),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", type=Path, help="the briefing file")
    p.add_argument("-o", "--output", type=Path, help="write here instead of stdout; into a "
                   "folder, as FILE's name with .md, .json or .csv")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    p.add_argument("--format", choices=FORMATS, default="markdown",
                   help="markdown (the default), json (the whole briefing as data) or csv")
    p.add_argument("--table", choices=TABLES,
                   help="with --format csv: one row per casualty claim (the default), figure "
                   "or quote; the columns are below")
    p.add_argument("--front-matter", choices=FRONT_MATTERS,
                   help="with markdown: a YAML front-matter block for a notes tool")

    p = sub.add_parser("schema", help="print the JSON Schema of the briefing format")
    p.add_argument("--export", choices=("json",),
                   help="the schema of `export --format json` instead")

    p = sub.add_parser("diff", help="what changed between two versions of a briefing",
                       description="A semantic diff: claims revised, added and withdrawn, "
                       "disputes that appeared or were resolved, quotes, reactions, figures, "
                       "timeline and sources added or removed, summary lines changed. "
                       "In REV:PATH (the file in a git revision), PATH is relative to the "
                       "current folder, as in `git show REV:./PATH` (not to the repository's "
                       "top); a revision cannot start with '-'. "
                       "Exit 0: no change; 1: changes; 2: an error.")
    p.add_argument("old", help="the older file, or REV:PATH (the file in a git revision, "
                   "PATH relative to the current folder)")
    p.add_argument("new", help="the newer file, or REV:PATH")
    p.add_argument("--format", choices=("text", "markdown"), default="text",
                   help="markdown gives a block ready for a changelog")

    p = sub.add_parser("history", help="every commit that changed a briefing, with its diff")
    p.add_argument("file", type=Path, help="a briefing file in a git repository")
    p.add_argument("--claims", action="store_true", help="only claims, figures and disputes")

    from tui.core.store.query import __doc__ as query_help

    p = sub.add_parser("search", help="search every word of a folder of briefings",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Print each match as FILE:LINE: WHERE: SNIPPET, best "
                       "first, as grep does\n(WHERE says what matched: `quote by Ali "
                       "Khamenei`, `summary`).\nThe folder's index, kept in the cache folder, "
                       "is brought up to date first:\nonly the files changed since are read.\n"
                       "Exit 0: found; 1: nothing found; 2: an error.",
                       epilog="The query:\n" + "\n".join((query_help or "").splitlines()[1:]))
    p.add_argument("query", help="words, \"phrases\" and fields (below); quote it for the shell")
    p.add_argument("folder", nargs="?", type=Path,
                   help="the folder of briefings, searched with its subfolders (default: the "
                   "current folder)")
    p.add_argument("--json", action="store_true",
                   help="one JSON object a line per match: file, line, kind, item, who, where, "
                   "snippet, highlights ([start, end] in snippet), title, date")
    p.add_argument("--limit", type=int, metavar="N", help="print at most the N best matches")

    p = sub.add_parser("serve", help="the app in a web browser (needs briefing[serve])")
    p.add_argument("path", nargs="?", type=Path, help="a briefing file or a folder")
    p.add_argument("--host", default="127.0.0.1",
                   help="where to listen (default 127.0.0.1; there is no authentication)")
    p.add_argument("--port", type=int, default=8000, help="default 8000")

    p = sub.add_parser("draft", help="draft a briefing from news articles about one event: "
                       "text, saved web pages or URLs")
    p.add_argument("article", nargs="+", help="the article: a text file, a web page saved as "
                   ".html, an http(s) URL (pages need briefing[web]), or - to read it from "
                   "standard input; several reports of one event give one draft (their "
                   "figures as revisions, each with its report's time and source)")
    p.add_argument("-o", "--output", type=Path, help="write here instead of stdout; into a "
                   "folder, as ARTICLE's name with .yaml (draft.yaml for -)")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    p.add_argument("--allow-private", action="store_true",
                   help="fetch a URL on a loopback or private address (your own machine "
                   "or network); link-local and cloud metadata addresses are always refused")

    p = sub.add_parser("update", help="add what new reports say to a briefing",
                       description="New figures of a known claimant become its revisions "
                       "(said: the report's time, source: its outlet); new claimants, quotes, "
                       "reactions, figures and timeline entries are added, each marked "
                       "`# check:`; a quote already there gains the new source. Nothing "
                       "else in the file changes: comments, order, quoting and line endings "
                       "are kept. The change is printed as `briefing diff` prints it: on "
                       "standard error while the briefing goes to standard output, else on "
                       "standard output. Exit 0: done; 1: an error; 2: usage.")
    p.add_argument("briefing", type=Path, metavar="BRIEFING", help="the briefing file")
    p.add_argument("reports", nargs="+", metavar="REPORT",
                   help="a text file, a saved .html page, an http(s) URL or - (standard "
                   "input), in the order they were published")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", type=Path, help="write the updated briefing here "
                       "(default: standard output)")
    where.add_argument("--write", action="store_true", help="replace BRIEFING atomically; "
                       "refused if the file changed since it was read")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    p.add_argument("--allow-private", action="store_true",
                   help="fetch a URL on a loopback or private address")
    return parser


def _say(line: str) -> None:
    """One line on stderr, its control characters shown as escapes: a file
    name or a git message is text, never a command to the terminal."""
    from tui.core.export.terminal_text import escape

    print(escape(line), file=sys.stderr)


def _csv_columns_help() -> str:
    """The CSV tables' columns, for `export --help` (docs/format.md has more)."""
    import textwrap

    from tui.core.export.data import CSV_COLUMNS

    lines = ["CSV columns, the same for every briefing. A count is three columns: as",
             "written (80, 80+, 10-20, unknown), then its min and max as plain numbers;",
             "all three are empty when the record gives no such count.", ""]
    for table, columns in CSV_COLUMNS.items():
        lines += textwrap.wrap(f"{table}: {', '.join(columns)}", 78, initial_indent="  ",
                               subsequent_indent="    ")
    return "\n".join(lines)


def _err(message: str) -> None:
    _say(f"briefing: {message}")


def _report(exc: BriefingError) -> None:
    """A broken file's located errors, one a line, on stderr."""
    for e in exc.errors:
        _say(str(e))


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a device error)."""


def _emit(text: str) -> None:
    """Write to standard output. A reader that left (`briefing check | head -1`)
    is not an error: the rest is dropped and the command's exit status stands."""
    from tui.core.export.terminal_text import escape_output

    try:
        # Each output cleans its own text; this is the last guard, so that
        # nothing a renderer missed reaches a terminal raw.
        sys.stdout.write(escape_output(text))
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
    from tui.core.format.errors import BriefingError
    from tui.core.format.load import load_briefing
    from tui.core.store.library import briefing_files

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
    from tui.core.export.files import OutputExistsError, write_atomic

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
    _say(f"wrote {output}")
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


def _load_or_report(path: Path, pending: PendingWrites | None = None) -> Briefing | None:
    """The briefing, or None after printing its located errors to stderr."""
    from tui.core.format.errors import BriefingError
    from tui.core.store.cache import load_briefing_cached

    try:
        with _loading_message(path):  # erased before any error is printed
            return load_briefing_cached(path, pending)
    except BriefingError as exc:
        _report(exc)
        return None


def cmd_export(file: Path, output: Path | None, force: bool, fmt: str = "markdown",
               table: str | None = None, front_matter: str | None = None) -> int:
    # An option that does not apply to the format is refused, never ignored.
    for option, given, applies_to in (("--table", table, "csv"),
                                      ("--front-matter", front_matter, "markdown")):
        if given is not None and fmt != applies_to:
            _err(f"{option} goes with --format {applies_to} only, not {fmt}")
            return 2
    briefing = _load_or_report(file)
    if briefing is None:
        return 1
    from tui.core.export.formats import render

    if output is not None:
        from tui.core.export.files import export_target

        output = export_target(output, file, fmt)
    return _write_output(render(briefing, fmt, table or "claims", front_matter), output, force)


def cmd_draft(source: str, output: Path | None, force: bool,
              allow_private: bool = False) -> int:
    from tui.core.draft import draft_yaml
    from tui.core.draft.article import ArticleError, read_article
    from tui.core.export.terminal_text import strip_controls

    try:
        article = read_article(source, allow_private)
    except ArticleError as exc:
        _err(str(exc))
        return 1
    # An article's control characters would reach the draft raw, where YAML
    # refuses them (and a terminal obeys them).
    article = article._replace(**{name: strip_controls(value) for name, value
                                  in article._asdict().items() if value is not None})
    if not article.text.strip():
        where = "standard input" if source == "-" else source
        _err(f"{where} holds no text; nothing to draft")
        return 2
    if output is not None:
        from tui.core.export.files import draft_target

        output = draft_target(output, source)
    metadata = article if article.title or article.url or article.site else None
    return _write_output(draft_yaml(article.text, metadata), output, force)


def cmd_draft_many(sources: list[str], output: Path | None, force: bool,
                   allow_private: bool) -> int:
    """One draft from several reports of one event (see tui.cli_update)."""
    from tui.cli_update import run_draft_many

    outcome, text = run_draft_many(sources, allow_private)
    for message in outcome.messages:
        _say(message)
    if text is None:
        return outcome.code
    if output is not None:
        from tui.core.export.files import draft_target

        output = draft_target(output, sources[0])
    return _write_output(text, output, force)


def cmd_diff(old_spec: str, new_spec: str, markdown: bool) -> int:
    from tui.core.format.errors import BriefingError
    from tui.core.story.diff import diff_briefings, diff_text
    from tui.core.story.history import GitError, load_spec

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
    from tui.core.story.commit_log import commit_changes, commit_log_text
    from tui.core.story.history import GitError

    try:
        for entry in commit_changes(file, claims_only):
            _emit(commit_log_text(entry))
    except GitError as exc:
        _err(str(exc))
        return 2
    return 0


def cmd_search(query: str, folder: Path | None, as_json: bool, limit: int | None) -> int:
    from tui.core.store.index import Index, IndexUnavailable
    from tui.core.store.query import parse_query
    from tui.core.store.search import plain

    if parse_query(query).empty:
        _err(f"nothing to search for in {plain(repr(query))}: give a word, a \"phrase\" "
             "or a field (briefing search --help)")
        return 2
    if limit is not None and limit < 1:
        _err("--limit must be 1 or more")
        return 2
    root = folder if folder is not None else Path(".")
    if not root.is_dir():
        _err(f"{plain(str(root))}: not a folder")
        return 2
    try:
        index = Index(root)
    except IndexUnavailable as exc:
        _err(plain(str(exc)))
        return 2
    try:
        with _indexing_message() as progress:
            index.update(progress, parallel=True)  # `briefing`'s main module is safe
        hits = index.search(query, limit)
        rows = index.listing()
    except IndexUnavailable as exc:
        _err(plain(str(exc)))
        return 2
    finally:
        index.close()
    if not rows:
        _err(f"no briefing files (*.yaml, *.yml) found in {plain(str(root))}")
        return 2
    broken = sum(1 for row in rows if row.error_count)
    if broken:
        _err(f"{broken} file{'s' * (broken != 1)} not searched: not valid briefings "
             f"(briefing check {plain(str(root))} says why)")
    import json  # only here and in schema

    for hit in hits:
        file = plain(hit.path if folder is None else os.path.join(str(folder), hit.path))
        if as_json:
            _emit(json.dumps({"file": file, "line": hit.line, "kind": hit.kind, "item": hit.item,
                              "who": hit.who, "where": plain(hit.label), "snippet": hit.snippet,
                              "highlights": [list(span) for span in hit.highlights],
                              "title": hit.title, "date": hit.date}, ensure_ascii=False) + "\n")
        else:
            _emit(f"{file}:{hit.line}: {plain(hit.label)}: {hit.snippet}\n")
    return 0 if hits else 1


@contextmanager
def _indexing_message() -> Iterator[Callable[[int, int], None] | None]:
    """`indexing 3,200 of 10,000` on a terminal while files are read, erased after."""
    if not sys.stderr.isatty():
        yield None
        return
    shown = False

    def progress(done: int, total: int) -> None:
        nonlocal shown
        if done % 50 == 0 or done == total:
            sys.stderr.write(f"\rbriefing: indexing {done:,} of {total:,}")
            sys.stderr.flush()
            shown = True

    try:
        yield progress
    finally:
        if shown:
            sys.stderr.write("\r\x1b[K")  # back to the start of the line, and clear it
            sys.stderr.flush()


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
    from tui.core.store.cache import QUIT_SECONDS, PendingWrites

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

    try:
        BriefingApp(path, briefing, resume_collector=True).run()
    finally:
        pending.write(seconds=QUIT_SECONDS)
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
                from tui.core.export.data import EXPORT_SCHEMA as schema
            else:
                from tui.core.format.schema import json_schema

                schema = json_schema()
            _emit(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
            return 0
        case "draft":
            if len(args.article) > 1:
                return cmd_draft_many(args.article, args.output, args.force,
                                      args.allow_private)
            return cmd_draft(str(args.article[0]), args.output, args.force, args.allow_private)
        case "update":
            from tui.cli_update import run_update

            outcome = run_update(args.briefing, args.reports, args.output, args.write,
                                 args.force, args.allow_private)
            for message in outcome.messages:
                _say(message)
            _emit(outcome.out)
            return outcome.code
        case "diff":
            return cmd_diff(args.old, args.new, args.format == "markdown")
        case "history":
            return cmd_history(args.file, args.claims)
        case "search":
            return cmd_search(args.query, args.folder, args.json, args.limit)
        case "serve":
            if args.path is not None and not args.path.exists():
                _err(f"{args.path}: no such file or folder")
                return 2
            from tui.serve import serve

            return serve(args.path, args.host, args.port)
        case _:
            return cmd_open(getattr(args, "path", None))
