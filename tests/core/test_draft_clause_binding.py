"""A number bound to the verb of death or injury further along its own clause
(`number_binds_to_its_verb`, `number_of_those_who`), and what must stay unbound:
a verb's subject, a part of a count, the dead who were buried. Sentences
written for these tests (none from any corpus)."""

from __future__ import annotations

from tests.core.draft_helpers import claims
from tui.core.draft.counts import counts_in


def test_rule_number_binds_to_its_verb_across_a_long_description() -> None:
    found = counts_in("The army said three conscripts of the signal battalion perished in "
                      "the fire.")
    assert [(c.measure, c.number, c.noun, c.rule) for c in found] == [
        ("killed", 3, "conscripts", "number_binds_to_its_verb")]


def test_a_figure_in_brackets_and_injuries_received() -> None:
    found = claims("The press office informed that four (4) cadets of the academy perished "
                   "while fighting the fire, and nine (9) cadets received injuries.")
    assert found == [("press office", "cadets of the academy", 4, 9)]


def test_rule_number_of_those_who() -> None:
    found = counts_in("The governor said the number of miners who died in the flooded shaft "
                      "No. 4 has reached 12.")
    assert [(c.measure, c.number, c.rule) for c in found] == [
        ("killed", 12, "number_of_those_who")]


def test_the_subject_of_an_active_verb_is_never_its_count() -> None:
    # "two landslides ... killed four": the four are the dead, not the two
    found = counts_in("Two landslides in the southern hills killed four herders, officials said.")
    assert [(c.measure, c.number) for c in found] == [("killed", 4)]


def test_a_part_after_including_is_not_bound_to_the_verb() -> None:
    found = counts_in("At least 14 people, including one child and two women, died when the "
                      "coach overturned.")
    assert [(c.measure, c.number) for c in found] == [("killed", 14)]


def test_no_one_is_left_to_the_zero_rules() -> None:
    found = counts_in("No cadets from the northern academy perished in the blaze.")
    assert "number_binds_to_its_verb" not in [c.rule for c in found]


def test_the_dead_who_were_buried_are_no_new_toll() -> None:
    assert counts_in("Two of the deceased were buried by relatives on the same day.") == []


def test_a_part_of_the_dead_named_with_are() -> None:
    found = counts_in("The embassy confirmed that 19 of the dead are Ghanaian citizens.")
    assert [(c.number, c.noun, c.rule) for c in found] == [
        (19, "Ghanaian citizens among the dead", "of_the_dead")]


def test_members_of_a_crew_are_the_crew() -> None:
    found = counts_in("The authority said two members of the barge's crew had also perished.")
    assert [(c.number, c.noun) for c in found] == [(2, "crew")]


def test_residents_keep_where_they_live_but_not_its_name() -> None:
    found = counts_in("Three residents of the nearby village of Orlo also perished.")
    assert [(c.number, c.noun) for c in found] == [(3, "residents of the nearby village")]


def test_a_group_is_never_half_a_name() -> None:
    found = claims("In addition, two firefighters of the municipal corps died, the agency said.")
    assert found == [("agency", "firefighters", 2, None)]


def test_a_consulate_of_a_country_with_a_long_name() -> None:
    found = claims("The Consulate General of the Republic of Estonia in Norvale has informed "
                   "us that three sailors were injured.")
    assert [c[0] for c in found] == ["Consulate General of the Republic of Estonia"]
