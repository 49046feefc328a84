"""What `c` copies for a claim, and how a wrapped timeline entry lines up."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.app.helpers import briefing_screen, wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.widgets.row_list import wrap_row
from tui.core.format.model import CasualtyClaim


async def select_claim(pilot: Pilot[None], claims: ListPane, claimant: str) -> None:
    """Press j until the claim by `claimant` is selected."""
    for _ in range(20):
        item = claims.current_item
        if isinstance(item, CasualtyClaim) and item.claimant == claimant:
            return
        await pilot.press("j")
    raise AssertionError(f"no claim by {claimant}")


async def test_copying_a_claim_names_a_country_like_its_claimant_once() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        claims = briefing_screen(app).query_one("#casualties", ListPane)
        await select_claim(pilot, claims, "Iraq")
        await pilot.press("c")
        await wait_for(pilot, lambda: app.clipboard != "")
        assert app.clipboard.startswith("Iraq on Iraqi forces: killed 0, injured 0")
        await pilot.press("g")
        await select_claim(pilot, claims, "Iranian state television")  # country: Iran
        await pilot.press("c")
        await wait_for(pilot, lambda: app.clipboard.startswith("Iranian"))
        assert app.clipboard.startswith("Iranian state television (Iran) on US personnel")

async def test_wrapped_timeline_entries_with_a_time_hang_under_their_text(
        tmp_path: Path) -> None:
    path = tmp_path / "timed.yaml"
    text = SEED.read_text(encoding="utf-8")
    path.write_text(text.replace("  - when: 2020-01-08\n    event: Trump",
                                 "  - when: 2020-01-08T21:45+03:00\n    event: Trump", 1),
                    encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:  # the pane is 40 columns wide
        await pilot.pause()
        await pilot.press("6")
        timeline = briefing_screen(app).query_one("#timeline", ListPane)
        width = timeline.scrollable_content_region.width
        lines = [line.plain.rstrip() for i in range(timeline.row_count)
                 for line in wrap_row(timeline.row(i).content, width, timeline.row(i).hang)]
        starts = [i for i, line in enumerate(lines) if line.startswith("2020-")]
        assert len(starts) >= 2
        dated, timed = lines[starts[0]], next(x for x in lines if "21:45" in x)
        assert timed.startswith("2020-01-08  21:45+03:00  Trump")
        column = len(dated) - len(dated[12:].lstrip())
        for i in range(len(lines)):
            if i not in starts and lines[i].strip():
                # every continuation line starts in the column of the entries' text
                assert len(lines[i]) - len(lines[i].lstrip()) == column, lines
