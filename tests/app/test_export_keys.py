"""Pilot tests: exporting a briefing with `e` (the dialog, overwriting,
keys typed fast)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Button, Input, Static

from tests.app.helpers import (
    live_seed,
    seed_open_in,
    wait_for,
)
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.dialogs.confirm import ConfirmScreen
from tui.app.dialogs.export import ExportScreen
from tui.app.screens.briefing import BriefingScreen
from tui.core.export.markdown import to_markdown
from tui.core.format.load import load_briefing


async def test_export_writes_file_and_asks_before_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, messages):
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one(Input).value == f"{SEED.stem}.md"
        await pilot.press("enter")
        target = tmp_path / f"{SEED.stem}.md"
        await wait_for(pilot, target.exists)
        assert target.read_text(encoding="utf-8") == to_markdown(load_briefing(SEED))
        # second export: the file exists, so the app asks; "n" keeps it
        target.write_text("keep me")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text() == "keep me"
        # back in the dialog, to choose another name; enter asks again, "y" overwrites
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: target.read_text() != "keep me")
        assert target.read_text(encoding="utf-8").startswith("# Iranian missiles")
        assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
        assert f"Exported to {target}" in messages


async def test_export_and_its_question_fit_a_40x12_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export field and the overwrite question's buttons are on screen,
    and a click on "Overwrite" works, in the smallest terminal we support."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / f"{SEED.stem}.md"
    target.write_text("keep me")
    app = BriefingApp(SEED)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert app.screen.region.contains_region(field.region) and field.region.height >= 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        yes = app.screen.query_one("#yes", Button)
        no = app.screen.query_one("#no", Button)
        for button in (yes, no):
            assert button.region.height == 1 and app.screen.region.contains_region(button.region)
        await pilot.click("#yes")
        await wait_for(pilot, lambda: target.read_text() != "keep me")
        assert target.read_text(encoding="utf-8").startswith("# Iranian missiles")


async def test_export_to_a_folder_writes_the_file_inside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "out").mkdir()
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, messages):
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"out", "enter")
        target = tmp_path / "out" / f"{SEED.stem}.md"
        await wait_for(pilot, target.exists)
        assert target.read_text(encoding="utf-8") == to_markdown(load_briefing(SEED))
        assert isinstance(app.screen, BriefingScreen)  # no "overwrite out?" question
        assert f"Exported to {target}" in messages


async def test_export_cancel_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, _):
        await pilot.press("e", "escape")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert list(tmp_path.iterdir()) == []


async def test_keys_typed_fast_after_e_reach_the_export_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In one burst from the terminal, the keys after `e` reach the export
    # dialog before its field has focus. They belong in the field, in order,
    # and `enter` among them exports, as it would typed slowly; `q` and `e`
    # are letters of the name, not the keys that quit and export.
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, _):
        burst = [("e", "e"), ("ctrl+u", None), *((c, c) for c in "quake.md"), ("enter", "\r")]
        for key, character in burst:
            app.post_message(events.Key(key, character))
        await wait_for(pilot, (tmp_path / "quake.md").exists)
        assert isinstance(app.screen, BriefingScreen)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["quake.md"]


@pytest.mark.usefixtures("fast_file_poll")
async def test_export_while_the_file_is_broken_says_it_is_the_last_good_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    async with live_seed(tmp_path) as (path, app, pilot, screen):
        good = screen.briefing
        path.write_text(SEED.read_text(encoding="utf-8").replace("speaker: Donald Trump",
                                                                 "speakr: Donald Trump"),
                        encoding="utf-8")
        os.utime(path, ns=(1, 1))
        await wait_for(pilot, lambda: screen.reload_error is not None)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        warning = str(app.screen.query_one("#export-warning", Static).render())
        assert "this exports the last good version" in warning
        assert "live.yaml:45:5: quotes[3].speaker: required" in warning
        assert "(and 1 more)" in warning
        await pilot.press("enter")  # the user chooses to export it anyway
        await pilot.pause()
        assert (tmp_path / "live.md").read_text(encoding="utf-8") == to_markdown(good)  # type: ignore[arg-type]


async def test_export_field_name_is_selected_and_errors_keep_the_dialog_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, messages):
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"notes.md")  # replaces the suggested name
        field = app.screen.query_one("#export-path", Input)
        assert field.value == "notes.md"
        await pilot.press("ctrl+u", "enter")  # empty: says why nothing happened
        await pilot.pause()
        error = app.screen.query_one("#export-error", Static)
        assert isinstance(app.screen, ExportScreen)
        assert "Type a file name or a folder" in str(error.render())
        field.value = "no/such/folder/x.md"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # still open, the name kept
        assert "Cannot write" in str(error.render()) and "No such file" in str(error.render())
        assert field.value == "no/such/folder/x.md"
        field.value = "x.md"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert (tmp_path / "x.md").exists() and f"Exported to {tmp_path / 'x.md'}" in messages


async def test_the_export_dialog_offers_json_and_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv
    import io
    import json

    async with seed_open_in(tmp_path, monkeypatch) as (app, pilot, _):
        await pilot.press("e", "tab", "right", "enter")  # the format: JSON
        await pilot.pause()
        field = app.screen.query_one("#export-path", Input)
        assert field.value == f"{SEED.stem}.json" and app.focused is field
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads((tmp_path / f"{SEED.stem}.json").read_text(encoding="utf-8"))
        assert data["title"].startswith("Iranian missiles")
        # The dialog starts on JSON, the last format exported: right is CSV.
        await pilot.press("e", "tab", "right", "enter", "enter")
        await pilot.pause()
        rows = list(csv.DictReader(io.StringIO(
            (tmp_path / f"{SEED.stem}.csv").read_text(encoding="utf-8"))))
        assert rows[0]["claimant"] == "Iranian state television"
