"""Pilot tests: a file edited, broken, deleted or made unreadable while
it is open, and `r` and `!`."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.helpers import (
    WIDE,
    briefing_screen,
    header_lines,
    live_seed,
    pane_text,
    record_notifications,
    wait_for,
)
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane
from tui.app.screens.briefing import BriefingScreen

pytestmark = pytest.mark.usefixtures("fast_file_poll")


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
