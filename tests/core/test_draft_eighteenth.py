"""Rules of the eighteenth round's session, for one article: those who came
to help are a group of their own."""

from __future__ import annotations

from tests.core.draft_helpers import claims


def test_injured_helpers_in_a_clause_of_their_own_are_their_own_group() -> None:
    assert claims("The fire service now confirms nine dead, all of them residents of the "
                  "area, and says three firefighters have been injured.") == [
        ("fire service", "people", 9, None), ("fire service", "firefighters", None, 3)]
    assert claims("The blaze killed four people and injured two rescuers, police said.") == [
        ("police", "people", 4, None), ("police", "rescuers", None, 2)]


def test_helpers_among_the_injured_stay_part_of_the_toll() -> None:
    # (a breakdown of the injured, not a group beside the dead)
    got = claims("Eleven people died and 40 were hurt; two firefighters are among the injured, "
                 "police said.")
    assert ("police", "firefighters", None, 2) not in got


def test_soldiers_killed_and_wounded_are_one_group() -> None:
    assert claims("Five soldiers were killed and 13 others suffered wounds, the army said.") \
        == [("army", "soldiers", 5, 13)]
