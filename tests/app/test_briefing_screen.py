"""Pilot tests: a user's keys on the briefing screen, and what they see."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Button, Input, Static

from tests.app.helpers import briefing_screen, run_command, wait_for
from tests.conftest import DATA, SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.confirm import ConfirmScreen
from tui.app.dialogs.export import ExportScreen
from tui.app.dialogs.help import HelpScreen
from tui.app.dialogs.item import ItemScreen
from tui.app.panes.base import ListPane
from tui.app.screens.briefing import BriefingScreen
from tui.app.text import header
from tui.core.export.markdown import to_markdown
from tui.core.format.load import load_briefing

WIDE = (120, 40)
SMALL = (80, 24)


def pane_text(pane: ListPane) -> str:
    return "\n".join(pane.row(i).content.plain for i in range(pane.row_count))


def header_lines(screen: BriefingScreen) -> list[str]:
    """The header's text, line by line: title, date and place, then any tabs
    and reload error."""
    return str(screen.query_one("#briefing-header", Static).render()).splitlines()


def record_notifications(app: BriefingApp) -> list[str]:
    messages: list[str] = []
    original = app.notify

    def notify(message: str, *args: object, **kwargs: object) -> None:
        messages.append(message)
        original(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return messages


@asynccontextmanager
async def live_seed(tmp_path: Path) -> AsyncIterator[
        tuple[Path, BriefingApp, Pilot[None], BriefingScreen]]:
    """A copy of the seed, `live.yaml`, open at 120x40 for a test to edit."""
    path = tmp_path / "live.yaml"
    shutil.copy(SEED, path)
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        yield path, app, pilot, briefing_screen(app)


@asynccontextmanager
async def seed_open_in(folder: Path, monkeypatch: pytest.MonkeyPatch
                       ) -> AsyncIterator[tuple[BriefingApp, Pilot[None], list[str]]]:
    """The seed open at 120x40, with `folder` as the working directory (where
    exports go), and the notifications it shows."""
    monkeypatch.chdir(folder)
    app = BriefingApp(SEED)
    messages = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        yield app, pilot, messages


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


async def test_digits_and_tab_move_between_panes() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "casualties"
        await pilot.press("4")
        await pilot.pause()
        assert app.focused.id == "reactions"
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "figures"
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        assert app.focused.id == "casualties"
        await pilot.press("7")
        await pilot.pause()
        assert app.focused.id == "sources"


@pytest.mark.parametrize("size", [WIDE, SMALL], ids=["120x40", "80x24"])
async def test_keys_typed_fast_after_a_digit_go_to_its_pane(size: tuple[int, int]) -> None:
    # `2G` typed fast (or sent by tmux in one write) arrives in one burst:
    # G must move the Quotes pane that 2 focused, not the pane before it.
    app = BriefingApp(SEED)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        quotes = screen.query_one("#quotes", ListPane)
        reactions = screen.query_one("#reactions", ListPane)
        summary = screen.query_one("#summary", ListPane)
        first_reaction, summary_row = reactions.highlighted, summary.highlighted
        assert first_reaction is not None
        for key in ("2", "G", "4", "j"):
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await pilot.pause()
        assert quotes.highlighted == quotes.row_count - 1
        assert app.focused is reactions and screen.current == 3
        assert reactions.highlighted is not None and reactions.highlighted > first_reaction
        assert summary.highlighted == summary_row


async def test_jk_g_G_move_and_enter_opens_item() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        quotes = app.screen.query_one("#quotes", ListPane)
        assert quotes.highlighted == 0
        await pilot.press("j", "j")
        assert quotes.highlighted == 2
        await pilot.press("k")
        assert quotes.highlighted == 1
        await pilot.press("G")
        assert quotes.highlighted == quotes.row_count - 1
        await pilot.press("g")
        assert quotes.highlighted == 0
        await pilot.press("down", "down", "down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "speaker: Donald Trump" in body and "text: All is well!" in body
        assert app.screen.query_one("#item-dialog").border_subtitle == "esc: close"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)


async def test_mouse_click_focuses_a_pane_and_opens_the_row() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        claims = screen.query_one("#casualties", ListPane)
        await pilot.click("#casualties", offset=(5, 1))  # the group heading: nothing to open
        await pilot.pause()
        assert app.focused is claims and screen.current == 2
        assert isinstance(app.screen, BriefingScreen)
        await pilot.click("#casualties", offset=(5, 2))  # the dispute under it: its chart
        await pilot.pause()
        from tui.app.dialogs.chart import ChartScreen

        assert isinstance(app.screen, ChartScreen)
        notes = str(app.screen.query_one("#chart-notes", Static).render())
        assert "DISPUTED" in notes and "80" in notes and "0" in notes
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is claims and claims.highlighted == 1


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


async def test_search_filters_every_pane_and_escape_clears() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.press(*"Zarif")
        await pilot.pause()
        screen = briefing_screen(app)
        quotes = screen.query_one("#quotes", ListPane)
        assert quotes.shown == 2 and quotes.total == 10
        assert quotes.border_subtitle == "2 of 10"
        assert screen.query_one("#casualties", ListPane).shown == 0
        assert "(no matches)" in pane_text(screen.query_one("#casualties", ListPane))
        # where the matches are, in words, for when one pane is shown at a time
        search = screen.query_one("#search", Input)
        where = str(search.border_title)
        assert where.startswith("matches in ") and "2 Quotes: 2" in where
        assert "Claims" not in where
        # the match is highlighted in the row's text
        prompt = quotes.row(0).content
        spans = [prompt.plain[s.start:s.end] for s in prompt.spans if "reverse" in str(s.style)]
        assert "Zarif" in spans
        await pilot.press("enter")  # browse the results
        await pilot.pause()
        assert isinstance(app.focused, ListPane)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_text == ""
        assert quotes.shown == 10
        assert not search.display and not search.border_title
        await pilot.press("slash", *"no such words")
        assert str(search.border_title) == "no matches in any pane"


async def test_clearing_a_search_keeps_the_cursor_on_its_item() -> None:
    """2, /, Zarif, enter, j (the second Zarif quote), escape: the cursor
    stays on that quote, and enter opens it."""
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("2", "slash", *"Zarif", "enter", "j")
        await pilot.pause()
        quotes = briefing_screen(app).query_one("#quotes", ListPane)
        chosen = quotes.current_item
        assert getattr(chosen, "speaker", None) == "Mohammad Javad Zarif"
        await pilot.press("escape")
        await pilot.pause()
        assert quotes.shown == 10
        assert quotes.current_item is chosen
        await pilot.press("enter")
        await pilot.pause()
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "Mohammad Javad Zarif" in body and chosen.text in body  # type: ignore[union-attr]


async def test_enter_in_search_goes_to_a_pane_with_matches() -> None:
    """enter browses the results: the current pane if it has matches, else the
    first pane that has some, so focus never lands on "(no matches)"."""
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        casualties = screen.query_one("#casualties", ListPane)
        await pilot.press("3", "slash", *"Zarif", "enter")
        await pilot.pause()
        with_matches = [pane for pane in screen.panes if pane.shown]
        assert casualties.shown == 0 and with_matches
        assert app.focused is with_matches[0] and screen.current == with_matches[0].number - 1
        quotes = screen.query_one("#quotes", ListPane)
        assert quotes in with_matches
        # the current pane keeps focus when it has matches itself
        await pilot.press("2", "slash", "enter")
        await pilot.pause()
        assert app.focused is quotes
        # no matches anywhere: focus stays on the current pane
        await pilot.press("3", "slash", "ctrl+u", *"no such words", "enter")
        await pilot.pause()
        assert not any(pane.shown for pane in screen.panes)
        assert app.focused is casualties


async def test_search_finds_the_numbers_and_words_a_row_shows() -> None:
    """A row's counts, dates and evidence are searchable, as they are on screen."""
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        claims = screen.query_one("#casualties", ListPane)
        await pilot.press("slash", *"killed 80")
        await pilot.pause()
        assert claims.shown == 1 and claims.border_subtitle == "1 of 7"  # the claim of 80
        text = pane_text(claims)
        assert "Iranian state television (Iran)" in text and "A US source (United" not in text
        row = next(claims.row(i).content for i in range(claims.row_count)
                   if "killed 80" in claims.row(i).content.plain)
        spans = [row.plain[s.start:s.end] for s in row.spans if "reverse" in str(s.style)]
        assert "killed" in spans and "80" in spans  # each word marked
        await pilot.press("ctrl+u", *"80 Iranian killed")  # words, in any order
        await pilot.pause()
        assert claims.shown == 1 and "Iranian state television (Iran)" in pane_text(claims)
        await pilot.press("ctrl+u", *"no evidence given")
        await pilot.pause()
        text = pane_text(claims)  # again the one claim (with its dispute above it)
        assert claims.shown == 1 and "Iranian state television (Iran)" in text
        assert "DISPUTED US personnel" in text
        assert "A US source (United" not in text
        await pilot.press("ctrl+u", *"2020-01-08")  # the date on most quotes' rows
        await pilot.pause()
        dated = [q for q in load_briefing(SEED).quotes if str(q.said) == "2020-01-08"]
        assert len(dated) > 5 and screen.query_one("#quotes", ListPane).shown == len(dated)


