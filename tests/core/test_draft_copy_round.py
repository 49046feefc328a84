"""The patterns found in the tuning round on all real and style stories, one
test per rule, each on sentences written for the test (none taken from any
article)."""

from __future__ import annotations

from datetime import date

import pytest

from tui.core.draft import draft_briefing
from tui.core.draft.records import Draft
from tui.core.draft.text import sentences

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def draft(body: str) -> Draft:
    return draft_briefing(HEAD + body)


def claims(body: str) -> list[tuple[object, ...]]:
    return [(c["claimant"].value, str(c["killed"].value) if "killed" in c else None,
             str(c["injured"].value) if "injured" in c else None)
            for c in draft(body).casualty_claims]


def test_rule_relayed_last_names_the_body_and_keeps_the_outlet_as_source() -> None:
    d = draft("Hospital director Dr. Ana Ruiz raised the death toll from 40 to 52 on Tuesday, "
              "The Associated Press reported. She said 90 people were wounded.")
    assert [(c["claimant"].value, str(c["killed"].value) if "killed" in c else None,
             str(c["injured"].value) if "injured" in c else None)
            for c in d.casualty_claims] == [("Ana Ruiz", "40", None), ("Ana Ruiz", "52", None),
                                            ("Ana Ruiz", None, "90")]
    assert d.relays == ("Associated Press",)
    # with no one named before it, the outlet is the claimant
    assert claims("Nine people died in the flood, Kyodo News reported.") == [
        ("Kyodo News", "9", None)]


def test_the_number_of_martyrs_of_a_long_description() -> None:
    assert claims("The civil defence directorate announced that the number of martyrs of the "
                  "fire which broke out in the Al-Nour General Hospital in the old city has "
                  "reached 17.") == [("civil defence directorate", "17", None)]


def test_a_month_written_short_before_its_day_ends_no_sentence() -> None:
    assert sentences("Cases were recorded since Dec. 18, and 40 people were treated. It "
                     "rained in Dec. Then it stopped.") == [
        "Cases were recorded since Dec. 18, and 40 people were treated.", "It rained in Dec.",
        "Then it stopped."]


def test_an_uncredited_toll_is_kept_when_no_one_is_credited_with_that_measure() -> None:
    # the dead on nobody's word, the injured on the governor's: both kept
    assert claims("About 240 pilgrims were trampled to death at the bridge. The governor said "
                  "80 pilgrims were injured.") == [("Unknown", "240", None),
                                                   ("governor", None, "80")]
    # next to a credited toll of the dead, the uncredited one would only make a dispute
    assert claims("The toll rose to 61. The governor said 58 people were killed.") == [
        ("governor", "58", None)]


def test_all_of_a_count_is_the_count() -> None:
    assert claims("The jet crashed after take-off, killing all 157 people on board, the "
                  "aviation authority said.") == [("aviation authority", "157", None)]


def test_perished_is_a_verb_of_the_dead() -> None:
    assert claims("Police said 12 hikers who perished in the storm were found.") == [
        ("Police", "12", None)]


def test_others_missing_are_not_added_to_the_dead() -> None:
    assert claims("In the hills, 44 people have been killed and 40 others are missing, "
                  "police said.") == [("police", "44", None)]


def test_rule_one_named_and_others() -> None:
    assert claims("Police said two people were killed. Mayor Ana Ruiz and 15 others were "
                  "wounded.") == [("Police", "2", None), ("Police", None, "16")]


def test_a_toll_that_seemed_to_rise_is_no_toll() -> None:
    d = draft("The rail company issued a statement, which seemed to raise the death toll to "
              "four.")
    assert [c for c in d.casualty_claims if "killed" in c] == []


def test_a_part_of_those_hurt_is_no_count_of_its_own() -> None:
    assert claims("The minister said 80 pilgrims were injured. He said eight of those hurt "
                  "were in a critical condition.") == [("minister", None, "80")]


def test_a_count_with_its_places_and_also() -> None:
    assert claims("The agency said 7,040 people died in Nortland. More than 100 people in "
                  "neighbouring Vale and Ostmark also died in the quake, officials say.") == [
        ("agency", "7040", None), ("officials", "100+", None)]


