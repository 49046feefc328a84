"""Two bodies' figures in one sentence ("..., while police kept their count at
three"), a body named with its number ("Rescue 1122"), a figure set before what
it counts ("raised to five the number of firefighters killed"), and an agency's
dateline as Spanish copy punctuates it."""

from __future__ import annotations

from tests.core.draft_helpers import claims
from tests.core.several_helpers import base_with, report
from tests.core.several_helpers import claims as merged_claims
from tui.core.story.update import update_text


def test_a_body_named_with_its_number_is_the_claimant_not_a_count() -> None:
    assert claims("Rescue 1122 said three people died.") == [("Rescue 1122", "people", 3, None)]
    assert claims("Three people died, Rescue 1122 said on Sunday.")[0][0] == "Rescue 1122"
    # a date is no body's number
    assert claims("In March 2024 officials said three people died.")[0][0] == "officials"


def test_kept_their_count_at_is_the_second_bodys_own_figure() -> None:
    assert claims("The South Moravian ambulance service said on Monday that four people had "
                  "died in the storm, while police kept their count at three.") == [
        ("South Moravian ambulance service", "people", 4, None), ("police", "people", 3, None)]


def test_a_later_clause_of_a_body_described_counts_the_first_clauses_group() -> None:
    assert claims("Malik Rahman Gul, a village elder, said 21 civilians were killed in the "
                  "raid, while a provincial official put the figure at 22.") == [
        ("Malik Rahman Gul", "civilians", 21, None),
        ("provincial official", "civilians", 22, None)]


def test_raised_to_n_the_number_is_its_subjects_figure() -> None:
    assert claims("Cuba's Interior Ministry (MININT) on Wednesday raised to five the number of "
                  "firefighters killed in the fire, while the Ministry of Public Health "
                  "(Minsap) kept its count at four.") == [
        ("Cuba's Interior Ministry", "firefighters", 5, None),
        ("Ministry of Public Health", "firefighters", 4, None)]


def test_an_agency_dateline_with_a_point_and_a_dash_opens_no_subject() -> None:
    assert claims("Havana, Aug 12 (EFE).- Cuba's Interior Ministry said five people died.") \
        == [("Cuba's Interior Ministry", "people", 5, None)]


def test_an_injured_count_of_another_named_body_does_not_fill_in_the_last_toll() -> None:
    r = report("Depot fire\n\nHavana, Aug 12 (EFE).- The Interior Ministry said five "
               "firefighters were killed in the fire.\n\nThe Ministry of Public Health "
               "lowered the number of injured to 104.\n", "2026-08-12T15:30:00-04:00")
    new = update_text(base_with(("Interior Ministry", "firefighters", 3),
                                ("Ministry of Public Health", "firefighters", 4)), [r]).new
    assert ("Interior Ministry", "firefighters", "5", None) in merged_claims(new)


def test_a_verb_of_a_clause_of_when_is_not_the_subjects() -> None:
    # ("after relatives of two passengers told authorities": when, not who spoke)
    assert claims("Agency spokesman Rodolfo Ixcoy said seven people died, after relatives "
                  "of two passengers told authorities they had not boarded the bus.")[0][0] \
        == "Rodolfo Ixcoy"


def test_they_after_a_sentence_about_a_plural_body_is_that_body() -> None:
    assert claims("Municipal firefighters, who also worked at the scene, gave a higher toll. "
                  "They told the state news agency that they had recovered eight bodies.") \
        == [("Municipal firefighters", "people", 8, None)]
    # (not a body's chief named with it: "Civil police chief Rodrigo Oliveira")
    assert claims("Civil police chief Rodrigo Oliveira defended the raid. He said three "
                  "officers had been wounded.")[0][0] != "Civil police"


def test_a_corps_named_without_its_noun_or_with_its_own_languages_name_is_the_corps() -> None:
    # ("The Volunteer Firefighters (Bomberos Voluntarios)": the Volunteer Firefighters
    # Corps the briefing knows, not a new body, nor the municipal corps)
    r = report("Sinkhole\n\nGUATEMALA CITY, June 16 (Reuters) - The Volunteer Firefighters "
               "(Bomberos Voluntarios), the first rescuers on the scene, said their own count "
               "of people pulled from the hole was seven dead and 15 injured.\n",
               "2026-06-16T17:05:00-06:00")
    new = update_text(base_with(("Volunteer Firefighters Corps", "people", 3),
                                ("Municipal Firefighters Corps", "people", 8)), [r]).new
    assert merged_claims(new)[2:] == [("Volunteer Firefighters Corps", "people", "7", "15")]


def test_a_national_news_agency_relays_and_claims_nothing() -> None:
    # (Lusa, EFE, Bernama, ANSA ...: an agency a report cites gives no figure of its own)
    r = report("Care home fire\n\nAccording to Lusa, three residents died and eleven people "
               "were injured.\n", "2026-11-15T08:15:00+00:00")
    new = update_text(base_with(("National Authority for Emergency and Civil Protection",
                                 "residents", 3)), [r]).new
    assert all(c[0] != "Lusa" for c in merged_claims(new))