async def test_export_writes_file_and_asks_before_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, messages):
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one(Input).value == f"{SEED.stem}.md"
        await pilot.press("enter")
        target = tmp_path / f"{SEED.stem}.md"
        await wait_for(pilot, target.exists)
        assert target.read_text(encoding="utf-8") == to_markdown(load_briefing(SEED))
        # second export: the file exists, so the app asks; "n" keeps it
        target.write_text("keep me")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text() == "keep me"
        # back in the dialog, to choose another name; enter asks again, "y" overwrites
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: target.read_text() != "keep me")
        assert target.read_text(encoding="utf-8").startswith("# Iranian missiles")
        assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
        assert f"Exported to {target}" in messages


async def test_export_and_its_question_fit_a_40x12_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export field and the overwrite question's buttons are on screen,
    and a click on "Overwrite" works, in the smallest terminal we support."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / f"{SEED.stem}.md"
    target.write_text("keep me")
    app = BriefingApp(SEED)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert app.screen.region.contains_region(field.region) and field.region.height >= 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        yes = app.screen.query_one("#yes", Button)
        no = app.screen.query_one("#no", Button)
        for button in (yes, no):
            assert button.region.height == 1 and app.screen.region.contains_region(button.region)
        await pilot.click("#yes")
        await wait_for(pilot, lambda: target.read_text() != "keep me")
        assert target.read_text(encoding="utf-8").startswith("# Iranian missiles")


