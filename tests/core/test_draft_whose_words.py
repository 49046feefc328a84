"""Whose words and whose figures, as real copy writes them: a clarification,
a statement by an office, a role named before the person in "according to",
a person's own statement."""

from __future__ import annotations

from tests.core.draft_helpers import claims
from tests.core.draft_helpers import speakers_and_roles as speakers
from tui.core.draft import draft_briefing


def test_clarified_and_reiterated_are_verbs_of_saying() -> None:
    assert claims("The embassy clarified on Sunday that 13 Filipinos died in the fire.")[0][0] \
        == "embassy"
    assert claims("Faisal Edhi reiterated his claim that 65 people have died.")[0][0] \
        == "Faisal Edhi"


def test_a_statement_by_an_office_is_the_offices() -> None:
    assert claims("The statement by the commissioner’s office said that 17 bodies were "
                  "pulled out from the rubble.")[0][0] == "commissioner’s office"
    assert claims("An initial statement by the Norvale Fire Brigade said nine people died.")[0][0] \
        == "Norvale Fire Brigade"


def test_according_to_a_role_then_the_name_between_commas_is_that_person() -> None:
    assert speakers("According to our plant manager, Ms. Pornthip Chaiyaporn, who led the "
                    "response, “the sensors worked.”") == [("Pornthip Chaiyaporn",
                                                           "plant manager")]
    assert speakers("According to our Health and Safety Manager, Ms. Ioana Stanciu, the "
                    "system “had been inspected in August”, and she handed over its "
                    "records.") == [("Ioana Stanciu", "Health and Safety Manager")]


def test_according_to_a_persons_own_statement_is_that_person() -> None:
    got = speakers("One door was chained “to stop people getting in without paying,” "
                   "according to the head of security's own statement to the prosecutor.")
    assert got[0][0] == "head of security"


def test_a_releases_letterhead_is_who_we_are() -> None:
    release = ("NORVALE POLICE AUTHORITY – REGION SOUTH\nPress release\n"
               "Norvale, Saturday 9 June 2029, 10:45\n\n"
               "Balcony collapse: a third young person has died\n\n"
               "We are very sorry to report that a third young person has died after the "
               "collapse of a balcony on Friday evening.\n\n"
               "In our press release on Friday we stated that 19 people had been injured.\n")
    got = [(str(c["claimant"].value), c.get("killed") and c["killed"].value)
           for c in draft_briefing(release).casualty_claims]
    assert ("Norvale Police Authority", 3) in got
    assert all(who != "Unknown" for who, _ in got)


def test_a_companys_legal_form_makes_its_letterhead_a_body() -> None:
    release = ("VESTFJORD HELIKOPTER AS\nPress release – Update 4\n"
               "Bergen, Wednesday 19 November 2025, 14:30 CET\n\n"
               "Flight VH 512: our colleagues and our passengers\n\n"
               "It is with deep sorrow that we confirm that two of our passengers lost "
               "their lives.\n")
    got = [str(c["claimant"].value) for c in draft_briefing(release).casualty_claims]
    assert got == ["Vestfjord Helikopter AS"]


def test_plural_speakers_described_by_a_word_are_the_subject() -> None:
    assert claims("But opposition medics have said 127 people were killed.")[0][0] \
        == "opposition medics"
    # a time before them is no description: "this morning police" are the police
    assert claims("In a statement this morning police said 10 people were killed.")[0][0] \
        == "police"


def test_upgraded_sets_a_toll_and_first_figures_from_a_body_are_its() -> None:
    assert claims("The civil protection agency earlier upgraded the death toll to 20 "
                  "from 15.") == [("civil protection agency", "people", 15, None),
                                  ("civil protection agency", "people", 20, None)]
    assert claims("10:05 — First figures from the EMS: two people dead.")[0][:3] == (
        "EMS", "people", 2)


