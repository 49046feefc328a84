"""The reactions pane lists organisations apart from countries."""

from __future__ import annotations

from tests.app.helpers import briefing_screen
from tests.conftest import DATA, SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane


async def reaction_rows(app: BriefingApp, *keys: str) -> list[tuple[str, bool, bool]]:
    """Each row's first line, whether it can be selected, and whether a rule is above it."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        pane = briefing_screen(app).query_one("#reactions", ListPane)
        return [(pane.row(i).content.plain.split("\n")[0], pane.row(i).selectable,
                 pane.row(i).rule_above) for i in range(pane.row_count)]


async def test_organisations_are_listed_apart_from_countries() -> None:
    rows = await reaction_rows(BriefingApp(DATA / "hostile.yaml"))
    firsts = [first for first, _, _ in rows]
    assert firsts[:2] == ["Countries", "United Kingdom"]
    organisations = firsts.index("Organisations")
    assert firsts[organisations + 1] == "[@click=app.quit]NATO[/]"
    assert firsts.index("United Kingdom") < organisations
    # Titles cannot be selected; a group right under its section's title has no rule.
    assert not rows[0][1] and not rows[1][2] and rows[organisations][2]
    assert not rows[organisations + 1][2]


async def test_a_search_keeps_the_sections_of_what_it_finds() -> None:
    rows = await reaction_rows(BriefingApp(DATA / "hostile.yaml"), "slash", *"hashtag")
    assert [first for first, _, _ in rows][:2] == ["Organisations", "[@click=app.quit]NATO[/]"]
    assert "Countries" not in [first for first, _, _ in rows]


async def test_countries_alone_need_no_section_title() -> None:
    firsts = [first for first, _, _ in await reaction_rows(BriefingApp(SEED))]
    assert "Countries" not in firsts and "Organisations" not in firsts
    assert firsts[0] == "Iran"
