"""Pilot tests: the library flow, the command palette and launching."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.app.helpers import fill_in, run_command, wait_for
from tests.conftest import DATA, SEED, folder_of_copies
from tui.app.app import BriefingApp
from tui.app.screens.briefing import BriefingScreen
from tui.app.screens.library import LibraryScreen
from tui.app.widgets.row_list import RowList
from tui.cli import main

WIDE = (120, 40)




async def loaded_library(pilot: Pilot[None], count: int | None = None) -> LibraryScreen:
    """The library screen once its worker has read the folder (`count` files, if given)."""
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await wait_for(pilot, lambda: screen.listed_all
                   and (count is None or len(screen.entries) == count))
    return screen


def count_rescans(screen: LibraryScreen, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets an item each time the screen is asked to rescan."""
    rescans: list[int] = []
    monkeypatch.setattr(screen, "rescan", lambda quiet=False: rescans.append(1))
    return rescans


def palette_names(app: BriefingApp) -> list[str]:
    """The names of the commands the palette offers on the current screen."""
    providers = [*app.COMMANDS, *app.screen.COMMANDS]
    return [name for provider in providers
            for name, _, _ in provider(app.screen).commands()]  # type: ignore[operator,union-attr]


def list_text(app: BriefingApp) -> list[str]:
    lst = app.screen.query_one("#library-list", RowList)
    return [lst.row(i).content.plain for i in range(lst.row_count)]


async def test_library_lists_newest_first_and_marks_invalid(library: Path) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await loaded_library(pilot, 3)
        rows = list_text(app)
        assert rows[0].startswith("[bold]Not bold[/]")  # 2024 before 2020
        assert rows[1].startswith("Iranian missiles target US forces in Iraq")
        assert "2020-01-08 · Iraq · 10 quotes · 7 claims  ⚠ disputes" in rows[1]
        assert rows[2].startswith("⚠ INVALID  broken.yaml")
        assert "8:14: reactions[0].country: unknown country 'Germny'; did you mean Germany?" \
            in rows[2]


async def test_header_counts_files_while_a_slow_folder_loads(
        library: Path, slow_parse: None) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        header = app.screen.query_one("#library-header", Static)
        await wait_for(pilot, lambda: "indexing… 1 of 3 files" in str(header.render()))
        await loaded_library(pilot, 3)
        await pilot.pause()
        assert "3 of 3 briefings, 1 invalid" in str(header.render())
        await pilot.pause(0.3)  # the progress timer is stopped: the count stays
        assert "3 of 3 briefings, 1 invalid" in str(header.render())


@pytest.mark.parametrize("word", ["russia", "japan", "kabul", "Gaza", "qatar", "iran",
                                  "G?/r1"])
async def test_every_letter_typed_goes_to_the_filter(
    library: Path, monkeypatch: pytest.MonkeyPatch, word: str
) -> None:
    """The library is a picker: a first letter that is a key elsewhere (r, q,
    j, k, g, G, ?) is text, and ctrl+r rescans."""
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot, 3)
        rescans = count_rescans(screen, monkeypatch)
        field = screen.query_one("#library-filter", Input)
        await pilot.press(*word)
        await pilot.pause()
        assert (field.value, rescans, app.is_running) == (word, [], True)
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert field.value == "" and len(screen.shown_entries) == 3
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert rescans == [1]


@pytest.mark.parametrize(("word", "first_row"), [
    ("trump", "Iranian missiles target US forces in Iraq"),
    ("raq", "Iranian missiles target US forces in Iraq"),
    ("qatar", "no briefing matches"),
])
async def test_a_word_typed_in_one_burst_goes_to_the_filter_whole(
    library: Path, monkeypatch: pytest.MonkeyPatch, word: str, first_row: str
) -> None:
    # tmux (or fast typing) delivers a word in one write: every key is queued
    # before the first is handled. `r` and `q` are letters, not rescan and quit.
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot, 3)
        rescans = count_rescans(screen, monkeypatch)
        field = screen.query_one("#library-filter", Input)
        for character in word:
            app.post_message(events.Key(character, character))
        await pilot.pause()
        await pilot.pause()
        assert (field.value, rescans, app.focused, app.is_running) == (word, [], field, True)
        rows = list_text(app)
        assert len(rows) == 1 and rows[0].startswith(first_row)


async def test_enter_typed_in_the_same_burst_opens_what_the_filter_lists(library: Path) -> None:
    # "trump" then enter in one write: the newest briefing (the hostile one) is
    # under the cursor until the filter's change is handled; enter must open
    # what the whole word lists, not what was listed before it.
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot, 3)
        assert screen.selected_entry is not None and screen.selected_entry.path.name != SEED.name
        for character in "trump":
            app.post_message(events.Key(character, character))
        app.post_message(events.Key("enter", "\r"))
        await wait_for(pilot, lambda: isinstance(app.screen, BriefingScreen))
        assert isinstance(app.screen, BriefingScreen) and app.screen.path.name == SEED.name


