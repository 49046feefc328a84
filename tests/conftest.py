"""Shared fixtures: paths to the seed briefing and the test data."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# `pytest --slow`: the property tests try many more cases than in `make test`.
settings.register_profile("slow", max_examples=2000, deadline=None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true",
                     help="run the property tests (cache damage, loader fuzz) much longer")
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/data/draft-golden from today's drafter")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--slow"):
        settings.load_profile("slow")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEED = ROOT / "briefings" / "2020-01-08-iran-missile-strikes-iraq.yaml"
INVALID_DIR = DATA / "invalid"
# A copy of ../shared/seed-article.txt, so a clean clone (CI) has it too.
SEED_ARTICLE = DATA / "seed-article.txt"


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """`pytest --update-golden`: accept the drafter's output as the new golden drafts."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seed_path() -> Path:
    return SEED


def folder_of_copies(parent: Path, copies: int) -> Path:
    """A library folder of `copies` distinct copies of the seed (each its own
    cache entry), and one broken file, `broken.yaml`."""
    folder = parent / "library-of-copies"
    folder.mkdir()
    data = SEED.read_bytes()
    for i in range(copies):
        (folder / f"copy-{i:03}.yaml").write_bytes(data + f"# copy {i}\n".encode())
    (folder / "broken.yaml").write_bytes((DATA / "invalid" / "unknown-country.yaml").read_bytes())
    return folder


@pytest.fixture(autouse=True)
def private_parse_cache(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets an empty parse cache of its own (never the user's
    ~/.cache), so no test passes on an entry another one left behind.
    Subprocesses and tmux sessions inherit it through the environment."""
    folder = tmp_path_factory.mktemp("parse-cache")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    monkeypatch.delenv("BRIEFING_CACHE", raising=False)
    return folder


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test starts with no saved settings (never the user's ~/.config):
    a theme saved on the developer's machine must not change a snapshot."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(folder))
    return folder
