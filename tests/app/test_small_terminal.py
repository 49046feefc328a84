"""At 40x12, the smallest terminal supported: a one-line header, search
results on screen with the field open, and quitting shown everywhere."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.content import Content
from textual.widgets import Static

from tests.app.helpers import briefing_screen, wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.base import Dialog
from tui.app.panes.base import ListPane
from tui.app.screens.library import LibraryScreen
from tui.app.widgets.key_bar import KeyBar

SMALLEST = (40, 12)


def header_text(app: BriefingApp) -> str:
    return str(briefing_screen(app).query_one("#briefing-header", Static).render())


async def test_the_header_is_one_line_and_the_tabs_are_in_the_pane_border() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=SMALLEST) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        header = screen.query_one("#briefing-header", Static)
        assert header.region.height == 1
        line = header_text(app)
        assert line.startswith("Iranian missiles") and "…" in line
        assert line.endswith("⚠ 2 disputed") and len(line) <= 38
        summary = screen.query_one("#summary", ListPane)
        assert summary.region.height >= 9  # 7 rows of text
        title = Content.from_markup(summary.border_title or "").plain
        assert title.split() == ["1", "Summary", "2", "3", "4", "5", "6", "7"]
        await pilot.press("3")
        await pilot.pause()
        claims = screen.query_one("#casualties", ListPane)
        assert Content.from_markup(claims.border_title or "").plain.split()[:4] == [
            "1", "2", "3", "Claims"]
        assert Content.from_markup(summary.border_title or "").plain == "1 Summary"
        await pilot.resize_terminal(80, 24)  # room again: two lines and tabs in the header
        await pilot.pause()
        assert len(header_text(app).splitlines()) == 3
        assert Content.from_markup(claims.border_title or "").plain == "3 Casualty claims"


async def test_search_results_show_with_the_field_open() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=SMALLEST) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"killed")
        await pilot.pause()
        screen = briefing_screen(app)
        summary = screen.query_one("#summary", ListPane)
        assert summary.shown > 0
        assert summary.region.height - 2 >= 5  # rows of results inside the border
        assert "killed" in summary.row(0).content.plain


async def test_quitting_is_shown_in_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    app = BriefingApp(folder)
    async with app.run_test(size=SMALLEST) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: bool(screen.shown_entries))
        bar = str(screen.query_one(KeyBar).render())
        assert "^q Quit" in bar and "f1 Help" in bar and len(bar.rstrip()) <= 40


async def test_a_dialog_knows_a_small_terminal_from_its_breakpoints() -> None:
    """Every dialog gets -narrow and -short at 40x12 (its box fills the
    screen), -wide and -tall where there is room."""
    app = BriefingApp(SEED)
    async with app.run_test(size=SMALLEST) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Dialog)
        assert dialog.has_class("-narrow") and dialog.has_class("-short")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert dialog.has_class("-wide") and dialog.has_class("-tall")
        assert not dialog.has_class("-narrow") and not dialog.has_class("-short")