def test_counter_examples_to_the_claimant_rules() -> None:
    """A second reader's sentences the rules above once misread."""
    # the medium's own count, in a clause after the body's verb, is the medium's
    assert claims("State media said that the Interior Ministry confirmed the attack, and its "
                  "own reporters counted 10 dead.")[0][0] == "State media"
    # "and" inside a body's name is no clause's joiner
    assert claims("The toll was initially eight, but the Department of Health and Human "
                  "Services revised it to six.")[-1][:3] == (
        "Department of Health and Human Services", "people", 6)
    # a quantifier or an adverb is no description of the speakers
    assert claims("So far doctors have said 127 people were killed.")[0][0] != "So far doctors"
    # a count of customers is no toll: "adjusted the count" names no claimant of the dead
    assert claims("Three people died in the storm, and the utility adjusted the count from "
                  "200,000 to 150,000 customers without power.")[0][0] == "Unknown"
    # a headline that opens with "Department" is no letterhead
    article = ("Department store collapse kills 40 in Dhaka\n\n“Six of our colleagues died in "
               "there,” a woman who worked on the third floor said.\n")
    assert [str(c["claimant"].value) for c in draft_briefing(article).casualty_claims] == [
        "woman"]


def test_a_letterhead_in_capitals_is_written_as_a_name() -> None:
    from tui.core.draft.report_issuer import _as_name

    assert _as_name("DIRECTION GENERALE DE LA PROTECTION CIVILE") == (
        "Direction Generale de la Protection Civile")
    assert _as_name("ST JOHN AMBULANCE") == "St John Ambulance"
    assert _as_name("VESTFJORD HELIKOPTER AS") == "Vestfjord Helikopter AS"
    assert _as_name("THE MINISTRY OF HEALTH (MOH)") == "The Ministry of Health (MOH)"


def test_a_possessive_names_the_person_a_later_she_is() -> None:
    got = speakers("A week after the leak, the gulls were back. Awa Diouf's eyes still "
                   "watered in the sun. She had gone back to the beach.\n\n“What else would "
                   "I do?” she said.")
    assert got == [("Awa Diouf", None)]


def test_a_relay_quoting_the_bodys_officer_credits_the_body() -> None:
    assert claims("The Uganda Red Cross Society, however, says 44 pupils were injured, Uganda "
                  "Radio Network reported, quoting the society's regional branch manager.")[0][:2] \
        == ("Uganda Red Cross Society", "pupils")
    # quoting a body named in full stays that body
    assert claims("Six divers drowned, the state news agency reported, quoting the navy.")[0][0] \
        == "navy"


def test_a_time_that_opens_the_sentence_and_a_quotes_end_are_no_subject() -> None:
    from tui.core.draft.names import subject_at, subject_before

    assert subject_at("By the afternoon its director ") == "director"
    assert subject_before("“They are destroying schools and county headquarters,” Leek "
                          "said") == "Leek"


def test_what_we_know_another_body_said_is_that_bodys() -> None:
    assert claims("We know that the Joint Rescue Coordination Centre of Southern Norway "
                  "(JRCC) said this morning that five people had lost their lives.")[0][0] \
        .startswith("Joint Rescue Coordination Centre of Southern Norway")


def test_figures_and_reports_are_named_by_whose_they_are() -> None:
    assert claims("According to government figures, the floods killed 27 people.")[0][0] \
        == "government"
    assert claims("According to the latest reports, the death toll had increased to 134 on "
                  "Monday.")[0][0] == "Unknown"
    # "official figures" stay as articles call them
    assert claims("According to official figures, 42 people were killed.")[0][0] == (
        "official figures")


def test_speaker_by_title_is_the_person_the_article_names_so() -> None:
    assert speakers("The district commissioner and Civil Surgeon Mohammad Ilias Chowdhury said "
                    "the toll had reached 49.\n\nThe Civil Surgeon said, “The death toll is "
                    "now 41.”") == [("Mohammad Ilias Chowdhury", "Civil Surgeon")]
    # "Eng." ends no sentence: the title's name follows it
    assert speakers("“We failed them,” said our Executive Director, Eng. Stefan Iliev.") == [
        ("Stefan Iliev", "Executive Director")]