def test_up_from_a_death_toll_of() -> None:
    assert claims("Compiled data from the ministry showed 27 people had been confirmed "
                  "killed, up from a death toll of 19 on Wednesday.") == [
        ("ministry", "19", None), ("ministry", "27", None)]


def test_the_count_told_before_is_no_new_count() -> None:
    assert claims("Police said at least two people were killed. The two people known to have "
                  "died were the driver and the conductor, he said.") == [
        ("Police", "2+", None)]


def test_one_count_or_another_is_a_range() -> None:
    assert claims("Police said three or four people died.") == [("Police", "3-4", None)]


def test_what_a_witness_saw_is_no_toll() -> None:
    assert claims("The minister said 80 pilgrims were injured. A pilgrim said he saw three or "
                  "four people dead.") == [("minister", None, "80")]


def test_could_top_is_a_projection_and_its_claimant_goes_on() -> None:
    d = draft("The number of people killed could top 1,000, according to official figures "
              "released on Friday. The latest confirmed toll stood at 759.")
    assert [(c["claimant"].value, str(c["killed"].value) if "killed" in c else None)
            for c in d.casualty_claims] == [("official figures", None),
                                            ("official figures", "759")]


def test_rule_initially_earlier_figure() -> None:
    assert claims("The toll rose to four, police said. Initially, one policeman was killed, "
                  "and 10 others were injured.") == [("police", "1", "10"), ("police", "4", None)]


def test_both_is_two() -> None:
    assert claims("Both attackers were killed in the raid, said the police.") == [
        ("police", "2", None)]


def test_a_claim_that_goes_on_keeps_its_group() -> None:
    d = draft("Hospital director Ana Ruiz said 150 people were wounded in the bombing. Two more "
              "were killed near the convoy in another town, AFP reports. Mayor Tom Berg and 15 "
              "others were wounded.")
    groups = [(c["claimant"].value, c["affected"].value) for c in d.casualty_claims]
    assert groups[-1][0] == "AFP" and groups[-1][1] == groups[-2][1] != "people"


# Speakers


def speakers(body: str) -> list[object]:
    return [q["speaker"].value for q in draft(body).quotes]


def test_said_a_bodys_role_and_a_name() -> None:
    assert speakers("“We are now on 73 fatalities,” said Emergency Management Services "
                    "spokesman Ana Ruiz.") == ["Ana Ruiz"]
    # a name, then where the person is from: the person, not the body
    assert speakers("“The river rose fast,” said Ana Ruiz of the Red Cross.") == ["Ana Ruiz"]


def test_a_name_with_a_role_of_two_parts() -> None:
    assert speakers("“The toll is at 18,” P.B. Mehta, regional railway manager, south "
                    "central railways told AFP. Mehta said the work went on. “The coaches are "
                    "being removed,” he said.") == ["P.B. Mehta", "P.B. Mehta"]


def test_a_person_described_after_an_opening_participle() -> None:
    assert speakers("“The toll is at 18,” said Omar Haddadi. Describing the accident, another "
                    "railway official said three coaches left the track. “It could have been "
                    "worse,” he added.") == ["Omar Haddadi", "railway official"]


