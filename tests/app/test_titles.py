"""Dialog titles, notifications and palette lines built from briefing text
or a file name show it as written: `[/]` and `[b=c:d]` are text, not markup
(which crashed the app, or hid the name)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.content import Content
from textual.widgets import OptionList

from tests.app.helpers import briefing_screen, record_notifications, wait_for
from tests.conftest import DATA, SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.errors import ErrorsScreen
from tui.app.dialogs.item import ItemScreen
from tui.app.panes.base import ListPane
from tui.app.screens.library import LibraryScreen
from tui.app.text import as_markup
from tui.core.format.model import CasualtyClaim

CLAIMANT = "Ministry [/]"
BROKEN_NAME = "x [b=c:d].yaml"


@pytest.fixture
def hostile_claimant(tmp_path: Path) -> Path:
    """A briefing whose claimant with revisions is named with a markup
    closing tag."""
    path = tmp_path / "claimant.yaml"
    text = (DATA / "revisions.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("claimant: Health ministry", f'claimant: "{CLAIMANT}"'),
                    encoding="utf-8")
    return path


def title_of(app: BriefingApp, selector: str) -> str:
    """A dialog's title as drawn (Textual hands it back as markup)."""
    title = app.screen.query_one(selector).border_title
    assert title is not None
    return Content.from_markup(title).plain


async def test_history_title_shows_a_claimant_with_markup_as_written(
        hostile_claimant: Path) -> None:
    app = BriefingApp(hostile_claimant)
    messages = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        claims = briefing_screen(app).query_one("#casualties", ListPane)
        for _ in range(10):
            item = claims.current_item
            if isinstance(item, CasualtyClaim) and item.claimant == CLAIMANT:
                break
            await pilot.press("j")
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen)
                       and bool(app.screen.query("#item-body")))
        assert title_of(app, "#item-dialog") == f"History: {CLAIMANT}, civilians"
        await pilot.press("escape", "c")
        await pilot.pause()
        assert f"Copied the claim by {CLAIMANT}" in messages
        await pilot.press("enter")
        await pilot.pause()
        assert title_of(app, "#item-dialog") == "Casualty claims"


@pytest.fixture
def broken_name(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(DATA / "invalid" / "unknown-country.yaml", folder / BROKEN_NAME)
    return folder


async def test_errors_title_shows_a_file_name_with_markup_as_written(broken_name: Path) -> None:
    app = BriefingApp(broken_name)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: bool(screen.shown_entries))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ErrorsScreen))
        assert title_of(app, "#errors-dialog").endswith(f"in {BROKEN_NAME}")


async def test_palette_help_shows_a_file_name_with_markup_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    name = "y [b=c:d] [i].yaml"
    shutil.copy(SEED, folder / name)
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: bool(screen.shown_entries))
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"open:")
        options = app.screen.query_one(OptionList)
        await wait_for(pilot, lambda: options.option_count > 0)
        shown = [str(options.get_option_at_index(i).prompt)
                 for i in range(options.option_count)]
        assert any(name in line for line in shown), shown


@pytest.mark.parametrize("text", ["x [b=c:d].yaml", "[/]", "a\\[b]", "back\\", "[$accent]",
                                  "[@click=app.quit]q[/]", "tab\tbell\x07"])
def test_as_markup_reads_as_written(text: str) -> None:
    expected = text.replace("\x07", "")  # a tab is kept: Content expands it
    assert Content.from_markup(as_markup(text)).plain == expected