async def test_export_to_a_folder_writes_the_file_inside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "out").mkdir()
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, messages):
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"out", "enter")
        target = tmp_path / "out" / f"{SEED.stem}.md"
        await wait_for(pilot, target.exists)
        assert target.read_text(encoding="utf-8") == to_markdown(load_briefing(SEED))
        assert isinstance(app.screen, BriefingScreen)  # no "overwrite out?" question
        assert f"Exported to {target}" in messages


async def test_export_cancel_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, _):
        await pilot.press("e", "escape")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert list(tmp_path.iterdir()) == []


async def test_keys_typed_fast_after_e_reach_the_export_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In one burst from the terminal, the keys after `e` reach the export
    # dialog before its field has focus. They belong in the field, in order,
    # and `enter` among them exports, as it would typed slowly; `q` and `e`
    # are letters of the name, not the keys that quit and export.
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, _):
        burst = [("e", "e"), ("ctrl+u", None), *((c, c) for c in "quake.md"), ("enter", "\r")]
        for key, character in burst:
            app.post_message(events.Key(key, character))
        await wait_for(pilot, (tmp_path / "quake.md").exists)
        assert isinstance(app.screen, BriefingScreen)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["quake.md"]


async def test_help_lists_every_key() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-body", Static).render())
        for key in ("1 ", "tab", "shift+tab", "j ", "k ", "g ", "G ", "/", "e ", "r ", "q ",
                    "ctrl+p", "[", "]", "escape", "backspace", "f1", "enter"):
            assert key in text, key
        assert app.screen.query_one("#help-dialog").border_subtitle == "esc: close"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_every_binding_has_id_and_tooltip() -> None:
    from textual.binding import Binding

    from tui.app.screens.library import LibraryList, LibraryScreen

    for owner in (BriefingApp, BriefingScreen, ListPane, LibraryScreen, LibraryList):
        for b in owner.BINDINGS:
            assert isinstance(b, Binding) and b.id and b.tooltip, (owner, b)


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


