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
    from tui.serve_settings import DEFAULT_MAX_SESSIONS

    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open a briefing or a folder of briefings in the app")
    p.add_argument("path", nargs="?", type=Path, help="a briefing file or a folder")

    p = sub.add_parser("check", help="check briefings and print every error")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")

    p = sub.add_parser("export", help="export a briefing to Markdown, JSON or CSV; a folder "
                       "to one CSV table or JSON Lines",
                       epilog=_csv_columns_help(),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", type=Path, metavar="FILE|FOLDER",
                   help="the briefing file; or a folder, exported as one table (csv: a 'file' "
                   "column first) or as JSON Lines (jsonl: one briefing a line). Files that "
                   "do not load are left out, each named on stderr, and the exit status is "
                   "then 1 (the table of the others is written all the same)")
    p.add_argument("-o", "--output", type=Path, help="write here instead of stdout; into a "
                   "folder, as FILE's name with .md, .json or .csv")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    p.add_argument("--format", choices=(*FORMATS, "jsonl"), default=None,
                   help="markdown (a file's default), json (the whole briefing as data), csv "
                   "(a folder's default) or jsonl (a folder only)")
    p.add_argument("--table", choices=TABLES,
                   help="with --format csv: one row per casualty claim (the default), figure, "
                   "quote or reaction; the columns are below")
    p.add_argument("--front-matter", choices=FRONT_MATTERS,
                   help="with markdown: a YAML front-matter block for a notes tool")
    p.add_argument("--as-of", metavar="WHEN",
                   help="the briefing as it stood at WHEN (every format): claims and figures "
                   "current then, quotes, reactions and timeline entries said by then; "
                   "items without a time are kept. WHEN is 2020-01-08 (the END of that day), "
                   "2020-01-08T18:00 (read in the briefing's timezone) or "
                   "2020-01-08T18:00+03:00")
    p.add_argument("--with-series", action="store_true",
                   help="with markdown: a 'History of figures' section, a table per group "
                   "of every claimant's revised figures over time")

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
                       "`diff FILE --from WHEN [--to WHEN]` compares one file with itself: "
                       "the story as it stood at one moment against another (OLD NEW "
                       "cannot be combined with --from/--to). "
                       "Exit 0: no change; 1: changes; 2: an error.")
    p.add_argument("old", help="the older file, or REV:PATH (the file in a git revision, "
                   "PATH relative to the current folder); with --from, the one file")
    p.add_argument("new", nargs="?", help="the newer file, or REV:PATH (not with --from)")
    p.add_argument("--from", dest="since", metavar="WHEN",
                   help="diff ONE file with itself: as it stood at WHEN against --to (or "
                   "against the whole file when --to is left out). WHEN is 2020-01-08 (the "
                   "END of that day), 2020-01-08T18:00 (read in the briefing's timezone) or "
                   "2020-01-08T18:00+03:00")
    p.add_argument("--to", dest="until", metavar="WHEN",
                   help="with --from: the later moment (default: everything in the file)")
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
    p.add_argument("--explain", action="store_true", help="instead of the draft, print per "
                   "drafted item the sentence it came from and the rule that drafted it")

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


FORCE_ALONE = "--force goes with -o/--output only: it lets OUTPUT be overwritten"


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


def cmd_export(file: Path, output: Path | None, force: bool, fmt: str | None = None,
               table: str | None = None, front_matter: str | None = None,
               as_of: str | None = None, with_series: bool = False) -> int:
    if file.is_dir():
        if as_of is not None or with_series:
            _err("--as-of and --with-series go with a briefing file, not a folder")
            return 2
        return cmd_export_folder(file, output, force, fmt or "csv", table, front_matter)
    fmt = fmt or "markdown"
    if fmt == "jsonl":
        _err("--format jsonl is for a folder (one briefing a line); a file exports as json")
        return 2
    # An option that does not apply to the format is refused, never ignored.
    for option, given, applies_to in (("--table", table, "csv"),
                                      ("--front-matter", front_matter, "markdown"),
                                      ("--with-series", with_series or None, "markdown")):
        if given is not None and fmt != applies_to:
            _err(f"{option} goes with --format {applies_to} only, not {fmt}")
            return 2
    if force and output is None:
        _err(FORCE_ALONE)
        return 2
    if as_of is not None and not _when_ok("--as-of", as_of):
        return 2
    briefing = _load_or_report(file)
    if briefing is None:
        return 1
    from tui.core.export.formats import render

    moment = None
    if as_of is not None:
        from tui.core.story.as_of import moment_from_text

        moment = moment_from_text(as_of, briefing.zone)
    if output is not None:
        from tui.core.export.files import export_target

        output = export_target(output, file, fmt)
    return _write_output(render(briefing, fmt, table or "claims", front_matter, moment,
                                with_series), output, force)


def _when_ok(option: str, text: str) -> bool:
    """Whether a WHEN a person typed reads as a moment; if not, say why."""
    from tui.core.story.as_of import parse_when

    try:
        parse_when(text)
    except ValueError as exc:
        _err(f"{option}: {exc}")
        return False
    return True


