"""Fixtures for driving the app with Pilot."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.app.helpers import build_library
from tests.conftest import ROOT


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
