"""One timeline (core.story.timeline): timeline entries merged with every
dated claim, revision, figure, quote and reaction, by instant, marked by
kind and filterable by kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple, cast

import pytest

from tests.core.story_fixtures import story
from tui.core.format.model import Reaction
from tui.core.story.as_of import as_of, moments
from tui.core.story.timeline import FILTERS, filtered, merged_timeline

ALL = [
    ("figure", "Iran: missiles fired 15"),
    ("event", "Strike"),
    ("claim", "Ministry: civilians, killed 12"),
    ("quote", "A: “Early words”"),
    ("figure", "Iraq: missiles fired 22"),
    ("claim", "Red Cross: civilians, killed 35"),
    ("claim", "Red Cross: civilians, killed 40"),
    ("figure", "Iran: missiles fired 22"),
    ("event", "Aftermath"),
    ("claim", "Ministry: civilians, killed 63"),
]


def test_everything_dated_by_instant_undated_left_out(tmp_path: Path) -> None:
    """Offsets count (35 at 23:30+03:00 before 40 at 21:00Z); at one instant
    the kinds keep the order events, claims, figures, quotes, reactions; the
    undated quote and claim have no place in time."""
    entries = merged_timeline(story(tmp_path))
    assert [(e.kind, e.text) for e in entries] == ALL


def test_revisions_are_marked_not_current(tmp_path: Path) -> None:
    entries = merged_timeline(story(tmp_path), ["claim", "figure"])
    assert [(e.text.split(":")[0], str(e.current)) for e in entries] == [
        ("Iran", "False"), ("Ministry", "False"), ("Iraq", "True"), ("Red Cross", "False"),
        ("Red Cross", "True"), ("Iran", "True"), ("Ministry", "True")]


@pytest.mark.parametrize(("name", "kinds"), [
    ("all", {"event", "claim", "figure", "quote"}),
    ("events", {"event"}),
    ("claims", {"claim", "figure"}),
    ("quotes", {"quote"}),
    ("reactions", set()),
])
def test_filters(tmp_path: Path, name: str, kinds: set[str]) -> None:
    b = story(tmp_path)
    entries = filtered(b, name)
    assert {e.kind for e in entries} == kinds
    assert entries == [e for e in merged_timeline(b) if e.kind in FILTERS[name]]


def test_list_of_filters_in_cycle_order() -> None:
    assert list(FILTERS) == ["all", "events", "claims", "quotes", "reactions"]


def test_dated_reactions_join_once_they_have_said(tmp_path: Path) -> None:
    """Format revision 3 gives reactions `said`; an undated one is left out."""

    class Dated(NamedTuple):
        summary: str
        said: date | None
        stance: str | None = "condemns"

        @property
        def who(self) -> str:
            return "France"

    b = story(tmp_path)._replace(reactions=cast(tuple[Reaction, ...], (
        Dated("Condemned it", date(2020, 1, 9)), Dated("Later", None))))
    entries = filtered(b, "reactions")
    assert [(e.kind, e.text) for e in entries] == [("reaction", "France (condemns): Condemned it")]
    # 9 Jan starts in Baghdad at 21:00Z on the 8th: with the Red Cross's 40, a
    # bare date before a time.
    assert [e.kind for e in merged_timeline(b)].index("reaction") == 6


def test_text_is_one_plain_line(tmp_path: Path) -> None:
    b = story(tmp_path)
    b = b._replace(quotes=(b.quotes[1]._replace(text="[b]two[/b]\nlines\x1b[31m"),))
    (quote,) = filtered(b, "quotes")
    assert quote.text == "A: “[b]two[/b] lines[31m”"


def test_as_of_a_moment_the_timeline_stops_there(tmp_path: Path) -> None:
    b = story(tmp_path)
    then = as_of(b, moments(b)[3])
    assert [(e.kind, e.text) for e in merged_timeline(then)] == ALL[:5]
