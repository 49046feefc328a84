"""Time mode (`t`): every pane as the story stood at a moment, stepped with
the arrows, home and end; disputes dated, the stale side marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.helpers import briefing_screen, record_notifications, wait_for
from tests.core.story_fixtures import LABELS, story_file
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.screens.briefing import BriefingScreen
from tui.app.widgets.key_bar import KeyBar

SIZES = [(120, 40), (80, 24)]


def pane_text(screen: BriefingScreen, pane_id: str) -> str:
    pane = screen.query_one(f"#{pane_id}", ListPane)
    return "\n".join(pane.row(i).content.plain for i in range(pane.row_count))


def header(screen: BriefingScreen) -> str:
    return str(screen.query_one("#briefing-header", Static).render())


@pytest.mark.parametrize("size", SIZES)
async def test_stepping_through_the_moments(tmp_path: Path, size: tuple[int, int]) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        await pilot.press("3", "t")  # from the claims pane, as a reader would
        await pilot.pause()
        assert f"as of {LABELS[-1]} (9 of 9)" in header(screen)
        await pilot.press("home")
        await pilot.pause()
        assert f"as of {LABELS[0]} (1 of 9)" in header(screen)
        claims = pane_text(screen, "casualties")
        # Nothing about the civilians' dead said yet; the undated Police claim shown, marked.
        assert "Ministry" not in claims and "Red Cross" not in claims
        assert "Police" in claims and "undated" in claims
        assert "B" in pane_text(screen, "quotes") and "Early words" not in pane_text(
            screen, "quotes")
        assert "15" in pane_text(screen, "figures") and "Iraq" not in pane_text(screen, "figures")
        assert "Strike" not in pane_text(screen, "timeline")
        await pilot.press("right", "right")
        await pilot.pause()
        assert f"as of {LABELS[2]} (3 of 9)" in header(screen)
        claims = pane_text(screen, "casualties")
        assert "killed 12" in claims and "Red Cross" not in claims
        assert "Early words" in pane_text(screen, "quotes")
        assert "Strike" in pane_text(screen, "timeline")
        await pilot.press("left")
        await pilot.pause()
        assert "(2 of 9)" in header(screen) and "killed 12" not in pane_text(screen, "casualties")
        await pilot.press("end")
        await pilot.pause()
        assert "(9 of 9)" in header(screen) and "killed 63" in pane_text(screen, "casualties")
        await pilot.press("escape")
        await pilot.pause()
        assert "as of" not in header(screen)
        assert "undated" not in pane_text(screen, "casualties")
        assert screen.time_mode is None and isinstance(app.screen, BriefingScreen)


async def test_disputes_recomputed_and_dated_at_each_moment(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        # The file as it is: Ministry's 63 of 10 Jan against Red Cross's 40 of 8 Jan, stale.
        claims = pane_text(screen, "casualties")
        assert "DISPUTED civilians, killed: 63 (10 Jan) vs 40 (8 Jan, stale)" in claims
        assert "DISPUTED (63 (10 Jan) vs 40 (8 Jan, stale))" in claims
        await pilot.press("t", "left", "left", "left")  # 6 of 9: 8 Jan 21:00 UTC
        await pilot.pause()
        assert f"as of {LABELS[5]} (6 of 9)" in header(screen)
        claims = pane_text(screen, "casualties")
        # Twelve hours apart: both dated, neither stale.
        assert "40 (8 Jan 21:00 UTC) vs 12 (8 Jan 09:00)" in claims
        assert "stale" not in claims
        assert "2 disputed numbers" in header(screen)  # the killed, the missiles
        await pilot.press("home")
        await pilot.pause()
        assert "DISPUTED" not in pane_text(screen, "casualties")
        # The header counts the disputes of then, too.
        assert "disputed" not in header(screen)


async def test_the_arrows_stop_at_either_end_and_say_so(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = record_notifications(app)
        await pilot.press("t", "right")
        await pilot.pause()
        assert "(9 of 9)" in header(briefing_screen(app))
        assert said == ["This is the latest moment of the story"]


async def test_t_leaves_time_mode_and_search_keeps_its_arrows(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        await pilot.press("t", "slash", *"at", "left", "x")
        await pilot.pause()
        # In the search field t is typed and the arrows move the cursor, not the moment.
        assert screen.query_one("#search").value == "axt"  # type: ignore[attr-defined]
        assert "(9 of 9)" in header(screen)
        await pilot.press("escape", "t")  # clear the search; then t leaves time mode
        await pilot.pause()
        assert screen.time_mode is None and "as of" not in header(screen)


async def test_a_briefing_with_nothing_dated_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plain.yaml"
    path.write_text("format: 1\ntitle: Plain\ndate: 2020-01-08\nsummary: Nothing timed.\n",
                    encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = record_notifications(app)
        await pilot.press("t")
        await pilot.pause()
        assert briefing_screen(app).time_mode is None
        assert said and said[0].startswith("Nothing in this briefing is dated")


async def test_time_mode_follows_the_file_as_it_changes(tmp_path: Path) -> None:
    """Read again (r), the moment shown stays, and a new moment joins the count."""
    path = story_file(tmp_path)
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        await pilot.press("t", "home", "right", "right")  # 3 of 9: 8 Jan 09:00
        await pilot.pause()
        text = path.read_text(encoding="utf-8").replace(
            "timeline:\n", "timeline:\n  - {when: 2020-01-11, event: Funerals}\n")
        path.write_text(text, encoding="utf-8")
        await pilot.press("r")
        await wait_for(pilot, lambda: "(3 of 10)" in header(screen))
        assert f"as of {LABELS[2]}" in header(screen)
        await pilot.press("end")
        await pilot.pause()
        assert "Funerals" in pane_text(screen, "timeline")


async def test_the_key_bar_names_what_escape_does_now(tmp_path: Path) -> None:
    """Escape restores, clears the search, leaves time mode or goes back:
    the key bar names the one it does now, and it does that."""
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)

        def keys() -> str:
            return screen.query_one(KeyBar).render_line(0).text

        assert "esc  Back" in keys() and "Leave time" not in keys()
        await pilot.press("t")
        await pilot.pause()
        assert "esc  Leave time" in keys() and "esc  Back" not in keys()
        await pilot.press("slash", "x")
        await pilot.pause()
        assert "esc  Clear search" in keys() and "Leave time" not in keys()
        await pilot.press("escape")
        await pilot.pause()
        assert screen.time_mode is not None and "esc  Leave time" in keys()
        await pilot.press("escape")
        await pilot.pause()
        assert screen.time_mode is None and "esc  Back" in keys()
        assert isinstance(app.screen, BriefingScreen)
