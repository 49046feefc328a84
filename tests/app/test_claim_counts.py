"""The library's row and the briefing's claims pane count the same claims:
each claimant's current claim, with how many of them were revised."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.app.helpers import briefing_screen, wait_for
from tests.conftest import DATA
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.screens.library import LibraryScreen
from tui.app.widgets.row_list import RowList


async def test_library_row_and_claims_pane_agree(tmp_path: Path) -> None:
    shutil.copy(DATA / "revisions.yaml", tmp_path / "revisions.yaml")
    shutil.copy(DATA / "revisions.yaml", tmp_path / "copy.yaml")  # a library, not one file
    app = BriefingApp(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: len(screen.entries) == 2)
        row = screen.query_one("#library-list", RowList).row(0).content.plain
        # revisions.yaml: six claims in the file, three claimants' current
        # claims, two of which have earlier versions.
        assert "3 claims (2 revised)" in row
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, LibraryScreen))
        await pilot.press("3")
        await pilot.pause()
        claims = briefing_screen(app).query_one("#casualties", ListPane)
        assert str(claims.border_subtitle) == "3"
        rows = [claims.row(i).content.plain for i in range(claims.row_count)]
        noted = [row for row in rows if "(was " in row or " → " in row]
        assert len(noted) == 2  # the two revised claims show their history
