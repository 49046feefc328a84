"""What reports add to a briefing, as a new text of its file: the
additions of core.draft.several inserted by core.export.yaml_edit, every
other byte kept. Also the draft from several reports: the first report's
heading (title, date, summary) with every report merged into it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tui.core.draft import draft_yaml
from tui.core.draft.article import Article
from tui.core.draft.layout import STAND_IN_HEADLINE
from tui.core.draft.report import Report
from tui.core.draft.several import Merger
from tui.core.draft.several_rules import dated_line, has_headline
from tui.core.export.yaml_edit import EditError, apply_plan
from tui.core.format.errors import BriefingError
from tui.core.format.load import parse_briefing
from tui.core.format.model import MAX_FILE_BYTES, Briefing
from tui.core.story.diff import Change, diff_briefings

# The sections a draft's heading ends before: the rest comes from merging.
_LISTS = ("aliases:", "quotes:", "casualty_claims:", "figures:", "reactions:", "timeline:",
          "sources:")


class UpdateError(Exception):
    """The update cannot be made; says why in one line."""


@dataclass(frozen=True)
class Update:
    """The briefing before and after, the new file text and the change."""

    old: Briefing
    new: Briefing
    text: str
    changes: list[Change]
    warnings: list[str]


def update_text(base_text: str, reports: Sequence[Report], file: str = "<briefing>",
                set_updated: bool = True) -> Update:
    """`base_text` (a valid briefing) with what `reports` add."""
    try:
        old = parse_briefing(base_text.removeprefix("\ufeff"), file)
    except BriefingError as exc:
        raise UpdateError(f"{file} is not a valid briefing: {exc.errors[0]}") from None
    merger = Merger(old)
    for report in reports:
        # a dateline without a year ("BEIRUT, Aug 6") is on or after the briefing's date
        report = report.on_or_after(old.date)
        # (and a time read in no zone is the briefing's own zone's, when it names one)
        merger.add_report(report.in_zone(old.zone) if old.timezone else report)
    try:
        text = apply_plan(base_text, merger.plan(set_updated))
    except EditError as exc:
        raise UpdateError(f"{file}: {exc}") from None
    try:
        new = parse_briefing(text.removeprefix("\ufeff"), file)
    except BriefingError as exc:
        # A bug, not the user's: the additions must always check.
        raise UpdateError(f"the update would not be a valid briefing: {exc.errors[0]}") from None
    return Update(old, new, text, diff_briefings(old, new), merger.warnings)


def draft_heading(first: Report, others: Sequence[Report] = ()) -> str:
    """The draft of the first report up to its lists: title, date, summary,
    key points. A flash whose first line is its lead sentence takes the
    page's title, else the first headline of a later report."""
    text, title = first.text, first.title
    opening = first.text.strip().splitlines()[0] if first.text.strip() else ""
    if not has_headline(first.text) or dated_line(opening):
        # the lead is a sentence, or the first line a by-line ("REUTERS FLASH 15 Nov 15:40")
        text = f"{STAND_IN_HEADLINE}\n\n{first.text}"
        title = title or next((r.title or r.text.strip().splitlines()[0] for r in others
                               if r.title or (has_headline(r.text) and not dated_line(
                                   r.text.strip().splitlines()[0]))), None)
    day = first.said.date() if isinstance(first.said, datetime) else first.said
    lines = draft_yaml(text, Article(text, title=title, date=day.isoformat())).splitlines()
    head = []
    for line in lines:
        if line.startswith(_LISTS):
            break
        head.append(line)
    head[0] = ("# Draft made by `briefing draft` from several reports: every line marked "
               "`# check:` is a guess.")
    return "\n".join(head) + "\n"


def draft_reports(reports: Sequence[Report]) -> Update:
    """One draft briefing from several reports about one event."""
    if not reports:
        raise UpdateError("no reports to draft from")
    return update_text(draft_heading(reports[0], reports[1:]), reports, "<draft>",
                       set_updated=len(
        reports) > 1)


class FileChangedError(Exception):
    """The briefing changed on disk after it was read: nothing was written."""


def write_update(path: Path, read: bytes, text: str) -> None:
    """Replace the briefing at `path` with `text` atomically, unless the file
    no longer holds the bytes `read` (an editor saved it meanwhile): the
    comparison runs just before the new file takes its name."""
    from tui.core.export.files import write_atomic

    def unchanged() -> None:
        try:
            now = path.read_bytes()
        except OSError as exc:
            raise FileChangedError(f"{path} cannot be read again: {exc.strerror or exc}") \
                from None
        if now != read:
            raise FileChangedError(f"{path} changed since it was read; nothing written")

    write_atomic(path, text, overwrite=True, before_replace=unchanged)


def read_base(path: Path) -> tuple[bytes, str]:
    """A briefing file's bytes and its text, a byte-order mark and every
    line ending kept (the update writes them back as they were)."""
    from tui.core.format.reading import read_regular

    data = read_regular(path, MAX_FILE_BYTES)
    try:
        return data, data.decode("utf-8")
    except UnicodeDecodeError:
        raise UpdateError(f"{path} is not UTF-8 text") from None
