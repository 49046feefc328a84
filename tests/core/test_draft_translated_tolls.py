"""A report translated from another language words its tolls in that
language's way: "3 persons had deceased and 6 persons were traumatised",
"the number of deceased persons has reached 5", "passed away"."""

from __future__ import annotations

from tests.core.draft_helpers import claims


def test_deceased_as_a_verb_and_traumatised_for_injured() -> None:
    assert claims("In its first communiqué, IGSU informed that 3 persons had deceased and 6 "
                  "persons were traumatised and transported to the hospital.") \
        == [("IGSU", "persons", 3, 6)]


def test_the_number_of_deceased_persons_has_reached() -> None:
    assert claims("The Inspectorate said the number of deceased persons has reached 5.")[0][2] \
        == 5


def test_passed_away_is_a_death() -> None:
    assert claims("Two workers passed away in hospital, police said.") \
        == [("police", "workers", 2, None)]


def test_the_wounded_who_passed_away_are_no_place_of_their_own() -> None:
    found = claims("The Directorate said the fire took the lives of 21 persons, and that two "
                   "of the wounded later passed away in the Mosul teaching hospital.")
    assert [c[2] for c in found] == [21]


def test_a_part_the_number_includes_is_no_toll() -> None:
    found = claims("The Ministry of Health said the number of deceased is 11 persons. It "
                   "includes in this number 2 citizens who lost their lives in a road "
                   "accident.")
    assert [c[2] for c in found] == [11]
