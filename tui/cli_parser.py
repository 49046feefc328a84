"""The command line's arguments: every command, option and its help."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse




def build_parser() -> argparse.ArgumentParser:
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
