"""End to end in tmux: the library's filter searches every word of the
archive, says where each briefing matched, opens it there; F2 lists every
claim across the library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.index_fixtures import write_library
from tests.e2e.test_tmux import tmux_session, wait_for_exit, wait_for_screen

pytestmark = pytest.mark.e2e
__all__ = ["tmux_session"]  # the fixture, used by name


def test_search_every_word_open_at_the_match_and_the_claims_view(
        tmux_session: Callable[..., str], tmp_path: Path) -> None:
    library = write_library(tmp_path / "archive")
    tmux = tmux_session
    tmux.start(str(library))  # type: ignore[attr-defined]
    wait_for_screen(tmux, "4 of 4 briefings, 1 invalid")
    tmux("send-keys", "khamenei army")  # one write; the words are in two items
    screen = wait_for_screen(tmux, "1 of 4 briefings")
    assert "Missiles hit bases in Iraq" in screen
    assert "quote by Ali Khamenei: slap in the face" in screen
    tmux("send-keys", "Enter")
    wait_for_screen(tmux, "2 Quotes")  # the briefing, drawn pane by pane:
    wait_for_screen(tmux, "slap in the face")  # the library that also said it is gone
    tmux("send-keys", "Escape")
    wait_for_screen(tmux, "1 of 4 briefings")
    tmux("send-keys", "C-u")
    wait_for_screen(tmux, "4 of 4 briefings")
    tmux("send-keys", "F2")
    screen = wait_for_screen(tmux, "Claims across the library")
    wait_for_screen(tmux, "Iraqi army")
    assert "Iranian state television" in tmux("capture-pane", "-p")
    tmux("send-keys", "Escape")
    wait_for_screen(tmux, "4 of 4 briefings")
    tmux("send-keys", "C-q")
    wait_for_exit(tmux)