async def test_library_flow_open_move_search_back_quit(library: Path) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot, 3)
        # type to filter: letters go to the filter
        await pilot.press(*"iraq")
        await pilot.pause()
        assert screen.query_one("#library-filter", Input).value == "iraq"
        assert len(screen.shown_entries) == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.path.name == SEED.name
        await pilot.press("3")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "casualties"
        await pilot.press("slash", *"Norway", "enter")
        await pilot.pause()
        assert app.screen.query_one("#casualties").shown == 1  # type: ignore[attr-defined]
        await pilot.press("escape")  # clears the search
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("escape")  # back to the library
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert len(screen.shown_entries) == 3
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_brackets_step_through_library_and_backspace_goes_back(library: Path) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await loaded_library(pilot, 3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.screen.path.name == "hostile.yaml"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.screen.path.name == SEED.name
        await pilot.press("right_square_bracket")  # the next one is broken: skipped
        await pilot.pause()
        assert app.screen.path.name == SEED.name  # type: ignore[attr-defined]
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.screen.path.name == "hostile.yaml"  # type: ignore[attr-defined]
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert len(app.screen_stack) == 2


async def test_opening_invalid_entry_shows_error_not_crash(library: Path) -> None:
    from tui.app.dialogs.errors import ErrorsScreen

    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await loaded_library(pilot, 3)
        await pilot.press("ctrl+end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ErrorsScreen)
        assert app.is_running


async def test_mouse_click_opens_briefing(library: Path) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot, 3)
        lst = screen.query_one("#library-list", RowList)
        await pilot.click(lst, offset=(4, 4))  # second entry (each is two lines + border)
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)


async def test_command_palette_actions(library: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await loaded_library(pilot, 3)
        names = palette_names(app)
        assert "sort: title" in names and "export: Markdown" not in names
        assert "open: Iranian missiles target US forces in Iraq; Trump says \"All is well\"" \
            in names
        await run_command(pilot, "open: Iranian")
        await wait_for(pilot, lambda: isinstance(app.screen, BriefingScreen))
        names = palette_names(app)
        assert "sort: title" not in names
        for expected in ("export: Markdown", "go to: Summary", "go to: Quotes",
                         "go to: Casualty claims", "go to: Reactions by country",
                         "help: Keys", "app: Quit", "search: Briefing", "reload: Briefing"):
            assert expected in names
        assert all(": " in n for n in names)
        await run_command(pilot, "go to: Casualty")
        await wait_for(pilot, lambda: app.focused is not None and app.focused.id == "casualties")
        await run_command(pilot, "theme: nord")
        await wait_for(pilot, lambda: app.theme == "nord")
        names = palette_names(app)
        # state-aware: the seed has hostile.yaml before it, and only broken.yaml after
        assert "go to: Previous briefing" in names and "go to: Next briefing" not in names
        assert "go to: Library" in names


def test_cli_invalid_file_prints_errors_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(DATA / "invalid" / "unknown-country.yaml")]) == 1
    err = capsys.readouterr().err
    assert err.strip().endswith(
        "unknown-country.yaml:8:14: reactions[0].country: unknown country 'Germny'; "
        "did you mean Germany?")
    assert "Traceback" not in err


def test_cli_missing_path_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path / "nope.yaml")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


async def test_no_argument_opens_bundled_library() -> None:
    app = BriefingApp()
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot)
        assert any(e.path.name == SEED.name for e in screen.entries)


async def test_a_big_library_is_listed(tmp_path: Path) -> None:
    folder = folder_of_copies(tmp_path, 60)
    app = BriefingApp(folder)
    async with app.run_test(size=WIDE) as pilot:
        await loaded_library(pilot, 61)
        rows = list_text(app)
        assert all(r.startswith("Iranian missiles target US forces in Iraq") for r in rows[:60])
        assert rows[60].startswith("⚠ INVALID  broken.yaml")
        header = app.screen.query_one("#library-header", Static)
        assert "61 of 61 briefings, 1 invalid" in str(header.render())


