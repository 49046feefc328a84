"""Helpers shared by the Pilot tests."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 60) -> None:
    """Let the app run until `condition()` holds (workers and timers finish)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met")