def test_rule_earlier_figure_by_another() -> None:
    d = draft("Norvale authorities said the death toll had risen to 60. The deputy "
              "administrator confirmed the new toll, a steep increase on the 26 people "
              "reported killed earlier by the national disaster council.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("Norvale authorities", "26"), ("Norvale authorities", "60")]
    assert str(d.casualty_claims[0]["note"].value).startswith(
        "also: national disaster council |")


def test_said_a_role_in_capitals_then_a_titled_name() -> None:
    assert speakers("“The first hours are critical,” said the Resident Coordinator, Mr. Paulo "
                    "Neto, after a flight over the coast.") == ["Paulo Neto"]


def test_a_person_described_with_who_before_the_verb() -> None:
    assert speakers("„Der Bus lag auf dem Dach“, a truck driver who stopped to help told the "
                    "broadcaster BR.") == ["driver"]
    assert speakers("“It was a huge bang,” one of the miners who escaped told the "
                    "broadcaster.") == ["miner"]


def test_a_person_named_before_is_the_subject_not_the_one_described() -> None:
    assert speakers("Police spokesman Jan Maier said the toll rose. The driver, a Czech man, "
                    "was among the injured, Maier said. „We are investigating,“ he said.") == [
        "Jan Maier"]


def test_a_name_after_a_dateline_and_an_opening_phrase() -> None:
    assert speakers("MWANZA, Tanzania — Every evening at six, Neema Moyo walks to the jetty. "
                    "She has done this for a month. “People tell me to stop coming,” she "
                    "said.") == ["Neema Moyo"]


def test_a_role_and_name_after_an_opening_phrase() -> None:
    assert speakers("But in the school, the headteacher, Mary Kapinga, keeps a list. “We have "
                    "empty chairs,” she said.") == ["Mary Kapinga"]


def test_a_person_called_by_one_name() -> None:
    assert speakers("One, a young man called Baraka, said he still dreams of it. “We took out "
                    "eleven that day,” he said.") == ["Baraka"]


def test_a_place_that_opens_a_sentence_is_no_person() -> None:
    assert speakers("On Kisiri, the island where the ferry set out, the market is busy. “We "
                    "wait,” she said.") == ["Unknown"]


def test_rule_person_named_before() -> None:
    assert speakers("“We count people,” Magesa said. Among those who survived is Halima Said, "
                    "19, who sat on the upper deck.\n\n“Everyone ran to one side.”") == [
        "Magesa", "Halima Said"]
    # with no one named since, the quotation goes on
    assert speakers("“We count people,” Magesa said.\n\n“Everyone ran to one side.”") == [
        "Magesa", "Magesa"]


# Reactions and layout


def reactors(body: str) -> list[object]:
    return [r["country"].value if "country" in r else r["organisation"].value
            for r in draft(body).reactions]


def test_a_heading_line_over_its_text_is_its_own_paragraph() -> None:
    d = draft_briefing("Live: quake in the south\n\n7:00 p.m. – Neighbours send help\nColombia "
                       "and Peru have sent rescue teams.\n\n6:00 p.m. – First toll\nThe agency "
                       "says 19 people were killed.")
    assert [r["country"].value for r in d.reactions] == ["CO", "PE"]


def test_thanks_to_the_governments_of_two_countries() -> None:
    assert reactors("We thank the World Health Organization for its help, and the governments "
                    "of Norway and Chad for their messages of support.") == [
        "NO", "TD", "World Health Organization"]


def test_a_list_of_countries_named_with_of() -> None:
    assert reactors("The Islamic Republic of Iran and the Republic of Turkey have dispatched "
                    "medical teams.") == ["IR", "TR"]


def test_the_league_of_arab_states_is_the_arab_league() -> None:
    assert reactors("The Secretary-General of the League of Arab States sent a cable of "
                    "condolences.") == ["Arab League"]


def test_an_international_body_by_its_name() -> None:
    assert reactors("The International Maritime Organization, which has long warned about the "
                    "lake, said it stood ready to help.") == ["International Maritime Organization"]


def test_a_body_doing_something_now_reacts() -> None:
    assert reactors("The International Organization for Migration (IOM) is tracking "
                    "displacement in the camps.") == ["International Organization for Migration"]


# Live blogs and one body's names


def test_a_live_blog_is_read_oldest_entry_first() -> None:
    d = draft_briefing("Live: quake in the south\n\n9:40 p.m. – Final update\nThe agency has "
                       "raised the death toll to 41.\n\n3:10 p.m. – Toll rises\nThe agency said "
                       "31 people had died.\n\n11:05 a.m. – First toll\nThe agency says 19 "
                       "people were killed.")
    assert [str(c["killed"].value) for c in d.casualty_claims] == ["19", "31", "41"]
    # the page's order stays the summary's
    assert d.summary.startswith("9:40 p.m.")


def test_a_claimant_said_according_to_an_outlet() -> None:
    d = draft("Another 12 deaths were recorded, bringing the national toll to 31, the "
              "secretariat said, according to the state news agency.")
    assert [(c["claimant"].value, str(c["killed"].value), c["source"].value)
            for c in d.casualty_claims] == [("secretariat", "31", "state news agency")]


def test_rule_one_name_per_body() -> None:
    d = draft("The SNGR says 19 people were killed. The secretariat said 31 people had died. "
              "The national risk management secretariat (SNGR) has raised the death toll to "
              "41.")
    names = {c["claimant"].value for c in d.casualty_claims}
    assert len(names) == 1 and d.casualty_claims[0]["claimant"].rule == "one_name_per_body"


def test_a_command_speaks() -> None:
    assert claims("Two soldiers were killed when a wall fell on them, the armed forces joint "
                  "command said in a statement.") == [("armed forces joint command", "2", None)]


def test_the_pages_own_earlier_error_is_no_claim() -> None:
    assert claims("The secretariat said 31 people had died. In our 3:10 p.m. post we wrote "
                  "that 33 people had died according to the secretariat.") == [
        ("secretariat", "31", None)]


def test_a_toll_in_the_speakers_own_town_is_its_own_group() -> None:
    d = draft("The mayor, Ana Ruiz, said 33 people had died in her town alone.")
    assert d.casualty_claims[0]["affected"].value == "people in her town"


# Situation reports and statements


def test_bodies_in_a_place_report_deaths_in_the_province() -> None:
    d = draft("The disaster institute reports 28 deaths. Provincial authorities in Zambezia "
              "report 35 deaths in the province of Zambezia.")
    assert [(c["claimant"].value, str(c["killed"].value), c["affected"].value)
            for c in d.casualty_claims] == [
        ("disaster institute", "28", "people"),
        ("Provincial authorities", "35", "people in the province of Zambezia")]


def test_a_body_gave_its_final_figure() -> None:
    assert claims("On May 20 the prime minister's office, which took charge of the response, "
                  "gave what it called its final figure: 136 dead and 41 rescued alive.") == [
        ("prime minister's office", "136", None)]


def test_also_killed_and_others_of_a_team_injured() -> None:
    assert claims("According to the local health authorities, seven patients, among them three "
                  "children, were also killed and 19 were wounded.") == [
        ("local health authorities", "7", "19")]
    # (the others of the team are injured, not added to the dead)
    assert claims("Police said two nurses were killed and five others of their team sustained "
                  "injuries.")[0][:2] == ("Police", "2")


def test_a_statement_that_names_its_we() -> None:
    d = draft_briefing("STATEMENT\n\nOur clinic struck\n\nPort Sudan, 3 April 2025 – We, the "
                       "Nile Health Alliance, are devastated.\n\nFour of our colleagues were "
                       "killed.")
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("Nile Health Alliance", "4")]