def test_a_day_is_never_a_claimant_nor_a_list_item() -> None:
    assert claims("According to Chattogram district administration the death toll in the "
                  "fire reached 41 from 49.")[-1][:3] == (
        "Chattogram district administration", "people", 41)
    got = claims("On Wednesday, Giuseppe Conte and the interior minister said 38 people had "
                 "died.")
    assert all(not c[0].startswith("On Wednesday") for c in got)


def test_a_body_that_counts_now_and_a_french_name_in_lower_case() -> None:
    assert claims("The police now count three dead and four injured.")[0][:4] == (
        "police", "people", 3, 4)
    assert claims("The Gendarmerie nationale initially reported five dead.")[0][:3] == (
        "Gendarmerie nationale", "people", 5)
    # rescuers who have so far recovered bodies are still no claimant
    assert claims("The combined rescue team has so far recovered 12 bodies.")[0][0] == "Unknown"


def test_a_name_in_its_own_language_between_brackets_is_no_part_of_it() -> None:
    from tui.core.draft.names import subject_before

    assert subject_before("The Volunteer Firefighters (Bomberos Voluntarios), the first "
                          "rescuers on the scene, said") == "Volunteer Firefighters"
    assert subject_before("The National Disaster Management Authority (NDMA) said") == (
        "National Disaster Management Authority")


def test_a_bylines_date_line_is_no_part_of_the_summary() -> None:
    article = ("Eight shot dead at a tavern\n\nSunday 14 June 2026 - 06:48\n\n"
               "JOHANNESBURG - Eight people have been shot dead at a tavern, police said.\n\n"
               "The wounded were taken to hospital.\n")
    draft = draft_briefing(article)
    assert "06:48" not in draft.summary
    assert all("06:48" not in point for point in draft.key_points)


def test_a_long_lower_case_role_before_the_name_after_a_quote() -> None:
    # (four words of role, "of" among them, and initials for the given names)
    assert speakers("“We have counted all the bodies,” assistant superintendent of police "
                    "S.P. Pathak told AFP by telephone.") \
        == [("S.P. Pathak", "assistant superintendent of police")]


def test_our_count_in_a_statement_is_its_authors() -> None:
    release = ("NORVALE TEA COMPANY LTD\nPRESS RELEASE – FOR IMMEDIATE RELEASE\n\nNorvale, 20 "
               "November 2030\n\nWe are deeply grieved by the explosion at our factory. Our "
               "statement of Monday gave three dead. Our count therefore stands at four dead "
               "and 13 injured.\n")
    last = draft_briefing(release).casualty_claims[-1]
    assert (last["claimant"].value, last["killed"].value, last["injured"].value) \
        == ("Norvale Tea", 4, 13)


def test_a_name_after_a_role_with_no_comma_closing_it() -> None:
    assert speakers("“The siege was concluded last night,” Major Nur Aden, a police officer "
                    "told Reuters from Beledweyne.") == [("Nur Aden", "Major")]


def test_a_person_who_goes_by_a_name_is_that_name() -> None:
    assert speakers("A resident of the village of Khakhawali in Rajasthan, who goes only by "
                    "the name Surendra, said that within minutes “dust gathered with such "
                    "speed” that nobody could see.")[0][0] == "Surendra"


def test_a_letterheads_short_words_are_words_unless_they_are_acronyms() -> None:
    release = ("NORVALE NHS HEALTH AUTHORITY\n\nNorvale, 20 November 2030\n\nWe regret that "
               "our hospital recorded two deaths.\n")
    assert draft_briefing(release).casualty_claims[0]["claimant"].value \
        == "Norvale NHS Health Authority"
