"""The patterns of published news copy the drafter reads, one test per rule,
each on sentences written for the test (none from any corpus)."""

from __future__ import annotations

from datetime import date

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


# Speakers


def speakers(body: str) -> list[tuple[object, object]]:
    return [(q["speaker"].value, q["text"].value) for q in draft(body).quotes]


def test_rule_pronoun_after_names_the_person_before() -> None:
    assert speakers("Greta Lindahl has run the mountain hut for 20 years. “We never saw "
                    "snow like this,” she said.")[0][0] == "Greta Lindahl"


def test_rule_person_described_after_the_name_is_he() -> None:
    assert speakers("Ama Owusu, a trader, lost her stall. “The water took it all,” she said. "
                    "“Even the scales.”") == [("Ama Owusu", "The water took it all,"),
                                              ("Ama Owusu", "Even the scales.")]


def test_rule_told_an_outlet_is_an_interview() -> None:
    d = draft("“We waited two days,” Ines Duarte told Reuters.")
    assert d.quotes[0]["medium"].value == "interview"


def test_rule_body_said_in_a_statement() -> None:
    d = draft("“All crossings stay closed until further notice,” the border police said "
              "in a statement.")
    assert (d.quotes[0]["speaker"].value, d.quotes[0]["medium"].value) == (
        "border police", "statement")


def test_rule_name_comma_role_with_initials() -> None:
    d = draft("“The levee held until noon,” T.S. Adeyemi, the county engineer, said.")
    assert (d.quotes[0]["speaker"].value, d.quotes[0]["role"].value) == (
        "T.S. Adeyemi", "county engineer")


def test_rule_said_name_with_initials() -> None:
    assert speakers("“We lost the east wing,” said A.B. Quist.")[0][0] == "A.B. Quist"


def test_rule_told_an_outlet_or_reporters() -> None:
    assert speakers("“The river rose in minutes,” Ines Duarte told the BBC.")[0][0] == \
        "Ines Duarte"
    assert speakers("“The river rose in minutes,” the fire chief told reporters.")[0][0] == \
        "chief"


def test_rule_said_in_a_televised_address() -> None:
    d = draft("“No family will be left alone,” the prime minister said in a televised "
              "address.")
    assert d.quotes[0]["medium"].value == "televised address"


# Quote marks


def test_rule_quote_marks_mixed_straight_and_curly() -> None:
    assert speakers("“The roof came down at once,\" said Pavel Hruby.") == [
        ("Pavel Hruby", "The roof came down at once,")]


def test_rule_quote_marks_guillemets() -> None:
    assert speakers("The governor said: « Every road to the valley is cut ».") == [
        ("governor", "Every road to the valley is cut")]


def test_rule_quote_marks_german() -> None:
    assert speakers("The mayor said: „Nobody could have held that water back“.") == [
        ("mayor", "Nobody could have held that water back")]


def test_rule_quote_marks_single() -> None:
    assert speakers("The priest said: ‘We’ll feed whoever comes to the gate.’") == [
        ("priest", "We’ll feed whoever comes to the gate.")]
    assert speakers("The priest said: 'We will feed whoever comes.'") == [
        ("priest", "We will feed whoever comes.")]


def test_rule_scare_quotes_are_not_quotes() -> None:
    assert speakers("Troops moved into the so-called “buffer zone” at dawn, the army said.") \
        == []
    assert speakers("The engineers ran a “routine” check of the pumps.") == []


def test_rule_quote_sentence_not_split_inside_mixed_marks() -> None:
    d = draft("“It was dark. Then the wall fell,\" said Pavel Hruby.")
    assert [q["text"].value for q in d.quotes] == ["It was dark. Then the wall fell,"]


# Reactions


def reactors(body: str, title: str = "Headline of the story") -> list[object]:
    d = draft_briefing(title + HEAD.removeprefix("Headline of the story") + body)
    return [r["country"].value if "country" in r else r["organisation"].value
            for r in d.reactions]


def test_rule_thanked_for_help() -> None:
    assert reactors("The civil protection agency thanked Norway, Peru and the World Food "
                    "Programme for their help.") == ["NO", "PE", "World Food Programme"]


def test_rule_list_of_reactors_have_dispatched() -> None:
    assert reactors("Portugal and Morocco have dispatched search teams.") == ["PT", "MA"]


def test_rule_organisation_is_helping() -> None:
    assert reactors("UNICEF is helping the district hospitals with supplies.") == ["UNICEF"]


def test_rule_expressed_solidarity() -> None:
    assert reactors("Finland expressed its solidarity with the families.") == ["FI"]


def test_rule_sympathy_to_the_people_of_is_no_reactor() -> None:
    assert reactors("Ireland sent its sympathy to the people of Bolivia.") == ["IE"]


def test_rule_own_country_is_not_a_reaction() -> None:
    assert reactors("Bolivia's government declared three days of mourning. Chile offered "
                    "help.", title="Floods kill dozens in Bolivia") == ["CL"]


# Layout and dates


def test_rule_title_only_when_it_looks_like_one() -> None:
    d = draft_briefing("LISBON, Portugal (AP) - A tram left the rails on Tuesday, injuring "
                       "nine riders, police said.\n\nRepairs began at once.\n")
    assert d.title == ""
    assert d.summary.startswith("LISBON, Portugal (AP) - A tram left the rails")
    assert draft_briefing("Tram derails in Lisbon\n\nA tram left the rails.\n").title == \
        "Tram derails in Lisbon"


def test_rule_single_newline_paragraphs() -> None:
    d = draft_briefing("Tram derails in Lisbon\nA tram left the rails on Tuesday.\n"
                       "Nine riders were hurt, police said.\nRepairs began at once.\n")
    assert d.summary == "A tram left the rails on Tuesday.\n\nNine riders were hurt, police said."
    assert d.key_points == ("Nine riders were hurt, police said.", "Repairs began at once.")


def test_rule_date_with_a_comma_before_the_year() -> None:
    assert draft_briefing("Title\n\nOn 3 October, 2019, a tram left the rails.\n").date.value \
        == "2019-10-03"


def test_rule_numeric_date_day_first() -> None:
    assert draft_briefing("Title\n\nPosted 07.11.2023. A tram left the rails in Lisbon.\n"
                          ).date.value == "2023-11-07"
    # in a story from the United States, the month comes first
    assert draft_briefing("Flood in Texas, United States\n\nPosted 07/11/2023. Water rose.\n"
                          ).date.value == "2023-07-11"


def test_rule_dateline_with_an_agency_mark() -> None:
    d = draft_briefing("Tram derails\n\nSept. 2 (AP) - A tram left the rails.\n",
                       today=date(2026, 12, 6))
    assert d.date.value == "2026-09-02" and d.date.rule == "dateline"


def test_rule_dateline_year_from_the_articles_own_dates() -> None:
    d = draft_briefing("Tram derails\n\nLISBON, Sept 2 - A tram left the rails. The line "
                       "was last inspected in August 2019.\n", today=date(2026, 12, 6))
    assert d.date.value == "2019-09-02"  # after the article's own latest date, not this year


def test_rule_impossible_date_is_no_date() -> None:
    d = draft_briefing("Title\n\nOn 31 February 2023 a tram left the rails.\n",
                       today=date(2026, 12, 6))
    assert d.date.rule == "no_date"