def test_no_one_harmed_says_a_count_of_none() -> None:
    assert claims("The brigade said that its forces fired only at military positions and that "
                  "“no civilian was harmed”.") == [("brigade", "0", "0")]
    assert claims("The army said no civilians were hurt.") == [("army", None, "0")]
    # a sentence with counts of its own says them (each its own verb)
    assert claims("The agency said two people had been injured, but that no one had been "
                  "killed.") == [("agency", "0", "2")]


def test_a_denial_is_about_the_group_of_the_count_before() -> None:
    d = draft("According to the local health authorities, seven patients, among them three "
              "children, were killed and 19 were wounded. The brigade said in a statement that "
              "“no civilian was harmed”.")
    assert [(c["claimant"].value, c["affected"].value, str(c["killed"].value),
             str(c["injured"].value)) for c in d.casualty_claims] == [
        ("local health authorities", "patients", "7", "19"), ("brigade", "patients", "0", "0")]


def test_unidentified_bodies_are_no_toll() -> None:
    assert claims("The medical officer said 29 survivors were treated in hospital. Eleven "
                  "bodies remain there without names, he said.") == [
        ("medical officer", None, "29")]


def test_a_headings_quotation_repeated_below_is_no_quote_of_its_own() -> None:
    d = draft_briefing("Live: quake\n\n8:15 p.m. – “We heard them calling”\nA firefighter, "
                       "Diego Paredes, spoke to us. “We heard them calling from under a slab,” "
                       "Paredes said.")
    assert [q["text"].value for q in d.quotes] == ["We heard them calling from under a slab,"]
    # a few words someone is said to have said stay, repeated or not
    assert [q["text"].value for q in draft("The minister said the toll would climb “much "
                                           "higher”. “We expect the numbers to climb much "
                                           "higher,” he said.").quotes] == [
        "much higher", "We expect the numbers to climb much higher,"]


