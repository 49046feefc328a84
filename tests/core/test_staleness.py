"""Stale against fresh (core.staleness): each side of a dispute carries its
`said`, a side older than the newest by more than a day is stale, and the
Markdown export's dispute lines say so."""

from __future__ import annotations

from pathlib import Path

from tests.core.story_fixtures import story
from tui.core.export.markdown import to_markdown
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing
from tui.core.story.as_of import as_of, moments
from tui.core.story.staleness import dated_versus, dispute_sides

HEAD = "format: 1\ntitle: t\ndate: 2014-08-05\nsummary: s\n"


def briefing(body: str) -> Briefing:
    return parse_briefing(HEAD + body, "s.yaml")


EBOLA = briefing("""casualty_claims:
  - {claimant: Health ministry, affected: Sierra Leone, killed: 78, said: 2014-08-05}
  - {claimant: WHO, affected: Sierra Leone, killed: 171, said: 2014-08-30}
""")


def test_the_older_side_is_stale() -> None:
    (dispute,) = EBOLA.disputes
    sides = dispute_sides(EBOLA, dispute)
    assert [(s.claimant, str(s.value), s.said.isoformat() if s.said else None, s.stale)
            for s in sides] == [("Health ministry", "78", "2014-08-05", True),
                                ("WHO", "171", "2014-08-30", False)]
    assert dated_versus(sides) == "78 (5 Aug, stale) vs 171 (30 Aug)"


def test_markdown_dispute_line_marks_the_stale_side() -> None:
    assert ("- **Disputed** — Sierra Leone, killed: 78 (5 Aug, stale) vs 171 (30 Aug) "
            "(Health ministry: 78; WHO: 171)") in to_markdown(EBOLA)


def test_a_day_apart_is_not_yet_stale() -> None:
    b = briefing("""casualty_claims:
  - {claimant: A, affected: x, killed: 1, said: 2014-08-05T10:00}
  - {claimant: B, affected: x, killed: 5, said: 2014-08-06T10:00}
  - {claimant: C, affected: y, killed: 1, said: 2014-08-05T10:00}
  - {claimant: D, affected: y, killed: 5, said: 2014-08-06T10:01}
""")
    x, y = b.disputes
    assert [s.stale for s in dispute_sides(b, x)] == [False, False]
    assert [s.stale for s in dispute_sides(b, y)] == [True, False]
    assert dated_versus(dispute_sides(b, y), b.zone) == "1 (5 Aug, stale) vs 5 (6 Aug)"


def test_offsets_count_when_judging_staleness() -> None:
    """23:30+03:00 on the 6th is 20:30Z: 22h30 after 22:00Z on the 5th, not stale."""
    b = briefing("""casualty_claims:
  - {claimant: A, affected: x, killed: 1, said: "2014-08-05T22:00Z"}
  - {claimant: B, affected: x, killed: 5, said: "2014-08-06T23:30+03:00"}
""")
    assert [s.stale for s in dispute_sides(b, b.disputes[0])] == [False, False]


def test_an_undated_side_is_never_stale_and_shows_bare() -> None:
    b = briefing("""casualty_claims:
  - {claimant: A, affected: x, killed: 1}
  - {claimant: B, affected: x, killed: 5, said: 2014-08-30}
  - {claimant: C, affected: x, killed: 9}
""")
    sides = dispute_sides(b, b.disputes[0])
    assert [(s.said, s.stale) for s in sides][::2] == [(None, False), (None, False)]
    assert dated_versus(sides) == "1 vs 5 (30 Aug) vs 9"


def test_no_dates_keeps_the_plain_versus() -> None:
    b = briefing("""casualty_claims:
  - {claimant: A, affected: x, killed: 80}
  - {claimant: B, affected: x, killed: 0}
""")
    assert dated_versus(dispute_sides(b, b.disputes[0])) == b.disputes[0].versus == "80 vs 0"


def test_one_count_said_twice_is_stale_only_when_every_saying_is() -> None:
    b = briefing("""casualty_claims:
  - {claimant: A, affected: x, killed: 5, said: 2014-08-01}
  - {claimant: B, affected: x, killed: 5, said: 2014-08-20}
  - {claimant: C, affected: x, killed: 9, said: 2014-08-20}
""")
    sides = dispute_sides(b, b.disputes[0])
    assert [s.stale for s in sides] == [True, False, False]
    assert dated_versus(sides) == "5 (20 Aug) vs 9 (20 Aug)"


def test_figures_sides_are_dated_too() -> None:
    b = briefing("""figures:
  - {what: missiles fired, claimant: Iran, value: 15, said: 2014-08-01}
  - {what: missiles fired, claimant: Iraq, value: 22, said: 2014-08-09}
""")
    assert dated_versus(dispute_sides(b, b.disputes[0])) == "15 (1 Aug, stale) vs 22 (9 Aug)"


def test_sides_as_of_a_moment_are_those_current_then(tmp_path: Path) -> None:
    """Within the first day the story's sides are times apart, not stale; by
    its last moment the Red Cross's 40 is two days behind the ministry's 63."""
    b = story(tmp_path)
    found = moments(b)
    sixth = as_of(b, found[5])
    (claims, _) = sixth.disputes
    assert dated_versus(dispute_sides(sixth, claims), sixth.zone) == \
        "40 (8 Jan 21:00 UTC) vs 12 (8 Jan 09:00)"
    (latest,) = b.disputes
    assert [(s.claimant, s.stale) for s in dispute_sides(b, latest)] == [
        ("Ministry", False), ("Red Cross", True)]
    assert dated_versus(dispute_sides(b, latest), b.zone) == "63 (10 Jan) vs 40 (8 Jan, stale)"
