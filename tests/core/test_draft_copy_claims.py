"""The patterns of published news copy in casualty claims, one test per rule
(tolls, what is no toll, claimants, affected groups), each on sentences
written for the test (none from any corpus)."""

from __future__ import annotations

from tui.core.draft import draft_briefing
from tui.core.draft.records import Draft

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def draft(body: str) -> Draft:
    return draft_briefing(HEAD + body)


def claims(body: str) -> list[dict[str, object]]:
    """Each claim drafted from `body`, without its note, as plain values."""
    return [{k: v.value for k, v in c.items() if k != "note"} for c in draft(body).casualty_claims]


def figures(body: str) -> list[tuple[object, object]]:
    return [(c.get("killed"), c.get("injured")) for c in claims(body)]


# Toll phrasings


def test_rule_toll_put_at() -> None:
    assert claims("Rescue officials put the number of dead at 57.") == [
        {"claimant": "Rescue officials", "affected": "people", "killed": 57}]


def test_rule_fatalities_and_people_hurt() -> None:
    found = claims("The provincial civil defence agency reports 4 fatalities and 18 people hurt.")
    assert [(c["claimant"], c.get("killed"), c.get("injured")) for c in found] == [
        ("provincial civil defence agency", 4, 18)]


def test_rule_updated_figures_list() -> None:
    assert figures("Updated figures from the governor: 23 killed, 71 wounded.") == [(23, 71)]


def test_rule_toll_lifted_to_dead_and_injured() -> None:
    found = claims("The coast guard lifted the toll to 15 dead and 44 injured.")
    assert [(c["claimant"], c.get("killed"), c.get("injured")) for c in found] == [
        ("coast guard", 15, 44)]


def test_rule_later_confirmed_figure_follows_the_earlier() -> None:
    found = claims("The fire brigade said 130 people died. By evening at least 175 were "
                   "confirmed dead, the fire brigade said.")
    assert [(c["claimant"], c["killed"]) for c in found] == [
        ("fire brigade", 130), ("fire brigade", "175+")]  # the later one is the current


def test_rule_toll_corrected_from_to() -> None:
    found = claims("The interior ministry corrected the toll of dead from 83 to 80.")
    assert [(c["claimant"], c["killed"]) for c in found] == [
        ("interior ministry", 83), ("interior ministry", 80)]
    assert "revised to 80" in str(draft("The interior ministry corrected the toll of dead "
                                        "from 83 to 80.").casualty_claims[0]["note"].value)


def test_rule_toll_revised_to_from() -> None:
    found = claims("The district office revised the toll to 44 from 47.")
    assert [c["killed"] for c in found] == [47, 44]  # the earlier, then the current


def test_rule_later_corrected_figure_in_the_next_sentence() -> None:
    found = claims("The rail company said 17 passengers had died. It later corrected the "
                   "figure to 15.")
    assert [(c["claimant"], c["killed"]) for c in found] == [
        ("rail company", 17), ("rail company", 15)]


# Not tolls


def test_rule_increment_is_not_a_toll() -> None:
    # with the total in the sentence, the total is the toll
    assert figures("Firefighters found six more bodies in the hold, bringing the toll to 62, "
                   "the port authority said.") == [(62, None)]
    # without one, the increment is kept apart from any total, and marked
    d = draft("A further 14 deaths were recorded at the camp, the health office said.")
    claim = d.casualty_claims[0]
    assert "added to an earlier count" in str(claim["affected"].value)
    assert claim["killed"].rule == "increment_is_not_a_toll"


def test_rule_another_injured_after_the_dead_is_no_increment() -> None:
    d = draft("The fire service said four workers died. Another 9 suffered burns, the fire "
              "service said.")
    injured = d.casualty_claims[1]["injured"]
    assert injured.rule != "increment_is_not_a_toll"


def test_rule_projection_is_not_a_toll() -> None:
    d = draft("The regional governor said the toll could rise to 400.")
    assert [c.get("killed") for c in d.casualty_claims] == [None]
    assert d.casualty_claims[0].rule == "projection_is_not_a_toll"
    assert "projection" in str(d.casualty_claims[0]["note"].value)


def test_rule_feared_dead_has_a_check() -> None:
    d = draft("Some 40 sailors are feared dead, the navy said.")
    killed = d.casualty_claims[0]["killed"]
    assert killed.value == 40 and "feared" in str(killed.check)


