"""End to end in a real terminal: `a` adds a report to a briefing, the
change is shown in a dialog, enter writes it and the view reloads."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.e2e.test_tmux import tmux_session, wait_for_screen

pytestmark = pytest.mark.e2e
__all__ = ["tmux_session"]  # the fixture, shared with test_tmux

STORY = DATA / "stories" / "hospital-fire"


def test_a_adds_a_report_after_showing_the_change(tmux_session: Callable[..., str],
                                                  tmp_path: Path) -> None:
    base = tmp_path / "fire.yaml"
    shutil.copy(STORY / "base.yaml", base)
    for name in ("report-4.txt", "report-4.meta.yaml"):
        shutil.copy(STORY / name, tmp_path / name)
    before = base.read_bytes()
    tmux = tmux_session
    tmux.start(str(base), env="BRIEFING_CACHE=off")  # type: ignore[attr-defined]
    wait_for_screen(tmux, "3 Casualty claims")
    tmux("send-keys", "a")
    wait_for_screen(tmux, "Add a report")
    tmux("send-keys", "-l", "report-4.txt")  # relative to the app's folder
    tmux("send-keys", "Enter")
    wait_for_screen(tmux, "Add to fire.yaml", timeout=30)
    # (the dialog's title may be drawn before the change it shows: wait for the change)
    screen = wait_for_screen(tmux, "Reuters", timeout=30)
    assert "Add to fire.yaml" in screen and "Sources" in screen
    assert base.read_bytes() == before  # shown, not written
    tmux("send-keys", "Enter")
    wait_for_screen(tmux, "Added to fire.yaml")
    after = base.read_bytes()
    lines = iter(after.splitlines(keepends=True))
    assert all(line in lines for line in before.splitlines(keepends=True))
    assert b"name: Reuters" in after
    tmux("send-keys", "q")
