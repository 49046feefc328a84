"""What each git commit changed in a briefing, newest first: the walk behind
`briefing history` (the app's `h` follows one claim instead)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from tui.core.export.terminal_text import escape
from tui.core.format.errors import BriefingError
from tui.core.story.diff import Change, diff_briefings, diff_text
from tui.core.story.history import Commit, at_commit, commits


class CommitChange(NamedTuple):
    """One commit and what it did to the briefing: `changes` when both sides
    load, else `note` says why not (created, removed, not valid then)."""

    commit: Commit
    changes: list[Change]
    note: str | None = None


def commit_changes(path: Path, claims_only: bool = False) -> Iterator[CommitChange]:
    """Each commit that changed the file, newest first, with its diff against
    the commit before. Raises GitError when git cannot tell."""
    found = commits(path)
    for number, commit in enumerate(found):
        # Before this commit the file had the name it has in the next older
        # commit of the list (it did not change in between).
        before = found[number + 1] if number + 1 < len(found) else None
        try:
            new = at_commit(path, commit.hash, commit.path)
            old = at_commit(path, commit.hash + "^", before.path) if before else None
        except BriefingError as exc:
            yield CommitChange(commit, [], f"not a valid briefing then: {exc.first}")
            continue
        if new is None:
            yield CommitChange(commit, [], "the file was removed or renamed")
        elif old is None:
            yield CommitChange(commit, [], "created")
        else:
            yield CommitChange(commit, diff_briefings(old, new, claims_only))


def commit_log_text(entry: CommitChange) -> str:
    """One commit as `briefing history` prints it: its line, then its
    changes indented, then a blank line; safe for a terminal."""
    c = entry.commit
    head = escape(f"{c.date} {c.short} {c.subject} (by {c.author})") + "\n"
    if entry.note is not None:
        return head + escape(f"  ({entry.note})") + "\n\n"
    text = diff_text(entry.changes)
    indented = "".join(f"  {line}\n" for line in text.splitlines())
    return head + (indented or "  (no change to what it says)\n") + "\n"
