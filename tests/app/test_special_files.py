"""Pilot: the open briefing replaced by a name that leads to something other
than a regular file. The app keeps running and says what is wrong."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.helpers import briefing_screen, wait_for
from tests.conftest import SEED
from tui.app.app import BriefingApp
from tui.app.panes.base import ListPane

pytestmark = pytest.mark.usefixtures("fast_file_poll")


@pytest.mark.parametrize("kind", ["device", "fifo"])
async def test_the_open_file_replaced_by_a_device_or_fifo(tmp_path: Path, kind: str) -> None:
    if kind == "device" and not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    if kind == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    path = tmp_path / "live.yaml"
    shutil.copy(SEED, path)
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = briefing_screen(app)
        path.unlink()
        if kind == "device":
            path.symlink_to("/dev/zero")
        else:
            os.mkfifo(path)
        await wait_for(pilot, lambda: screen.reload_error is not None)
        await pilot.pause()
        shown = str(screen.query_one("#briefing-header", Static).render())
        what = "is a device" if kind == "device" else "is a FIFO (named pipe)"
        assert f"live.yaml:1:1: document: {what}, not a regular file; not read" in shown
        assert screen.query_one("#quotes", ListPane).total == 10  # the last view stays
        assert app.is_running
        path.unlink()
        shutil.copy(SEED, path)  # and a real file again is read again
        await wait_for(pilot, lambda: screen.reload_error is None)
