"""Defects the sixth held-out round showed, each with sentences written for
these tests (none from any corpus): an office named by its portfolio, the
injured counted as "N more" beside the dead, a toll restated as the same
figures, a group read as "of people", a statement as a speaker."""

from __future__ import annotations

from tests.core.draft_helpers import claims
from tui.core.draft.names import subject_before


def test_an_office_named_by_its_portfolio_is_the_claimant() -> None:
    assert subject_before("The toll rose to 40, the minister of health said") == \
        "minister of health"
    assert subject_before("the director of public works and transport said") == \
        "director of public works and transport"
    found = claims("The toll climbed to 61 from 45, the minister of water said on Monday.")
    assert {c[0] for c in found} == {"minister of water"}


def test_injured_counted_as_more_beside_the_dead_are_others() -> None:
    found = claims("A police officer says the storm killed 21 people and injured 9 more.")
    assert [(c[2], c[3]) for c in found] == [(21, 9)]


def test_more_alone_is_still_an_increment() -> None:
    found = claims("Police said 12 people had died. Rescuers found 3 more bodies on Tuesday.")
    assert 3 not in [c[2] for c in found]


def test_a_toll_restated_with_the_same_figures_is_one_claim() -> None:
    found = claims("Clashes at the depot killed 7 guards, the company said. Two guards died "
                   "in hospital, bringing the toll to 7, the company said.")
    assert [(c[0], c[2]) for c in found] == [("company", 7)]


def test_a_toll_that_returns_to_an_earlier_figure_is_kept() -> None:
    found = claims("The agency said 5 people had died. It later said 8. On Friday the agency "
                   "said the toll was 5, not 8.")
    assert [c[2] for c in found].count(5) == 2


def test_dozens_of_people_are_people_not_of_people() -> None:
    found = claims("Officials say dozens of people have died in a hailstorm.")
    assert [c[1] for c in found] == ["people"]


def test_a_statement_that_carries_words_is_never_their_speaker() -> None:
    from tui.core.draft import draft_briefing

    text = ("Storm hits town\n\nNORVALE, May 2, 2025 (Reuters) - Lightning struck a school.\n\n"
            "President Ana Ruiz expressed \"deep grief over the loss of so many pupils\", a "
            "statement from her office said on Sunday.\n")
    assert [str(q["speaker"].value) for q in draft_briefing(text).quotes] == ["Ana Ruiz"]
