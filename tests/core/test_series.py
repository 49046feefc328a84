"""Chart data (core.series): one step series per claimant for a group and a
measure, figures the same way, and the Markdown's "History of figures"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.story_fixtures import story, story_file
from tui.cli import main
from tui.core.export.markdown import to_markdown
from tui.core.format.load import parse_briefing
from tui.core.story.as_of import as_of, moments
from tui.core.story.series import (
    ChartGroup,
    chart_groups,
    chronological,
    claim_series,
    figure_series,
    is_revised,
    series_for,
)


def _points(series: list) -> dict[str, list[str]]:  # type: ignore[type-arg]
    return {s.claimant: [str(p.value) for p in s.points] for s in series}


def test_one_series_per_claimant_in_instant_order(tmp_path: Path) -> None:
    """Red Cross's 35 at 23:30+03:00 comes before its 40 at 21:00Z."""
    b = story(tmp_path)
    killed = claim_series(b, "Civilians", "killed")
    assert _points(killed) == {"Ministry": ["12", "63"], "Red Cross": ["35", "40"]}
    assert [s.current.value.text for s in killed] == ["63", "40"]
    assert [p.said.isoformat() for p in killed[1].points if p.said] == [
        "2020-01-08T23:30:00+03:00", "2020-01-08T21:00:00+00:00"]


def test_open_ended_and_undated_points(tmp_path: Path) -> None:
    (police,) = claim_series(story(tmp_path), "civilians", "injured")
    (point,) = police.points
    assert point.said is None and point.open_ended and point.is_range
    assert (point.value.low, point.value.high) == (80, None)


def test_ranges_are_bands() -> None:
    b = parse_briefing("""format: 1
title: t
date: 2020-01-08
summary: s
casualty_claims:
  - {claimant: A, affected: x, killed: "10-20", said: 2020-01-08}
  - {claimant: A, affected: x, killed: 25, said: 2020-01-09}
  - {claimant: A, affected: x, killed: unknown, said: 2020-01-10}
""", "r.yaml")
    (a,) = claim_series(b, "x", "killed")
    assert [(p.value.low, p.value.high, p.is_range, p.open_ended) for p in a.points] == [
        (10, 20, True, False), (25, 25, False, False), (None, None, False, False)]


def test_figures_with_the_same_what_are_one_chart(tmp_path: Path) -> None:
    b = story(tmp_path)
    assert _points(figure_series(b, "Missiles fired")) == {"Iran": ["15", "22"],
                                                           "Iraq": ["22"]}
    assert figure_series(b, "missiles fired", unit="km") == []


def test_chart_groups_and_their_series(tmp_path: Path) -> None:
    b = story(tmp_path)
    groups = chart_groups(b)
    assert groups == [ChartGroup("civilians", "killed"), ChartGroup("civilians", "injured"),
                      ChartGroup("missiles fired", "value")]
    assert [g.label for g in groups] == ["civilians, killed", "civilians, injured",
                                         "missiles fired"]
    assert [is_revised(series_for(b, g)) for g in groups] == [True, False, True]


def test_series_as_of_a_moment_stop_there(tmp_path: Path) -> None:
    b = story(tmp_path)
    then = as_of(b, moments(b)[4])  # 8 Jan 23:30 +03:00
    assert _points(claim_series(then, "civilians", "killed")) == {"Ministry": ["12"],
                                                                  "Red Cross": ["35"]}


def test_chronological_rows_merge_the_claimants_by_instant(tmp_path: Path) -> None:
    b = story(tmp_path)
    rows = chronological(b, claim_series(b, "civilians", "killed"))
    assert [(s.claimant, str(p.value)) for s, p in rows] == [
        ("Ministry", "12"), ("Red Cross", "35"), ("Red Cross", "40"), ("Ministry", "63")]


def test_markdown_history_of_figures_only_when_asked(tmp_path: Path) -> None:
    b = story(tmp_path)
    assert "History of figures" not in to_markdown(b)
    text = to_markdown(b, with_series=True)
    section = text[text.index("## History of figures"):text.index("## Timeline")]
    assert section.splitlines() == [
        "## History of figures", "",
        "### civilians, killed", "",
        "| Said | Claimant | Figure |", "| --- | --- | --- |",
        "| 2020-01-08 09:00 | Ministry | 12 |",
        "| 2020-01-08 23:30+03:00 | Red Cross | 35 |",
        "| 2020-01-08 21:00+00:00 | Red Cross | 40 |",
        "| 2020-01-10 18:00+03:00 | Ministry | 63 |", "",
        "### missiles fired", "",
        "| Said | Claimant | Figure |", "| --- | --- | --- |",
        "| 2020-01-08 | Iran | 15 |",
        "| 2020-01-08 12:00 | Iraq | 22 |",
        "| 2020-01-09 08:00 | Iran | 22 |", ""]


def test_no_revision_no_history_section() -> None:
    b = parse_briefing("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\ncasualty_claims:\n"
                       "  - {claimant: A, affected: x, killed: 1}\n", "r.yaml")
    assert "History of figures" not in to_markdown(b, with_series=True)


def test_export_with_series(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(story_file(tmp_path))
    assert main(["export", path, "--with-series", "--as-of", "2020-01-09"]) == 0
    out = capsys.readouterr().out
    assert "| 2020-01-09 08:00 | Iran | 22 |" in out and "| Ministry | 63 |" not in out
    assert main(["export", path, "--with-series", "--format", "json"]) == 2
    assert capsys.readouterr().err == ("briefing: --with-series goes with --format markdown "
                                       "only, not json\n")
