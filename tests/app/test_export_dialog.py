"""The export dialog: every choice readable on a small terminal, the CSV
table offered, the last format remembered, and each format in the palette."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, RadioButton, RadioSet

from tests.app.helpers import run_command, wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.export import ExportScreen
from tui.app.screens.briefing import BriefingScreen
from tui.app.screens.library import LibraryScreen


def choices(app: BriefingApp, selector: str) -> list[tuple[str, bool]]:
    """The labels of a choice's buttons as drawn, and which is pressed."""
    radio_set = app.screen.query_one(selector, RadioSet)
    out = []
    for button in radio_set.query(RadioButton):
        label = button.label.plain
        # Drawn whole: the button is wide enough for its mark and label, on screen.
        assert button.region.width >= len(label) + 4, (label, button.region)
        assert app.screen.region.contains_region(button.region), (label, button.region)
        out.append((label, button.value))
    return out


@pytest.mark.parametrize("size", [(40, 12), (80, 24)], ids=["40x12", "80x24"])
async def test_every_choice_is_readable_and_csv_offers_its_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    monkeypatch.chdir(tmp_path)
    app = BriefingApp(SEED)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert choices(app, "#export-format") == [
            ("Markdown", True), ("JSON", False), ("CSV", False)]
        assert not app.screen.query_one("#export-table").region.area  # CSV only
        await pilot.press("tab", "right", "right", "enter")  # CSV
        await pilot.pause()
        assert choices(app, "#export-table") == [
            ("claims", True), ("figures", False), ("quotes", False), ("reactions", False)]
        field = app.screen.query_one("#export-path", Input)
        assert app.focused is field and field.value == f"{SEED.stem}.csv"
        assert app.screen.region.contains_region(field.region)
        await pilot.press("shift+tab", "right", "enter")  # the figures table
        await pilot.pause()
        assert app.focused is field
        await pilot.press("enter")
        target = tmp_path / f"{SEED.stem}.csv"
        await wait_for(pilot, target.exists)
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
        assert "what" in rows[0] and rows[0]["what"] == "missiles fired"


async def test_the_dialog_starts_on_the_last_format_exported_for_every_briefing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    second = folder / "second.yaml"
    second.write_text(SEED.read_text(encoding="utf-8").replace("date: 2020-01-08",
                                                               "date: 2019-01-08", 1),
                      encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await wait_for(pilot, lambda: len(library.shown_entries) == 2)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, BriefingScreen))
        await pilot.press("e", "tab", "right", "enter", "enter")  # JSON
        await wait_for(pilot, (out / f"{SEED.stem}.json").exists)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-path", Input).value == f"{SEED.stem}.json"
        assert ("JSON", True) in choices(app, "#export-format")
        await pilot.press("escape", "right_square_bracket")  # the next briefing
        await wait_for(pilot, lambda: getattr(app.screen, "path", None) == second)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#export-path", Input).value == "second.json"


@pytest.mark.parametrize(("command", "fmt", "name"), [
    ("export: JSON", "JSON", "json"), ("export: CSV, quotes table", "CSV", "csv")])
async def test_the_palette_exports_each_format(command: str, fmt: str, name: str) -> None:
    app = BriefingApp(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await run_command(pilot, command)
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        assert (fmt, True) in choices(app, "#export-format")
        assert app.screen.query_one("#export-path", Input).value == f"{SEED.stem}.{name}"
        if fmt == "CSV":
            assert ("quotes", True) in choices(app, "#export-table")
