"""`briefing update` and `briefing draft` with several reports, kept apart
from tui.cli (which only parses the arguments and prints): each returns
what to print and the exit status, and never imports tui.cli back."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.draft.report import Report


@dataclass
class Outcome:
    """The exit status, text for standard output, one-line messages for stderr."""

    code: int = 0
    out: str = ""
    messages: list[str] = field(default_factory=list)


def _reports(sources: list[str], allow_private: bool, outcome: Outcome) -> list[Report] | None:
    from tui.core.draft.article import ArticleError
    from tui.core.draft.report import read_report
    from tui.core.export.terminal_text import strip_controls

    reports = []
    for source in sources:
        try:
            report = read_report(source, allow_private)
        except ArticleError as exc:
            outcome.messages.append(f"briefing: {exc}")
            outcome.code = 1
            return None
        if not report.text.strip():
            outcome.messages.append(f"briefing: {source} holds no text; nothing to add")
            outcome.code = 2
            return None
        # An article's control characters would reach the YAML raw (and a terminal obeys them).
        reports.append(replace(
            report, text=strip_controls(report.text),
            parts=tuple(replace(p, text=strip_controls(p.text)) for p in report.parts),
            outlet=report.outlet and strip_controls(report.outlet),
            url=report.url and strip_controls(report.url),
            title=report.title and strip_controls(report.title)))
    return reports


def run_update(briefing: Path, sources: list[str], output: Path | None, write: bool,
               force: bool, allow_private: bool) -> Outcome:
    """What `briefing update` does; see tui.core.story.update."""
    from tui.core.export.files import OutputExistsError, write_atomic
    from tui.core.story.diff import diff_text
    from tui.core.story.update import (
        FileChangedError,
        UpdateError,
        read_base,
        update_text,
        write_update,
    )

    outcome = Outcome()
    if write and output is not None:
        outcome.messages.append("briefing: give -o OUT or --write, not both")
        outcome.code = 2
        return outcome
    try:
        read, text = read_base(briefing)
    except UpdateError as exc:
        return Outcome(1, "", [f"briefing: {exc}"])
    except OSError as exc:
        return Outcome(1, "", [f"briefing: cannot read {briefing}: {exc.strerror or exc}"])
    reports = _reports(sources, allow_private, outcome)
    if reports is None:
        return outcome
    try:
        update = update_text(text, reports, str(briefing))
    except UpdateError as exc:
        return Outcome(1, "", [f"briefing: {exc}"])
    outcome.messages += [f"briefing: {w}" for w in update.warnings]
    change = diff_text(update.changes) if update.changes else "no changes\n"
    if write:
        try:
            write_update(briefing, read, update.text)
        except FileChangedError as exc:
            outcome.messages.append(f"briefing: {exc}")
            outcome.code = 1
            return outcome
        except OSError as exc:
            outcome.messages.append(f"briefing: cannot write {briefing}: {exc.strerror or exc}")
            outcome.code = 1
            return outcome
        outcome.out = change
        outcome.messages.append(f"wrote {briefing}")
        return outcome
    if output is None:
        outcome.out = update.text
        outcome.messages += change.rstrip("\n").splitlines()
        return outcome
    try:
        write_atomic(output, update.text, overwrite=force)
    except OutputExistsError:
        return Outcome(1, "", [f"briefing: {output} exists; add --force to overwrite it"])
    except OSError as exc:
        return Outcome(1, "", [f"briefing: cannot write {output}: {exc.strerror or exc}"])
    outcome.out = change
    outcome.messages.append(f"wrote {output}")
    return outcome


def run_draft_many(sources: list[str], allow_private: bool) -> tuple[Outcome, str | None]:
    """The draft of several reports about one event (its YAML), or None after an error."""
    from tui.core.story.update import UpdateError, draft_reports

    outcome = Outcome()
    reports = _reports(sources, allow_private, outcome)
    if reports is None:
        return outcome, None
    try:
        update = draft_reports(reports)
    except UpdateError as exc:
        return Outcome(1, "", [f"briefing: {exc}"]), None
    outcome.messages += [f"briefing: {w}" for w in update.warnings]
    return outcome, update.text
