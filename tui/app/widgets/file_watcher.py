"""FileWatcher: polls one file and says when it changed on disk.

A widget that is never shown: it owns the poll's timer and thread, and
posts `FileWatcher.Changed` for its screen to read the file again. Polling
with stat() rather than inotify (docs/design.md, "Live reload").
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.message import Message
from textual.widget import Widget

from tui.core.store.watch import Signature, file_signature


class FileWatcher(Widget):
    """Compares the file's signature with the last one read, every `interval`
    seconds; a new one posts `Changed`. The reader says what it read with
    `seen()`, so a change it has already read is not announced again."""

    DEFAULT_CSS = """
    FileWatcher {
        display: none;
    }
    """

    class Changed(Message):
        """The file is not as last read: changed, deleted or back."""

    def __init__(self, path: Path, interval: float) -> None:
        super().__init__()
        self.path = path
        self.interval = interval
        self._seen = file_signature(path)

    def look(self) -> Signature | None:
        """The file's signature now (None when there is no file there)."""
        return file_signature(self.path)

    def seen(self, signature: Signature | None) -> None:
        """The file as it was read: polls compare with this."""
        self._seen = signature

    def on_mount(self) -> None:
        self.set_interval(self.interval, self.poll)

    @work(thread=True, exclusive=True, group="poll")
    def poll(self) -> None:
        if self.look() != self._seen:
            self.post_message(self.Changed())
