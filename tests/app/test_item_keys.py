"""Pilot tests: the keys that act on the selected item: enter (its
revisions), h (its history), c (copy) and o (the editor)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.helpers import (
    WIDE,
    briefing_screen,
    pane_text,
    record_notifications,
    wait_for,
)
from tests.conftest import DATA, SEED
from tests.git_repo import new_repo
from tui.app.app import BriefingApp
from tui.app.dialogs.item import ItemScreen
from tui.app.panes.base import ListPane


async def test_revised_claims_show_their_history_and_every_revision_on_enter() -> None:
    app = BriefingApp(DATA / "revisions.yaml")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        claims = briefing_screen(app).query_one("#casualties", ListPane)
        text = pane_text(claims)
        assert "killed 63 (12 → 31 → 63) ⚠ DISPUTED (63 (8 Jan 21:00) vs 40)" in text
        assert "injured 9 (was 5 at 08:00)" in text
        assert "killed 12" not in text.replace("(12 → 31", "")  # history, not a row
        assert claims.total == 3  # current claims: ministry, Red Cross, police
        figures = briefing_screen(app).query_one("#figures", ListPane)
        assert "missiles fired: 22 (was 15 at 02:00)" in pane_text(figures)
        assert "DISPUTED" not in pane_text(figures)  # Iran revised 15 to Iraq's 22
        await pilot.press("3", "j", "enter")
        await pilot.pause()
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "Revisions (3, oldest first)" in body
        assert "• 2020-01-08 09:40  killed 12  evidence unknown; source: Reuters" in body
        assert "• 2020-01-08 21:00  killed 63  evidence provided; source: AP" in body


async def test_h_shows_a_claim_through_the_files_git_commits(tmp_path: Path) -> None:

    repo = tmp_path / "repo"
    git = new_repo(repo)
    path = repo / "iran.yaml"
    for message, toll in [("First version", "80"), ("State TV revises toll", "63")]:
        path.write_text(SEED.read_text(encoding="utf-8").replace("killed: 80", f"killed: {toll}"),
                        encoding="utf-8")
        git("add", "iran.yaml")
        git("commit", "-q", "-m", message)
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3", "j", "h")  # the state television's claim
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen)
                       and bool(app.screen.query("#item-body")))
        body = str(app.screen.query_one("#item-body", Static).render())
        lines = [line.strip() for line in body.splitlines()]
        assert lines[0].endswith("State TV revises toll  (by Test)")
        assert lines[1].startswith("killed 63")
        assert lines[2].endswith("First version  (by Test)") and lines[3].startswith("killed 80")


async def test_h_outside_git_shows_the_revisions_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "revisions.yaml"  # outside any git repository
    shutil.copy(DATA / "revisions.yaml", path)
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3", "j", "h")
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen)
                       and bool(app.screen.query("#item-body")))
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "is not in a git repository" in body
        assert "• 2020-01-08 14:00  killed 31" in body


async def test_c_copies_the_selected_item_as_plain_text() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        messages = record_notifications(app)
        await pilot.press("3", "j", "c")
        await pilot.pause()
        assert app.clipboard == ("Iranian state television (Iran) on US personnel: killed 80 "
                                 "(disputed: 80 vs 0); no evidence given. Also claimed US "
                                 "helicopters and military equipment were damaged.")
        assert messages[-1] == "Copied the claim by Iranian state television"
        await pilot.press("2", "c")
        await pilot.pause()
        assert app.clipboard == ("“slap in the face” — Ali Khamenei, Supreme Leader of Iran, "
                                 "Iran, 2020-01-08")


async def test_o_without_an_editor_says_how_to_set_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        messages = record_notifications(app)
        await pilot.press("o")
        await pilot.pause()
        assert messages == ["No editor: set $VISUAL or $EDITOR to open the file from here"]
