"""Pilot tests: the library's title names its folder, and the library follows
its folder (files added, changed and removed appear without ctrl+r)."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.app.helpers import wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.screens.library import LibraryScreen
from tui.core.store.reader import Result

WIDE = (120, 40)


async def library_screen(pilot: Pilot[None], count: int | None = None) -> LibraryScreen:
    """The library once it lists its folder (`count` files, if given)."""
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await wait_for(pilot, lambda: screen.listed_all
                   and (count is None or len(screen.entries) == count))
    return screen


def header(screen: LibraryScreen) -> str:
    return str(screen.query_one("#library-header", Static).render())


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder named `news` with the seed in it."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


async def test_title_is_the_folders_name(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = news.parent / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the folder's path would be long: its name is not
    async with BriefingApp(news).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 1)
        await pilot.pause()
        assert header(screen).startswith("news   1 of 1 briefings")


async def test_title_of_the_working_folder_is_its_name(
        news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(news)
    async with BriefingApp(Path(".")).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 1)
        await pilot.pause()
        assert header(screen).startswith("news   1 of 1 briefings")


async def test_title_of_the_bundled_folder_says_so(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # as an installed app is run: far from its files
    async with BriefingApp().run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot)
        await pilot.pause()
        assert header(screen).startswith("Bundled briefings   ")
        assert "bundled" not in header(screen).removeprefix("Bundled briefings")


async def test_title_shows_a_hostile_folder_name_as_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "[b]news[sic] \x1b[31m"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    monkeypatch.chdir(tmp_path)
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 1)
        await pilot.pause()
        assert header(screen).startswith("[b]news[sic] [31m   1 of 1 briefings")


def briefing_text(title: str, date: str) -> str:
    """The seed with another title and date."""
    text = SEED.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1)
    return re.sub(r"(?m)^date: .*$", f"date: {date}", text, count=1)


def titles(screen: LibraryScreen) -> list[str]:
    return [e.title if not e.broken else f"INVALID {e.path.name}"
            for e in screen.shown_entries]


async def test_files_added_changed_and_removed_appear_without_ctrl_r(
        tmp_path: Path, fast_folder_poll: None) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "old.yaml").write_text(briefing_text("Old event", "2001-01-01"), encoding="utf-8")
    (folder / "mid.yaml").write_text(briefing_text("Middle event", "2010-01-01"),
                                     encoding="utf-8")
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 2)
        await pilot.press("down")  # the cursor on "Old event"
        assert titles(screen) == ["Middle event", "Old event"]
        assert screen.selected_entry is not None and screen.selected_entry.path.name == "old.yaml"

        # added, and newer: listed first; the cursor stays on its briefing
        (folder / "sub").mkdir()
        (folder / "sub" / "new.yaml").write_text(briefing_text("New event", "2030-01-01"),
                                                 encoding="utf-8")
        await wait_for(pilot, lambda: len(screen.entries) == 3)
        assert titles(screen) == ["New event", "Middle event", "Old event"]
        assert screen.selected_entry.path.name == "old.yaml"
        assert "3 of 3 briefings" in header(screen)

        # changed: a new title, then broken
        (folder / "mid.yaml").write_text(briefing_text("Middle event, revised", "2010-01-01"),
                                         encoding="utf-8")
        await wait_for(pilot, lambda: "Middle event, revised" in titles(screen))
        (folder / "mid.yaml").write_text("format: 1\ntitle: [\n", encoding="utf-8")
        await wait_for(pilot, lambda: "INVALID mid.yaml" in titles(screen))
        assert screen.selected_entry.path.name == "old.yaml"

        # removed: gone from the list, the cursor still on its briefing
        (folder / "sub" / "new.yaml").unlink()
        await wait_for(pilot, lambda: len(screen.entries) == 2)
        assert titles(screen) == ["Old event", "INVALID mid.yaml"]
        assert screen.selected_entry.path.name == "old.yaml"
        assert "2 of 2 briefings, 1 invalid" in header(screen)


async def test_removing_the_selected_file_moves_the_cursor_to_the_next_row(
        tmp_path: Path, fast_folder_poll: None) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, date in (("a", "2003-01-01"), ("b", "2002-01-01"), ("c", "2001-01-01")):
        (folder / f"{name}.yaml").write_text(briefing_text(f"Event {name}", date),
                                             encoding="utf-8")
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 3)
        await pilot.press("down")
        assert screen.selected_entry is not None and screen.selected_entry.path.name == "b.yaml"
        (folder / "b.yaml").unlink()
        await wait_for(pilot, lambda: len(screen.entries) == 2)
        assert screen.selected_entry.path.name == "c.yaml"


async def test_files_of_other_kinds_do_not_rescan(
        news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # polls driven by hand
    monkeypatch.setattr(LibraryScreen, "poll_seconds", 3600.0, raising=False)
    async with BriefingApp(news).run_test(size=WIDE) as pilot:
        screen = await library_screen(pilot, 1)
        rescans: list[bool] = []
        changed: list[set[str]] = []
        monkeypatch.setattr(screen, "rescan", lambda quiet=False, changes=None: (
            rescans.append(quiet), changed.append(changes[1] if changes else set())))
        (news / "notes.md").write_text("# notes\n", encoding="utf-8")
        (news / "export.md").write_text("# export\n", encoding="utf-8")
        await screen.poll_folder().wait()
        await pilot.pause()
        assert rescans == []
        (news / "more.yml").write_text(briefing_text("More", "2021-01-01"), encoding="utf-8")
        await screen.poll_folder().wait()
        await pilot.pause()
        assert rescans and all(rescans)  # quiet: no "loading…" flash for a change
        # the file that changed, alone: the update looks at it, not the folder
        assert changed[0] == {str(news / "more.yml")}


async def test_a_slow_scan_is_not_restarted_by_the_poll(
        library: Path, fast_folder_poll: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The poll waits for a scan under way (the folder as found before it is
    not known yet): restarting it at each poll, a slow folder never loads."""
    import tui.core.store.reader

    read = tui.core.store.reader.read_one

    def slow_read(folder: str, path: str, digest: bytes | None) -> Result:
        time.sleep(0.2)  # a big file: the scan outlasts several polls
        return read(folder, path, digest)

    monkeypatch.setattr(tui.core.store.reader, "read_one", slow_read)
    async with BriefingApp(library).run_test(size=WIDE) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: len(screen.entries) == 3, tries=100)