def test_rule_later_figure_is_current() -> None:
    found = claims("An early bulletin from the fire service said 12 had died; it later "
                   "said 10.")
    assert [(c["claimant"], c["killed"]) for c in found] == [
        ("fire service", 12), ("fire service", 10)]


# Two numbers in one clause


def test_rule_each_number_binds_to_its_verb() -> None:
    assert figures("Three guards were killed and 11 others suffered wounds, the army "
                   "said.") == [(3, 11)]


# Translated and official wording


def test_rule_number_of_martyrs() -> None:
    assert figures("The number of martyrs reached 23, the health directorate said.") == [
        (23, None)]


def test_rule_took_the_lives_of() -> None:
    assert figures("The flood took the lives of 31 farmers, the district chief said.") == [
        (31, None)]


def test_rule_figure_repeated_in_digits() -> None:
    found = claims("Three (3) of our firefighters lost their lives, the fire service said.")
    assert [(c["killed"], c["affected"]) for c in found] == [(3, "firefighters")]


def test_rule_sustained_wounds() -> None:
    assert figures("Nineteen pupils sustained wounds, the school board said.") == [(None, 19)]


# Claimants


def test_rule_relayed_by_agency() -> None:
    d = draft("Six divers drowned, the state news agency reported, quoting the navy.")
    claim = d.casualty_claims[0]
    assert (claim["claimant"].value, claim["source"].value) == ("navy", "state news agency")
    assert d.relays == ("state news agency",)  # listed in sources, as `source` requires


def test_rule_quoted_as_saying() -> None:
    found = claims("The state broadcaster quoted the fire department as saying 14 people "
                   "died.")
    assert [(c["claimant"], c["source"], c["killed"]) for c in found] == [
        ("fire department", "state broadcaster", 14)]


def test_rule_pronoun_is_no_claimant() -> None:
    d = draft("Twenty people were killed, she said on Tuesday.")
    claimant = d.casualty_claims[0]["claimant"]
    assert claimant.value == "Unknown" and "'she'" in str(claimant.check)


def test_rule_spokesperson_is_the_body() -> None:
    assert [c["claimant"] for c in claims(
        "A spokeswoman for the mountain rescue service said 5 climbers died.")] == [
        "mountain rescue service"]


def test_rule_new_body_is_a_new_claimant() -> None:
    found = claims("The health ministry said 40 miners died. The miners' union says 47 died.")
    assert [(c["claimant"], c["killed"]) for c in found] == [
        ("health ministry", 40), ("miners' union", 47)]


def test_rule_according_to_near_count() -> None:
    assert [c["claimant"] for c in claims(
        "Thirty houses burned and 7 people died, according to the county sheriff.")] == [
        "county sheriff"]


def test_rule_things_counted_beside_people_are_not_a_group() -> None:
    assert figures("Forty shops burned and 6 traders died, the market board said.") == [
        (6, None)]


def test_rule_first_person_author() -> None:
    d = draft_briefing("Statement by the Halden Ferry Company on the capsizing\n\nWe are "
                       "saddened to confirm that five (5) of our crew lost their lives.\n")
    claim = d.casualty_claims[0]
    assert (claim["claimant"].value, claim["killed"].value, claim["claimant"].rule) == (
        "Halden Ferry Company", 5, "first_person_author")


# Affected groups


def affected(body: str) -> list[object]:
    return [c["affected"] for c in claims(body)]


def test_rule_group_of_the() -> None:
    assert affected("Eight crew of the tanker drowned, the maritime agency said.") == [
        "crew of the tanker"]
    assert affected("Four miners at the Halvik pit were killed, the company said.") == [
        "miners at the Halvik pit"]


def test_rule_group_in_a_place() -> None:
    assert affected("Six people in Port Elmira died, the mayor said.") == [
        "people in Port Elmira"]


def test_rule_no_group_named() -> None:
    d = draft("The death toll rose to 30, the ministry said.")
    group = d.casualty_claims[0]["affected"]
    assert group.value == "people" and group.rule == "no_group_named"
    assert "names no group" in str(group.check)


def test_rule_separate_incident_is_another_group() -> None:
    found = claims("The police said 12 people died in the stampede. In an unrelated crash, "
                   "the police said 3 people were killed.")
    assert len({c["affected"] for c in found}) == 2  # two groups: no revision, no dispute


