"""The headless commands: check, export, draft, diff, history and search.
Each imports what it needs when it runs, so none slows another's start."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.format.errors import BriefingError
    from tui.core.format.model import Briefing

from tui.cli_output import FORCE_ALONE, emit, err, load_or_report, report, say, write_output


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
                emit(f"{e}\n")
    if files == 0:
        err("no briefing files (*.yaml, *.yml) found in " + ", ".join(map(str, paths)))
        return 2
    noun = "file" if files == 1 else "files"
    if bad:
        emit(f"{errors} error{'s' * (errors != 1)} in {bad} of {files} {noun}\n")
        return 1
    emit(f"{files} {noun} checked, all valid\n")
    return 0


def cmd_export(file: Path, output: Path | None, force: bool, fmt: str | None = None,
               table: str | None = None, front_matter: str | None = None,
               as_of: str | None = None, with_series: bool = False) -> int:
    if file.is_dir():
        if as_of is not None or with_series:
            err("--as-of and --with-series go with a briefing file, not a folder")
            return 2
        return cmd_export_folder(file, output, force, fmt or "csv", table, front_matter)
    fmt = fmt or "markdown"
    if fmt == "jsonl":
        err("--format jsonl is for a folder (one briefing a line); a file exports as json")
        return 2
    # An option that does not apply to the format is refused, never ignored.
    for option, given, applies_to in (("--table", table, "csv"),
                                      ("--front-matter", front_matter, "markdown"),
                                      ("--with-series", with_series or None, "markdown")):
        if given is not None and fmt != applies_to:
            err(f"{option} goes with --format {applies_to} only, not {fmt}")
            return 2
    if force and output is None:
        err(FORCE_ALONE)
        return 2
    if as_of is not None and not _when_ok("--as-of", as_of):
        return 2
    briefing = load_or_report(file)
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
    return write_output(render(briefing, fmt, table or "claims", front_matter, moment,
                                with_series), output, force)


def _when_ok(option: str, text: str) -> bool:
    """Whether a WHEN a person typed reads as a moment; if not, say why."""
    from tui.core.story.as_of import parse_when

    try:
        parse_when(text)
    except ValueError as exc:
        err(f"{option}: {exc}")
        return False
    return True


def cmd_export_folder(folder: Path, output: Path | None, force: bool, fmt: str,
                      table: str | None, front_matter: str | None) -> int:
    """A folder as one table (see core.export.folder); exit 1 when a file
    was left out because it does not load."""
    from tui.core.export.folder import FOLDER_FORMATS, export_folder

    if fmt not in FOLDER_FORMATS:
        err(f"a folder exports as --format csv or jsonl, not {fmt}")
        return 2
    if front_matter is not None or (table is not None and fmt != "csv"):
        err(f"{'--front-matter' if front_matter else '--table'} does not go with a "
             f"folder's --format {fmt}")
        return 2
    if output is not None and output.is_dir():
        err(f"{output} is a folder; name the file to write the table to")
        return 2
    skipped: list[Path] = []

    def skip(path: Path, exc: BriefingError) -> None:
        skipped.append(path)
        first = exc.errors[0] if exc.errors else None
        err(f"skipped {first}" if first else f"skipped {path}")

    try:
        text, _ = export_folder(folder, fmt, table or "claims", skip)
    except OSError as exc:
        err(f"{folder}: {exc.strerror or exc}")
        return 2
    code = write_output(text, output, force)
    if skipped:
        err(f"{len(skipped)} file{'s' * (len(skipped) != 1)} left out: they do not load "
             "(briefing check lists their errors)")
        return 1
    return code


def cmd_draft(source: str, output: Path | None, force: bool,
              allow_private: bool = False, explain: bool = False) -> int:
    from tui.core.draft import draft_yaml
    from tui.core.draft.article import ArticleError, is_url, read_article
    from tui.core.draft.report import with_metadata
    from tui.core.export.terminal_text import strip_controls

    # As export's options: one that would do nothing is refused, not ignored.
    if force and output is None:
        err(FORCE_ALONE)
        return 2
    if allow_private and not is_url(source):
        err("--allow-private goes with a URL only: it lets a fetch reach a private address")
        return 2
    try:
        article = with_metadata(read_article(source, allow_private), source)
    except ArticleError as exc:
        err(str(exc))
        return 1
    # An article's control characters would reach the draft raw, where YAML
    # refuses them (and a terminal obeys them).
    article = article._replace(**{name: strip_controls(value) for name, value
                                  in article._asdict().items() if value is not None})
    if not article.text.strip():
        where = "standard input" if source == "-" else source
        err(f"{where} holds no text; nothing to draft")
        return 2
    if output is not None:
        from tui.core.export.files import draft_target

        output = draft_target(output, source)
    metadata = article if article.title or article.url or article.site else None
    if explain:
        from tui.core.draft.explain import draft_explained

        return write_output(draft_explained(article.text, metadata), output, force)
    return write_output(draft_yaml(article.text, metadata), output, force)


def cmd_draft_many(sources: list[str], output: Path | None, force: bool,
                   allow_private: bool) -> int:
    """One draft from several reports of one event (see tui.cli_update)."""
    from tui.cli_update import run_draft_many

    outcome, text = run_draft_many(sources, allow_private)
    for message in outcome.messages:
        say(message)
    if text is None:
        return outcome.code
    if output is not None:
        from tui.core.export.files import draft_target

        output = draft_target(output, sources[0])
    return write_output(text, output, force)


def cmd_diff(old_spec: str, new_spec: str | None, markdown: bool, since: str | None = None,
             until: str | None = None) -> int:
    from tui.core.story.diff import diff_briefings, diff_text

    if since is not None or until is not None:
        return _diff_moments(old_spec, new_spec, markdown, since, until)
    if new_spec is None:
        err("diff needs OLD and NEW, or one FILE with --from WHEN [--to WHEN]")
        return 2
    loaded = []
    for spec in (old_spec, new_spec):
        if (briefing := _spec_or_say(spec)) is None:
            return 2
        loaded.append(briefing)
    changes = diff_briefings(loaded[0], loaded[1])
    emit(diff_text(changes, markdown) if changes else "no changes\n")
    return 1 if changes else 0


def _spec_or_say(spec: str) -> Briefing | None:
    """The briefing `FILE` or `REV:FILE` names, or None once the reason it
    cannot be read is printed."""
    from tui.core.format.errors import BriefingError
    from tui.core.story.history import GitError, load_spec

    try:
        return load_spec(spec)
    except BriefingError as exc:
        report(exc)
    except GitError as exc:
        err(f"{spec}: {exc}")
    return None


def _diff_moments(spec: str, other: str | None, markdown: bool, since: str | None,
                  until: str | None) -> int:
    """`diff FILE --from WHEN [--to WHEN]`: one file at two moments."""
    from tui.core.story.as_of import as_of, moment_from_text
    from tui.core.story.diff import diff_briefings, diff_text

    if other is not None:
        err("--from and --to diff one FILE with itself; give one file, not two")
        return 2
    if since is None:
        err("--to goes with --from WHEN")
        return 2
    for option, text in (("--from", since), ("--to", until)):
        if text is not None and not _when_ok(option, text):
            return 2
    if (briefing := _spec_or_say(spec)) is None:
        return 2
    start = moment_from_text(since, briefing.zone)
    end = moment_from_text(until, briefing.zone) if until is not None else None
    if end is not None and end.key < start.key:
        err(f"--from {since} is after --to {until}; give the earlier moment to --from")
        return 2
    later = as_of(briefing, end) if end is not None else briefing
    changes = diff_briefings(as_of(briefing, start), later)
    emit(diff_text(changes, markdown) if changes else "no changes\n")
    return 1 if changes else 0


def cmd_history(file: Path, claims_only: bool) -> int:
    from tui.core.story.commit_log import commit_changes, commit_log_text
    from tui.core.story.history import GitError

    try:
        for entry in commit_changes(file, claims_only):
            emit(commit_log_text(entry))
    except GitError as exc:
        err(str(exc))
        return 2
    return 0


def cmd_search(query: str, folder: Path | None, as_json: bool, limit: int | None) -> int:
    from tui.core.store.index import Index, IndexUnavailable
    from tui.core.store.query import parse_query
    from tui.core.store.search import plain

    if parse_query(query).empty:
        err(f"nothing to search for in {plain(repr(query))}: give a word, a \"phrase\" "
             "or a field (briefing search --help)")
        return 2
    if limit is not None and limit < 1:
        err("--limit must be 1 or more")
        return 2
    root = folder if folder is not None else Path(".")
    if not root.is_dir():
        err(f"{plain(str(root))}: not a folder")
        return 2
    try:
        index = Index(root)
    except IndexUnavailable as exc:
        err(plain(str(exc)))
        return 2
    try:
        with _indexing_message() as progress:
            index.update(progress, parallel=True)  # `briefing`'s main module is safe
        hits = index.search(query, limit)
        rows = index.listing()
    except IndexUnavailable as exc:
        err(plain(str(exc)))
        return 2
    finally:
        index.close()
    if not rows:
        err(f"no briefing files (*.yaml, *.yml) found in {plain(str(root))}")
        return 2
    broken = sum(1 for row in rows if row.error_count)
    if broken:
        err(f"{broken} file{'s' * (broken != 1)} not searched: not valid briefings "
             f"(briefing check {plain(str(root))} says why)")
    import json  # only here and in schema

    for hit in hits:
        file = plain(hit.path if folder is None else os.path.join(str(folder), hit.path))
        if as_json:
            emit(json.dumps({"file": file, "line": hit.line, "kind": hit.kind, "item": hit.item,
                              "who": hit.who, "where": plain(hit.label), "snippet": hit.snippet,
                              "highlights": [list(span) for span in hit.highlights],
                              "title": hit.title, "date": hit.date}, ensure_ascii=False) + "\n")
        else:
            emit(f"{file}:{hit.line}: {plain(hit.label)}: {hit.snippet}\n")
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
