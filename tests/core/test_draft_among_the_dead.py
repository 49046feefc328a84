"""Some of the dead told apart ("Nine children were among the dead") beside a
toll of them all are a part of that toll, not a toll of their own; a state's
citizens among the dead are that state's claim about them."""

from __future__ import annotations

from tests.core.draft_helpers import claims


def test_some_of_the_dead_beside_the_toll_are_no_toll_of_their_own() -> None:
    assert claims("Police said 23 people were killed in the storm. Nine children were among "
                  "the dead.") == [("Police", "people", 23, None)]


def test_alone_they_are_the_articles_only_figure_and_stay() -> None:
    assert [c[2] for c in claims("Nine children were among the dead, police said.")] == [9]


def test_a_states_citizens_among_the_dead_are_its_claim() -> None:
    found = claims("Police said 23 people were killed in the storm. Argentina said two of its "
                   "citizens were among the dead.")
    assert [c[2] for c in found] == [23, 2]
