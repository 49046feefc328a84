"""core.watch: the signatures the app polls, and the pacing of slow polls."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import tui.core.store.watch
from tui.core.store.library import BRIEFING_SUFFIXES
from tui.core.store.watch import FolderSignature, FolderWatch, file_signature, folder_signature


def look(folder: Path) -> set[str]:
    return {os.path.relpath(path, folder) for path, _ in folder_signature(folder,
                                                                          BRIEFING_SUFFIXES)}


def test_a_folder_signature_changes_with_each_briefing_added_changed_or_removed(
        tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("title: a\n", encoding="utf-8")
    first = folder_signature(tmp_path, BRIEFING_SUFFIXES)
    assert folder_signature(tmp_path, BRIEFING_SUFFIXES) == first  # nothing changed

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yml").write_text("title: b\n", encoding="utf-8")
    added = folder_signature(tmp_path, BRIEFING_SUFFIXES)
    assert added != first and look(tmp_path) == {"a.yaml", os.path.join("sub", "b.yml")}

    (tmp_path / "a.yaml").write_text("title: a, longer\n", encoding="utf-8")
    changed = folder_signature(tmp_path, BRIEFING_SUFFIXES)
    assert changed != added

    (tmp_path / "a.yaml").chmod(0o000)  # unreadable: same mtime, new mode
    assert folder_signature(tmp_path, BRIEFING_SUFFIXES) != changed
    (tmp_path / "a.yaml").chmod(0o644)

    (tmp_path / "sub" / "b.yml").unlink()
    assert look(tmp_path) == {"a.yaml"}


def test_other_files_and_folders_named_like_briefings_do_not_count(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    os.mkfifo(tmp_path / "pipe.yaml")
    assert folder_signature(tmp_path, BRIEFING_SUFFIXES) == frozenset()


def test_a_link_back_to_a_parent_folder_is_looked_at_once(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("title: a\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    assert look(tmp_path) == {"a.yaml"}


def test_a_missing_or_unreadable_folder_counts_as_empty(tmp_path: Path) -> None:
    assert folder_signature(tmp_path / "gone", BRIEFING_SUFFIXES) == frozenset()
    assert file_signature(tmp_path / "gone.yaml") is None


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0
        self.look_takes = 0.0  # how long a look at the folder takes on this clock

    def __call__(self) -> float:
        return self.now


def test_a_watch_sees_changes_since_the_folder_was_read(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path, BRIEFING_SUFFIXES, interval=1.0)
    (tmp_path / "a.yaml").write_text("title: a\n", encoding="utf-8")
    watch.seen(watch.look())  # a scan read the folder
    assert not watch.changed()
    (tmp_path / "b.yaml").write_text("title: b\n", encoding="utf-8")
    assert watch.changed()
    assert watch.changed()  # until a scan reads it again
    watch.seen(watch.look())
    assert not watch.changed()


def test_a_folder_slow_to_look_at_is_looked_at_less_often(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Looks cheaper than the interval are never held back; after a look
    that took a second (a big tree) the next waits twenty."""
    clock = Clock()

    def timed_look(folder: Path, suffixes: tuple[str, ...]) -> FolderSignature:
        clock.now += clock.look_takes
        return folder_signature(folder, suffixes)

    monkeypatch.setattr(tui.core.store.watch, "folder_signature", timed_look)
    watch = FolderWatch(tmp_path, BRIEFING_SUFFIXES, interval=1.0, clock=clock)
    watch.seen(watch.look())
    clock.look_takes = 0.01  # 20 x 0.01 is shorter than the interval
    (tmp_path / "a.yaml").write_text("title: a\n", encoding="utf-8")
    assert watch.changed()
    assert watch.changed()  # at once: no wait
    clock.look_takes = 1.0
    assert watch.changed()  # this look takes a second...
    (tmp_path / "b.yaml").write_text("title: b\n", encoding="utf-8")
    clock.now += 19.9
    assert not watch.changed()  # ...so twenty seconds pass before the next
    clock.now += 0.2
    assert watch.changed()
