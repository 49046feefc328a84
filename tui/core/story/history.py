"""A briefing's history in git: the file as it was at a revision, and the
commits that changed it. Runs the `git` command, read-only: nothing here
writes to the repository.

What the user types never reaches git as an option: a revision starting
with `-` is refused, and every call that carries a revision or a path
puts `--end-of-options` before it (`git show --output=FILE` writes FILE).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing, CasualtyClaim, Figure


class GitError(Exception):
    """git is missing, the file is not in a repository, or git said no."""


class Commit(NamedTuple):
    hash: str
    date: str  # YYYY-MM-DD
    subject: str
    path: str = ""  # the file's path from the repository's top at this commit
    author: str = ""

    @property
    def short(self) -> str:
        return self.hash[:7]


def _git(folder: Path, *args: str) -> bytes:
    git = shutil.which("git")
    if git is None:
        raise GitError("git is not installed")
    try:
        run = subprocess.run([git, "-C", str(folder), *args], capture_output=True, timeout=60,
                             check=False, env={"GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C",
                                               "PATH": os.environ.get("PATH", "/usr/bin:/bin")})
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"git did not answer: {exc}") from None
    if run.returncode != 0:
        message = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return run.stdout


# How `REV:PATH` finds its file (the diff command's help says so too).
PATH_RULE = "PATH is relative to the current folder, as in `git show REV:./PATH`"


def split_revision(spec: str) -> tuple[str, Path] | None:
    """`REV:PATH` as (REV, PATH), or None for a plain path (a file that exists
    by that name is always the file)."""
    if Path(spec).exists() or ":" not in spec:
        return None
    rev, _, path = spec.partition(":")
    return (rev, Path(path)) if rev and path else None


def _checked(rev: str) -> str:
    """`rev`, unless git would read it as an option."""
    if rev.startswith("-"):
        raise GitError(f"'{rev}' is not a revision (a revision cannot start with '-')")
    return rev


def show(path: Path, rev: str) -> bytes:
    """The bytes of `path` (relative to the current folder, or absolute) as
    it was at git revision `rev`."""
    if path.parent.is_dir():
        return _git(path.parent, "show", "--end-of-options", f"{_checked(rev)}:./{path.name}")
    # The folder is gone from the working copy (removed or renamed since):
    # git finds the path from here, as `git show REV:./PATH` does.
    relative = Path(os.path.relpath(path)).as_posix()
    return _git(Path("."), "show", "--end-of-options", f"{_checked(rev)}:./{relative}")


def load_spec(spec: str) -> Briefing:
    """A briefing file, or `REV:PATH`, the file as it was in git revision REV.
    Raises BriefingError (located errors) or GitError."""
    revision = split_revision(spec)
    if revision is None:
        from tui.core.store.cache import load_briefing_cached

        return load_briefing_cached(spec)
    rev, path = revision
    try:
        data = show(path, rev)
    except GitError as exc:
        if "does not exist" in str(exc) or "exists on disk" in str(exc):
            raise GitError(f"{exc} ({PATH_RULE})") from None
        raise
    return parse_briefing(data, spec, path)


def commits(path: Path) -> list[Commit]:
    """The commits that changed the file, newest first (following renames)."""
    if not path.is_file():
        raise GitError(f"{path}: no such file")
    folder = path.parent  # "." for a bare file name
    try:
        _git(folder, "rev-parse", "--is-inside-work-tree")
    except GitError:
        raise GitError(f"{path} is not in a git repository, so it has no history") from None
    # --name-only gives each commit's name for the file, older names included.
    out = _git(folder, "-c", "core.quotepath=off", "log", "--follow", "--name-only",
               "--format=%x00%H%x09%ad%x09%an%x09%s",
               "--date=short", "--end-of-options", "--", path.name)
    found = []
    for block in out.decode("utf-8", "replace").split("\0")[1:]:
        head, _, rest = block.partition("\n")
        hash_, date, author, subject = [*head.split("\t", 3), "", "", ""][:4]
        names = [name for name in rest.splitlines() if name.strip()]
        found.append(Commit(hash_, date, subject, names[-1] if names else "", author))
    if not found:
        raise GitError(f"{path} has no commits yet (git add and commit it first)")
    return found


def at_commit(path: Path, commit: str, named: str = "") -> Briefing | None:
    """The briefing as it was at `commit`, or None where the file did not
    exist then (its first commit's parent). `named`: its path from the
    repository's top then, if it had another name. Raises BriefingError
    when it was broken then."""
    try:
        data = (_git(path.parent, "show", "--end-of-options", f"{_checked(commit)}:{named}")
                if named else show(path, commit))
    except GitError:
        return None
    return parse_briefing(data, f"{commit[:7]}:{path.name}", path)


class ClaimAtCommit(NamedTuple):
    """A claimant's current claim (or figure) as a commit left it: None where
    the file had no such claim then; `broken` where it did not load. A
    `commit` of None is the file as it is now, not committed."""

    commit: Commit | None
    record: CasualtyClaim | Figure | None
    broken: str | None = None


def _claim_in(then: Briefing | None, record: CasualtyClaim | Figure
              ) -> CasualtyClaim | Figure | None:
    """The claimant's current claim like `record` in `then`, if any."""
    from tui.core.story.revisions import claim_key, figure_key

    if then is not None and isinstance(record, CasualtyClaim):
        history = then.claim_revisions.get(claim_key(record, then.names))
        return history[-1] if history else None
    if then is not None and isinstance(record, Figure):
        figures = then.figure_revisions.get(figure_key(record, then.names))
        return figures[-1] if figures else None
    return None


def uncommitted(path: Path) -> bytes | None:
    """The file's bytes if they differ from the last commit's (or the last
    commit has no such file), else None."""
    from tui.core.format.errors import display_name, read_briefing_bytes

    data = read_briefing_bytes(path, display_name(path))
    try:
        committed = show(path, "HEAD")
    except GitError:
        return data
    return None if committed == data else data


def claim_through_commits(path: Path, record: CasualtyClaim | Figure) -> list[ClaimAtCommit]:
    """The claimant's current claim like `record` at each commit that changed
    the file, newest first, after the file as it is now when that differs
    from the last commit. Raises GitError outside git."""
    from tui.core.format.errors import BriefingError

    out = []
    found = commits(path)
    try:
        data = uncommitted(path)
        if data is not None:
            out.append(ClaimAtCommit(None, _claim_in(parse_briefing(data, path.name, path),
                                                     record)))
    except BriefingError as exc:
        out.append(ClaimAtCommit(None, None, str(exc.first)))
    for commit in found:
        try:
            then = at_commit(path, commit.hash, commit.path)
        except BriefingError as exc:
            out.append(ClaimAtCommit(commit, None, str(exc.first)))
            continue
        out.append(ClaimAtCommit(commit, _claim_in(then, record)))
    return out
