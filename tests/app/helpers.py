"""Helpers shared by the Pilot tests."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.pilot import Pilot

from tui.app.screens.briefing import BriefingScreen


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 60) -> None:
    """Let the app run until `condition()` holds (workers and timers finish)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met")


def briefing_screen(app: App[None]) -> BriefingScreen:
    """The app's current screen, which the test expects to be a briefing."""
    screen = app.screen
    assert isinstance(screen, BriefingScreen), screen
    return screen


async def run_command(pilot: Pilot[None], name: str) -> None:
    """Run a command-palette command the way a user does: ctrl+p, type, enter."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*name)
    await pilot.pause(0.5)  # the palette searches in a worker
    await pilot.press("enter")


def record_notifications(app: App[None]) -> list[str]:
    """Every notification the app shows from now on, as its message."""
    messages: list[str] = []
    original = app.notify

    def notify(message: str, *args: object, **kwargs: object) -> None:
        messages.append(message)
        original(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return messages
