"""Pilot tests: the library lists from the folder's index, grows as a new
folder is indexed, updates one changed file, searches every word with a
line saying where, and opens a briefing at the item that matched."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

import tui.app.screens.library_scan
import tui.core.store.reader
from tests.app.helpers import briefing_screen, fill_in, wait_for
from tests.core.index_fixtures import STRIKES, write_library
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.screens.library import LibraryScreen
from tui.app.widgets.row_list import RowList
from tui.core.store.index import Index

WIDE = (120, 40)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The index fixtures' library, its files written a minute ago: a file
    written just now is compared by its bytes at the next update (see
    core.store.reader.RACY_NS), which would count as reading it."""
    found = write_library(tmp_path / "archive")
    past = time.time() - 60
    for path in found.rglob("*.yaml"):
        os.utime(path, (past, past))
    return found


def count_reads(monkeypatch: pytest.MonkeyPatch, delay: float = 0.0) -> list[str]:
    """Each file the index reads, by path (each read takes `delay` seconds)."""
    read = tui.core.store.reader.read_one
    reads: list[str] = []

    def counted(folder: str, path: str, digest: bytes | None) -> Any:
        reads.append(path)
        time.sleep(delay)
        return read(folder, path, digest)

    monkeypatch.setattr(tui.core.store.reader, "read_one", counted)
    return reads


async def listed(pilot: Pilot[None], count: int | None = None) -> LibraryScreen:
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await wait_for(pilot, lambda: screen.listed_all
                   and (count is None or len(screen.entries) == count))
    return screen


def rows(app: BriefingApp) -> list[str]:
    lst = app.screen.query_one("#library-list", RowList)
    return [lst.row(i).content.plain for i in range(lst.row_count)]


def header(app: BriefingApp) -> str:
    return str(app.screen.query_one("#library-header", Static).render())


async def test_an_indexed_folder_is_listed_without_reading_a_file(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = Index(folder)
    index.update()
    index.close()
    reads = count_reads(monkeypatch)
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        await listed(pilot, 4)
        assert reads == []
        assert rows(pilot.app)[0].startswith("Ceasefire talks resume")  # 2021, newest
        assert "2020-01-08 · Iraq · 1 quote · 2 claims  ⚠ disputes" in rows(pilot.app)[2]
        assert rows(pilot.app)[3].startswith("⚠ INVALID  broken.yaml")


async def test_a_new_folder_is_listed_as_it_is_indexed(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tui.app.screens.library_scan, "REFRESH_SECONDS", 0.0)
    count_reads(monkeypatch, delay=0.3)
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        # rows before the last file is read, and the count of files indexed
        await wait_for(pilot, lambda: 0 < len(screen.entries) < 4)
        assert not screen.listed_all
        await wait_for(pilot, lambda: "indexing…" in header(pilot.app)
                       and " of 4 files" in header(pilot.app))
        await pilot.press("k")  # keys are handled meanwhile: a letter of the filter
        assert screen.query_one("#library-filter").value == "k"  # type: ignore[attr-defined]
        await listed(pilot, 4)
        assert "of 4 briefings, 1 invalid" in header(pilot.app)


async def test_a_changed_file_alone_is_read_again_and_its_row_updates(
        folder: Path, monkeypatch: pytest.MonkeyPatch, fast_folder_poll: None) -> None:
    reads = count_reads(monkeypatch)
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await listed(pilot, 4)
        reads.clear()
        listings: list[int] = []
        listing = Index.listing
        monkeypatch.setattr(Index, "listing", lambda self, limit=None: listings.append(1)
                            or listing(self, limit))
        (folder / "strikes.yaml").write_text(
            STRIKES.replace("Missiles hit bases in Iraq", "Missiles hit two bases"),
            encoding="utf-8")
        await wait_for(pilot, lambda: any(r.startswith("Missiles hit two bases")
                                          for r in rows(pilot.app)))
        assert reads == ["strikes.yaml"]
        assert listings == []  # its row replaced, the list not read again
        assert len(screen.entries) == 4


async def test_the_filter_searches_every_word_and_says_where(folder: Path) -> None:
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await listed(pilot, 4)
        await fill_in(pilot, "library-filter", "khamenei army")
        found = rows(pilot.app)
        # the words are in two items of one briefing
        assert len(found) == 1 and found[0].startswith("Missiles hit bases in Iraq")
        assert "quote by Ali Khamenei: slap in the face" in found[0]
        assert "1 of 4 briefings" in header(pilot.app)
        await pilot.press("ctrl+u")  # the field's own key: clear to the start
        assert "4 of 4 briefings" in header(pilot.app)
        await fill_in(pilot, "library-filter", 'speaker:macron "allies"')
        assert [r.split("\n")[0] for r in rows(pilot.app)] == ["France calls for calm"]
        assert len(screen.shown_entries) == 1


@pytest.mark.parametrize(("query", "pane_id", "expected"), [
    ("khamenei", "quotes", "slap in the face"),
    ("claimant:iraqi", "casualties", "Iraqi army"),
    ("nato", "reactions", "Condemned the attack on the bases"),
])
async def test_enter_opens_the_briefing_at_the_match(
        folder: Path, query: str, pane_id: str, expected: str) -> None:
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        await listed(pilot, 4)
        await fill_in(pilot, "library-filter", query)
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, LibraryScreen))
        screen = briefing_screen(pilot.app)
        await wait_for(pilot, lambda: screen.briefing is not None)
        await pilot.pause()
        pane = pilot.app.focused
        assert isinstance(pane, ListPane) and pane.id == pane_id
        assert expected in str(pane.current_item)