def affected(body: str) -> list[object]:
    return [c["affected"].value for c in draft(body).casualty_claims]


def test_the_group_is_the_words_before_the_verb() -> None:
    assert affected("Dozens are feared to have died in the mudslide, local officials said.") == [
        "people"]
    assert affected("The quake left 102 dead and more than 1,000 injured, according to "
                    "officials.") == ["people"]
    assert affected("Updated figures from the governor's office: 14 killed, 52 wounded.") == [
        "people"]
    assert affected("The toll rose to 31 on Monday, railway officials said, with 70 others in "
                    "hospital.") == ["people"]


def test_a_bodys_person_with_a_possessive() -> None:
    assert claims("The fire killed 11 workers and injured 30 others, the factory's owner told "
                  "reporters.") == [("factory's owner", "11", "30")]


def test_speakers_described_by_age_recalling_or_with_a_title_of_state() -> None:
    assert speakers("“The water came so fast,” said 60-year-old farmer Tomas Berg.") == [
        "Tomas Berg"]
    assert speakers("“We were sleeping when it hit,” recalled Amina Yusuf, 34, who lost her "
                    "house.") == ["Amina Yusuf"]
    assert speakers("“Help is on the way,” U.S. Secretary of State Marco Rubio wrote on X.") == [
        "Marco Rubio"]


def test_a_straight_single_quotation_opening_the_sentence() -> None:
    assert speakers("'The bridge was old,' said engineer Paul Okoro.") == ["Paul Okoro"]


def test_a_list_of_countries_and_an_organisation() -> None:
    assert reactors("Japan, South Korea and the European Union pledged aid.") == [
        "JP", "KR", "European Union"]


def test_another_times_toll_is_background() -> None:
    assert claims("The 2015 quake killed nearly 9,000 people in Nepal.") == []
    assert claims("Similar floods have killed hundreds of people in the region in recent "
                  "years.") == []
    assert claims("A fire in 2021 killed at least 15 people in the camp.") == []
    # a dateline's year is the story's own
    assert claims("BAGHDAD, 3 October, 2019 (INA) - The civil defence said 23 people had "
                  "died.") == [("civil defence", "23", None)]


def test_two_claimants_in_one_sentence_joined_by_while() -> None:
    assert claims("At least 30 people were killed and 70 injured, the health ministry said, "
                  "while the army put the toll at 35.") == [
        ("health ministry", "30+", "70"), ("army", "35", None)]


def test_died_later_in_hospital_and_doctors_said() -> None:
    assert claims("Two passengers died later in hospital, doctors said.") == [
        ("doctors", "2", None)]
    # (a plural after other words is not the subject of the figure before it)
    assert claims("A crush killed 56 people, the government said, but local doctors said the "
                  "real number was far higher.") == [("government", "56", None)]


def test_neighbours_described_then_also_reacting() -> None:
    assert reactors("Iran and Pakistan, Afghanistan's neighbours, also condemned the "
                    "bombing.") == ["IR", "PK"]


def test_two_leaders_with_roles_of_two_words() -> None:
    assert reactors("Germany's chancellor and Italy's prime minister offered condolences.") == [
        "DE", "IT"]


def test_an_international_body_of_something() -> None:
    assert reactors("The International Union of Railways said it was ready to help.") == [
        "International Union of Railways"]


def test_rule_one_body_and_a_named_hospitals_patients() -> None:
    d = draft("The toll rose to four, the police said. The Hayatabad Medical Complex "
              "administration reported receiving a body and four injured individuals.")
    assert [(c["claimant"].value, c["affected"].value, str(c["killed"].value))
            for c in d.casualty_claims] == [
        ("police", "people", "4"),
        ("Hayatabad Medical Complex administration",
         "people brought to Hayatabad Medical Complex administration", "1")]
    # (a body of water is no one)
    assert claims("The boat sank in a body of water near the dam, police said.") == []


def test_more_ways_of_a_count_and_a_body_of_many_words() -> None:
    assert claims("Twenty-one people were pronounced dead at the scene, a police spokesperson "
                  "told reporters.") == [("police", "21", None)]
    assert claims("The emergency operations centre reported 52 deaths and 120 "
                  "injuries.") == [("emergency operations centre", "52", "120")]
    assert claims("The Syrian Observatory for Human Rights, a Britain-based war monitor, said "
                  "54 fighters were killed.")[0][0] == "Syrian Observatory for Human Rights"


