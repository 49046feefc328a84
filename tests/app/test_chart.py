"""The chart (`v`, or `enter` on a dispute): each claimant's figures over
time, as of the moment in time mode; `i` for the injured; figures too."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.helpers import briefing_screen, record_notifications
from tests.core.story_fixtures import story_file
from tui.app.app import BriefingApp
from tui.app.dialogs.chart import ChartScreen
from tui.app.screens.briefing import BriefingScreen


def chart(app: BriefingApp) -> ChartScreen:
    screen = app.screen
    assert isinstance(screen, ChartScreen), screen
    return screen


def values(screen: ChartScreen) -> dict[str, list[str]]:
    """Each claimant's points, as the count's text."""
    return {s.claimant: [p.value.text for p in s.points] for s in screen.series}


def notes(screen: ChartScreen) -> str:
    return str(screen.query_one("#chart-notes", Static).render())


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_v_charts_the_claims_and_i_the_injured(tmp_path: Path,
                                                     size: tuple[int, int]) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("3", "v")
        await pilot.pause()
        screen = chart(app)
        assert screen.group.label == "civilians, killed"
        assert values(screen) == {"Ministry": ["12", "63"], "Red Cross": ["35", "40"]}
        text = notes(screen)
        assert "Ministry  12 → 63  now 63" in text
        assert "DISPUTED 63 (10 Jan) vs 40 (8 Jan, stale)" in text
        await pilot.press("i")
        await pilot.pause()
        assert screen.group.label == "civilians, injured"
        assert values(screen) == {"Police": ["80+"]}
        assert screen.series[0].points[0].open_ended
        assert "hollow mark: at least (80+)" in notes(screen)
        assert "undated" in notes(screen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)


async def test_the_chart_as_of_a_moment(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        # As of 8 Jan 09:00, on the first claim (the Ministry's; g: the first row).
        await pilot.press("3", "t", "home", "right", "right", "g", "v")
        await pilot.pause()
        screen = chart(app)
        assert values(screen) == {"Ministry": ["12"]}
        assert "as of 8 Jan 09:00" in str(screen.query_one("#chart-dialog").border_title)
        await pilot.press("escape", "end", "v")  # the latest moment: every revision
        await pilot.pause()
        assert values(chart(app)) == {"Ministry": ["12", "63"], "Red Cross": ["35", "40"]}


async def test_enter_on_a_dispute_row_opens_its_chart(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3", "enter")  # the cursor starts on the dispute row
        await pilot.pause()
        assert chart(app).group.label == "civilians, killed"


async def test_figures_with_one_what_share_a_chart(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("5", "v")
        await pilot.pause()
        screen = chart(app)
        assert values(screen) == {"Iran": ["15", "22"], "Iraq": ["22"]}
        said = record_notifications(app)
        await pilot.press("i")  # a figure has no injured
        await pilot.pause()
        assert said and said[0].startswith("A figure has one value")


async def test_nothing_to_chart_on_a_quote(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = record_notifications(app)
        await pilot.press("2", "v")
        await pilot.pause()
        assert isinstance(briefing_screen(app), BriefingScreen)
        assert said and said[0].startswith("Nothing to chart here")


async def test_with_no_color_the_lines_keep_their_markers_and_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NO_COLOR: every line in the theme's foreground (a red turned grey can
    vanish), each claimant told apart by its marker and its name."""
    from rich.text import Text
    from textual_plotext import PlotextPlot

    monkeypatch.setenv("NO_COLOR", "1")
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("3", "v")
        await pilot.pause()
        drawn = chart(app).query_one(PlotextPlot).render()
        assert isinstance(drawn, Text)
        colours = {span.style.color.name for span in drawn.spans  # type: ignore[union-attr]
                   if not isinstance(span.style, str) and span.style.color is not None}
        assert len(colours) <= 1, colours  # the theme's foreground, if any
        assert all(mark in drawn.plain for mark in ("●", "■", "Ministry", "Red Cross"))


def test_time_ticks_read_the_briefings_clock(tmp_path: Path) -> None:
    """21:00 UTC is 9 Jan 00:00 in Baghdad: after 8 Jan 23:30 +03:00, as it was."""
    from tests.core.story_fixtures import story
    from tui.app.widgets.step_chart import chart_layout
    from tui.core.story.series import ChartGroup, series_for

    b = story(tmp_path)
    red_cross = [s for s in series_for(b, ChartGroup("civilians", "killed"))
                 if s.claimant == "Red Cross"]
    layout = chart_layout(red_cross, b.zone, width=120)
    assert [label for _, label in layout.ticks] == ["8 Jan 23:30", "9 Jan 00:00"]


def test_time_ticks_name_the_year_when_the_story_spans_more_than_one(tmp_path: Path) -> None:
    """A figure revised a year later: `4 Aug 2020` then `3 Aug 2021`, never
    `4 Aug` then `3 Aug`, which reads as time running back."""
    from tui.app.widgets.step_chart import chart_layout
    from tui.core.format.load import parse_briefing
    from tui.core.story.series import ChartGroup, series_for

    b = parse_briefing(
        "format: 1\ntitle: Blast\ndate: 2020-08-04\nsummary: A blast.\n"
        "casualty_claims:\n"
        "  - {claimant: Ministry, affected: people, killed: 70, said: 2020-08-04}\n"
        "  - {claimant: Ministry, affected: people, killed: 158, said: 2020-08-08}\n"
        "  - {claimant: Watchdog, affected: people, killed: 218, said: 2021-08-03}\n")
    layout = chart_layout(series_for(b, ChartGroup("people", "killed")), b.zone, width=120)
    labels = [label for _, label in layout.ticks]
    assert labels[0] == "4 Aug 2020" and labels[-1] == "3 Aug 2021"