async def test_small_terminal_shows_one_pane_with_tabs() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.has_class("narrow")
        assert header_lines(screen)[-1].split() == [
            "1", "Summary", "2", "Quotes", "3", "Claims", "4", "Reactions", "5", "Figures",
            "6", "Timeline", "7", "Sources"]
        visible = [p.id for p in screen.query(ListPane) if p.region.area > 0]
        assert visible == ["summary"]
        for key, pane_id in (("2", "quotes"), ("3", "casualties"), ("4", "reactions"),
                             ("5", "figures"), ("6", "timeline"), ("7", "sources")):
            await pilot.press(key)
            await pilot.pause()
            visible = [p.id for p in screen.query(ListPane) if p.region.area > 0]
            assert visible == [pane_id]
            assert app.focused is not None and app.focused.id == pane_id
            pane = screen.query_one(f"#{pane_id}", ListPane)
            assert pane.region.width >= 78 and pane.region.height >= 12


async def test_tabs_too_wide_for_the_terminal_show_numbers_and_the_current_name() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)

        def tabs() -> str:
            return header_lines(screen)[-1]

        assert tabs().split() == ["1", "Summary", "2", "3", "4", "5", "6", "7"]
        await pilot.press("7")
        await pilot.pause()
        assert tabs().split() == ["1", "2", "3", "4", "5", "6", "7", "Sources"]
        assert len(tabs()) <= 50 - 2  # inside the header's padding
        await pilot.resize_terminal(80, 24)  # room for every name again
        await pilot.pause()
        assert "1 Summary" in tabs() and "7 Sources" in tabs()


async def test_maximise_pane() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3", "z")
        await pilot.pause()
        assert app.screen.maximized is not None and app.screen.maximized.id == "casualties"
        # it fills the screen but the key bar, not just its cell of the panes' grid
        width, height = app.screen.size
        assert app.screen.maximized.region.size == (width, height - 1)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.maximized is None


async def test_live_reload_broken_then_fixed(tmp_path: Path) -> None:
    async with live_seed(tmp_path) as (path, _app, pilot, screen):
        original = path.read_text(encoding="utf-8")
        # a broken edit: the last good view stays, the located error shows
        path.write_text(original.replace("  - speaker: Donald Trump", "  - speakr: Donald Trump"),
                        encoding="utf-8")
        os.utime(path, ns=(1, 1))
        assert not any("errors" in line for line in header_lines(screen))
        await wait_for(pilot, lambda: screen.reload_error is not None)
        await pilot.pause()
        shown = header_lines(screen)
        assert shown[0].startswith("Iranian missiles target US forces")  # the last good view
        assert "▌ ⚠ The file has errors; showing the last good version (! lists them all):" in shown
        assert any(line.startswith("▌ ") and line.endswith(
            "quotes[3].speakr: unknown key 'speakr'; did you mean 'speaker'?")
            for line in shown)
        assert screen.query_one("#quotes", ListPane).total == 10
        # the fix brings the new content
        path.write_text(original.replace("All is well!", "All is well (edited)!"),
                        encoding="utf-8")
        os.utime(path, ns=(2, 2))
        await wait_for(pilot, lambda: screen.reload_error is None)
        await pilot.pause()
        assert not any("errors" in line for line in header_lines(screen))
        assert "All is well (edited)!" in pane_text(screen.query_one("#quotes", ListPane))
    assert "edited" in path.read_text()  # the app never wrote the file


async def test_reload_key_reads_the_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BriefingScreen, "poll_seconds", 3600.0)  # only `r` may reload
    path = tmp_path / "b.yaml"
    shutil.copy(SEED, path)
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        path.write_text(path.read_text(encoding="utf-8").replace("place: Iraq", "place: Baghdad"),
                        encoding="utf-8")
        await pilot.pause(0.3)
        assert screen.briefing is not None and screen.briefing.place == "Iraq"
        messages = record_notifications(app)
        await pilot.press("r")
        await wait_for(pilot, lambda: screen.briefing is not None
                       and screen.briefing.place == "Baghdad")
        await wait_for(pilot, lambda: messages == ["Reloaded from disk"])
        # a broken file: `r` says it was not reloaded, and the last good view stays
        path.write_text("format: 1\ntitle: [unclosed\n", encoding="utf-8")
        await pilot.press("r")
        await wait_for(pilot, lambda: len(messages) == 2)
        assert messages[1] == "Not reloaded: 1 error in the file"
        assert screen.briefing.place == "Baghdad"
        assert ("▌ ⚠ The file has errors; showing the last good version (! lists them all):"
                in header_lines(screen))


