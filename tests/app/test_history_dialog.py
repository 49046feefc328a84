"""Pilot: `h`, a claim through the file's git history: the value in the file
when it is not committed yet, first, and each commit's author."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.helpers import wait_for
from tests.conftest import SEED
from tests.git_repo import new_repo
from tui.app.app import BriefingApp
from tui.app.dialogs.item import ItemScreen


@pytest.fixture
def committed(tmp_path: Path) -> Path:
    """The seed, its state television's toll revised from 80 to 63 in a second
    commit, by two authors."""
    repo = tmp_path / "repo"
    git = new_repo(repo, user=None)
    path = repo / "iran.yaml"
    for author, message, toll in [("Ana Lima", "First version", "80"),
                                  ("Bo [b]Chen[/b]", "State TV revises toll", "63")]:
        path.write_text(SEED.read_text(encoding="utf-8").replace("killed: 80", f"killed: {toll}"),
                        encoding="utf-8")
        git("add", "iran.yaml")
        git("-c", f"user.name={author}", "commit", "-q", "-m", message)
    return path


async def history_lines(path: Path) -> list[str]:
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3", "j", "h")  # the state television's claim
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen)
                       and bool(app.screen.query("#item-body")))
        body = str(app.screen.query_one("#item-body", Static).render())
    return [line.strip() for line in body.splitlines()]


async def test_h_shows_the_uncommitted_value_first_and_each_author(committed: Path) -> None:
    committed.write_text(committed.read_text(encoding="utf-8").replace("killed: 63",
                                                                       "killed: 64"),
                         encoding="utf-8")
    lines = await history_lines(committed)
    assert lines[0] == "in the file, not committed"
    assert lines[1].startswith("killed 64")
    assert lines[2].endswith("State TV revises toll  (by Bo [b]Chen[/b])")  # text, not markup
    assert lines[3].startswith("killed 63")
    assert lines[4].endswith("First version  (by Ana Lima)")
    assert lines[5].startswith("killed 80")


async def test_h_has_no_uncommitted_row_when_the_file_is_as_committed(committed: Path) -> None:
    lines = await history_lines(committed)
    assert "in the file, not committed" not in lines
    assert lines[0].endswith("State TV revises toll  (by Bo [b]Chen[/b])")


async def test_h_on_a_file_broken_since_the_last_commit_says_so(committed: Path) -> None:
    """The view keeps the last good version; the history says the file as it
    is now does not load, then lists the commits."""
    app = BriefingApp(committed)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        committed.write_text(committed.read_text(encoding="utf-8").replace("killed: 63",
                                                                           "killed: [63"),
                             encoding="utf-8")
        await pilot.press("3", "j", "h")
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen)
                       and bool(app.screen.query("#item-body")))
        body = str(app.screen.query_one("#item-body", Static).render())
    lines = [line.strip() for line in body.splitlines()]
    assert lines[0] == "in the file, not committed"
    assert lines[1].startswith("not a valid briefing now: iran.yaml:")
    assert lines[2].endswith("State TV revises toll  (by Bo [b]Chen[/b])")
