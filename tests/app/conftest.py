"""Fixtures for driving the app with Pilot."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, SEED


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A folder with the seed, the hostile briefing and one broken file."""
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(DATA / "hostile.yaml", folder / "hostile.yaml")
    shutil.copy(DATA / "invalid" / "unknown-country.yaml", folder / "broken.yaml")
    return folder


@pytest.fixture
def thousand_quotes(tmp_path: Path) -> Path:
    """A valid briefing with 1,000 quotes (the benchmarks' generator)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write_synthetic

    return write_synthetic(tmp_path, quotes=1000, claims=10)
