"""The help dialog (? or F1): each key listed where it works, by its own
name, with long descriptions wrapped under themselves."""

from __future__ import annotations

from textual.widgets import Static

from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.help import HelpScreen

KEY_COLUMN = 22  # where descriptions start


async def help_lines(size: tuple[int, int]) -> list[str]:
    """The help's lines as drawn, opened over the seed at `size`."""
    app = BriefingApp(SEED)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        return str(app.screen.query_one("#help-body", Static).render()).splitlines()


def section(lines: list[str], title: str) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i]), len(lines))
    return lines[start + 1:end]


async def test_keys_that_type_are_not_listed_as_everywhere() -> None:
    lines = await help_lines((120, 40))
    everywhere = section(lines, "Everywhere")
    assert not any(line.startswith(("q ", "? ")) for line in everywhere), everywhere
    assert any(line.startswith("ctrl+p") for line in everywhere)
    briefing = section(lines, "Briefing")
    assert any(line.startswith("q ") and "Quit" in line for line in briefing), briefing
    library = section(lines, "Library")
    assert any(line.startswith("ctrl+q ") and "Quit" in line for line in library), library


async def test_each_library_arrow_is_named_for_what_it_does() -> None:
    library = section(await help_lines((120, 40)), "Library")
    assert any(line.startswith("↓ ") and line.endswith("Next briefing") for line in library)
    assert any(line.startswith("↑ ") and line.endswith("Previous briefing") for line in library)
    assert not any("↑↓" in line for line in library), library


async def test_one_line_per_action_with_all_its_keys() -> None:
    lists = section(await help_lines((120, 40)), "Lists")
    assert any(line.startswith("↓, j ") for line in lists), lists
    assert sum("Next row" in line or "next row" in line for line in lists) == 1


async def test_long_descriptions_wrap_under_the_description() -> None:
    lines = await help_lines((80, 24))
    start = next(i for i, line in enumerate(lines) if line.startswith("o "))
    assert lines[start + 1].startswith(" " * KEY_COLUMN)
    assert lines[start + 1][KEY_COLUMN] != " "


async def test_on_a_small_terminal_descriptions_go_under_their_keys() -> None:
    lines = await help_lines((40, 12))
    start = next(i for i, line in enumerate(lines) if line.startswith("o"))
    assert lines[start].strip() == "o"
    follow = lines[start + 1:start + 4]
    assert follow[0].startswith("  Open the file") and follow[1].startswith("  "), follow