def test_a_neighbours_toll_is_its_own_group() -> None:
    d = draft_briefing("Cyclone hits Mozambique\n\nMAPUTO, Mozambique — The disaster institute "
                       "reports 28 deaths.\n\nIn Malawi, the disaster department "
                       "reports 6 deaths and 21 injuries.")
    assert [c["affected"].value for c in d.casualty_claims] == ["people", "people in Malawi"]


def test_a_short_name_is_no_country_code() -> None:
    assert speakers("“We were asleep when the water came in,” said resident Li Wei.") == [
        "Li Wei"]


def test_local_media_in_a_separate_landslide() -> None:
    d = draft("Officials said 34 people were killed. Earlier on Saturday, local media reported "
              "that 4 people had died in a separate landslide in a neighbouring province.")
    assert [(c["claimant"].value, c["affected"].value) for c in d.casualty_claims] == [
        ("Officials", "people"), ("local media", "people (in the separate landslide)")]


def test_officials_are_not_one_body_with_hospital_officials() -> None:
    d = draft("A blast killed 17 people, police and rescue officials said. Hospital officials "
              "later said two of the injured had died, raising the toll to 19.")
    assert [c["claimant"].value for c in d.casualty_claims] == [
        "police and rescue officials", "Hospital officials"]
    d = draft("A blast killed 17 people, officials said. Hospital officials later said the "
              "toll had risen to 19.")
    assert [c["claimant"].value for c in d.casualty_claims] == [
        "officials", "Hospital officials"]


def test_a_clause_after_a_semicolon_that_counts_no_one_names_no_claimant() -> None:
    assert claims("Palestinian health officials said an airstrike killed 18 people; the army "
                  "said it targeted militants.") == [("Palestinian health officials", "18", None)]


def test_a_time_or_a_decimal_is_no_count() -> None:
    d = draft_briefing("PRESS RELEASE\n\nNorthern Rail Company statement on the derailment\n\n"
                       "We confirm that three (3) of our passengers lost their lives. In our "
                       "first statement at 09:00 we reported two deaths; sadly, a passenger has "
                       "since died.")
    # (the statement's "we" is its author, named by the line "... statement on ..."; the
    # first figure is an earlier one, and "a passenger has since died" one more)
    assert [(c["claimant"].value, str(c["killed"].value)) for c in d.casualty_claims] == [
        ("Northern Rail Company", "2"), ("Northern Rail Company", "3")]
    assert [f["value"].value for f in draft("The agency said it had sent vaccines for 1.2 "
                                            "million people.").figures] == []


def test_a_dateline_in_any_case_with_an_agencys_mark_and_a_commissioner() -> None:
    d = draft_briefing("Bus falls into gorge\n\nShimla, Oct 12 (IANS) At least 14 passengers "
                       "were killed, officials said.\n\nKullu Deputy Commissioner Ashutosh Garg "
                       "spoke to reporters. “Rescue operations are on,” he said.",
                       today=date(2026, 12, 6))
    assert d.date.value == "2026-10-12"
    assert [(q["speaker"].value, q["role"].value) for q in d.quotes] == [
        ("Ashutosh Garg", "Kullu Deputy Commissioner")]