@pytest.fixture
def slow_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file takes 0.4 s to index (a big file): the library loads for a while."""
    import tui.core.store.reader

    read = tui.core.store.reader.read_one

    def slow_read(folder: str, path: str, digest: bytes | None) -> Any:
        time.sleep(0.4)
        return read(folder, path, digest)

    monkeypatch.setattr(tui.core.store.reader, "read_one", slow_read)


async def test_ctrl_q_quits_while_the_library_loads(library: Path, slow_parse: None) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.1)
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and not screen.entries  # still loading
        await pilot.press("q")  # a letter of the filter, as everywhere in the library
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running and app.return_code == 0
        assert screen.query_one("#library-filter", Input).value == "q"


async def test_quitting_while_indexing_is_immediate_and_keeps_what_was_indexed(
        library: Path, slow_parse: None) -> None:
    """A first listing of a big folder is stopped by quitting, at once; the
    files indexed so far are not read again at the next start."""
    from tui.core.store.index import Index

    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        header = screen.query_one("#library-header", Static)
        await wait_for(pilot, lambda: "indexing… 1 of 3 files" in str(header.render()))
        started = time.monotonic()
        await pilot.press("ctrl+q")
    assert time.monotonic() - started < 1.0  # not the rest of the files (0.4 s each)
    index = Index(library)
    try:
        # the file being read as the app quit is committed as the worker stops
        for _ in range(40):
            if index.listing():
                break
            time.sleep(0.05)
        assert 1 <= len(index.listing()) < 3
    finally:
        index.close()


async def test_typing_while_the_library_loads_filters_it(library: Path, slow_parse: None) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.1)
        await pilot.press(*"trump")
        filt = app.screen.query_one("#library-filter", Input)
        assert app.focused is filt and filt.value == "trump"
        await loaded_library(pilot, 3)
        await pilot.pause()
        assert app.focused is filt  # the list arriving does not take the keys away
        rows = list_text(app)
        assert len(rows) == 1 and rows[0].startswith("Iranian missiles target US forces in Iraq")


async def test_the_cursor_stays_on_its_briefing_as_the_filter_changes(library: Path) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot, 3)
        await pilot.press(*"iraq")
        await pilot.pause()
        assert screen.selected_entry is not None
        assert screen.selected_entry.path.name == SEED.name
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
        assert len(screen.shown_entries) == 3
        assert screen.selected_entry.path.name == SEED.name  # not the first row
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.screen.path.name == SEED.name


async def test_escape_from_a_file_opens_its_folder_with_the_file_selected(library: Path) -> None:
    """`briefing FILE`: the key bar's `esc Back` works: the library of the
    file's folder, the cursor on the file; `[` and `]` show only with a
    briefing that way."""
    from tui.app.widgets.key_bar import KeyBar

    app = BriefingApp(library / SEED.name)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        keys = {b.key for b, _ in app.screen.query_one(KeyBar).shown_bindings()[0]}
        assert "escape" in keys
        assert not keys & {"left_square_bracket", "right_square_bracket"}
        await pilot.press("escape")
        screen = await loaded_library(pilot, 3)
        assert screen.folder == library
        assert screen.selected_entry is not None and screen.selected_entry.path.name == SEED.name
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.screen.path.name == SEED.name
        # hostile.yaml (2024) is before the seed; broken.yaml after it cannot open
        keys = {b.key for b, _ in app.screen.query_one(KeyBar).shown_bindings()[0]}
        assert "left_square_bracket" in keys and "right_square_bracket" not in keys
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_enter_on_a_broken_entry_lists_every_error(library: Path) -> None:
    broken = library / "broken.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("format: 1", "format: 9")
                      .replace("title:", "titel:"), encoding="utf-8")
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await loaded_library(pilot, 3)
        assert "more; enter lists them" in list_text(app)[2]
        await fill_in(pilot, "library-filter", "broken")
        await pilot.press("enter")
        await pilot.pause()
        body = str(app.screen.query_one("#errors-body", Static).render()).splitlines()
        assert len(body) >= 3 and all(":" in line for line in body)
        assert any("titel" in line for line in body) and any("format" in line for line in body)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_file_names_show_in_the_header_and_on_rows_that_share_a_title(
        library: Path) -> None:
    shutil.copy(SEED, library / "copy-of-the-seed.yaml")
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        await loaded_library(pilot, 4)
        rows = list_text(app)
        seeds = [r for r in rows if r.startswith("Iranian missiles")]
        assert len(seeds) == 2
        assert sorted(r.split(" · ")[-1].split()[0] for r in seeds) == sorted(
            ["copy-of-the-seed.yaml", SEED.name])
        assert "hostile.yaml" not in rows[0]  # a title of its own: no file name
        await fill_in(pilot, "library-filter", "copy-of")
        await pilot.press("enter")
        await pilot.pause()
        shown = str(app.screen.query_one("#briefing-header", Static).render())
        assert "2020-01-08 · Iraq · copy-of-the-seed.yaml" in shown


async def test_sort_by_file_name_from_the_palette(library: Path) -> None:
    app = BriefingApp(library)
    async with app.run_test(size=WIDE) as pilot:
        screen = await loaded_library(pilot, 3)
        assert [e.path.name for e in screen.shown_entries][:2] == ["hostile.yaml", SEED.name]
        await run_command(pilot, "sort: file")
        await wait_for(pilot, lambda: screen.sort_by == "file")
        rows = list_text(app)  # 2020-01-08-iran-….yaml before hostile.yaml
        assert rows[0].startswith("Iranian missiles") and rows[1].startswith("[bold]Not bold")
        await run_command(pilot, "sort: date")
        await wait_for(pilot, lambda: screen.sort_by == "date")
        assert list_text(app)[0].startswith("[bold]Not bold")
