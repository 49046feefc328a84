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
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first open parses in a child process, as on a machine with two
    CPUs, whatever runs the tests (with one, it parses in the app's process)."""
    from tui.core import child_parse

    monkeypatch.setattr(child_parse, "usable_cpus", lambda: 2)


@pytest.fixture
def always_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A library's new files parsed by two worker processes, however few
    they are, even on a one-CPU machine."""
    from tui.core import parse_pool

    monkeypatch.setattr(parse_pool, "WORKERS_FROM_BYTES", 0)
    monkeypatch.setattr(parse_pool, "worker_count", lambda: 2)


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