@pytest.mark.parametrize("title", ["Brig. Gen.", "Engr.", "Capt.", "Maj. Gen.", "Supt.", "Insp."])
def test_a_rank_or_title_written_short_ends_no_sentence(title: str) -> None:
    text = f"Police district director {title} Arnold Abad said 21 people had died. It rained."
    assert sentences(text) == [f"Police district director {title} Arnold Abad said 21 people "
                               "had died.", "It rained."]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Deputy Commissioner (DC) of Jamalpur Nasreen Sultana Chowdhury told BSS that 12 people "
     "were killed.", "Nasreen Sultana Chowdhury"),
    ("Mayor of Quilca Ana Ruiz said 12 people were killed.", "Ana Ruiz"),
    ("Governor of Lagos State Babajide Sanwo-Olu said 12 people were killed.",
     "Babajide Sanwo-Olu"),
])
def test_an_office_of_a_place_run_into_a_name_is_no_part_of_the_name(
        sentence: str, speaker: str) -> None:
    drafted = draft_briefing(f"Crush at a station\n\nDHAKA, March 19 - {sentence}\n")
    assert [str(c["claimant"].value) for c in drafted.casualty_claims] == [speaker]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    drafted = draft_briefing(f"Fire at a mine\n\nANKARA, May 14 - {text}\n")
    return [(str(q["speaker"].value), str(q["role"].value) if "role" in q else None)
            for q in drafted.quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Energy Minister Taner Kaya visited. \"It is a localised fire,\" Earlier Kaya said.",
     ("Taner Kaya", "Energy Minister")),
    ("\"This has been a night of extraordinary events,\" Premier Anna Bligh said.",
     ("Anna Bligh", "Premier")),
    ("\"I told the director in January,\" Father Tomas Irias said.",
     ("Tomas Irias", "Father")),
    ("\"We share the pain of every family,\" H.E. Kong Sothea said.",
     ("Kong Sothea", "H.E.")),
])
def test_a_title_or_an_opening_adverb_is_no_part_of_a_speakers_name(
        text: str, speaker: tuple[str, str | None]) -> None:
    assert _speakers(text)[-1] == speaker


def _tolls(body: str) -> list[tuple[object, ...]]:
    return [(c["affected"].value, c["killed"].value if "killed" in c else None,
             c["injured"].value if "injured" in c else None) for c in draft(body).casualty_claims]


def test_a_lists_label_names_the_group_its_line_counts() -> None:
    assert _tolls("The city police gave these figures on Sunday:\n\n"
                  "- Guests: 12 dead; 21 injured, of whom 5 are in serious condition.\n\n"
                  "- Hotel staff: 2 dead (1 receptionist, 1 security guard); 1 injured.") == [
        ("guests", 12, 21), ("hotel staff", 2, 1)]
    # (a heading is no group: "figures from the governor's office" counts people)
    assert affected("Updated figures from the governor's office: 14 killed, 52 wounded.") == [
        "people"]


def test_those_still_receiving_treatment_are_the_injured() -> None:
    assert _tolls("The district health officer said eight pupils had died and 30 were still "
                  "receiving treatment.") == [("pupils", 8, 30)]
    # (but "still in hospital" is a part of the injured already counted)
    assert _tolls("Five of the wounded were still in hospital on Thursday.") == []


def test_one_person_counted_with_a_long_description_is_a_count() -> None:
    [(_, killed, injured)] = _tolls("- 1 person waiting at the tram stop died and 4 were "
                                    "injured.")
    assert (killed, injured) == (1, 4)


def _credited(body: str) -> list[tuple[object, object]]:
    return [(c["claimant"].value, c["source"].value if "source" in c else None)
            for c in draft(body).casualty_claims]


def test_a_time_of_day_with_its_zone_ends_no_sentence() -> None:
    assert sentences("The fire started at around 4:15 a.m. Korea time, the city police said. "
                     "It rained.") == ["The fire started at around 4:15 a.m. Korea time, the "
                                       "city police said.", "It rained."]
    assert _credited("Nine guests died in the fire, which started at around 4:15 a.m. Korea "
                     "time, the Da Nang city police said.") == [("Da Nang city police", None)]


def test_an_outlet_named_as_the_agency_or_by_its_letters_only_relays() -> None:
    assert _credited("The toll rose to five this afternoon, the Santa Fe Ministry of Security "
                     "reported, according to the agency Noticias Argentinas.") == [
        ("Santa Fe Ministry of Security", "Noticias Argentinas")]
    assert _credited("The provincial health office put the toll at four dead and 29 injured, "
                     "Thai PBS reported, counting people treated for minor injuries.") == [
        ("provincial health office", "Thai PBS")]


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    ("The tragic incident resulted in the death of at least 82 people and injury of another "
     "110 citizens.", "82+", 110),
    ("More than 300 persons were still undergoing treatment at hospitals here.", None, "300+"),
    ("The number of victims was by press time reported to be at least 136 people.", "136+",
     None),
    ("Intense heatwave claims at least 53 lives, confirm Delhi hospitals.", "53+", None),
    ("The centre has confirmed that death from cholera outbreak has risen to 54.", 54, None),
])
def test_a_toll_named_by_a_noun_or_in_the_present_is_a_count(
        sentence: str, killed: object, injured: object) -> None:
    [(_, got_killed, got_injured)] = _tolls(sentence)
    assert (got_killed, got_injured) == (killed, injured)