async def test_quit_key() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


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
        await pilot.press("slash", *"Statement 777 ")
        await pilot.pause()
        assert quotes.shown == 1


@pytest.mark.parametrize("size", [WIDE, SMALL])
async def test_G_typed_with_the_digit_scrolls_a_pane_not_shown_yet(
        thousand_quotes: Path, size: tuple[int, int]) -> None:
    # At 80x24 the Quotes pane is hidden until `2` shows it, and `G` in the
    # same burst arrives before it has a size: the view must still follow
    # the cursor to the last quote once the pane is laid out.
    app = BriefingApp(thousand_quotes, load_briefing(thousand_quotes))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        quotes = app.screen.query_one("#quotes", ListPane)
        for key in ("2", "G"):
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await pilot.pause()
        assert quotes.current_item.text.startswith("Statement 999 ")  # type: ignore[union-attr]
        assert quotes.max_scroll_y > 0
        assert quotes.scroll_offset.y == quotes.max_scroll_y
        assert quotes.vertical_scrollbar.position == quotes.max_scroll_y  # thumb at the end
        assert "Statement 999 " in "\n".join(
            quotes.render_line(y).text for y in range(quotes.scrollable_content_region.height))


async def test_window_always_holds_two_screens_of_rows(thousand_quotes: Path) -> None:
    """A tall terminal must never show the end of a window as blank space."""
    from tui.app.panes.base import WINDOW

    app = BriefingApp(thousand_quotes, load_briefing(thousand_quotes))
    async with app.run_test(size=(120, WINDOW)) as pilot:
        await pilot.pause()
        quotes = app.screen.query_one("#quotes", ListPane)
        assert quotes.row_count >= 2 * WINDOW


@pytest.mark.parametrize("resume", [True, False])
async def test_collector_paused_by_the_command_line_resumes_at_first_frame(resume: bool) -> None:
    import gc

    gc.disable()
    try:
        app = BriefingApp(SEED, resume_collector=resume)
        async with app.run_test(size=WIDE) as pilot:
            await pilot.pause()
            assert gc.isenabled() is resume
    finally:
        gc.enable()


async def test_search_from_the_palette_mounts_the_search_field() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        assert not screen.query("#search")  # mounted on first use only
        await run_command(pilot, "search: Briefing")
        await wait_for(pilot, lambda: isinstance(app.focused, Input))
        await pilot.press(*"Trump")
        await wait_for(pilot, lambda: screen.query_text == "Trump")
        assert screen.query_one("#quotes", ListPane).shown == 1


async def test_letters_typed_fast_after_slash_go_to_the_search_field() -> None:
    # A terminal delivers keys typed fast in one burst. The letters after `/`
    # are queued at the pane that had focus before the search field took it;
    # they belong in the field, and must not fire the bindings of their keys
    # (`r` reloads, `q` quits). `3` focuses its pane only after a refresh,
    # which must not take focus back from the field either.
    app = BriefingApp(SEED)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        for key, character in (("3", "3"), ("slash", "/"), *((c, c) for c in "Iraq")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        await pilot.pause()
        screen = briefing_screen(app)
        assert app.is_running
        assert isinstance(app.focused, Input)
        assert screen.query_text == "Iraq"
        assert screen.current == 2  # still on Casualty claims
        await pilot.press(*" forces")  # typing on adds to what is there
        assert screen.query_text == "Iraq forces"


async def test_slash_can_be_searched_for() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"24/7")
        await pilot.pause()
        screen = briefing_screen(app)
        assert screen.query_one("#search", Input).value == "24/7"
        assert screen.query_text == "24/7"


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


