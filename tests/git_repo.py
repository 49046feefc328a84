"""A git repository of a test's own, in its temporary folder."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest


def new_repo(folder: Path, user: str | None = "Test") -> Callable[..., None]:
    """`folder`, made and `git init`ed with a committer's e-mail (and name,
    unless `user` is None: a test then names each commit's author); returns
    a function that runs git in it. Skips the test where git is missing."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed (apt-get install git); .ci/run installs it on CI")
    folder.mkdir(parents=True, exist_ok=True)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "test@example.com")
    if user is not None:
        git("config", "user.name", user)
    return git
