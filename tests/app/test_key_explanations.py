"""A key that can do nothing now says why, in a notification, rather than
nothing at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.helpers import record_notifications, wait_for
from tests.conftest import DATA, SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.help import HelpScreen
from tui.app.screens.briefing import BriefingScreen
from tui.app.screens.library import LibraryScreen


async def said_after(app: BriefingApp, messages: list[str], *keys: str) -> str:
    """What the app says after `keys` (the last notification)."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await wait_for(pilot, lambda: bool(messages))
        assert isinstance(app.screen, BriefingScreen)  # and nothing else happened
        return messages[-1]


async def test_errors_key_on_a_valid_file() -> None:
    app = BriefingApp(SEED)
    messages = record_notifications(app)
    assert "no errors" in await said_after(app, messages, "exclamation_mark")


async def test_edit_key_in_a_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BriefingApp, "is_web", property(lambda self: True))
    app = BriefingApp(SEED)
    messages = record_notifications(app)
    assert "browser" in await said_after(app, messages, "o")


async def test_step_keys_on_a_file_opened_alone() -> None:
    app = BriefingApp(SEED)
    messages = record_notifications(app)
    assert "escape opens this file's folder" in await said_after(
        app, messages, "right_square_bracket")


async def test_history_key_on_a_row_without_history(tmp_path: Path) -> None:
    # Not in git, and the Iraq claim has no revisions in the file.
    path = tmp_path / "iran.yaml"
    shutil.copy(SEED, path)
    app = BriefingApp(path)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("h")  # the summary
        await wait_for(pilot, lambda: bool(messages))
        assert "casualty claim or a figure" in messages[-1]
        await pilot.press("3", "G")  # the last claim: one version only
        await pilot.press("h")
        await wait_for(pilot, lambda: len(messages) == 2)
        assert messages[-1].startswith("No history: this claim has no revisions")
        assert "not in a git repository" in messages[-1]
        assert isinstance(app.screen, BriefingScreen)


async def test_step_keys_at_either_end_of_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(DATA / "hostile.yaml", folder / "hostile.yaml")  # newer: listed first
    app = BriefingApp(folder)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await wait_for(pilot, lambda: len(library.shown_entries) == 2)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, BriefingScreen))
        await pilot.press("left_square_bracket")
        await wait_for(pilot, lambda: bool(messages))
        assert messages[-1] == "This is the first briefing of the library"
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: getattr(app.screen, "path", None) == folder / SEED.name)
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: len(messages) == 2)
        assert messages[-1] == "This is the last briefing of the library"


async def test_the_help_does_not_list_the_explanations() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-body", Static).render())
        assert "does nothing now" not in text
