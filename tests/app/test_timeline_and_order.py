"""One timeline (every dated statement, `f` filters by kind) and the order
inside a pane (`s`), each said in the pane's title."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.helpers import briefing_screen, record_notifications
from tests.core.story_fixtures import story_file
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.screens.briefing import BriefingScreen


def pane(screen: BriefingScreen, pane_id: str) -> ListPane:
    return screen.query_one(f"#{pane_id}", ListPane)


def lines(p: ListPane) -> list[str]:
    return [p.row(i).content.plain for i in range(p.row_count)]


def title(p: ListPane) -> str:
    return str(p.border_title)


async def test_the_timeline_merges_every_dated_statement(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        timeline = pane(briefing_screen(app), "timeline")
        rows = lines(timeline)
        # By instant, time zones honoured: the 23:30 +03:00 claim before the 21:00 UTC one.
        # At one instant the kinds in order: the claim before the quote.
        order = ["figure · Iran: missiles fired 15", "01:30  Strike",
                 "09:00  claim · Ministry: civilians, killed 12", "09:00  quote · A:",
                 "figure · Iraq", "23:30+03:00  claim · Red Cross: civilians, killed 35",
                 "21:00+00:00  claim · Red Cross: civilians, killed 40",
                 "figure · Iran: missiles fired 22", "Aftermath",
                 "claim · Ministry: civilians, killed 63"]
        at = [next(i for i, row in enumerate(rows) if part in row) for part in order]
        assert at == sorted(at) and len(rows) == len(order)
        assert "(revised later)" in rows[at[2]] and "revised" not in rows[at[-1]]
        assert "B" not in "".join(r.split("·")[0] for r in rows)  # the undated quote has no place


async def test_f_cycles_the_timeline_filter_shown_in_its_title(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        timeline = pane(briefing_screen(app), "timeline")
        await pilot.press("6", "f")
        await pilot.pause()
        assert "events only" in title(timeline)
        assert [r.split("  ")[-1] for r in lines(timeline)] == ["Strike", "Aftermath"]
        await pilot.press("f")
        await pilot.pause()
        assert "claims only" in title(timeline)
        rows = lines(timeline)
        assert all("claim ·" in r or "figure ·" in r for r in rows) and len(rows) == 7
        await pilot.press("f", "f")
        await pilot.pause()
        assert "reactions only" in title(timeline) and timeline.total == 0
        await pilot.press("f")
        await pilot.pause()
        assert title(timeline) == "6 Timeline" and timeline.total == 10


@pytest.mark.parametrize(("presses", "note", "claimants"), [
    (0, "", ["Ministry", "Red Cross", "Police"]),
    (1, "by size", ["Ministry", "Red Cross", "Police"]),
    (2, "by time", ["Police", "Red Cross", "Ministry"]),
    (3, "by claimant", ["Ministry", "Police", "Red Cross"]),
    (4, "", ["Ministry", "Red Cross", "Police"]),
])
async def test_s_cycles_the_claims_order(tmp_path: Path, presses: int, note: str,
                                         claimants: list[str]) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        claims = pane(briefing_screen(app), "casualties")
        await pilot.press("3", *["s"] * presses)
        await pilot.pause()
        assert title(claims) == "3 Casualty claims" + (f" · {note}" if note else "")
        names = [row.split("\n")[0] for row in lines(claims)]
        assert [n for n in names if n in ("Ministry", "Red Cross", "Police")] == claimants
        # Sorting never changes which revision is current.
        assert "killed 63" in "\n".join(lines(claims))


async def test_s_sorts_quotes_by_time_then_speaker(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        quotes = pane(briefing_screen(app), "quotes")
        assert [r.split("\n")[0].split()[0] for r in lines(quotes)] == ["B", "A"]
        await pilot.press("2", "s", "s")
        await pilot.pause()
        assert title(quotes) == "2 Quotes · by speaker"
        assert [r.split("\n")[0].split()[0] for r in lines(quotes)] == ["A", "B"]


async def test_s_on_a_pane_with_one_order_says_so(tmp_path: Path) -> None:
    app = BriefingApp(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = record_notifications(app)
        await pilot.press("7", "s")
        await pilot.pause()
        assert said and "has one order" in said[0]


async def test_s_sorts_reactions_by_stance_then_country() -> None:
    from tests.conftest import SEED

    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        reactions = pane(briefing_screen(app), "reactions")

        def headings() -> list[str]:
            return [reactions.row(i).content.plain for i in range(reactions.row_count)
                    if reactions.item_at(i) is None]

        def stances() -> list[str]:
            return [reactions.row(i).content.plain.split("]")[0] + "]"
                    for i in range(reactions.row_count) if reactions.item_at(i) is not None]

        await pilot.press("4", "s")
        await pilot.pause()
        assert title(reactions) == "4 Reactions by country · by stance"
        # The one country that condemns comes first; "other" before "warns".
        assert stances()[0] == "[condemns]" and headings()[0] == "United Kingdom"
        await pilot.press("s")
        await pilot.pause()
        assert title(reactions) == "4 Reactions by country · by country"
        assert headings() == sorted(headings(), key=str.casefold)