async def test_export_while_the_file_is_broken_says_it_is_the_last_good_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    async with live_seed(tmp_path) as (path, app, pilot, screen):
        good = screen.briefing
        path.write_text(SEED.read_text(encoding="utf-8").replace("speaker: Donald Trump",
                                                                 "speakr: Donald Trump"),
                        encoding="utf-8")
        os.utime(path, ns=(1, 1))
        await wait_for(pilot, lambda: screen.reload_error is not None)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        warning = str(app.screen.query_one("#export-warning", Static).render())
        assert "this exports the last good version" in warning
        assert "live.yaml:45:5: quotes[3].speaker: required" in warning
        assert "(and 1 more)" in warning
        await pilot.press("enter")  # the user chooses to export it anyway
        await pilot.pause()
        assert (tmp_path / "live.md").read_text(encoding="utf-8") == to_markdown(good)  # type: ignore[arg-type]


async def test_export_field_name_is_selected_and_errors_keep_the_dialog_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, messages):
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"notes.md")  # replaces the suggested name
        field = app.screen.query_one("#export-path", Input)
        assert field.value == "notes.md"
        await pilot.press("ctrl+u", "enter")  # empty: says why nothing happened
        await pilot.pause()
        error = app.screen.query_one("#export-error", Static)
        assert isinstance(app.screen, ExportScreen)
        assert "Type a file name or a folder" in str(error.render())
        await pilot.press(*"no/such/folder/x.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # still open, the name kept
        assert "Cannot write" in str(error.render()) and "No such file" in str(error.render())
        assert field.value == "no/such/folder/x.md"
        await pilot.press("ctrl+u", *"x.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert (tmp_path / "x.md").exists() and f"Exported to {tmp_path / 'x.md'}" in messages


async def test_help_scrolls_with_the_list_keys() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-dialog")
        assert box.max_scroll_y > 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert box.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0


async def test_a_deleted_file_says_so_and_recovers_when_it_comes_back(tmp_path: Path) -> None:
    async with live_seed(tmp_path) as (path, _app, pilot, screen):
        path.unlink()
        await wait_for(pilot, lambda: screen.reload_error is not None)
        await pilot.pause()
        shown = header_lines(screen)
        assert "▌ ⚠ live.yaml was deleted or moved; showing the last version read" in shown
        assert not any("no such file" in line for line in shown)
        assert screen.query_one("#quotes", ListPane).total == 10  # the last view stays
        shutil.copy(SEED, path)
        await wait_for(pilot, lambda: screen.reload_error is None)


async def test_a_file_made_unreadable_is_noticed(tmp_path: Path) -> None:
    """chmod keeps the mtime: the poll must notice all the same, and say the
    file cannot be read (as root, which reads it anyway, it is read again)."""
    async with live_seed(tmp_path) as (path, _app, pilot, screen):
        loads: list[bool] = []
        original = screen.load_from_disk

        def counted_load(*args: bool) -> None:
            loads.append(True)
            original(*args)

        screen.load_from_disk = counted_load  # type: ignore[method-assign,assignment]
        path.chmod(0)
        try:
            await wait_for(pilot, lambda: bool(loads))
            if os.geteuid() != 0:
                await wait_for(pilot, lambda: screen.reload_error is not None)
                assert any("permission denied" in line for line in header_lines(screen))
                assert screen.query_one("#quotes", ListPane).total == 10
        finally:
            path.chmod(0o644)


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


async def test_every_error_of_a_broken_live_file_is_listed_with_bang(tmp_path: Path) -> None:
    async with live_seed(tmp_path) as (path, app, pilot, screen):
        broken = SEED.read_text(encoding="utf-8")
        for key in ("speaker: Donald Trump", "evidence: not-provided", "stance: condemns",
                    "what: missiles fired"):
            broken = broken.replace(key, key.replace(":", "x:"), 1)
        path.write_text(broken, encoding="utf-8")
        await wait_for(pilot, lambda: len(screen.load_errors) > 3)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        body = str(app.screen.query_one("#errors-body", Static).render()).splitlines()
        assert body == [str(e) for e in screen.load_errors]
        assert len(body) > 3 and all("live.yaml:" in line for line in body)
        await pilot.press("escape")
        shutil.copy(SEED, path)
        await wait_for(pilot, lambda: not screen.load_errors)
        await pilot.press("exclamation_mark")  # nothing to list: the key does nothing
        await pilot.pause()
        assert app.screen is screen


async def test_revised_claims_show_their_history_and_every_revision_on_enter() -> None:
    app = BriefingApp(DATA / "revisions.yaml")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        claims = briefing_screen(app).query_one("#casualties", ListPane)
        text = pane_text(claims)
        assert "killed 63 (12 → 31 → 63) ⚠ DISPUTED (63 (8 Jan 21:00) vs 40)" in text
        assert "injured 9 (was 5 at 08:00)" in text
        assert "killed 12" not in text.replace("(12 → 31", "")  # history, not a row
        assert claims.total == 3  # current claims: ministry, Red Cross, police
        figures = briefing_screen(app).query_one("#figures", ListPane)
        assert "missiles fired: 22 (was 15 at 02:00)" in pane_text(figures)
        assert "DISPUTED" not in pane_text(figures)  # Iran revised 15 to Iraq's 22
        await pilot.press("3", "j", "enter")
        await pilot.pause()
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "Revisions (3, oldest first)" in body
        assert "• 2020-01-08 09:40  killed 12  evidence unknown; source: Reuters" in body
        assert "• 2020-01-08 21:00  killed 63  evidence provided; source: AP" in body


async def test_h_shows_a_claim_through_the_files_git_commits(tmp_path: Path) -> None:
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed (apt-get install git); .ci/run installs it on CI")
    repo = tmp_path / "repo"
    repo.mkdir()
    path = repo / "iran.yaml"

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "test@example.com")
    git("config", "user.name", "Test")
    for message, toll in [("First version", "80"), ("State TV revises toll", "63")]:
        path.write_text(SEED.read_text(encoding="utf-8").replace("killed: 80", f"killed: {toll}"),
                        encoding="utf-8")
        git("add", "iran.yaml")
        git("commit", "-q", "-m", message)
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3", "j", "h")  # the state television's claim
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen))
        body = str(app.screen.query_one("#item-body", Static).render())
        lines = [line.strip() for line in body.splitlines()]
        assert lines[0].endswith("State TV revises toll  (by Test)")
        assert lines[1].startswith("killed 63")
        assert lines[2].endswith("First version  (by Test)") and lines[3].startswith("killed 80")


