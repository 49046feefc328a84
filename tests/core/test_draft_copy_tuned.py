"""The patterns found by tuning on the tuning halves of the real and style
sets, one test per rule, each on sentences written for the test (none taken
from any article)."""

from __future__ import annotations

from tui.core.draft import draft_briefing
from tui.core.draft.records import Draft

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def draft(body: str) -> Draft:
    return draft_briefing(HEAD + body)


def speakers(body: str) -> list[object]:
    return [q["speaker"].value for q in draft(body).quotes]


# Speakers


def test_rule_name_comma_bare_role() -> None:
    assert speakers("“The pumps failed first,” Ana Ruiz, chief engineer of the port "
                    "authority, told reporters.") == ["Ana Ruiz"]
    # the comma after the role left out
    assert speakers("“The pumps failed first,” Ana Ruiz, chief engineer of the port "
                    "authority told reporters.") == ["Ana Ruiz"]


def test_rule_said_surnamed() -> None:
    assert speakers("“The water came at night,” said a ferry mechanic surnamed Oduya, who "
                    "was checking the engines. “We had no warning.”") == ["Oduya", "Oduya"]


def test_rule_adding_keeps_the_speaker_of_the_sentence() -> None:
    assert speakers("“We are still searching,” Ana Ruiz, chief engineer of the port "
                    "authority told reporters, adding that the crews needed “more pumps "
                    "and more hands”.") == ["Ana Ruiz", "Ana Ruiz"]


def test_rule_name_opens_keeps_small_words_and_skips_a_place() -> None:
    d = draft("Council President Erika van der Berg shared her sorrow, saying, “We stand "
              "with the families tonight.” At the cathedral, Bishop Tomas Riedl led prayers, "
              "saying, “May they rest in peace now.”")
    assert [(q["speaker"].value, q["role"].value if "role" in q else None)
            for q in d.quotes] == [("Erika van der Berg", "Council President"),
                                   ("Tomas Riedl", "Bishop")]


def test_rule_what_it_called() -> None:
    assert speakers("Divers searched the harbour, and the port authority opened an inquiry "
                    "into what it called “a failure of basic maintenance”.") == [
        "port authority"]


def test_a_person_described_before_who_said() -> None:
    assert speakers("Outside the ward, a driver who did not give his name said the lifts had "
                    "failed and the stairs were “full of stretchers all night”.") == ["driver"]
    assert speakers("One woman, whose son drives the night bus, said the road had been "
                    "“closed for hours, with no reason given”.") == ["woman"]


def test_the_verb_of_a_that_clause_is_not_a_subject() -> None:
    assert speakers("The World Health Organization said in Lyon that it was watching and urged "
                    "donors to ensure that “every clinic has clean water and fuel”.") == [
        "World Health Organization"]


def test_he_is_the_person_named_with_an_age_before() -> None:
    assert speakers("“We will rebuild,” said Mayor Ines Tavora. The ward holds six men. One of "
                    "them is Piotr Halas, 41, whose arm is in a cast. Halas was on the roof "
                    "when it gave way. “It just folded under me,” he said.") == [
        "Ines Tavora", "Piotr Halas"]


# Claims


def claims(body: str) -> list[tuple[object, ...]]:
    return [(c["claimant"].value, str(c["killed"].value) if "killed" in c else None,
             str(c["injured"].value) if "injured" in c else None)
            for c in draft(body).casualty_claims]


def test_a_countrys_body_of_something_is_the_claimant() -> None:
    assert claims("At least 71 people were confirmed dead, Norvale's ministry of water "
                  "resources said on its website. The ministry said 300 people had been "
                  "injured.") == [("Norvale's ministry of water resources", "71+", None),
                                  ("Norvale's ministry of water resources", None, "300")]


def test_a_day_between_subject_and_verb() -> None:
    assert claims("The ministry's flood control office yesterday announced that 48 people "
                  "had been killed.") == [("ministry's flood control office", "48", None)]


