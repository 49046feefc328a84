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


def test_a_rivals_figure_after_although_is_the_rivals() -> None:
    assert claims("The number of dead rose to seven on Monday, the national guard said, "
                  "although the civil protection authority kept its count at six.") == [
        ("national guard", "people", 7, None), ("civil protection authority", "people", 6, None)]
    assert claims("Police said 12 people were killed, though the hospital put the toll "
                  "at 15.") == [("Police", "people", 12, None), ("hospital", "people", 15, None)]


def test_a_bodys_kind_after_its_short_form_is_not_its_name() -> None:
    assert claims("Seven people died, the Republican National Guard (GNR) police force "
                  "said.") == [("Republican National Guard", "people", 7, None)]


def test_how_badly_people_were_hurt_is_not_whose_injuries() -> None:
    assert claims("- Slightly injured: 9") == [("Unknown", "people", None, 9)]
    assert claims("- Guests: 12 dead; 21 injured") == [("Unknown", "guests", 12, 21)]