@pytest.mark.parametrize("sentence", [
    "The ferry accident left nearly 300 people dead or missing, the coast guard said.",
    "\"We moved more than 100 people between dead and injured,\" said the rescuer.",
    "Only doctors can decide if a person died due to heat stroke or not, he said.",
])
def test_a_figure_of_two_measures_or_of_a_condition_is_no_toll(sentence: str) -> None:
    assert _tolls(sentence) == []


def test_a_dates_month_is_no_part_of_the_body_after_it() -> None:
    assert [c for c, _ in _credited("On the morning of 12 February NEMA corrected its figure "
                                     "to nine dead.")] == ["NEMA"]
    # (a month that is also a first name stays: "April Moyo said")
    assert [c for c, _ in _credited("April Moyo said nine people had died.")] == ["April Moyo"]


@pytest.mark.parametrize("sentence", [
    "Malaria claims about 600,000 lives a year worldwide, the WHO says.",
    "Deaths in road accidents have increased to 1,200 a year nationally, the ministry said.",
    "Deaths from drowning have risen to 30 percent of all accidental deaths, the agency said.",
    "The driver suffered injuries to 2 fingers, police said.",
    "The new law is meant to prevent injury to 2,000 workers a year, the ministry said.",
    "The number of victims is unlikely to be 50 or more, officials said.",
])
def test_a_rate_a_share_a_body_part_or_a_doubt_is_no_toll(sentence: str) -> None:
    assert _tolls(sentence) == []


def test_a_toll_followed_by_the_missing_still_counts() -> None:
    assert _tolls("Five fishermen were killed and missing crew members were still being "
                  "sought, the coast guard said.") == [("fishermen", 5, None)]
    assert _tolls("A cholera outbreak has killed 74 people in less than a month, the health "
                  "ministry said.") == [("people", 74, None)]


@pytest.mark.parametrize("line", ["Police said: 12 dead and 30 injured.",
                                  "Lagos: 12 dead and 30 injured after the blast.",
                                  "Kenya: 12 dead and 30 injured in the crash, police said.",
                                  "Summary of the day: 12 dead and 30 injured."])
def test_a_heading_a_place_or_a_speaker_is_no_lists_label(line: str) -> None:
    assert [group for group, _, _ in _tolls(line)] == ["people"]


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("The Sunday Telegraph reported that 14 people had died.", "Sunday Telegraph"),
    ("First Bank said 12 staff were injured.", "First Bank"),
    ("Mayor of New York Eric Adams told reporters 14 people had died.", "Eric Adams"),
    ("The Mayor of Los Angeles Karen Bass told reporters 14 people had died.", "Karen Bass"),
    ("President of South Africa Cyril Ramaphosa told reporters 14 people had died.",
     "Cyril Ramaphosa"),
])
def test_a_name_keeps_its_own_words_and_loses_only_an_offices_place(
        sentence: str, claimant: str) -> None:
    assert [c for c, _ in _credited(sentence)] == [claimant]


def test_an_offices_country_is_the_claims_country() -> None:
    [claim] = draft("President of South Africa Cyril Ramaphosa told reporters 14 people had "
                    "died.").casualty_claims
    assert claim["country"].value == "ZA"


def test_those_still_in_hospital_of_a_count_are_a_part_of_it() -> None:
    assert _tolls("The number of injured remains 61, of whom 17 are still in hospital.") == [
        ("people", None, 61)]
    assert _tolls("Thirty people were injured, of whom 12 remain in hospital.") == [
        ("people", None, 30)]
    assert _tolls("Of the injured, 29 are undergoing treatment at the district hospital, "
                  "she said.") == []


def test_citizens_who_came_to_lose_their_lives_are_the_dead() -> None:
    assert _tolls("The office said fourteen (14) citizens came to lose their lives in "
                  "consequence of the food intoxication.") == [("citizens", 14, None)]
