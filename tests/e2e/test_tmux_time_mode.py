"""Time mode in a real terminal: keys typed in one burst after `t` step the
moments (a terminal delivers them together, before `t` has taken effect
unless it is handled in order with them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.story_fixtures import story_file
from tests.e2e.test_tmux import tmux_session, wait_for_screen

pytestmark = pytest.mark.e2e
__all__ = ["tmux_session"]  # the fixture, shared with the other tmux tests


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_keys_typed_fast_after_t_step_the_moments(tmux_session: Callable[..., str],
                                                  tmp_path: Path, size: tuple[int, int]) -> None:
    tmux = tmux_session
    tmux.start(str(story_file(tmp_path)), size=size)  # type: ignore[attr-defined]
    wait_for_screen(tmux, "1 Summary")
    tmux("send-keys", "3", "t", "Left", "Left")
    screen = wait_for_screen(tmux, "(7 of 9)")
    assert "as of 9 Jan 08:00" in screen
    tmux("send-keys", "v")
    screen = wait_for_screen(tmux, "civilians, killed · as of 9 Jan 08:00")
    assert "Red Cross" in screen and "Ministry" in screen
    tmux("send-keys", "Escape")  # closes the chart
    wait_for_screen(tmux, "Earlier")  # the key bar of the briefing again
    tmux("send-keys", "Escape")  # leaves time mode
    wait_for_screen(tmux, "as of", gone=True)
