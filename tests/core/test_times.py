"""Times with offsets and the briefing's `timezone` (format revision 3):
everything ordered by time is ordered by the instant, in the model, the
exports and the diff, while times are shown as written."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.export.data import to_csv, to_json
from tui.core.export.markdown import to_markdown
from tui.core.format.errors import BriefingError
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing, when_sort_key
from tui.core.story.diff import diff_briefings, diff_text

HEAD = "format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"

# 23:00 in Baghdad (+03:00) is 20:00 UTC: two hours before 22:00Z, though
# its clock time is later.
TIMELINE = """timeline:
  - when: 2020-01-08T22:00Z
    event: at ten UTC
  - when: 2020-01-08T23:00+03:00
    event: at eight UTC
"""


def briefing(body: str, timezone: str | None = None) -> Briefing:
    zone = f"timezone: {timezone}\n" if timezone else ""
    return parse_briefing(HEAD + zone + body, "t.yaml")


def events(b: Briefing) -> list[str]:
    return [e.event for e in b.timeline_in_order]


def test_the_timeline_is_ordered_by_instant_not_clock_time() -> None:
    assert events(briefing(TIMELINE)) == ["at eight UTC", "at ten UTC"]


@pytest.mark.parametrize(("timezone", "expected"), [
    (None, ["seven UTC", "eight UTC", "naive 21:00"]),  # read as 21:00 UTC
    ("UTC", ["seven UTC", "eight UTC", "naive 21:00"]),
    ("Asia/Baghdad", ["naive 21:00", "seven UTC", "eight UTC"]),  # 21:00+03:00 is 18:00 UTC
])
def test_a_time_without_offset_is_read_in_the_briefings_timezone(
        timezone: str | None, expected: list[str]) -> None:
    b = briefing("""timeline:
  - {when: 2020-01-08T21:00, event: naive 21:00}
  - {when: 2020-01-08T19:00Z, event: seven UTC}
  - {when: 2020-01-08T20:00Z, event: eight UTC}
""", timezone)
    assert events(b) == expected


@pytest.mark.parametrize(("timezone", "expected"), [
    (None, ["late evening UTC", "the next day"]),
    ("Asia/Tokyo", ["the next day", "late evening UTC"]),  # 2020-01-09 starts at 15:00 UTC
    ("America/New_York", ["late evening UTC", "the next day"]),
])
def test_a_date_is_the_start_of_its_day_in_the_briefings_timezone(
        timezone: str | None, expected: list[str]) -> None:
    b = briefing("""timeline:
  - {when: 2020-01-08T22:30Z, event: late evening UTC}
  - {when: 2020-01-09, event: the next day}
""", timezone)
    assert events(b) == expected


def test_a_date_sorts_before_a_time_at_the_same_instant_and_ties_keep_file_order() -> None:
    b = briefing("""timeline:
  - {when: 2020-01-08T00:00Z, event: midnight}
  - {when: 2020-01-08, event: the day}
  - {when: 2020-01-08T03:00+03:00, event: midnight in Baghdad}
""")
    assert events(b) == ["the day", "midnight", "midnight in Baghdad"]


def test_the_sort_key_holds_the_first_and_last_days_a_date_can_name() -> None:
    """Converting these to UTC would leave the years a datetime holds."""
    from zoneinfo import ZoneInfo

    tokyo, new_york = ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York")
    assert when_sort_key(date(1, 1, 1), tokyo) < when_sort_key(date(1, 1, 2), tokyo)
    assert when_sort_key(datetime.fromisoformat("9999-12-31T23:00-05:00"), new_york) > \
        when_sort_key(datetime.fromisoformat("9999-12-31T23:30+00:00"), new_york)


CLAIMS = """casualty_claims:
  - {claimant: Ministry, affected: civilians, killed: 63, said: "2020-01-08T22:00Z"}
  - {claimant: Ministry, affected: civilians, killed: 12, said: "2020-01-08T23:00+03:00"}
  - {claimant: Red Cross, affected: civilians, killed: 63}
figures:
  - {what: missiles, claimant: Army, value: 22, said: "2020-01-08T22:00Z"}
  - {what: missiles, claimant: Army, value: 15, said: "2020-01-08T23:00+03:00"}
"""


def test_the_current_claim_is_the_latest_instant() -> None:
    b = briefing(CLAIMS)
    ministry = b.claim_history(b.casualty_claims[0])
    assert [c.killed.text for c in ministry] == ["12", "63"]  # type: ignore[union-attr]
    assert [c.killed.text for c in b.current_claims] == ["63", "63"]  # type: ignore[union-attr]
    assert [f.value.text for f in b.current_figures] == ["22"]
    assert b.disputes == ()  # 12 is history, not a side against the Red Cross's 63


def test_a_naive_said_is_read_in_the_timezone_for_revisions() -> None:
    body = """casualty_claims:
  - {claimant: A, affected: x, killed: 1, said: 2020-01-08T21:00}
  - {claimant: A, affected: x, killed: 2, said: "2020-01-08T20:00Z"}