def database_state(folder: Path) -> tuple[bytes, int]:
    """The index's bytes, and how many bytes its write-ahead log holds
    (SQLite's -shm and an empty -wal are its readers' locks, not writes)."""
    from tui.core.store import db

    found = db.database_path(folder)
    assert found is not None
    wal = found.with_name(found.name + "-wal")
    return found.read_bytes(), wal.stat().st_size if wal.exists() else 0


async def test_a_served_library_reads_an_up_to_date_index_and_writes_nothing(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = Index(folder)
    index.update()
    index.close()
    before = database_state(folder)
    monkeypatch.setenv("BRIEFING_CACHE", "off")  # as `briefing serve` runs the app
    monkeypatch.setenv("BRIEFING_READ_ONLY", "1")
    reads = count_reads(monkeypatch)
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        await listed(pilot, 4)
        await fill_in(pilot, "library-filter", "khamenei")
        assert len(rows(pilot.app)) == 1 and "quote by Ali Khamenei" in rows(pilot.app)[0]
    assert reads == []
    monkeypatch.delenv("BRIEFING_CACHE")
    assert database_state(folder) == before


async def test_a_served_library_behind_its_folder_indexes_for_itself(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = Index(folder)
    index.update()
    index.close()
    (folder / "strikes.yaml").write_text(
        STRIKES.replace("Missiles hit bases in Iraq", "Missiles hit two bases"), encoding="utf-8")
    before = database_state(folder)
    monkeypatch.setenv("BRIEFING_CACHE", "off")
    monkeypatch.setenv("BRIEFING_READ_ONLY", "1")
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        await listed(pilot, 4)
        assert any(r.startswith("Missiles hit two bases") for r in rows(pilot.app))
    monkeypatch.delenv("BRIEFING_CACHE")
    assert database_state(folder) == before


async def test_a_listed_library_is_left_out_of_the_collectors_passes(folder: Path) -> None:
    import gc
    import weakref

    class Node:
        pass

    gc.unfreeze()  # (a test before in this worker may have left objects frozen)
    cycle = Node()
    cycle.self = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    try:
        async with BriefingApp(folder).run_test(size=WIDE) as pilot:
            del cycle
            await listed(pilot, 4)
            await wait_for(pilot, lambda: gc.get_freeze_count() > 0)
            # what was garbage then was collected, not frozen for good
            assert gone() is None
    finally:
        gc.unfreeze()


async def test_a_file_added_is_found_by_its_name(
        folder: Path, monkeypatch: pytest.MonkeyPatch, fast_folder_poll: None) -> None:
    async with BriefingApp(folder).run_test(size=WIDE) as pilot:
        screen = await listed(pilot, 4)
        await pilot.press(*"zanzibar")
        await pilot.pause()
        assert screen.shown_entries == []
        (folder / "zanzibar-notes.yaml").write_text(STRIKES, encoding="utf-8")
        await wait_for(pilot, lambda: len(screen.entries) == 5)
        await pilot.press("backspace", "r")  # the filter again, on the new listing
        await pilot.pause()
        assert [e.path.name for e in screen.shown_entries] == ["zanzibar-notes.yaml"]
