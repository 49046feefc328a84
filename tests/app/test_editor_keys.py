"""`o` (and `ctrl+o` in the library) with an editor that cannot start: the
app says which command, and keeps running."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app.helpers import briefing_screen, record_notifications, wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.screens.briefing import BriefingScreen
from tui.app.screens.library import LibraryScreen


@pytest.fixture
def missing_editor(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")
    return "/nonexistent/editor"


async def test_o_with_a_missing_editor_names_it_and_keeps_going(missing_editor: str) -> None:
    app = BriefingApp(SEED)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await wait_for(pilot, lambda: bool(messages))
        assert any(missing_editor in m and "$EDITOR" in m for m in messages), messages
        await pilot.press("3")  # still answering keys
        await pilot.pause()
        assert briefing_screen(app).current == 2


async def test_ctrl_o_in_the_library_with_a_missing_editor(missing_editor: str,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    app = BriefingApp(folder)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: bool(screen.shown_entries))
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: bool(messages))
        assert any(missing_editor in m for m in messages), messages
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, BriefingScreen))


@pytest.mark.parametrize("editor", ["/no/ed\x1b[31mRED\x07", "'/no/ed\x1b]0;title\x07"])
async def test_an_editor_command_with_control_characters_is_told_without_them(
        editor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """$EDITOR is not briefing text, but it is named in a notification: an
    escape in it must not reach the terminal (the second cannot be parsed)."""
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor)
    app = BriefingApp(SEED)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await wait_for(pilot, lambda: bool(messages))
        assert all("\x1b" not in m and "\x07" not in m for m in messages), messages
        assert any("/no/ed" in m for m in messages), messages