"""
    assert briefing(body).current_claims[0].killed.text == "1"  # type: ignore[union-attr]
    # In Baghdad 21:00 is 18:00 UTC: the 20:00Z claim is the later one.
    assert briefing(body, "Asia/Baghdad").current_claims[0].killed.text == "2"  # type: ignore[union-attr]


def test_markdown_orders_by_instant_and_shows_times_as_written() -> None:
    text = to_markdown(briefing(TIMELINE + CLAIMS))
    timeline = text.split("## Timeline", 1)[1]
    assert timeline.index("2020-01-08 23:00+03:00: at eight UTC") < timeline.index(
        "2020-01-08 22:00+00:00: at ten UTC")
    assert "was 12 at 23:00+03:00" in text  # the current 63 is at 22:00Z: offset shown


def test_json_orders_by_instant_marks_the_current_claim_and_names_the_zone() -> None:
    data = json.loads(to_json(briefing(TIMELINE + CLAIMS, "Asia/Baghdad")))
    assert [e["when"] for e in data["timeline"]] == ["2020-01-08T23:00+03:00",
                                                     "2020-01-08T22:00+00:00"]
    assert [(c["killed"]["text"], c["current"]) for c in data["casualty_claims"]] == [
        ("63", True), ("12", False), ("63", True)]
    assert [(f["value"]["text"], f["current"]) for f in data["figures"]] == [
        ("22", True), ("15", False)]
    assert data["disputes"] == []
    assert data["timezone"] == "Asia/Baghdad"
    assert json.loads(to_json(briefing(TIMELINE)))["timezone"] is None


def test_csv_marks_the_latest_instant_current() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(briefing(CLAIMS)))))
    assert [(r["killed_min"], r["current"]) for r in rows] == [
        ("63", "true"), ("12", "false"), ("63", "true")]
    assert [r["disputed"] for r in rows] == ["false", "false", "false"]


def test_diff_sees_an_earlier_instant_as_history_not_a_revision() -> None:
    old = briefing("""casualty_claims:
  - {claimant: Ministry, affected: civilians, killed: 63, said: "2020-01-08T22:00Z"}
  - {claimant: Red Cross, affected: civilians, killed: 63}
""")
    new = briefing(CLAIMS.split("figures:")[0])
    assert [c for c in diff_briefings(old, new) if c.section == "Casualty claims"] == []


def test_diff_lists_timeline_entries_by_instant_and_a_changed_zone() -> None:
    old = briefing("timeline:\n  - {when: 2020-01-01, event: start}\n")
    new = briefing(TIMELINE + "  - {when: 2020-01-01, event: start}\n", "Asia/Baghdad")
    assert diff_text(diff_briefings(old, new)).splitlines() == [
        "Briefing",
        "  changed    timezone: none -> Asia/Baghdad",
        "Timeline",
        "  added      2020-01-08 23:00+03:00 at eight UTC",
        "  added      2020-01-08 22:00+00:00 at ten UTC",
    ]


def test_an_unknown_timezone_is_a_located_error_with_a_suggestion(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zone.yaml"
    path.write_text(HEAD + "timezone: Asia/Bagdad\n" + TIMELINE, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert (f"{path}:5:11: timezone: unknown time zone 'Asia/Bagdad'; "
            "did you mean 'Asia/Baghdad'?") in out.splitlines()
    assert "Traceback" not in out


def test_a_machines_own_zone_is_no_briefings_zone() -> None:
    """`localtime` would read the same file differently on each machine."""
    with pytest.raises(BriefingError) as info:
        briefing(TIMELINE, "localtime")
    assert [e.message for e in info.value.errors] == [
        "unknown time zone 'localtime'; write an IANA name such as Asia/Baghdad or "
        "Europe/London, or UTC"]


def test_without_a_time_zone_database_utc_still_works_and_others_say_why(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.core.format import when

    monkeypatch.setattr(when, "known_zones", lambda: frozenset({"UTC"}))
    assert events(briefing(TIMELINE, "UTC")) == ["at eight UTC", "at ten UTC"]
    with pytest.raises(BriefingError) as info:
        briefing(TIMELINE, "Asia/Baghdad")
    assert [e.message for e in info.value.errors] == [
        "unknown time zone 'Asia/Baghdad': this system has no time zone database; "
        "install the tzdata package (pip install tzdata)"]
