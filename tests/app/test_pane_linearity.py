"""The claims and figures panes build their rows in time linear in the items:
counted as how many times a dispute's subject is compared, which grew with
the square of the groups when every group scanned every dispute."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tui.app.panes import contents
from tui.app.panes.contents import CasualtyClaimsContent, FiguresContent
from tui.core.format import load


def disputed(claims: int) -> bytes:
    """The briefing benchmarks/pane_speed.py times: each group disputed."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "pane_speed.py"
    spec = importlib.util.spec_from_file_location("pane_speed", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    text: str = bench.disputed_briefing(claims)
    return text.encode()


def subject_keys_for(claims: int, monkeypatch: pytest.MonkeyPatch) -> int:
    briefing = load.parse_briefing(disputed(claims), "t.yaml")
    assert len(briefing.disputes) == claims  # every group and thing disputed
    calls = 0
    real = contents.subject_key

    def counting(text: str) -> str:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(contents, "subject_key", counting)
    claim_rows = CasualtyClaimsContent().rows(briefing, "")
    figure_rows = FiguresContent().rows(briefing, "")
    # every dispute is listed with its group, every figure has its row
    assert sum(1 for _, item in claim_rows if item in briefing.disputes) == claims // 2
    assert len(figure_rows) == claims
    monkeypatch.undo()
    return calls


def test_claims_and_figures_panes_compare_subjects_linearly(
        monkeypatch: pytest.MonkeyPatch) -> None:
    small = subject_keys_for(100, monkeypatch)
    large = subject_keys_for(800, monkeypatch)
    # linear: 8 times the items, 8 times the comparisons (a square: 64)
    assert large <= 9 * small