def test_rule_put_the_toll_with_a_word_before_toll() -> None:
    assert claims("Officials later raised the confirmed death toll to nine.") == [
        ("Officials", "9", None)]


def test_rule_toll_rose_to_against_a_first_toll() -> None:
    d = draft("The fire service lowered its death toll to 12 against a first toll of 13.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("fire service", "13"), ("fire service", "12")]


def test_rule_earlier_reports_is_the_claimants_earlier_figure() -> None:
    d = draft("The governor said 41 people had died. Initial reports put the number of the "
              "dead at 30.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("governor", "30"), ("governor", "41")]
    # (alone, reports of no one are no claimant)
    assert claims("Initial reports put the number of the dead at 30.") == [
        ("Unknown", "30", None)]


def test_homeless_and_dead_are_two_counts_not_two_groups_of_dead() -> None:
    assert claims("In the valley, 900 were reported homeless and 6 confirmed dead, a "
                  "district official said.") == [("district official", "6", None)]


def test_the_group_is_not_its_verb() -> None:
    d = draft("Police said 25 people are injured.")
    assert d.casualty_claims[0]["affected"].value == "people"


def test_rule_said_document_from() -> None:
    assert claims("Nineteen people have died, said a post on the official account of the "
                  "Norvale Fire Service.") == [("Norvale Fire Service", "19", None)]


def test_a_long_aside_between_count_and_verb() -> None:
    assert claims("“Six people, including the driver of the morning bus to Port Elmira, died "
                  "at once,” Ana Ruiz, chief of the district police, told reporters.")[0][1] \
        == "6"


def test_a_revision_by_officials_revises_the_count_before() -> None:
    d = draft("Five people died, the district police said. Officials later raised the "
              "confirmed death toll to eight.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("district police", "5"), ("district police", "8")]
    assert d.casualty_claims[1]["note"].value.startswith("also: Officials")


# Statements, press releases and communiqués


RELEASE = ("PRESS RELEASE\n\nUpdate on our crews\n\nIt is with sorrow that we confirm that four "
           "of our drivers lost their lives in the crash on Route 9.\n\nIn our first statement "
           "this morning we said that two of our drivers had died.\n\n“We grieve with the "
           "families,” said our managing director, Halima Obi, who visited the depot.\n\n"
           "About Norvale Buses\nNorvale Buses runs coaches across the north.\n")


def test_a_press_release_is_by_the_body_of_its_about_line() -> None:
    d = draft_briefing(RELEASE)
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("Norvale Buses", "2"), ("Norvale Buses", "4")]


def test_the_first_statements_figure_is_an_earlier_one() -> None:
    d = draft_briefing(RELEASE)
    assert d.casualty_claims[0]["note"].value.startswith("an earlier figure")


def test_rule_said_described_name_after_our() -> None:
    assert [q["speaker"].value for q in draft_briefing(RELEASE).quotes] == ["Halima Obi"]


def test_rule_learned_from() -> None:
    assert claims("We have learned from the Norvale port authority that two divers died.") == [
        ("Norvale port authority", "2", None)]


def test_rule_took_the_lives_of_our_personnel() -> None:
    assert claims("The interior ministry said the ambush took the lives of four (4) of our "
                  "personnel.") == [("interior ministry", "4", None)]


def test_a_communique_is_its_issuers() -> None:
    d = draft("The defence ministry said in a first communiqué that three soldiers were "
              "killed. According to the second communiqué issued on Monday, the number of "
              "martyrs has reached seven. « Our forces hold the post », the communiqué said.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("defence ministry", "3"), ("defence ministry", "7")]
    assert [q["speaker"].value for q in d.quotes] == ["defence ministry"]


def test_the_object_after_a_quote_is_no_speaker() -> None:
    assert speakers("The African Union condemned « in the strongest terms » the raid and "
                    "expressed its sympathy.") == ["African Union"]


# Claimants named twice, and groups apart


def test_a_body_and_its_short_form_in_brackets_are_one_claimant() -> None:
    assert claims("Forty people have died, according to the Flood Relief Agency (FRA). FRA "
                  "reports that 312 were injured.") == [("Flood Relief Agency", "40", None),
                                                         ("Flood Relief Agency", None, "312")]


def test_the_dead_of_a_disease_are_a_group_apart() -> None:
    d = draft("The district health office reports that 11 people have died of measles in the "
              "camps.")
    assert d.casualty_claims[0]["affected"].value == "measles patients"


def test_a_person_whose_role_names_a_body_speaks_for_it() -> None:
    d = draft("Police said nine people had died. Divers later pulled out four more bodies, "
              "bringing the toll to 13, district police chief Ana Ruiz said.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("Police", "9"), ("Police", "13")]
    assert d.casualty_claims[1]["note"].value.startswith("also: Ana Ruiz")


def test_a_number_inside_a_quote_is_no_figure() -> None:
    d = draft("“The hall was built for 200 people,” the mayor said.")
    assert d.figures == ()


# Reactions


def reactors(body: str) -> list[object]:
    return [r["country"].value if "country" in r else r["organisation"].value
            for r in draft(body).reactions]


def test_rule_at_the_seat_of_a_state() -> None:
    assert reactors("At the Vatican, Pope Leo joined in prayer for the miners.") == ["VA"]


def test_an_organisations_leader_shared_grief() -> None:
    assert reactors("European Commission President Ilse Brandt shared her grief.") == [
        "European Commission"]


def test_thanked_and_to_a_government_which_sent_help() -> None:
    assert reactors("We are grateful to the fire brigade for their courage, and to the "
                    "Government of Chile, which sent two tugs overnight.") == ["CL"]


def test_thanked_an_organisation_the_lists_do_not_know() -> None:
    assert reactors("We also thank the Coastal Workers' Federation, which offered support to "
                    "the families.") == ["Coastal Workers' Federation"]


def test_a_fund_the_lists_do_not_know_reacts() -> None:
    assert reactors("The Northern Relief Fund (NRF) has allocated $3 million.") == [
        "Northern Relief Fund"]


def test_two_reactors_each_with_its_verb_joined_by_and() -> None:
    assert reactors("Norway has announced $2 million and Chile has pledged $1 million for "
                    "the response.") == ["NO", "CL"]


# Tolls of another incident, parties, days


def test_a_party_is_a_claimant() -> None:
    assert claims("The opposition Liberty party said the toll was higher than officials "
                  "admitted and put it at 20.") == [("opposition Liberty party", "20", None)]


def test_rule_other_incident_uncredited() -> None:
    d = draft("Police on Wednesday raised the toll from the bombing to 36 killed. The bomber "
              "struck a funeral for a man killed last week in a car bombing. That attack had "
              "killed 14 people. Six of the dead were students.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("Police", "36"), ("Unknown", "14")]
    assert "another incident" in str(d.casualty_claims[1]["affected"].value)


def test_another_explosions_toll_on_nobodys_word() -> None:
    assert claims("The blast came two days after four guards were killed in another "
                  "explosion.") == [("Unknown", "4", None)]


def test_rule_one_among_the() -> None:
    assert claims("A nurse from Orla was among the pilgrims killed, an official of the Orla "
                  "Pilgrims Board said.")[0][1:] == ("1", None)
    assert claims("Another Dane was among the injured, the embassy said.") == [
        ("embassy", None, "1")]


def test_a_cabinet_and_its_ministers_are_claimants() -> None:
    assert claims("The Norvale cabinet says at least 33 civilians are dead. The ministers say "
                  "12 others were injured.") == [("Norvale cabinet", "33+", None),
                                                 ("Norvale cabinet", None, "12")]


# People named before their quote


def test_rule_gave_name_only_as_a_full_name() -> None:
    assert speakers("“The tent fell on us,” one of the injured women, who gave her name only "
                    "as Mira Sol, told reporters.") == ["Mira Sol"]


def test_a_person_named_with_who_is_she() -> None:
    assert speakers("“Keep back,” said Mayor Ines Tavora. Lena Marsh, who lives nearby, came "
                    "out at dawn. She said she saw “smoke pouring from the roof”.") == [
        "Ines Tavora", "Lena Marsh"]


def test_a_capitalised_role_then_a_titled_name_is_she() -> None:
    assert speakers("SITUATION OVERVIEW\nHeavy rain fell.\n\nThe Humanitarian Coordinator, Ms. "
                    "Lena Berg, visited the camps. “We must reach them first,” she said.") == [
        "Lena Berg"]


def test_a_place_the_sentence_opens_with_is_the_groups() -> None:
    d = draft("The ministry's flood office said 205 people have been killed so far. In the "
              "province's Orla County, 4,300 were reported homeless and 11 confirmed dead, an "
              "official said.")
    assert [c["affected"].value for c in d.casualty_claims] == ["people",
                                                                "people in Orla County"]


def test_the_toll_in_a_place_is_its_peoples() -> None:
    d = draft("The death toll in Orla Province stands at 152, an official said.")
    assert d.casualty_claims[0]["affected"].value == "people in Orla Province"


def test_blamed_on_is_no_one_saying() -> None:
    assert claims("Bombings blamed on rebel cells have killed more than 900 people in Norvale "
                  "since 2009.") == []


def test_up_from_an_earlier_count_of_deaths_is_a_revision() -> None:
    d = draft("47 people have died, according to the Flood Relief Agency (FRA), up from 29 "
              "deaths reported in the last update.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("Flood Relief Agency", "29"), ("Flood Relief Agency", "47")]


def test_a_body_named_with_its_country_is_not_a_person_with_a_role() -> None:
    assert claims("The Kenya Defence Force said four soldiers drowned.")[0][0] == \
        "Kenya Defence Force"


def test_rule_claimed_n_lives() -> None:
    assert claims("The ferry fire, which claimed 31 lives, began in the engine room, the coast "
                  "guard said.") == [("coast guard", "31", None)]


def test_a_toll_on_nobodys_word_is_unknowns_when_no_one_is_credited() -> None:
    assert claims("The crash, which claimed 31 lives, shocked the town. Only two people "
                  "survived.") == [("Unknown", "31", None)]
    # and dropped when a claimant gives a toll of the dead
    assert claims("The crash claimed 31 lives. Police said 29 people were killed.") == [
        ("Police", "29", None)]


def test_all_but_one_is_no_toll_of_one() -> None:
    assert claims("All but one of the climbers were found dead, officials said.") == []


def test_the_country_the_body_names_most_is_the_storys_own() -> None:
    d = draft_briefing("Update on the fire at our depot\n\nA fire broke out at our depot in "
                       "Tema overnight.\n\nWe thank the Ghana Fire Service and the Ghana Navy "
                       "for their courage, and the Government of Togo, which sent two tugs.\n\n"
                       "The Ghana Maritime Authority has opened an inquiry.\n\nWe employ 900 "
                       "people in Ghana.")
    assert [r["country"].value for r in d.reactions if "country" in r] == ["TG"]


def test_a_thanks_list_goes_on_past_and_with_a_countrys_society() -> None:
    assert sorted(reactors("We also thank the Coastal Workers' Federation, which offered "
                           "support, and the Chilean Red Cross Society, whose volunteers gave "
                           "first aid.")) == ["Coastal Workers' Federation", "Red Cross"]


def test_a_number_word_inside_a_word_is_no_count() -> None:
    assert claims("Villagers of Orla contacted by telephone said that four civilians, "
                  "including a child, were killed by stray bullets.") == [
        ("Villagers of Orla", "4", None)]
