"""The palette offers time mode, the chart, the order and the timeline's
filter, and each does what its key does."""

from __future__ import annotations

from pathlib import Path

from tests.app.helpers import briefing_screen, run_command, wait_for
from tests.app.test_palette import palette
from tests.core.story_fixtures import story_file
from tui.app.app import BriefingApp
from tui.app.dialogs.chart import ChartScreen


async def test_the_palette_offers_the_story_over_time(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        names = await palette(app, pilot)
        for name in ("view: Time mode", "view: Chart", "view: Sort pane",
                     "view: Filter timeline"):
            assert name in names, (name, names)
        await run_command(pilot, "view: Time mode")
        await wait_for(pilot, lambda: briefing_screen(app).time_mode is not None)
        assert "view: Leave time mode" in await palette(app, pilot)
        await pilot.press("3")
        await run_command(pilot, "view: Chart")
        await wait_for(pilot, lambda: isinstance(app.screen, ChartScreen))
