"""Rules of the eighteenth round's session, for one article: those who came
to help are a group of their own."""

from __future__ import annotations

from tests.core.draft_helpers import claims, reactors, speakers_and_roles


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


def test_each_giver_of_a_list_with_its_word_told_again() -> None:
    assert reactors("Condolences have come from the Prime Minister of Estonia and from "
                     "Sweden's foreign minister.") == ["EE", "SE"]
    assert reactors("Condolences were transmitted by Ukraine and by the Delegation of the "
                     "European Union to the Republic of Moldova.") == ["UA", "European Union"]


def test_a_list_goes_on_past_a_clause_about_one_of_its_givers() -> None:
    assert reactors("We have received messages of sympathy from the Embassy of the "
                     "Democratic Republic of the Congo, whose consul visited two workers in "
                     "hospital, from the Republic of Burundi and from Uganda.") == [
        "CD", "BI", "UG"]


def test_as_did_adds_one_more_giver() -> None:
    assert reactors("Saudi Arabia, Egypt and Iraq sent condolences, as did the Kingdom of "
                     "Bahrain.") == ["SA", "EG", "IQ", "BH"]


def test_a_state_named_with_an_elided_article() -> None:
    assert reactors("Messages of condolence have been received from the Republic of Guinea "
                     "and Côte d’Ivoire, and from the ECOWAS Commission.") == [
        "GN", "CI", "ECOWAS"]


def test_a_list_of_offices_and_their_holders_reacts() -> None:
    assert reactors("French Foreign Minister Bernard Kouchner and the Turkish Embassy in "
                     "Islamabad also issued condolence statements.") == ["FR", "TR"]
    # (a sentence's opening word is no name of the list)
    assert reactors("However, the United States Geological Survey put the magnitude at 6.8 "
                     "and said the epicentre was 96 km away.") == []


def test_the_subject_after_an_opening_phrase_reacts() -> None:
    assert reactors("In a heartfelt reaction to the fire in Dhaka, Bangladesh, Japanese "
                     "Foreign Minister Kamikawa Yoko has voiced her profound shock.") == ["JP"]
    assert reactors("In response to the fire, France and Germany sent condolences.") == [
        "FR", "DE"]


def test_givers_after_how_many_countries_or_words_of_condolence() -> None:
    assert reactors("Morocco has so far accepted aid offers from four countries – Spain, the "
                     "UK, Qatar and the United Arab Emirates.") == ["ES", "GB", "QA", "AE"]
    assert reactors("Words of condolence in connection with the tragedy were expressed by the "
                     "Ministry of Emergency Situations of the Russian Federation, the leadership "
                     "of Kazakhstan and the Executive Committee of the Commonwealth of "
                     "Independent States.") == ["RU", "KZ", "Commonwealth of Independent States"]


def test_a_translations_dash_and_a_rank_in_lower_case_before_the_name() -> None:
    assert speakers_and_roles("«The fire developed very quickly», - said the head of the "
                              "Vitebsk regional department of the MChS, colonel of internal "
                              "service Andrey Kurilovich.")[0][0] == "Andrey Kurilovich"


def test_the_number_of_those_confirmed_dead_has_now_increased_to() -> None:
    assert claims("The number of people who were confirmed dead in Friday's earthquake has now "
                  "increased to 2,497, according to the interior ministry.") == [
        ("interior ministry", "people", 2497, None)]
    assert claims("The number of people injured has risen to 40, police said.") == [
        ("police", "people", None, 40)]
    assert claims("2,476 people were so far injured, the ministry said.") == [
        ("ministry", "people", None, 2476)]


def test_it_was_reported_by_a_body_that_names_the_body() -> None:
    assert claims("It was earlier purported by the Ministry of Information that 17 people were "
                  "confirmed dead.") == [("Ministry of Information", "people", 17, None)]
    # (never the clause after the body's name)
    assert claims("It was reported by the police that 12 people died.") == [
        ("police", "people", 12, None)]


def test_corner_brackets_are_quotation_marks() -> None:
    assert speakers_and_roles("Resident Lin Mei-hua escaped. 「My husband shouted 『the mountain "
                              "is coming』, and I only had time to run,」 she said.") == [
        ("Lin Mei-hua", "resident")]


def test_a_broadcaster_relays_and_a_person_of_a_body_speaks_for_it() -> None:
    assert claims("The death toll has risen to 15, Fana Broadcasting Corporate (FBC) reports, "
                  "quoting Commander Tolera Gudeta of the West Shewa Zone Police, who also put "
                  "the number of injured at 36.") == [
        ("West Shewa Zone Police", "people", 15, 36)]


def test_a_bodys_document_is_the_body() -> None:
    assert claims("According to the ERCS assessment as of this morning, 22 people have lost "
                  "their lives.") == [("ERCS", "people", 22, None)]


def test_placed_the_death_toll_at_names_who_placed_it() -> None:
    assert claims("The police placed the death toll at 64.") == [("police", "people", 64, None)]


def test_the_ministry_of_the_interior_is_named_whole() -> None:
    assert claims("Twelve people died, the Ministry of the Interior said.") == [
        ("Ministry of the Interior", "people", 12, None)]
    # (whose ministry, said before it, stays part of the name)
    assert claims("Twelve people died, Brazil's Ministry of Foreign Affairs said.") == [
        ("Brazil's Ministry of Foreign Affairs", "people", 12, None)]
