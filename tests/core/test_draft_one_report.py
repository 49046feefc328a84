"""One report drafted alone, as a story's reports are laid out: the outlet's
masthead above the headline, a byline's date line, and the `.meta.yaml` beside
the text that several reports are drafted with."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.core.draft import draft_briefing

BODY = ("LONDON, March 3, 2024 (Reuters) - An explosion at a port killed 12 workers, "
        "the fire brigade said.\n\nRescuers searched the docks overnight.\n")


@pytest.mark.parametrize("masthead", ["Reuters\n\n", "THE HINDU\n\n", "eNCA\n",
                                      "The Citizen\n\nNews\n\n"])
def test_a_masthead_above_the_headline_is_not_the_title(masthead: str) -> None:
    d = draft_briefing(masthead + "Port blast kills 12 workers in London\n\n" + BODY)
    assert d.title == "Port blast kills 12 workers in London"
    assert "Port blast" not in d.summary


def test_a_short_headline_over_the_story_stays_the_title() -> None:
    assert draft_briefing("Port blast\n\n" + BODY).title == "Port blast"
    # two short lines, neither over a headline: the first is the headline
    assert draft_briefing("Port blast\n\nUpdated\n\n" + BODY).title == "Port blast"


def test_a_numeric_date_line_is_no_part_of_the_summary() -> None:
    d = draft_briefing("Port blast kills 12 workers in London\n\n22/09/2026 05:48 PM\n\n" + BODY)
    assert d.summary.startswith("LONDON, March 3")
    assert all("05:48" not in point for point in d.key_points)


def test_a_reports_meta_file_gives_its_draft_a_source_and_a_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report-1.txt"
    report.write_text("Port blast kills 12 workers\n\n" + BODY.replace("March 3, 2024", "March 3"),
                      encoding="utf-8")
    (tmp_path / "report-1.meta.yaml").write_text(
        "outlet: Harbour Wire\nurl: https://example.org/harbour/1\n"
        "published: 2024-03-03T09:10:00+00:00\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert main(["draft", str(report), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert '  - name: "Harbour Wire"\n    url: "https://example.org/harbour/1"' in text
    assert 'date: "2024-03-03"' in text
    assert main(["check", str(out)]) == 0


def test_a_broken_meta_file_is_a_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report-1.txt"
    report.write_text("Port blast kills 12 workers\n\n" + BODY, encoding="utf-8")
    (tmp_path / "report-1.meta.yaml").write_text("outlet: [unclosed\n", encoding="utf-8")
    assert main(["draft", str(report)]) == 1
    err = capsys.readouterr().err
    assert "report-1.meta.yaml" in err and "Traceback" not in err


def test_the_date_the_text_states_wins_over_the_pages(tmp_path: Path) -> None:
    report = tmp_path / "report-1.txt"
    report.write_text("Port blast kills 12 workers\n\n" + BODY, encoding="utf-8")
    (tmp_path / "report-1.meta.yaml").write_text(
        "outlet: Harbour Wire\npublished: 2024-03-05T17:05:00-06:00\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert main(["draft", str(report), "-o", str(out)]) == 0
    assert 'date: "2024-03-03"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("headline", [
    "Quake hits Taiwan\n\nBy Jane Doe and Ali Khan\n\n",
    "Deadly ferry fire\n\nSurvivors describe panic as flames swept the upper deck\n\n",
    "Storfjorden rock slide\n\nUpdated Tuesday evening with new figures\n\n"])
def test_a_short_headline_over_a_byline_or_a_standfirst_is_the_title(headline: str) -> None:
    assert draft_briefing(headline + BODY).title == headline.split("\n")[0]
