"""Pilot tests: a filter that matches many briefings lists every one of them,
counted, best first; the list reaches its last match and enter opens it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

import tui.core.store.search
from tests.app.helpers import briefing_screen, fill_in, wait_for
from tui.app.app import BriefingApp
from tui.app.screens.library import LibraryList, LibraryScreen
from tui.core.store.index import Index

WIDE = (120, 40)
MATCHING = 80  # briefings quoting Macron: many screens of rows


def briefing(n: int, speaker: str, words: str) -> str:
    return f"""\
format: 1
title: Briefing number {n}
date: 2020-{n // 28 % 12 + 1:02}-{n % 28 + 1:02}
summary: Reporters heard the statement.
quotes:
  - speaker: {speaker}
    text: {words}
"""


def write_many(folder: Path) -> Path:
    """MATCHING briefings quoting Macron, a day apart, and three quoting
    someone else; written a minute ago (see test_library_index.folder)."""
    folder.mkdir()
    for n in range(MATCHING):
        (folder / f"b-{n:03}.yaml").write_text(
            briefing(n, "Emmanuel Macron", "we call for restraint"), encoding="utf-8")
    for n in range(MATCHING, MATCHING + 3):
        (folder / f"b-{n:03}.yaml").write_text(
            briefing(n, "Ali Khamenei", "slap in the face"), encoding="utf-8")
    past = time.time() - 60
    for path in folder.iterdir():
        os.utime(path, (past, past))
    return folder


async def listed(pilot: Pilot[None], count: int) -> LibraryScreen:
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await wait_for(pilot, lambda: screen.listed_all and len(screen.entries) == count, 200)
    return screen


def header(screen: LibraryScreen) -> str:
    return str(screen.query_one("#library-header", Static).render())


def drawn(lst: LibraryList) -> list[str]:
    return [lst.render_line(y).text.rstrip() for y in range(lst.size.height)]


@pytest.mark.parametrize("ranked", [tui.core.store.search.RANKED, 10])
async def test_many_matches_are_counted_reach_their_last_and_open_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ranked: int) -> None:
    # with 10, more briefings match than are ranked: they are listed newest first
    monkeypatch.setattr(tui.core.store.search, "RANKED", ranked)
    folder = write_many(tmp_path / "many")
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await listed(pilot, MATCHING + 3)
        await fill_in(pilot, "library-filter", "macron")
        assert f"{MATCHING} of {MATCHING + 3} briefings" in header(screen)
        assert len(screen.shown_entries) == MATCHING
        assert {e.path.name for e in screen.shown_entries} == {
            f"b-{n:03}.yaml" for n in range(MATCHING)}
        dates = [e.row.date or "" for e in screen.shown_entries]
        assert dates == sorted(dates, reverse=True)  # equal ranks: newest first
        lst = screen.query_one("#library-list", LibraryList)
        # the first rows say where they matched
        assert "quote by Emmanuel Macron" in lst.row(0).content.plain
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert lst.highlighted == MATCHING - 1
        last = screen.shown_entries[-1]
        assert last.path.name == "b-000.yaml"  # the oldest
        assert any(line.startswith("Briefing number 0") for line in drawn(lst))
        await pilot.press("up", "enter")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, LibraryScreen))
        assert briefing_screen(pilot.app).path == folder / "b-001.yaml"


async def test_a_match_far_down_the_list_opens_its_own_briefing(tmp_path: Path) -> None:
    folder = write_many(tmp_path / "many")
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await listed(pilot, MATCHING + 3)
        await fill_in(pilot, "library-filter", "restraint")
        lst = screen.query_one("#library-list", LibraryList)
        for _ in range(3):
            await pilot.press("pagedown")
        chosen = lst.highlighted
        assert chosen is not None and chosen > 20
        title = screen.shown_entries[chosen].title
        assert any(line.startswith(title) for line in drawn(lst))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, LibraryScreen))
        assert briefing_screen(pilot.app).path == screen.shown_entries[chosen].path


async def test_the_filter_ranks_the_briefings_that_say_it_most_first(tmp_path: Path) -> None:
    # bm25: the oldest briefing names Khamenei in every line, the newest once
    folder = tmp_path / "ranked"
    folder.mkdir()
    (folder / "often.yaml").write_text(briefing(
        1, "Ali Khamenei", "Khamenei said Khamenei would answer, Khamenei's office said"),
        encoding="utf-8")
    (folder / "once.yaml").write_text(briefing(200, "A spokesman", "Khamenei was not there"),
                                      encoding="utf-8")
    (folder / "none.yaml").write_text(briefing(100, "Someone", "nothing to add"),
                                      encoding="utf-8")
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await listed(pilot, 3)
        assert screen.shown_entries[0].path.name == "once.yaml"  # the newest
        await fill_in(pilot, "library-filter", "khamenei")
        assert [e.path.name for e in screen.shown_entries] == ["often.yaml", "once.yaml"]
        assert "2 of 3 briefings" in header(screen)
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, LibraryScreen))
        assert briefing_screen(pilot.app).path == folder / "once.yaml"


async def test_the_library_prepares_its_search_once_listed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the order of the briefings is read while the app is idle, not at a key
    prepared: list[Index] = []
    prepare = Index.prepare_search

    def spy(index: Index) -> None:
        prepared.append(index)
        prepare(index)

    monkeypatch.setattr(Index, "prepare_search", spy)
    folder = write_many(tmp_path / "many")
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await listed(pilot, MATCHING + 3)
        await wait_for(pilot, lambda: prepared == [screen.index])
