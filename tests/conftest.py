"""Shared fixtures: paths to the seed briefing and the test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEED = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"
# A copy of ../shared/seed-article.txt, so a clean clone (CI) has it too.
SEED_ARTICLE = DATA / "seed-article.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED
