"""A big library's new files are parsed in worker processes, with exactly the
results of parsing them here: the briefings, their cache entries, their errors."""

from __future__ import annotations

import pickle
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED, folder_of_copies
from tui.core import parse_pool
from tui.core.cache import PendingWrites
from tui.core.errors import BriefingError, display_name
from tui.core.library import scan_library
from tui.core.load import load_briefing, parse_briefing


def test_workers_give_what_parsing_here_gives(tmp_path: Path) -> None:
    folder = folder_of_copies(tmp_path, 60)
    files = sorted(folder.iterdir())
    jobs = [(f.read_bytes(), display_name(f), f) for f in files]
    results = dict(parse_pool.parse_in_workers(jobs, workers=2))
    assert sorted(results) == list(range(len(files)))
    for index, path in enumerate(files):
        parsed, pickled = results[index]
        if path.name == "broken.yaml":
            with pytest.raises(BriefingError) as caught:
                load_briefing(path)
            assert parsed == caught.value.errors and pickled is None
        else:
            assert parsed == load_briefing(path)
            assert pickled is not None and pickle.loads(pickled) == parsed


def test_big_library_is_parsed_in_workers_and_cached(
        tmp_path: Path, always_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = folder_of_copies(tmp_path, 60)
    # Parsing here is a failure: every file must come from a worker.
    monkeypatch.setattr("tui.core.load.parse_briefing",
                        lambda *args: pytest.fail("parsed in the scanning process"))
    pending = PendingWrites()
    entries = scan_library(folder, pending)
    monkeypatch.undo()
    assert len(entries) == 61
    assert all(e.briefing == parse_briefing(e.path.read_bytes(), display_name(e.path), e.path)
               for e in entries[:60])
    broken = entries[-1]
    assert broken.briefing is None and broken.path.name == "broken.yaml"
    assert broken.error is not None and "unknown country 'Germny'" in broken.error.message
    # Each entry is the worker's pickle, stored as it came.
    assert len(pending.entries) == 60
    assert all(isinstance(payload, bytes) for _, _, payload in pending.entries)
    pending.write()
    assert scan_library(folder) == entries  # now every file is a cache hit


def test_files_a_dead_worker_left_are_parsed_here(
        tmp_path: Path, always_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = folder_of_copies(tmp_path, 30)
    # A worker that dies at once, as one killed or out of memory would.
    monkeypatch.setattr(parse_pool, "_WORKER", "import os; os._exit(3)")
    entries = scan_library(folder)
    assert len(entries) == 31 and sum(e.briefing is not None for e in entries) == 30
    assert entries[-1].error is not None


def test_a_cancelled_scan_kills_its_workers(
        tmp_path: Path, always_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = folder_of_copies(tmp_path, 400)
    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def recording_popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        process = popen(*args, **kwargs)
        started.append(process)
        return process

    monkeypatch.setattr(subprocess, "Popen", recording_popen)
    entries = scan_library(folder, cancelled=lambda: True)
    assert len(started) == 2
    assert all(p.returncode is not None for p in started)  # none left running
    # Killed with 200 files each still to parse, not left to finish them.
    assert all(p.returncode == -signal.SIGKILL for p in started)
    assert entries == []  # nothing was read before the cancel


def test_a_small_library_is_parsed_here(tmp_path: Path) -> None:
    jobs = [(SEED.read_bytes(), "seed.yaml", SEED)] * 10
    assert not parse_pool.worth_workers(jobs)  # ~80 KB: starting workers costs more


def test_display_name_is_relative_to_the_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = tmp_path / "sub" / "a.yaml"
    inside.parent.mkdir()
    inside.write_text("x")
    (tmp_path / "link").symlink_to(tmp_path / "sub")
    monkeypatch.chdir(tmp_path)
    assert display_name(inside) == str(Path("sub") / "a.yaml")
    assert display_name(Path("link") / "a.yaml") == str(Path("sub") / "a.yaml")
    assert display_name(tmp_path) == "."
    outside = SEED.resolve()
    assert display_name(outside) == str(outside)
    monkeypatch.chdir(tmp_path / "sub")  # a new working folder, a new name
    assert display_name(inside) == "a.yaml"
