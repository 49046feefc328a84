"""Snapshot tests of the layout (SVG, pytest-textual-snapshot).

Every pane at 120x40 (all on one screen) and at 80x24 (one pane at a time),
the library, and the dialogs. Fixed sizes and no timers that change the
picture, so the snapshots are stable on CI. Update after an intended change:
    .venv/bin/pytest tests/app/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.app.helpers import build_library
from tests.conftest import DATA, INVALID_DIR, ROOT, SEED
from tui.app.app import BriefingApp
from tui.app.screens.briefing import BriefingScreen
from tui.app.screens.library import LibraryScreen
from tui.core.format.load import load_briefing

SnapCompare = Any


@pytest.fixture(autouse=True)
def _stable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths on screen are relative to the working folder
    monkeypatch.setattr(BriefingScreen, "poll_seconds", 3600.0)


def seed_app() -> BriefingApp:
    return BriefingApp(SEED, load_briefing(SEED))


def test_briefing_120x40(snap_compare: SnapCompare) -> None:
    """The bundled briefing: seven panes on one screen, disputes marked."""
    assert snap_compare(seed_app(), terminal_size=(120, 40))


def test_briefing_120x40_casualties_focused(snap_compare: SnapCompare) -> None:
    """Casualty claims focused (3) with the cursor moved down (j)."""
    assert snap_compare(seed_app(), press=["3", "j"], terminal_size=(120, 40))


def test_hostile_120x40(snap_compare: SnapCompare) -> None:
    """Markup, escape codes and every script shown as written, the layout intact."""
    path = DATA / "hostile.yaml"
    assert snap_compare(BriefingApp(path, load_briefing(path)), terminal_size=(120, 40))


@pytest.mark.parametrize("key", ["1", "2", "3", "4", "5", "6", "7"])
def test_each_pane_80x24(snap_compare: SnapCompare, key: str) -> None:
    """A small terminal: one pane at a time under a tab strip."""
    assert snap_compare(seed_app(), press=[key], terminal_size=(80, 24))


def test_search_120x40(snap_compare: SnapCompare) -> None:
    """A search filters every pane and marks what matched."""
    assert snap_compare(seed_app(), press=["slash", *"missile"], terminal_size=(120, 40))


def test_help_80x24(snap_compare: SnapCompare) -> None:
    """The help dialog over the briefing, with its own keys in the key bar."""
    assert snap_compare(seed_app(), press=["question_mark"], terminal_size=(80, 24))


def test_export_dialog_80x24(snap_compare: SnapCompare) -> None:
    """The export dialog, the suggested name selected."""
    assert snap_compare(seed_app(), press=["e"], terminal_size=(80, 24))


async def _library_loaded(pilot: Any) -> None:
    for _ in range(100):
        screen = pilot.app.screen
        if isinstance(screen, LibraryScreen) and screen.entries:
            break
        await pilot.pause(0.05)
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_library(snap_compare: SnapCompare, size: tuple[int, int], tmp_path: Path) -> None:
    """The library: newest first, a broken file listed last with its error."""
    app = BriefingApp(build_library(tmp_path / "library", INVALID_DIR / "bad-count.yaml"))
    assert snap_compare(app, terminal_size=size, run_before=_library_loaded)
