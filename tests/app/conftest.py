"""Fixtures for driving the app with Pilot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, SEED


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A folder with the seed, the hostile briefing and one broken file."""
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(DATA / "hostile.yaml", folder / "hostile.yaml")
    shutil.copy(DATA / "invalid" / "unknown-country.yaml", folder / "broken.yaml")
    return folder
