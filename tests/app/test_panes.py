"""Pilot tests: what each pane of a briefing shows, big briefings included."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.app.helpers import (
    WIDE,
    briefing_screen,
    pane_text,
    search_for,
    wait_for,
)
from tests.conftest import DATA, SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.rows import header
from tui.core.export.markdown import to_markdown
from tui.core.format.load import load_briefing


async def test_four_main_panes_visible_at_120x40() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        for pane_id in ("summary", "quotes", "casualties", "reactions"):
            pane = screen.query_one(f"#{pane_id}", ListPane)
            assert pane.display and pane.region.width > 30 and pane.region.height > 8
        header = screen.query_one("#briefing-header", Static).render()
        assert "Iranian missiles target US forces in Iraq" in str(header)
        assert "2020-01-08 · Iraq" in str(header)
        assert "⚠ 2 disputed numbers" in str(header)


def test_header_counts_disputes_in_words() -> None:
    seed = load_briefing(SEED)
    one = seed._replace(figures=())  # only the casualty dispute is left
    assert len(one.disputes) == 1
    assert "⚠ 1 disputed number" in header(one).plain
    assert "numbers" not in header(one).plain
    assert "disputed" not in header(one._replace(casualty_claims=())).plain


async def test_dispute_is_unmistakable() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        text = pane_text(app.screen.query_one("#casualties", ListPane))
        assert "DISPUTED US personnel, killed: 80 vs 0" in text
        assert "killed 80 ⚠ DISPUTED (80 vs 0)" in text
        assert "no evidence given" in text
        figures = pane_text(app.screen.query_one("#figures", ListPane))
        assert "missiles fired: 15  ⚠ DISPUTED (15 vs 22)" in figures


async def test_reactions_grouped_by_country_with_stance_in_words() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        text = pane_text(app.screen.query_one("#reactions", ListPane))
        for name in ("Iran", "United States", "Iraq", "United Kingdom", "Norway"):
            assert f"\n{name}\n" in f"\n{text}\n"
        assert "[condemns]" in text and "Britain, which has personnel in Iraq" in text


async def test_hostile_text_is_shown_literally_and_inert() -> None:
    app = BriefingApp(DATA / "hostile.yaml")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = app.screen
        header = str(screen.query_one("#briefing-header", Static).render())
        assert "[bold]Not bold[/] *nor* _this_ <b>tag</b> | pipe" in header
        assert "[link=https://evil.example]Click[/link]" in header
        summary = pane_text(screen.query_one("#summary", ListPane))
        assert "[sic] and [/] and [@click=app.quit]quit[/] stay text." in summary
        assert "سلام دنیا" in summary and "🚀" in summary
        assert "Escape codes removed: [31mred[0m and bell and 31m C1." in summary
        quotes = pane_text(screen.query_one("#quotes", ListPane))
        assert "He said [sic] 'we [/] will' | and <script>alert(1)</script>" in quotes
        assert "[@click=app.quit]Twitter[/]" in quotes
        reactions = pane_text(screen.query_one("#reactions", ListPane))
        assert "[@click=app.quit]NATO[/]" in reactions
        # clicking the would-be action link does nothing: the app keeps running
        await pilot.press("4")
        await pilot.click("#reactions", offset=(5, 1))
        await pilot.pause()
        assert app.is_running
        drawn = app.export_screenshot()
        assert "\x1b" not in drawn and "\x07" not in drawn and "\x9b" not in drawn


async def test_draft_round_trips_into_the_app(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLE
    from tui.core.draft import draft_yaml

    path = tmp_path / "draft.yaml"
    path.write_text(draft_yaml((SEED_ARTICLE).read_text(encoding="utf-8")),
                    encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        screen = briefing_screen(app)
        await wait_for(pilot, lambda: screen.briefing is not None)
        assert screen.query_one("#quotes", ListPane).total == 10
        assert "DISPUTED" in pane_text(screen.query_one("#figures", ListPane))


async def test_big_briefing_is_windowed_and_fully_reachable(thousand_quotes: Path) -> None:
    from tui.app.panes.base import WINDOW

    app = BriefingApp(thousand_quotes, load_briefing(thousand_quotes))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        quotes = app.screen.query_one("#quotes", ListPane)
        assert quotes.total == 1000 and quotes.row_count <= WINDOW
        await pilot.press("G")
        assert quotes.current_item.text.startswith("Statement 999 ")  # type: ignore[union-attr]
        quotes.highlighted = 0  # the first row of the last window
        all_quotes = list(app.screen.briefing.quotes)  # type: ignore[attr-defined]
        start = all_quotes.index(quotes.current_item)
        assert start > 0
        await pilot.press("k")  # walk past the window's start
        item = quotes.current_item
        assert all_quotes.index(item) == start - 1
        assert item.text.startswith(f"Statement {start - 1} ")  # type: ignore[union-attr]
        await pilot.press("g")
        assert quotes.current_item.text.startswith("Statement 0 ")  # type: ignore[union-attr]
        quotes.highlighted = quotes.row_count - 2  # near the window's end
        for _ in range(7):  # walk past it
            await pilot.press("j")
        item = quotes.current_item
        assert all_quotes.index(item) == WINDOW + 5
        assert item.text.startswith(f"Statement {WINDOW + 5} ")  # type: ignore[union-attr]
        await pilot.press("k")
        item = quotes.current_item
        assert item.text.startswith(f"Statement {WINDOW + 4} ")  # type: ignore[union-attr]
        await pilot.press("slash")
        await search_for(pilot, "Statement 777 ")
        assert quotes.shown == 1


async def test_window_always_holds_two_screens_of_rows(thousand_quotes: Path) -> None:
    """A tall terminal must never show the end of a window as blank space."""
    from tui.app.panes.base import WINDOW

    app = BriefingApp(thousand_quotes, load_briefing(thousand_quotes))
    async with app.run_test(size=(120, WINDOW)) as pilot:
        await pilot.pause()
        quotes = app.screen.query_one("#quotes", ListPane)
        assert quotes.row_count >= 2 * WINDOW


async def test_a_wrapped_first_line_hangs_under_the_items_details() -> None:
    # At 120x40 the Figures pane is ~36 columns: "missiles fired: 15  ⚠
    # DISPUTED (15 vs 22)" wraps, and its end must not sit at the left edge
    # where the next item starts. So must a quote's long attribution.
    app = BriefingApp(SEED, load_briefing(SEED))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()

        def shown(pane_id: str) -> list[str]:
            pane = app.screen.query_one(f"#{pane_id}", ListPane)
            return [pane.render_line(y).text.rstrip(" ▁▂▃▄▅▆▇█")
                    for y in range(pane.scrollable_content_region.height)]

        figures = shown("figures")
        assert figures[0].startswith("missiles fired: 15  ⚠ DISPUTED")
        assert not figures[0].endswith("22)")  # it wraps here
        assert figures[1].startswith("  ") and figures[1].strip().endswith("22)")
        quotes = shown("quotes")
        trump = next(i for i, line in enumerate(quotes) if line.startswith("Donald Trump"))
        assert "Twitter" not in quotes[trump]  # wraps before the medium
        assert quotes[trump + 1].startswith("  ") and "Twitter" in quotes[trump + 1]
        assert quotes[trump + 2].startswith("“All is well!”")


JOINED_EMOJI = {"👨‍👩‍👧‍👦": "👨👩👧👦", "🏳️‍🌈": "🏳🌈", "👍🏽": "👍", "❤️": "❤", "🇮🇷": "🇮🇷"}


async def test_joined_emoji_are_drawn_as_their_parts_and_exported_as_written(
        tmp_path: Path) -> None:
    """Terminals disagree on the width of a joined emoji, which broke the
    layout (stray characters, a border drawn twice): on screen each is drawn
    as its parts, whose width every terminal agrees on; exports keep it whole."""
    path = tmp_path / "emoji.yaml"
    text = " ".join(JOINED_EMOJI)
    path.write_text(SEED.read_text(encoding="utf-8").replace("All is well!", text, 1),
                    encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        quotes = briefing_screen(app).query_one("#quotes", ListPane)
        drawn = "\n".join(quotes.render_line(y).text for y in range(quotes.size.height))
        assert " ".join(JOINED_EMOJI.values()) in drawn
        assert not any(c in drawn for c in "\u200d\ufe0f\U0001f3fd")
        width = quotes.render_line(0).cell_length
        assert all(quotes.render_line(y).cell_length == width for y in range(quotes.size.height))
    assert text in to_markdown(load_briefing(path))


async def test_summary_paragraphs_keep_their_blank_line() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        summary = briefing_screen(app).query_one("#summary", ListPane)
        text = pane_text(summary)
        assert "Middle East war.\n\nIranian state television said 80" in text
        assert summary.total == summary.shown == 8  # the blank line is not an item
        await pilot.press("1", "j")
        await pilot.pause()
        assert str(summary.current_item).startswith("Iranian state television said 80")
