"""The briefing screen orders the timeline and each claimant's revisions by
instant (`23:00+03:00` before `22:00Z`) and shows times as written."""

from __future__ import annotations

from pathlib import Path

from tests.app.helpers import briefing_screen
from tests.core.test_times import CLAIMS, HEAD, TIMELINE
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane


def pane_text(pane: ListPane) -> str:
    return "\n".join(pane.row(i).content.plain for i in range(pane.row_count))


async def test_timeline_and_claims_panes_order_by_instant(tmp_path: Path) -> None:
    path = tmp_path / "offsets.yaml"
    path.write_text(HEAD + TIMELINE + CLAIMS, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        await pilot.press("6")
        await pilot.pause()
        timeline = pane_text(screen.query_one("#timeline", ListPane))
        assert timeline.index("23:00+03:00") < timeline.index("22:00+00:00")
        assert timeline.index("at eight UTC") < timeline.index("at ten UTC")
        await pilot.press("3")
        await pilot.pause()
        claims = screen.query_one("#casualties", ListPane)
        text = pane_text(claims)
        assert "disput" not in text.lower()  # the current 63 agrees with the Red Cross
        assert "killed 63 (was 12 at 23:00+03:00)" in text  # offsets differ: shown
        assert str(claims.border_subtitle) == "2"  # current claims, as the library counts