def cmd_export_folder(folder: Path, output: Path | None, force: bool, fmt: str,
                      table: str | None, front_matter: str | None) -> int:
    """A folder as one table (see core.export.folder); exit 1 when a file
    was left out because it does not load."""
    from tui.core.export.folder import FOLDER_FORMATS, export_folder

    if fmt not in FOLDER_FORMATS:
        _err(f"a folder exports as --format csv or jsonl, not {fmt}")
        return 2
    if front_matter is not None or (table is not None and fmt != "csv"):
        _err(f"{'--front-matter' if front_matter else '--table'} does not go with a "
             f"folder's --format {fmt}")
        return 2
    if output is not None and output.is_dir():
        _err(f"{output} is a folder; name the file to write the table to")
        return 2
    skipped: list[Path] = []

    def skip(path: Path, exc: BriefingError) -> None:
        skipped.append(path)
        first = exc.errors[0] if exc.errors else None
        _err(f"skipped {first}" if first else f"skipped {path}")

    try:
        text, _ = export_folder(folder, fmt, table or "claims", skip)
    except OSError as exc:
        _err(f"{folder}: {exc.strerror or exc}")
        return 2
    code = _write_output(text, output, force)
    if skipped:
        _err(f"{len(skipped)} file{'s' * (len(skipped) != 1)} left out: they do not load "
             "(briefing check lists their errors)")
        return 1
    return code


def cmd_draft(source: str, output: Path | None, force: bool,
              allow_private: bool = False, explain: bool = False) -> int:
    from tui.core.draft import draft_yaml
    from tui.core.draft.article import ArticleError, is_url, read_article
    from tui.core.export.terminal_text import strip_controls

    # As export's options: one that would do nothing is refused, not ignored.
    if force and output is None:
        _err(FORCE_ALONE)
        return 2
    if allow_private and not is_url(source):
        _err("--allow-private goes with a URL only: it lets a fetch reach a private address")
        return 2
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
    if explain:
        from tui.core.draft.explain import draft_explained

        return _write_output(draft_explained(article.text, metadata), output, force)
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


def cmd_diff(old_spec: str, new_spec: str | None, markdown: bool, since: str | None = None,
             until: str | None = None) -> int:
    from tui.core.format.errors import BriefingError
    from tui.core.story.diff import diff_briefings, diff_text
    from tui.core.story.history import GitError, load_spec

    if since is not None or until is not None:
        return _diff_moments(old_spec, new_spec, markdown, since, until)
    if new_spec is None:
        _err("diff needs OLD and NEW, or one FILE with --from WHEN [--to WHEN]")
        return 2
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


def _diff_moments(spec: str, other: str | None, markdown: bool, since: str | None,
                  until: str | None) -> int:
    """`diff FILE --from WHEN [--to WHEN]`: one file at two moments."""
    from tui.core.format.errors import BriefingError
    from tui.core.story.as_of import as_of, moment_from_text
    from tui.core.story.diff import diff_briefings, diff_text
    from tui.core.story.history import GitError, load_spec

    if other is not None:
        _err("--from and --to diff one FILE with itself; give one file, not two")
        return 2
    if since is None:
        _err("--to goes with --from WHEN")
        return 2
    for option, text in (("--from", since), ("--to", until)):
        if text is not None and not _when_ok(option, text):
            return 2
    try:
        briefing = load_spec(spec)
    except BriefingError as exc:
        _report(exc)
        return 2
    except GitError as exc:
        _err(f"{spec}: {exc}")
        return 2
    start = moment_from_text(since, briefing.zone)
    end = moment_from_text(until, briefing.zone) if until is not None else None
    if end is not None and end.key < start.key:
        _err(f"--from {since} is after --to {until}; give the earlier moment to --from")
        return 2
    later = as_of(briefing, end) if end is not None else briefing
    changes = diff_briefings(as_of(briefing, start), later)
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
    from tui.serve_settings import CONFINE_VARIABLE

    try:
        # Set by `briefing serve` for the processes it starts.
        confined = os.environ.get(CONFINE_VARIABLE) == "1"
        BriefingApp(path, briefing, resume_collector=True, confined=confined).run()
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
                              args.front_matter, args.as_of, args.with_series)
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
                if args.explain:
                    _err("--explain takes one article")
                    return 2
                return cmd_draft_many(args.article, args.output, args.force,
                                      args.allow_private)
            return cmd_draft(str(args.article[0]), args.output, args.force, args.allow_private,
                             args.explain)
        case "update":
            from tui.cli_update import run_update

            outcome = run_update(args.briefing, args.reports, args.output, args.write,
                                 args.force, args.allow_private)
            for message in outcome.messages:
                _say(message)
            _emit(outcome.out)
            return outcome.code
        case "diff":
            return cmd_diff(args.old, args.new, args.format == "markdown", args.since,
                            args.until)
        case "history":
            return cmd_history(args.file, args.claims)
        case "search":
            return cmd_search(args.query, args.folder, args.json, args.limit)
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
