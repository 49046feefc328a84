"""Fixtures shared by the core's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.format import load
from tui.core.format.model import Briefing


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each file really parsed, in order: a test tells a cache or index hit
    from a parse by it."""
    calls: list[str] = []
    real = load.parse_briefing

    def counting(data: bytes | str, file: str = "<string>",
                 path: Path | None = None) -> Briefing:
        calls.append(file)
        return real(data, file, path)

    monkeypatch.setattr(load, "parse_briefing", counting)
    return calls
