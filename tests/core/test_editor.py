"""Opening the user's editor at an item's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED
from tui.core.format.editor import NoEditor, editor_command
from tui.core.format.load import load_briefing
from tui.core.format.locate import line_of


@pytest.mark.parametrize(("setting", "expected"), [
    ("vim", ["vim", "+12", "f.yaml"]),
    ("/usr/bin/nvim -u NONE", ["/usr/bin/nvim", "-u", "NONE", "+12", "f.yaml"]),
    ("nano", ["nano", "+12", "f.yaml"]),
    ("code", ["code", "--wait", "--goto", "f.yaml:12"]),
    ("code -w", ["code", "-w", "--goto", "f.yaml:12"]),
    ("gedit", ["gedit", "f.yaml"]),
])
def test_editor_commands(setting: str, expected: list[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", setting)
    assert editor_command(Path("f.yaml"), 12) == expected
    monkeypatch.setenv("VISUAL", "vi")
    assert editor_command(Path("f.yaml"), 3) == ["vi", "+3", "f.yaml"]


def test_no_editor_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    with pytest.raises(NoEditor):
        editor_command(Path("f.yaml"), 1)


def test_an_editor_setting_that_is_no_command_line_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISUAL", "'code --wait")  # a quote left open
    with pytest.raises(NoEditor, match=r"^\$VISUAL \('code --wait\) cannot be split into a "
                       "command: no closing quotation$"):
        editor_command(Path("x.yaml"), 3)


def test_line_of_finds_items_where_they_are_written() -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    b = load_briefing(SEED)
    quote = line_of(SEED, "quotes", 3)
    assert lines[quote - 1].strip() == f"- speaker: {b.quotes[3].speaker}"
    claim = line_of(SEED, "casualty_claims", 1)
    assert lines[claim - 1].strip() == f"- claimant: {b.casualty_claims[1].claimant}"
    assert lines[line_of(SEED, "summary") - 1].startswith("summary:")
    assert line_of(SEED, "nothing-here") == 1