def test_rule_part_of_the_dead_is_its_own_group() -> None:
    found = claims("The coast guard said 26 people died. Five of the dead were Filipino deck "
                   "hands, the embassy said.")
    assert [(c["affected"], c["killed"]) for c in found] == [
        ("people", 26), ("Filipino deck hands among the dead", 5)]  # a part, not a dispute


def test_rule_background_figure_is_another_group() -> None:
    found = claims("The flood killed 19 people, the governor said. Floods have killed more "
                   "than 900 people since the rainy season began, the governor said. In 2011, "
                   "a flood killed 300 people, the governor said.")
    assert [(c["affected"], c["killed"]) for c in found] == [
        ("people", 19), ("people (since the rainy season began)", "900+"),
        ("people (in 2011)", 300)]


def test_rule_another_times_toll_is_no_claim() -> None:
    # (the story is of March 2024)
    found = claims("The flood killed 19 people, the governor said. Road accidents killed "
                   "1,109 people in Benin in 2021, according to the road safety centre. Last "
                   "year's rainy season killed 31 people, according to government figures. The "
                   "last comparable snowfall, in August 2019, killed three herders, the army "
                   "said. It was the second deadliest flood after one in 1998 that claimed "
                   "2,541 lives, according to the disasters database.")
    assert [(c["affected"], c["killed"]) for c in found] == [("people", 19)]


def test_rule_this_times_toll_is_a_claim() -> None:
    # (the story is of March 2024: its year, an aside's date, a comparison's bound)
    found = claims("The crash, which killed 14 people, was the deadliest road accident in "
                   "Kenya in 2024, police said. The fire killed 21 patients at the hospital, "
                   "which reopened in January 2023, the ministry said. The blast wounded 38, "
                   "the deadliest attack in the capital in recent years, the army said.")
    assert [(c["affected"], c.get("killed"), c.get("injured")) for c in found] == [
        ("people", 14, None), ("patients at the hospital", 21, None), ("people", None, 38)]


def test_rule_where_place_is_the_group() -> None:
    assert affected("Laos said the storm had also struck its northern province of Phongsaly, "
                    "where five people died, according to the provincial police.") == [
        "people in Phongsaly"]
    assert affected("Chile said the quake was also felt across the border, where two people "
                    "died, according to local officials.") == ["people in Chile"]


def test_rule_own_citizens_take_the_countrys_name() -> None:
    assert affected("Kenya said 12 of its climbers had died.") == ["Kenyan climbers"]


def test_rule_second_incident_is_another_group() -> None:
    assert affected("A second blast near the market killed six people, the police said.") == [
        "people (in the second blast)"]


def test_rule_bodies_of_a_group() -> None:
    assert affected("Divers said the bodies of nine ferrymen had been found.") == ["ferrymen"]


def test_rule_among_the_dead_were() -> None:
    assert claims("Among the dead were four Austrian climbers, the Austrian embassy said.") == [
        {"claimant": "Austrian embassy", "country": "AT",
         "affected": "Austrian climbers among the dead", "killed": 4}]
    assert affected("Among the dead were a Dutch family of five, according to the Dutch "
                    "foreign ministry.") == ["Dutch family among the dead"]


def test_rule_and_one_more_person_is_a_group_of_one() -> None:
    assert [(c["affected"], c["killed"]) for c in claims(
        "The gunman opened fire, killing six shoppers and a cashier, the police said.")] == [
        ("shoppers", 6), ("cashier", 1)]


def test_rule_according_to_its_own_reports_is_the_subject() -> None:
    assert [c["claimant"] for c in claims(
        "The Red Cross said 30 people had died, according to reports from its volunteers.")] \
        == ["Red Cross"]


def test_rule_breakdown_by_place() -> None:
    # one country's dead and its neighbour's are two groups, never a dispute
    found = claims("The storm killed 33 people in Malawi and 9 in Zambia, the UN said.")
    assert [(c["affected"], c["killed"]) for c in found] == [
        ("people in Malawi", 33), ("people in Zambia", 9)]


def test_rule_breakdown_after_a_total() -> None:
    found = claims("The governor said 25 people died: 16 in Ostrava and 9 in Opava.")
    assert [(c["affected"], c["killed"]) for c in found] == [
        ("people", 25), ("people in Ostrava", 16), ("people in Opava", 9)]


def test_rule_of_the_dead_by_place() -> None:
    found = claims("Of the dead, 14 were in Ruse and 6 in Pleven, the ministry said.")
    assert [(c["affected"], c["killed"]) for c in found] == [
        ("people in Ruse", 14), ("people in Pleven", 6)]