async def test_h_outside_git_shows_the_revisions_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "revisions.yaml"  # outside any git repository
    shutil.copy(DATA / "revisions.yaml", path)
    app = BriefingApp(path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("3", "j", "h")
        await wait_for(pilot, lambda: isinstance(app.screen, ItemScreen))
        body = str(app.screen.query_one("#item-body", Static).render())
        assert "is not in a git repository" in body
        assert "• 2020-01-08 14:00  killed 31" in body


async def test_the_export_dialog_offers_json_and_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv
    import io
    import json

    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, _):
        await pilot.press("e", "tab", "right", "enter")  # the format: JSON
        await pilot.pause()
        field = app.screen.query_one("#export-path", Input)
        assert field.value == f"{SEED.stem}.json" and app.focused is field
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads((tmp_path / f"{SEED.stem}.json").read_text(encoding="utf-8"))
        assert data["title"].startswith("Iranian missiles")
        # The dialog starts on JSON, the last format exported: right is CSV.
        await pilot.press("e", "tab", "right", "enter", "enter")
        await pilot.pause()
        rows = list(csv.DictReader(io.StringIO(
            (tmp_path / f"{SEED.stem}.csv").read_text(encoding="utf-8"))))
        assert rows[0]["claimant"] == "Iranian state television"


async def test_c_copies_the_selected_item_as_plain_text() -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        messages = record_notifications(app)
        await pilot.press("3", "j", "c")
        await pilot.pause()
        assert app.clipboard == ("Iranian state television (Iran) on US personnel: killed 80 "
                                 "(disputed: 80 vs 0); no evidence given. Also claimed US "
                                 "helicopters and military equipment were damaged.")
        assert messages[-1] == "Copied the claim by Iranian state television"
        await pilot.press("2", "c")
        await pilot.pause()
        assert app.clipboard == ("“slap in the face” — Ali Khamenei, Supreme Leader of Iran, "
                                 "Iran, 2020-01-08")


async def test_o_without_an_editor_says_how_to_set_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = BriefingApp(SEED)
    async with app.run_test(size=WIDE) as pilot:
        messages = record_notifications(app)
        await pilot.press("o")
        await pilot.pause()
        assert messages == ["No editor: set $VISUAL or $EDITOR to open the file from here"]
