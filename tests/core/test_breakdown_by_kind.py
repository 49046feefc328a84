"""A toll broken down by people or country ("137 victims were Han, while 46
were Uighurs", "one from Ecuador, 12 from El Salvador"): each part a group
of its own, so that no part is read as a revision or a dispute of another."""

from __future__ import annotations

import pytest

from tui.core.draft.pipeline import draft_briefing

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(str(c["claimant"].value), str(c["affected"].value), str(c["killed"].value))
            for c in draft_briefing(HEAD + text + "\n").casualty_claims if "killed" in c]


def test_parts_by_people_are_groups_of_their_own() -> None:
    assert _claims("Police said 137 victims were Han, while 46 were Uighurs and one was a "
                   "Hui.") == [("Police", "people who were Han", "137"),
                               ("Police", "people who were Uighurs", "46"),
                               ("Police", "people who were Hui", "1")]


def test_the_parts_after_a_total_go_on_from_its_claimant() -> None:
    found = _claims("Police said 184 people were killed. Of the dead, 137 were Han, 46 were "
                    "Uighurs and one was a Hui.")
    assert found[0] == ("Police", "people", "184")
    assert [(g, k) for _, g, k in found[1:]] == [("people who were Han", "137"),
                                                 ("people who were Uighurs", "46"),
                                                 ("people who were Hui", "1")]


def test_parts_by_country_of_origin() -> None:
    found = _claims("The ministry said the dead included one person from Colombia, one from "
                    "Ecuador, 12 from El Salvador and 28 from Guatemala.")
    assert [(g, k) for _, g, k in found] == [("people from Colombia", "1"),
                                             ("people from Ecuador", "1"),
                                             ("people from El Salvador", "12"),
                                             ("people from Guatemala", "28")]


def test_a_first_part_with_its_own_noun_keeps_it() -> None:
    found = _claims("Minister Gabriel Akol said 16 of the dead were South Sudanese oil "
                    "workers, two were Chinese nationals and two were Ugandan crew members.")
    assert found[0][1:] == ("South Sudanese oil workers among the dead", "16")
    assert [g for _, g, _ in found[1:]] == ["people who were Chinese", "people who were Ugandan"]


@pytest.mark.parametrize("text", [
    "Police said 12 victims were taken to hospital on Monday.",
    "Police said four victims were Monday's and two were Tuesday's.",
])
def test_one_part_or_a_time_is_no_breakdown(text: str) -> None:
    assert all("who were" not in g for _, g, _ in _claims(text))
