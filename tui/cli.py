"""Command line: `briefing [PATH]` opens the app; check, export, schema, draft are headless.

Only the interactive command imports the app (and with it Textual), so the
headless commands start in the time it takes to import PyYAML.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.cli_output import OutputError, emit, err, flush_stdout, load_or_report, say

COMMANDS = ("open", "check", "export", "schema", "draft", "update", "diff", "history", "serve",
            "search")


def cmd_open(path: Path | None) -> int:
    if path is not None and not path.exists():
        err(f"{path}: no such file or folder")
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
        briefing = load_or_report(path, pending)
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
        flush_stdout()  # buffered output fails here, not at exit
    except KeyboardInterrupt:
        return 130
    except OutputError as exc:
        err(f"cannot write output: {exc}")
        return 1
    return code


def _run(args_in: list[str]) -> int:
    if not args_in or (args_in[0] not in COMMANDS and not args_in[0].startswith("-")):
        if args_in and (suggestion := _mistyped_command(args_in[0])):
            err(f"unknown command '{args_in[0]}'; did you mean '{suggestion}'?")
            return 2
        args_in.insert(0, "open")
    if args_in[0] == "open" and len(args_in) <= 2 and not args_in[-1].startswith("-"):
        # `briefing [PATH]`, the common case, needs no parser, whose import
        # and set-up would only delay the app's first frame.
        return cmd_open(Path(args_in[1]) if len(args_in) == 2 else None)
    from tui.cli_commands import (
        cmd_check,
        cmd_diff,
        cmd_draft,
        cmd_draft_many,
        cmd_export,
        cmd_history,
        cmd_search,
    )
    from tui.cli_parser import build_parser

    args = build_parser().parse_args(args_in)
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
            emit(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
            return 0
        case "draft":
            if len(args.article) > 1:
                if args.explain:
                    err("--explain takes one article")
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
                say(message)
            emit(outcome.out)
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
                err(f"{args.path}: no such file or folder")
                return 2
            from tui.serve import ServeOptions, new_token, serve

            options = ServeOptions(
                args.host, args.port, None if args.no_token else args.token or new_token(),
                tuple(args.allow_host), args.max_sessions, args.public_url)
            return serve(args.path, options)
        case _:
            return cmd_open(getattr(args, "path", None))
