"""KeyBar, the one-line list of keys at the bottom of each screen."""

from __future__ import annotations

from typing import ClassVar

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.widgets import Static

from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.help import HelpScreen
from tui.app.widgets.key_bar import KeyBar


class KeysApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "save", "Save", tooltip="Save the thing"),
        Binding("h", "hidden", "Hidden", show=False),
        Binding("x", "save", "Save again"),  # same action: drawn once
    ]

    def __init__(self) -> None:
        super().__init__()
        self.saved = 0
        self.can_save = True

    def compose(self) -> ComposeResult:
        yield Static("body")
        yield KeyBar()

    def action_save(self) -> None:
        self.saved += 1

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save" and not self.can_save:
            return None  # shown, but greyed out
        return True


def bar_text(app: App[object]) -> str:
    return app.screen.query_one(KeyBar).render_line(0).text


async def test_draws_shown_keys_once_per_action_and_the_palette_on_the_right() -> None:
    app = KeysApp()
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        assert text.startswith(" s  Save ")
        assert "Hidden" not in text and "Save again" not in text
        assert text.rstrip().endswith("^p  palette")
        assert len(text) == 60


async def test_click_presses_the_key_and_hover_shows_its_tooltip() -> None:
    app = KeysApp()
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        await pilot.click(KeyBar, offset=(1, 0))
        await pilot.pause()
        assert app.saved == 1
        await pilot.hover(KeyBar, offset=(5, 0))
        assert app.query_one(KeyBar).tooltip == "Save the thing"
        await pilot.click(KeyBar, offset=(30, 0))  # between keys: nothing
        await pilot.pause()
        assert app.saved == 1


async def test_redrawn_when_the_bindings_change() -> None:
    app = KeysApp()
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)

        def dimmed() -> set[str]:
            return {seg.text.strip() for seg in bar.render_line(0) if seg.style and seg.style.dim}

        assert dimmed() == set()
        app.can_save = False
        app.refresh_bindings()
        await pilot.pause()
        assert dimmed() == {"s", "Save"}


async def test_briefing_screen_bar_lists_its_keys_and_opens_help_on_click() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        for shown in (" /  Search ", " e  Export ", " r  Reload ", " q  Quit ", " ?  Help "):
            assert shown in text
        assert "Focus" not in text  # the digit keys are in the help, not the bar
        assert text.rstrip().endswith("^p  Commands")
        help_x = text.index(" ?  Help ") + 1
        await pilot.click(KeyBar, offset=(help_x, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_narrow_terminal_drops_padding_so_every_key_fits() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        assert text.startswith("/ Search e Export ")
        assert text.endswith("^p Commands ")
        await pilot.click(KeyBar, offset=(text.index("^p"), 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_a_dialog_shows_its_own_keys_only() -> None:
    """The key bar is modal: under the help dialog, the briefing's keys
    (export, search) are not offered."""
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Export" in bar_text(app)
        await pilot.press("question_mark")
        await pilot.pause()
        text = bar_text(app)
        assert "Close" in text and "Scroll" in text
        assert "Export" not in text and "Search" not in text


async def test_a_narrow_key_bar_keeps_help() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        assert "? Help" in text and len(text.rstrip()) <= 40
        assert "Search" in text  # keys from the left stay while they fit


async def test_in_a_browser_the_editor_key_is_neither_shown_nor_in_help(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BriefingApp, "is_web", property(lambda self: True))
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Edit" not in bar_text(app)
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = str(app.screen.query_one("#help-body", Static).render())
        assert "$VISUAL" not in help_text and "Export this briefing" in help_text