def test_library_sorts_by_date_title_or_file_name_naturally(tmp_path: Path) -> None:
    from tui.app.screens.library_rows import patched, sort_entries
    from tui.core.store.index import Index

    text = SEED.read_text(encoding="utf-8")
    for name, title, day in [("b-10.yaml", "Alpha 9", "2020-01-08"),
                             ("b-2.yaml", "alpha 10", "2020-01-08"),
                             ("b-1.yaml", "Zeta", "2021-05-01")]:
        (tmp_path / name).write_text(
            text.replace("title: Iranian missiles target US forces in Iraq; "
                         'Trump says "All is well"', f"title: {title}")
                .replace("date: 2020-01-08", f"date: {day}"), encoding="utf-8")
    (tmp_path / "a-broken.yaml").write_text("format: 1\n", encoding="utf-8")
    index = Index(tmp_path, temporary=True)
    index.update()
    # as the library lists the index's rows
    entries, _ = patched([], {}, index.listing(), None, tmp_path, "date")
    index.close()
    names = lambda es: [e.path.name for e in es]  # noqa: E731
    # newest first; the same date in natural file order (2 before 10); broken last
    assert names(entries) == ["b-1.yaml", "b-2.yaml", "b-10.yaml", "a-broken.yaml"]
    assert names(sort_entries(entries, "title")) == [
        "b-10.yaml", "b-2.yaml", "b-1.yaml", "a-broken.yaml"]  # Alpha 9, alpha 10, Zeta
    assert names(sort_entries(entries, "file")) == [
        "b-1.yaml", "b-2.yaml", "b-10.yaml", "a-broken.yaml"]
    assert names(sort_entries(list(reversed(entries)), "date")) == names(entries)  # stable


@pytest.mark.parametrize("by", ["date", "title", "file"])
def test_a_few_changed_rows_go_in_where_a_whole_sort_would_put_them(by: str) -> None:
    """A few files changed are put in one by one (the rest stay sorted): the
    order is the one sorting everything gives, ties and broken files too."""
    import random

    from tui.app.screens.library_rows import patched, sort_entries
    from tui.core.store.index import Row

    rng = random.Random(7)
    folder = Path("/library")

    def row(n: int, version: int) -> Row:
        broken = rng.random() < 0.1
        return Row(f"b-{n}.yaml", None if broken else f"Title {rng.randrange(5)}",
                   f"2020-01-0{rng.randrange(1, 4)}", None, (), 1, 1, 0, 0, 0,
                   1 if broken else None, 1 if broken else None, None,
                   "bad" if broken else None, 1 if broken else 0)

    rows = [row(n, 0) for n in range(60)]
    entries, lines = patched([], {}, rows, None, folder, by)
    for _ in range(20):
        changed = rng.sample(range(60), 3)
        rows = [row(n, 1) if n in changed else r for n, r in enumerate(rows)]
        entries, lines = patched(entries, lines, [rows[n] for n in changed],
                                 frozenset(f"b-{n}.yaml" for n in changed), folder, by)
        assert [e.path.name for e in entries] == [
            e.path.name for e in sort_entries(entries[::-1], by)]
        assert sorted(e.row for e in entries) == sorted(rows)


def test_a_listing_after_a_change_keeps_the_rows_that_did_not_change() -> None:
    """The list knows the height of a row it has seen: a listing made after
    one file changed hands it the same row objects for every other file."""
    from tui.app.screens.library_rows import Listing, patched
    from tui.core.store.index import Row

    folder = Path("/library")
    rows = [Row(f"b-{n}.yaml", f"Title {n}", "2020-01-01", None, (), 1, 1, 0, 0, 0,
                None, None, None, None, 0) for n in range(5)]
    entries, lines = patched([], {}, rows, None, folder, "date")
    before = Listing(entries, lines)
    entries, lines = patched(entries, lines, [rows[2]._replace(title="Changed")],
                             frozenset({"b-2.yaml"}), folder, "date")
    after = Listing(entries, lines, before)
    same = [after.rows[after.position[f"b-{n}.yaml"]] is before.rows[before.position[
        f"b-{n}.yaml"]] for n in range(5)]
    assert same == [True, True, False, True, True]
    assert "Changed" in after.rows[after.position["b-2.yaml"]].content.plain
