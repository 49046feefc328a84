"""A briefing as of a moment (core.as_of): its moments, what each pane holds
then, disputes recomputed then, typed moments, and `export --as-of` /
`diff --from --to` on the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from tests.core.story_fixtures import LABELS, story, story_file
from tui.cli import main
from tui.core.format.model import Briefing
from tui.core.story.as_of import (
    as_of,
    is_undated,
    moment_from_text,
    moments,
    parse_when,
)


def _state(b: Briefing) -> dict[str, object]:
    """What each pane shows: current claims and figures, quotes, timeline,
    disputes."""
    return {
        "claims": sorted(f"{c.claimant} {c.killed or c.injured}" for c in b.current_claims),
        "figures": sorted(f"{f.claimant} {f.value}" for f in b.current_figures),
        "quotes": [q.speaker for q in b.quotes],
        "timeline": [e.event for e in b.timeline_in_order],
        "disputes": [f"{d.label}: {d.versus}" for d in b.disputes],
    }


# The story as of each of its moments, in order (see story_fixtures).
EXPECTED = [
    {"claims": ["Police 80+"], "figures": ["Iran 15"], "quotes": ["B"], "timeline": [],
     "disputes": []},
    {"claims": ["Police 80+"], "figures": ["Iran 15"], "quotes": ["B"], "timeline": ["Strike"],
     "disputes": []},
    {"claims": ["Ministry 12", "Police 80+"], "figures": ["Iran 15"], "quotes": ["B", "A"],
     "timeline": ["Strike"], "disputes": []},
    {"claims": ["Ministry 12", "Police 80+"], "figures": ["Iran 15", "Iraq 22"],
     "quotes": ["B", "A"], "timeline": ["Strike"], "disputes": ["missiles fired: 22 vs 15"]},
    {"claims": ["Ministry 12", "Police 80+", "Red Cross 35"], "figures": ["Iran 15", "Iraq 22"],
     "quotes": ["B", "A"], "timeline": ["Strike"],
     "disputes": ["civilians, killed: 12 vs 35", "missiles fired: 22 vs 15"]},
    {"claims": ["Ministry 12", "Police 80+", "Red Cross 40"], "figures": ["Iran 15", "Iraq 22"],
     "quotes": ["B", "A"], "timeline": ["Strike"],
     "disputes": ["civilians, killed: 40 vs 12", "missiles fired: 22 vs 15"]},
    {"claims": ["Ministry 12", "Police 80+", "Red Cross 40"], "figures": ["Iran 22", "Iraq 22"],
     "quotes": ["B", "A"], "timeline": ["Strike"], "disputes": ["civilians, killed: 40 vs 12"]},
    {"claims": ["Ministry 12", "Police 80+", "Red Cross 40"], "figures": ["Iran 22", "Iraq 22"],
     "quotes": ["B", "A"], "timeline": ["Strike", "Aftermath"],
     "disputes": ["civilians, killed: 40 vs 12"]},
    {"claims": ["Ministry 63", "Police 80+", "Red Cross 40"], "figures": ["Iran 22", "Iraq 22"],
     "quotes": ["B", "A"], "timeline": ["Strike", "Aftermath"],
     "disputes": ["civilians, killed: 63 vs 40"]},
]


def test_moments_are_every_distinct_time_by_instant(tmp_path: Path) -> None:
    """Offsets count: 23:30+03:00 comes before 21:00Z; the quote and the claim
    at 09:00 are one moment."""
    found = moments(story(tmp_path))
    assert [m.label for m in found] == LABELS
    assert [m.key for m in found] == sorted(m.key for m in found)


def test_the_latest_moment_is_the_whole_file(tmp_path: Path) -> None:
    b = story(tmp_path)
    assert as_of(b, moments(b)[-1]) == b


@pytest.mark.parametrize("index", range(len(EXPECTED)), ids=LABELS)
def test_panes_and_disputes_as_of_each_moment(tmp_path: Path, index: int) -> None:
    b = story(tmp_path)
    then = as_of(b, moments(b)[index])
    assert _state(then) == EXPECTED[index]
    assert then.path == b.path


def test_undated_items_are_kept_and_known(tmp_path: Path) -> None:
    b = story(tmp_path)
    first = as_of(b, moments(b)[0])
    assert [c.claimant for c in first.casualty_claims if is_undated(c)] == ["Police"]
    assert [q.speaker for q in first.quotes if is_undated(q)] == ["B"]
    assert not any(is_undated(x) for x in (*b.figures, *b.timeline))


def test_reactions_are_cut_by_said_once_they_have_one(tmp_path: Path) -> None:
    """Format revision 3 gives reactions `said`; a reaction without one is
    undated and always kept."""
    from typing import NamedTuple, cast

    from tui.core.format.model import Reaction

    class Dated(NamedTuple):
        summary: str
        said: date | None

    b = story(tmp_path)
    b = b._replace(reactions=cast(tuple[Reaction, ...], (
        Dated("early", date(2020, 1, 8)), Dated("late", date(2020, 1, 10)),
        Dated("undated", None))))
    found = moments(b)
    then = as_of(b, moment_from_text("2020-01-09", b.zone))
    assert [r.summary for r in then.reactions] == ["early", "undated"]
    assert len(found) == len(LABELS)  # both dates are moments the story has already


def test_a_typed_date_is_the_end_of_that_day_in_the_briefing_zone(tmp_path: Path) -> None:
    """As of 8 Jan: 23:30+03:00 is in, 21:00Z (midnight in Baghdad) is not."""
    b = story(tmp_path)
    then = as_of(b, moment_from_text("2020-01-08", b.zone))
    assert sorted(str(c.killed) for c in then.current_claims if c.killed) == ["12", "35"]
    nine = as_of(b, moment_from_text("2020-01-09", b.zone))
    assert sorted(str(c.killed) for c in nine.current_claims if c.killed) == ["12", "40"]


def test_a_typed_time_is_read_in_the_briefing_zone_unless_it_has_an_offset(
        tmp_path: Path) -> None:
    b = story(tmp_path)
    local = as_of(b, moment_from_text("2020-01-08T11:59", b.zone))  # before Iraq's 12:00
    assert [f.claimant for f in local.figures] == ["Iran"]
    utc = as_of(b, moment_from_text("2020-01-08T09:00Z", b.zone))  # 12:00 in Baghdad
    assert [f.claimant for f in utc.figures] == ["Iraq", "Iran"]
    offset = as_of(b, moment_from_text("2020-01-08T20:59+00:00", b.zone))
    assert "Red Cross" in [c.claimant for c in offset.current_claims]
    assert [c.killed.text for c in offset.current_claims  # type: ignore[union-attr]
            if c.claimant == "Red Cross"] == ["35"]


def test_parse_when_reads_the_three_forms() -> None:
    assert parse_when("2020-01-08") == date(2020, 1, 8)
    assert parse_when("2020-01-08T18:00") == datetime(2020, 1, 8, 18, 0)
    assert parse_when(" 2020-01-08 18:00:30 ") == datetime(2020, 1, 8, 18, 0, 30)
    assert parse_when("2020-01-08T18:00+03:00") == datetime(
        2020, 1, 8, 18, 0, tzinfo=timezone(timedelta(hours=3)))
    assert parse_when("2020-01-08T18:00Z") == datetime(2020, 1, 8, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "yesterday", "8 Jan", "2020-1-8", "2020-01-08T18",
                                  "20200108", "2020-01-08T18:00+3", "2020-01-08T18:00 UTC"])
def test_a_bad_when_is_refused_with_advice(text: str) -> None:
    with pytest.raises(ValueError, match=r"write a date \(2020-01-08\)"):
        parse_when(text)


@pytest.mark.parametrize("text", ["2020-13-08", "2020-02-30", "2020-01-08T25:00"])
def test_an_impossible_when_says_so(text: str) -> None:
    with pytest.raises(ValueError, match="no real date or time"):
        parse_when(text)


def test_the_last_day_there_is_can_be_a_moment() -> None:
    moment = moment_from_text("9999-12-31", UTC)
    assert moment.key > moment_from_text("9999-12-31T23:59", UTC).key


# The command line: --as-of on every export format.

NOON = "2020-01-08T12:00"  # Iraq's 22 is in; Red Cross and Iran's revision are not


def _export(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", str(story_file(tmp_path)), "--as-of", NOON, *args]) == 0
    return capsys.readouterr().out


def test_export_markdown_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _export(tmp_path, capsys)
    assert "*As of 8 Jan 2020 12:00: what was said by then; undated items kept.*" in out
    assert "Red Cross" not in out and "Aftermath" not in out and "Strike" in out
    assert "- **Disputed** — missiles fired: 22 (8 Jan 12:00) vs 15 (8 Jan)" in out


def test_export_json_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_export(tmp_path, capsys, "--format", "json"))
    assert [c["claimant"] for c in data["casualty_claims"]] == ["Ministry", "Police"]
    assert [(f["claimant"], f["value"]["text"]) for f in data["figures"]] == [
        ("Iraq", "22"), ("Iran", "15")]
    assert [q["speaker"] for q in data["quotes"]] == ["B", "A"]
    assert [e["event"] for e in data["timeline"]] == ["Strike"]
    assert [d["versus"] for d in data["disputes"]] == ["22 vs 15"]
    assert data["as_of"] == NOON  # the cut says when it was made


def test_export_json_as_of_validates_and_a_whole_export_has_no_moment(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    from tui.core.export.data import EXPORT_SCHEMA

    jsonschema.validate(json.loads(_export(tmp_path, capsys, "--format", "json")), EXPORT_SCHEMA)
    assert main(["export", str(story_file(tmp_path)), "--format", "json"]) == 0
    assert "as_of" not in json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("table", "column", "expected"), [
    ("claims", "claimant", ["Ministry", "Police"]),
    ("figures", "claimant", ["Iraq", "Iran"]),
    ("quotes", "speaker", ["B", "A"]),
])
def test_export_csv_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str,
                          column: str, expected: list[str]) -> None:
    out = _export(tmp_path, capsys, "--format", "csv", "--table", table)
    assert [row[column] for row in csv.DictReader(io.StringIO(out))] == expected


def test_export_front_matter_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _export(tmp_path, capsys, "--front-matter", "obsidian")
    front = yaml.safe_load(out.split("---\n")[1])
    assert front["disputes"] == ["missiles fired: 22 vs 15"]
    assert "*As of 8 Jan 2020 12:00" in out


@pytest.mark.parametrize("when", ["yesterday", "2020-13-08", "2020-01-08T18:00+3"])
def test_export_refuses_a_bad_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    when: str) -> None:
    assert main(["export", str(story_file(tmp_path)), "--as-of", when]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"briefing: --as-of: '{when}' ")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


# The command line: diff --from --to.

def _diff(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["diff", str(story_file(tmp_path)), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_diff_from_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _diff(tmp_path, capsys, "--from", NOON, "--to", "2020-01-10")
    assert code == 1
    assert "added      Red Cross, civilians: killed 40" in out
    assert "revised    Iran, missiles fired: 15 -> 22" in out
    assert "resolved   missiles fired: was 22 vs 15" in out
    assert "appeared   civilians, killed: 63 vs 40" in out
    assert "added      2020-01-10 Aftermath" in out
    # 10 Jan, typed as a date, runs to the day's end: the 63 at 18:00 is in.
    assert "revised    Ministry, civilians: killed 12 -> 63" in out


def test_diff_to_a_date_includes_that_whole_day(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _, before = _diff(tmp_path, capsys, "--from", NOON, "--to", "2020-01-10T17:59")
    _, after = _diff(tmp_path, capsys, "--from", NOON, "--to", "2020-01-10T18:00")
    assert "Ministry" not in before
    assert "revised    Ministry, civilians: killed 12 -> 63" in after


def test_diff_from_alone_runs_to_the_whole_file(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _diff(tmp_path, capsys, "--from", "2020-01-09")
    assert code == 1
    assert out.splitlines() == ["Casualty claims",
                                "  revised    Ministry, civilians: killed 12 -> 63",
                                "Disputes",
                                "  changed    civilians, killed: 40 vs 12 -> 63 vs 40",
                                "Timeline",
                                "  added      2020-01-10 Aftermath"]


def test_diff_of_one_moment_with_itself_is_no_change(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert _diff(tmp_path, capsys, "--from", NOON, "--to", NOON) == (0, "no changes\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2020-01-10", "--to", "2020-01-09"], "--from 2020-01-10 is after --to"),
    (["--to", "2020-01-09"], "--to goes with --from WHEN"),
    (["--from", "soon"], "--from: 'soon' is not a date or time"),
    (["--from", "2020-01-08", "--to", "2020-01-32"], "--to: '2020-01-32' is no real date"),
    (["other.yaml", "--from", "2020-01-08"], "give one file, not two"),
    ([], "diff needs OLD and NEW, or one FILE with --from WHEN"),
])
def test_diff_moments_refuse_bad_input_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        message: str) -> None:
    code, out = _diff(tmp_path, capsys, *args)
    assert code == 2
    assert out.startswith("briefing: ") and message in out
    assert out.count("\n") == 1
