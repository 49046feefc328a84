"""Counts in the wordings the twenty-third stories gave: an adverb before
"been", and two groups that share one verb with an aside between them."""

from __future__ import annotations

import pytest

from tui.core.draft.pipeline import draft_briefing

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def _claims(sentence: str) -> list[tuple[str, str, str]]:
    return [(str(c["claimant"].value), str(c["affected"].value), str(c["killed"].value))
            for c in draft_briefing(HEAD + sentence + "\n").casualty_claims if "killed" in c]


@pytest.mark.parametrize("sentence", [
    "Police say seven residents have so far been confirmed dead.",
    "Police say seven residents have thus far been confirmed dead.",
    "Police said seven residents had already been killed.",
])
def test_an_adverb_before_been_keeps_the_count(sentence: str) -> None:
    assert _claims(sentence) == [("Police", "residents", "7")]


def test_two_groups_with_an_aside_and_a_clause_share_the_verb() -> None:
    found = _claims("Police say seven residents of Kabwelume, among them three children, and "
                    "two waste pickers whose bodies were dug out of the dump have so far been "
                    "confirmed dead.")
    assert [(c, k) for c, _, k in found] == [("Police", "7"), ("Police", "2")]
    assert found[0][1] == "residents of Kabwelume" and "waste pickers" in found[1][1]


def test_two_groups_confirmed_dead_name_each_group_alone() -> None:
    assert _claims("Police say seven residents and two waste pickers have been confirmed "
                   "dead.") == [("Police", "residents", "7"), ("Police", "waste pickers", "2")]
