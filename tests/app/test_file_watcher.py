"""FileWatcher on its own: it says when its file changed, once per change."""

from __future__ import annotations

import os
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult

from tests.app.helpers import wait_for
from tui.app.widgets.file_watcher import FileWatcher


class WatchingApp(App[None]):
    """An app with a watcher that counts the changes it hears of, and reads
    the file (says it has seen it) on each."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.watcher = FileWatcher(path, interval=0.05)
        self.changes = 0

    def compose(self) -> ComposeResult:
        yield self.watcher

    @on(FileWatcher.Changed)
    def read_again(self) -> None:
        self.changes += 1
        self.watcher.seen(self.watcher.look())


async def test_a_change_deletion_and_return_are_each_said_once(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text("a")
    app = WatchingApp(path)
    async with app.run_test() as pilot:
        assert not app.watcher.display  # never takes room on screen
        await pilot.pause(0.2)
        assert app.changes == 0  # nothing changed since it was made
        path.write_text("b")
        os.utime(path, ns=(1, 1))
        await wait_for(pilot, lambda: app.changes == 1)
        path.unlink()
        await wait_for(pilot, lambda: app.changes == 2)
        path.write_text("c")
        await wait_for(pilot, lambda: app.changes == 3)
        await pilot.pause(0.2)
        assert app.changes == 3  # seen: not said again
