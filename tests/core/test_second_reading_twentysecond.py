"""The misreadings a second reader found in the general readings of tolls and
claimants (report in the session notes): each wording is drafted and must read
as a careful editor would draft it."""

from __future__ import annotations

import pytest

from tests.core.draft_helpers import claims
from tui.core.draft import draft_briefing


def _lead(sentence: str) -> list[tuple[str, object, object]]:
    """(claimant, killed, injured) of a story whose lead, after its dateline, is
    the sentence."""
    out = []
    for c in draft_briefing("Headline\n\nNORVALE, March 3, 2024 (Reuters) - " + sentence
                            + "\n").casualty_claims:
        killed, injured = c.get("killed"), c.get("injured")
        out.append((str(c["claimant"].value), killed and killed.value,
                    injured and injured.value))
    return out


@pytest.mark.parametrize(("sentence", "killed"), [
    ("A pile-up on Highway 8 killed three people on Monday, police said.", 3),
    ("A fire in intensive care unit 2 killed 10 patients, the health ministry said.", 10),
    ("The earthquakes of February 6 killed more than 50,000 people, AFAD said.", "50000+"),
    ("An aftershock of magnitude 5 killed one person in Malatya, AFAD said.", 1),
    ("Temperatures of 45 killed at least 20 people in Sindh, officials said.", "20+"),
])
def test_a_number_in_a_name_or_a_date_is_no_toll(sentence: str, killed: object) -> None:
    assert [c[1] for c in _lead(sentence)] == [killed]


@pytest.mark.parametrize("sentence", [
    "Another 12 passengers were not hurt, a police commander said.",
    "About 2,000 residents narrowly escaped being killed, it said.",
    "The vessel carried 60 passengers without life jackets, the river authority said.",
    "Some 150 soldiers helped evacuate the injured, an army spokesman said.",
    "Japan sent 20 doctors providing medical assistance, the embassy said.",
    "The missing count stood at 14 on Monday, it said.",
    "The vote count stood at 40 of 44 wards by midnight, the electoral commission said.",
    "The damage tally stood at 400 houses, the disaster office said.",
    "The air force's tally was 30 drones shot down overnight.",
    "Doctors are treating 40 patients a day, it said.",
    "The new field hospital is capable of treating 500 patients, the Red Cross said.",
    "Police are treating 3 people as suspects.",
])
def test_no_toll_is_read_where_there_is_none(sentence: str) -> None:
    assert _lead(sentence) == []


def test_a_count_of_the_rescued_leaves_the_dead_to_the_toll() -> None:
    assert _lead("By evening the count stood at 200 rescued and 14 dead, AFAD said.") == [
        ("AFAD", 14, None)]


def test_an_against_after_the_injured_is_the_injureds_earlier_figure() -> None:
    assert _lead("Two people died and 58 were injured in the blast, against 41 in its first "
                 "report, the ministry said.") == [("ministry", None, 41), ("ministry", 2, 58)]


def test_a_rivals_report_and_another_attack_give_no_earlier_figure() -> None:
    assert _lead("Local activists counted 135 dead, against 56 in the official report.") == [
        ("Local activists", 135, None)]
    assert _lead("Russian strikes on Kharkiv injured 45 people, up from 30 in the attack on "
                 "Odesa the day before, officials said.") == [("officials", None, 45)]


@pytest.mark.parametrize("sentence", [
    "By Saturday, Hurricane Otis's toll stood at 45 dead.",
    "Derna's toll rose to 4,000 dead by Wednesday.",
    "Hurricane Beryl has pushed the toll to 11 across the Caribbean.",
    "Israel denies that 40 civilians were killed, saying it targeted militants.",
    "Rumours circulated that over 100 people had died.",
    "The Pope prayed that the 200 dead rest in peace.",
    "Spain mourned the toll of 200 with three days of national mourning.",
    "The storm killed 4 people on Tuesday and is expected to strike Luzon on Wednesday, "
    "warned the Philippine Atmospheric Services Administration.",
])
def test_a_place_a_storm_or_a_denial_is_no_claimant(sentence: str) -> None:
    assert [c[0] for c in _lead(sentence)] == ["Unknown"]


def test_the_family_of_five_is_how_many_died() -> None:
    assert [c[2] for c in claims("The family of five died when their house collapsed in "
                                 "heavy rain, a police spokesman said.")] == [5]


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("A regional commissioner in Tanzania put the toll from the landslides at 63.",
     "regional commissioner"),
    ("Authorities in Hawaii have adjusted the number of deaths down to 97.", "Authorities"),
    ("The Ministry of the Interior communicates that 3 persons lost their lives in the "
     "avalanche.", "Ministry of the Interior"),
    ("The Libyan Red Crescent gave the first official figures on Tuesday: 2,084 dead.",
     "Libyan Red Crescent"),
    ("By Sunday the Red Cross's tally was 14.", "Red Cross"),
])
def test_the_general_claimant_readings_work_in_the_lead(sentence: str, claimant: str) -> None:
    assert [c[0] for c in _lead(sentence)] == [claimant]


def test_a_sum_over_two_fires_is_no_toll() -> None:
    assert _lead("In two separate fires, 4 persons without life were found, the cantonal "
                 "police said.") == []
