"""`z` maximises the focused pane, and the screen keeps saying how to
restore the others: in the pane's border and in the key bar."""

from __future__ import annotations

import pytest
from textual.content import Content

from tests.app.helpers import briefing_screen
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.widgets.key_bar import KeyBar


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)],
                         ids=["120x40", "80x24", "40x12"])
async def test_a_maximised_pane_says_how_to_restore(size: tuple[int, int]) -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("3", "z")
        await pilot.pause()
        screen = briefing_screen(app)
        claims = screen.query_one("#casualties", ListPane)
        assert screen.maximized is claims
        subtitle = Content.from_markup(claims.border_subtitle or "").plain
        assert subtitle.startswith("z or esc: restore")
        bar = " ".join(str(screen.query_one(KeyBar).render()).split())
        if size[0] >= 80:  # at 40 columns the bar keeps help and quit only
            assert "z Restore" in bar and "Maximise" not in bar
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is None
        assert "restore" not in (claims.border_subtitle or "")
        await pilot.press("z", "escape")
        await pilot.pause()
        assert screen.maximized is None and "restore" not in (claims.border_subtitle or "")
