"""Fixtures for driving the app with Pilot."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.app.helpers import build_library
from tests.conftest import ROOT
from tui.app.screens.briefing import BriefingScreen
from tui.app.screens.library import LibraryScreen


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A folder with the seed, the hostile briefing and one broken file."""
    return build_library(tmp_path / "library")


@pytest.fixture
def thousand_quotes(tmp_path: Path) -> Path:
    """A valid briefing with 1,000 quotes (the benchmarks' generator)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write_synthetic

    return write_synthetic(tmp_path, quotes=1000, claims=10)


@pytest.fixture
def fast_file_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    """The open briefing's file polled every 0.05 s rather than every 0.5 s,
    for a test that waits for a change on disk to show: the poll notices
    it, and its interval is not what the test is about."""
    monkeypatch.setattr(BriefingScreen, "poll_seconds", 0.05)


@pytest.fixture
def fast_folder_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library looks at its folder every 50 ms, so a test waits little,
    and never backs off: on a loaded machine one slow look would otherwise
    put the next one twenty times its length away, past the test's wait."""
    monkeypatch.setattr(LibraryScreen, "poll_seconds", 0.05)
    monkeypatch.setattr(LibraryScreen, "poll_backoff", 0.0)
