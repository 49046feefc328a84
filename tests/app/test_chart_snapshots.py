"""Snapshot tests (SVG) of the chart at 120x40 and 80x24: the step lines,
their names, the time ticks and the dispute listed under them.
Update after an intended change:
    .venv/bin/pytest tests/app/test_chart_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.story_fixtures import story_file
from tui.app.app import BriefingApp
from tui.app.screens.briefing import BriefingScreen
from tui.core.format.load import load_briefing

SnapCompare = Any


@pytest.fixture(autouse=True)
def _stable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BriefingScreen, "poll_seconds", 3600.0)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_chart(snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]) -> None:
    """The claims' chart: two claimants' killed over three days, one stale."""
    path = story_file(tmp_path)
    assert snap_compare(BriefingApp(path, load_briefing(path)), press=["3", "v"],
                        terminal_size=size)


def test_time_mode_80x24(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Time mode on the claims pane: the moment in the header, undated marked."""
    path = story_file(tmp_path)
    assert snap_compare(BriefingApp(path, load_briefing(path)), press=["3", "t", "left"],
                        terminal_size=(80, 24))
