"""The colour theme chosen in the palette is kept for the next run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.app.helpers import run_command, wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp


async def test_theme_chosen_in_the_palette_is_used_next_time(private_settings: Path) -> None:
    saved = private_settings / "theme"
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        default = app.theme
        assert default != "nord"
        assert not saved.exists()  # starting the app saves nothing
        await run_command(pilot, "theme: nord")
        await wait_for(pilot, lambda: saved.exists())
        assert app.theme == "nord"
    assert saved.read_text(encoding="utf-8") == "nord\n"

    again = BriefingApp(SEED)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"
        assert again.current_theme.name == "nord"
        assert "-theme-nord" in again.classes  # styled with it, not only named


async def test_an_unknown_saved_theme_falls_back_to_the_default(private_settings: Path) -> None:
    (private_settings / "theme").write_text("no-such-theme\n", encoding="utf-8")
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"  # Textual's default
        await pilot.press("q")
    # Not overwritten: the user might have a newer briefing that knows it.
    assert (private_settings / "theme").read_text(encoding="utf-8") == "no-such-theme\n"


async def test_a_theme_that_cannot_be_saved_is_said_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(blocker / "briefing"))
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said: list[str] = []
        original = app.notify

        def notify(message: str, *args: Any, **kwargs: Any) -> None:
            said.append(message)
            original(message, *args, **kwargs)

        app.notify = notify  # type: ignore[method-assign]
        app.theme = "nord"
        await wait_for(pilot, lambda: bool(said))
        app.theme = "gruvbox"
        await pilot.pause(0.3)
        assert len(said) == 1
        assert said[0].startswith("The theme will not be remembered: cannot write in ")
        assert str(blocker / "briefing") in said[0]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord"])
async def test_alerts_take_the_themes_error_colour(theme: str) -> None:
    """DISPUTED is drawn in the theme's error text colour, not a fixed red
    that reads badly on some themes (the word carries the meaning)."""
    from textual.color import Color

    from tui.app.panes.base import ListPane

    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await pilot.pause()
        claims = app.screen.query_one("#casualties", ListPane)
        expected = Color.parse(app.theme_variables["text-error"]).rich_color
        colours = {segment.style.color for y in range(claims.size.height)
                   for segment in claims.render_line(y)
                   if "DISPUTED" in segment.text and segment.style is not None}
        assert colours, "no DISPUTED on screen"
        assert all(c is not None and c.triplet == expected.triplet for c in colours), colours
