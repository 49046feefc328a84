"""Rules found on the third held-out stories: names shortened to capitals,
a release's issuer behind its press office or on its own site, two
claimants named together, injured who died later, a one-place story's
people. Every report here is written for the test."""

from __future__ import annotations

from datetime import date

from tests.core.several_helpers import BASE, base_with, claims, figures, report
from tui.core.draft.article import Article
from tui.core.draft.report import Report, report_of
from tui.core.draft.report_tolls import injured_who_died, issuing_body, published_by
from tui.core.draft.resolve import Names, is_body
from tui.core.draft.several_rules import split_both
from tui.core.draft.short_names import abbreviates
from tui.core.story.update import update_text


def _own_report(text: str, outlet: str, url: str,
                published: str = "2025-03-01T12:00:00+00:00") -> Report:
    return report_of(Article(text), "r.txt",
                     {"published": published, "outlet": outlet, "url": url},
                     today=date(2025, 3, 5))


def test_a_name_with_some_words_as_capitals_is_the_body_it_spells() -> None:
    assert abbreviates("KL Water Authority", "Kora-Lanth Water Authority")
    assert abbreviates("Upper Vessa PFRO", "Upper Vessa Provincial Flood Response Office")
    assert abbreviates("NAFRO", "National Flood Response Organisation")
    assert not abbreviates("KL Water Authority", "National Water Authority")
    assert not abbreviates("NWA", "Kora-Lanth Water Authority")
    names = Names()
    full = names.resolve("Kora-Lanth Water Authority")
    names.resolve("Dunsk Water Authority")
    assert names.find("KL Water Authority") is full
    office = names.resolve("Upper Vessa Provincial Flood Response Office")
    assert names.find("Upper Vessa PFRO") is office


def test_a_shortened_name_across_reports_is_one_claimant() -> None:
    first = report("Flood\n\nAt least six people died, the Upper Vessa Provincial Flood "
                   "Response Office said.\n")
    later = report("Flood\n\nThe Upper Vessa PFRO raised the toll to nine people dead.\n",
                   "2025-03-01T18:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert {c[0] for c in claims(new)} == {"Upper Vessa Provincial Flood Response Office"}
    assert not new.disputes


def test_a_press_office_under_a_body_is_not_the_issuer() -> None:
    text = ("NATIONAL RIVER RESCUE SERVICE\nPUBLIC RELATIONS DEPARTMENT\n\nPRESS RELEASE\n\n"
            "Nine persons have died.\n")
    assert issuing_body(text) == "National River Rescue Service"
    unit = "STATE GOVERNMENT\nDirectorate of Civil Defence\nBulletin 4/2025\n\nText.\n"
    assert issuing_body(unit) == "Directorate of Civil Defence"


def test_a_report_a_body_publishes_itself_is_its_release() -> None:
    assert published_by("EMERGENCY DIRECTORATE OF VALORIA", "EDV",
                        "https://example.org/edv/news") == "Emergency Directorate of Valoria"
    assert published_by("MARSH RESCUE OF VALORIA", "Marsh Rescue of Valoria",
                        "https://example.org/marsh-gov-vl/news/1") == "Marsh Rescue of Valoria"
    assert published_by("Daily Courier", "Daily Courier", "https://example.org/courier") is None
    r = _own_report("MARSH RESCUE OF VALORIA\nNews | 01.03.2025 12:00\n\nRescue completed\n\n"
                    "The bodies of 7 people have been recovered from the mud. 10 people were "
                    "injured and taken to medical facilities.\n",
                    "Marsh Rescue of Valoria", "https://example.org/marsh-gov-vl/news/1")
    new = update_text(BASE, [r]).new
    assert [(c[0], c[2], c[3]) for c in claims(new)] == [("Marsh Rescue of Valoria", "7", "10")]


def test_a_body_and_an_official_named_together_are_two_claimants() -> None:
    assert split_both("Flood Ministry and Governor Ilsa Varn") == ["Flood Ministry",
                                                                   "Governor Ilsa Varn"]
    assert split_both("Ministry of Roads and Bridges") == ["Ministry of Roads and Bridges"]
    assert split_both("Office of Flood Relief and Recovery Agency") == [
        "Office of Flood Relief and Recovery Agency"]
    r = report("Flood\n\nTwo people injured in the flood have died in hospital, bringing the "
               "toll to 14, the Flood Ministry and Governor Ilsa Varn said on Monday.\n")
    new = update_text(base_with(("Flood Ministry", "people", 12)), [r]).new
    assert sorted(claims(new)[1:]) == [("Flood Ministry", "people", "14", None),
                                       ("Ilsa Varn", "people", "14", None)]


def test_injured_who_died_later_are_deaths() -> None:
    assert injured_who_died("Two people injured in Monday's flood in Arvel, Valoria, have "
                            "died in hospital, bringing the death toll to 14.")
    assert not injured_who_died("Nine people were injured in the flood and one has died.")


def test_a_one_place_storys_toll_is_of_people_not_of_its_residents() -> None:
    first = report("Blast\n\nAt least three people were killed when a boiler exploded in the "
                   "town of Merrow, the Valoria Fire Service said.\n")
    later = report("Blast\n\nThe Valoria Fire Service raised the toll to eight people.\n",
                   "2025-03-01T18:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert [c[1] for c in claims(new)] == ["people", "people"]
    two = report("Blast\n\nFour people were also killed in the town of Dunsk, the Valoria "
                 "Fire Service said.\n", "2025-03-01T19:00:00+00:00")
    new = update_text(BASE, [first, later, two]).new
    assert [c[1] for c in claims(new)] == ["Merrow residents", "Merrow residents",
                                           "Dunsk residents"]


def test_a_toll_told_again_in_full_completes_the_vague_telling() -> None:
    r = report("Flood\n\nThe toll from the flood rose to 19 on Monday, flood officials said. "
               "The Valoria Flood Authority said 19 people had been killed and nine injured.\n")
    new = update_text(base_with(("Valoria Flood Authority", "people", 8)), [r]).new
    assert claims(new)[1:] == [("Valoria Flood Authority", "people", "19", "9")]


def test_soldiers_martyred_are_killed() -> None:
    from tui.core.draft.report_deaths import martyrs_in

    assert martyrs_in("The army said four soldiers were martyred and one was missing.") == (
        "soldiers", "4")
    assert martyrs_in("Six policemen, including an inspector, embraced shahadat.") == (
        "policemen", "6")
    r = report("Raid\n\nThe Defence Ministry of Valoria said four soldiers were martyred and "
               "two were missing after the raid.\n")
    new = update_text(BASE, [r]).new
    assert claims(new) == [("Defence Ministry of Valoria", "soldiers", "4", None)]
    assert figures(new) == [("Defence Ministry of Valoria", "soldiers missing", "2")]


def test_counts_no_longer_missing_are_zero() -> None:
    from tui.core.draft.report_figures import missing_in

    assert missing_in("No one remains under the rubble.") == [("under the rubble", "0")]
    assert missing_in("Five people are believed to be still under the rubble.") == [
        ("under the rubble", "5")]
    assert missing_in("The bodies of the three missing divers were found, leaving no one "
                      "missing, the coast guard said.") == [("missing", "0")]
    assert missing_in("All the climbers who had set out are now accounted for.") == [
        ("unaccounted for", "0")]
    assert missing_in("The bodies of the two guides who were missing have been "
                      "recovered.") == [("missing", "0")]
    blog = report("Storm\n\nFour climbers are still unaccounted for, the Arvel police said.\n")
    later = report("Storm\n\nAll the climbers are now accounted for, the Arvel police said.\n",
                   "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [blog, later]).new
    assert figures(new) == [("Arvel police", "climbers unaccounted for", "4"),
                            ("Arvel police", "climbers unaccounted for", "0")]


def test_a_description_is_the_body_the_report_names_in_full() -> None:
    r = report("Flood\n\nAt least six people died, the region's flood relief authority said. "
               "The Kora-Lanth Flood Relief Authority (KLFRA) said the river had burst.\n")
    later = report("Flood\n\nThe KL Flood Relief Authority said nine people had died.\n",
                   "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [r, later]).new
    assert {c[0] for c in claims(new)} == {"Kora-Lanth Flood Relief Authority"}


def test_a_count_a_body_had_reported_earlier_is_no_new_one() -> None:
    from tui.core.draft.report_figures import stated_before

    assert stated_before("the national agency had reported seven dead earlier on Monday", "7")
    assert not stated_before("the national agency reported seven dead on Monday", "7")


def test_a_situation_reports_casualty_list_is_its_issuers_toll() -> None:
    sitrep = ("NATIONAL FLOOD RELIEF COUNCIL\nArvel City\n\nSITUATIONAL REPORT NO. 3\n"
              "as of 01 March 2025, 0600H\n\nII. CASUALTIES\na. Dead: four (4) fishermen\n"
              "b. Injured: six (6) fishermen; two (2) residents of Brgy. Olo, Arvel\n"
              "c. Missing: for validation\n")
    new = update_text(BASE, [report(sitrep)]).new
    assert claims(new) == [("National Flood Relief Council", "fishermen", "4", "6"),
                           ("National Flood Relief Council", "residents of Brgy. Olo", None,
                            "2")]


def test_a_mastheads_capitals_make_no_issuer() -> None:
    assert published_by("COURIER", "Courier", "https://example.org/courier/1") is None


def test_a_group_cut_at_a_places_first_word_is_completed() -> None:
    r = report("Quake\n\nThree residents of Barangay Olo, at the foot of the hill, were hurt "
               "by falling rocks, the provincial disaster office says.\n")
    new = update_text(BASE, [r]).new
    assert claims(new)[0][1] == "residents of Barangay Olo"


def test_injured_inside_a_sentence_are_counted() -> None:
    from tui.core.draft.report_tolls import injured_in

    assert injured_in("During the works three rescuers of the Valoria Fire Service were "
                      "injured by a falling beam.") == ("rescuers", "3")
    assert injured_in("The regional health ministry says 14 people, including two children, "
                      "have been hospitalized.") == ("people", "14")


def test_a_toll_of_people_never_joins_the_responders_group() -> None:
    first = report("Blast\n\nThe Valoria Fire Service said seven people had died.\n")
    later = report("Blast\n\nThe Valoria Fire Service said two firefighters were injured.\n",
                   "2025-03-01T18:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert [c[1] for c in claims(new)] == ["people", "firefighters"]


def test_a_body_known_by_a_brand_and_a_translated_name_is_one() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    ministry = names.resolve("Russian Emergencies Ministry")
    assert names.find("EMERCOM of Russia") is ministry
    assert names.find("the Emergencies Ministry (MChS)") is ministry
    assert names.find("Russian Interior Ministry") is not ministry


def test_a_body_that_gave_the_same_toll_states_it_too() -> None:
    r = report("Quake\n\nNine climbers were killed and four injured, the Valoria Mountain "
               "Council said on Monday. The district rescue office in Arvel gave the same "
               "toll.\n")
    new = update_text(BASE, [r]).new
    assert claims(new) == [("Valoria Mountain Council", "climbers", "9", "4"),
                           ("district rescue office", "climbers", "9", "4")]
    assert not new.disputes


def test_where_the_injured_were_treated_is_not_where_the_toll_is() -> None:
    first = report("Blast\n\nAt least five people died when a tanker exploded in the town of "
                   "Merrow, the Valoria Fire Service said.\n")
    later = report("Blast\n\nThe Valoria Health Directorate said 30 people had been treated "
                   "at hospitals in Dunsk and Olo for burns.\n", "2025-03-01T18:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert [c[1] for c in claims(new)] == ["people", "people"]


def test_a_release_counting_persons_confirmed_dead_and_burns_is_a_toll_of_persons() -> None:
    release = ("VALORIA FIRE SERVICE\nPUBLIC RELATIONS DEPARTMENT\n\nPRESS RELEASE\n\n"
               "The number of persons confirmed dead has risen to nine (9), while twenty (20) "
               "persons sustained various degrees of burns.\n")
    later = report("Blast\n\nThe Valoria Health Directorate said its hospitals had treated "
                   "31 people for burns.\n", "2025-03-01T18:00:00+00:00")
    new = update_text(BASE, [report(release), later]).new
    assert claims(new) == [("Valoria Fire Service", "persons", "9", "20"),
                           ("Valoria Health Directorate", "people", None, "31")]


def test_a_toll_of_a_whole_province_is_the_provinces() -> None:
    r = report("Storm\n\nAt least nine people died in Arvel province after the storm, the "
               "National Storm Agency said.\n")
    assert claims(update_text(BASE, [r]).new) == [
        ("National Storm Agency", "Arvel province", "9+", None)]


def test_a_total_split_between_places_is_each_places_toll() -> None:
    first = report("Storm\n\nAt least nine people died in Arvel province and four in Dunsk "
                   "province, the National Storm Agency said.\n")
    wrap = report("Storm\n\nThe National Storm Agency says 20 people have died: 15 in Arvel "
                  "province and 5 in Dunsk.\n", "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [first, wrap]).new
    assert ("National Storm Agency", "Arvel province", "15", None) in claims(new)
    assert ("National Storm Agency", "Dunsk province", "5", None) in claims(new)
    assert all(c[1] != "people" for c in claims(new))


def test_a_provincial_governments_toll_in_the_province_is_its_provinces() -> None:
    r = report("Storm\n\nThe Olo provincial government reports 7 deaths in the province.\n")
    assert claims(update_text(BASE, [r]).new) == [
        ("Olo provincial government", "Olo province", "7", None)]


def test_a_headline_under_the_outlets_name_is_no_new_toll() -> None:
    r = report("Valoria Daily\nStorm: agency raises Olo toll to 13\nPublished: 1 March 2025\n\n"
               "The National Storm Agency on Monday raised the number of people killed in "
               "Olo province to 13.\n")
    assert claims(update_text(BASE, [r]).new) == [
        ("National Storm Agency", "Olo province", "13", None)]


def test_people_affected_are_a_figure_of_who_said_it() -> None:
    r = report("Storm\n\nThe storm killed 12 people in Olo province, the National Storm Agency "
               "said. About 80,000 people have been affected, it said.\n")
    later = report("Update\n\n- According to NSA, some 95,000 people are affected.\n",
                   "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [r, later]).new
    assert figures(new) == [("National Storm Agency", "people affected", "80000"),
                            ("National Storm Agency", "people affected", "95000")]
    assert new.names.key("NSA") == new.names.key("National Storm Agency")


def test_a_second_places_toll_after_and_is_its_own() -> None:
    r = report("Storm\n\nThe storm has killed 14 people in Valoria's northern Arvel province and "
               "five in neighbouring Dunsk, the National Storm Agency said.\n")
    assert claims(update_text(BASE, [r]).new) == [
        ("National Storm Agency", "Arvel province", "14", None),
        ("National Storm Agency", "Dunsk province", "5", None)]


def test_new_injured_beside_dead_told_again_revise_both() -> None:
    first = report("Storm\n\nThe storm killed 20 people in Arvel province and injured 60, the "
                   "National Storm Agency said.\n")
    wrap = report("Storm\n\nThe National Storm Agency says 26 people have died: 20 in Arvel "
                  "province and 6 in Dunsk. The agency now says 75 people were injured in "
                  "Arvel.\n", "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [first, wrap]).new
    assert [c for c in claims(new) if c[1] == "Arvel province"] == [
        ("National Storm Agency", "Arvel province", "20", "60"),
        ("National Storm Agency", "Arvel province", "20", "75")]


def test_people_treated_after_a_release_of_smoke_are_its_injured() -> None:
    from tui.core.draft.report_deaths import treated_in

    assert treated_in("The city said 30 residents of streets near the plant had been treated "
                      "in hospital for coughing.") == ("residents", "30")
    assert treated_in("The number of residents who sought hospital treatment rose to 44, "
                      "the city said.") == ("residents", "44")
    assert treated_in("Volunteers counted more than 150 residents with symptoms.") == (
        "residents", "150+")
    first = report("Blast\n\nFour workers were killed in the blast at the plant, the Arvel "
                   "Fire Station said.\n")
    later = report("Blast\n\nThe Arvel city government said 30 residents of streets near the "
                   "plant had been treated in hospital for coughing.\n",
                   "2025-03-01T18:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert claims(new) == [("Arvel Fire Station", "workers", "4", None),
                           ("Arvel city government", "residents", None, "30")]
    assert not new.disputes


def test_fire_authorities_are_the_fire_station_a_report_only_names() -> None:
    first = report("Blast\n\nA blast at a mill killed at least two workers, fire authorities "
                   "said. The blast began in a dryer, according to the Arvel Fire Station.\n")
    later = report("Blast\n\nThe toll rose to five on Tuesday, fire officials said, with 9 "
                   "workers injured and three still missing. \"We will not stop until the three "
                   "missing workers are found,\" a firefighter said.\n",
                   "2025-03-01T18:00:00+00:00")
    last = report("Blast\n\nSeven workers were killed, fire authorities said. No workers remain "
                  "unaccounted for, the fire station said. The city said 12 residents had been "
                  "treated for smoke.\n", "2025-03-02T08:00:00+00:00")
    new = update_text(BASE, [first, later, last]).new
    assert {c[0] for c in claims(new) if c[1] == "workers"} == {"Arvel Fire Station"}
    assert figures(new) == [("Arvel Fire Station", "workers missing", "3"),
                            ("Arvel Fire Station", "workers missing", "0")]
    assert all(a.name != "authorities" for a in new.aliases)


def test_a_bare_ministry_does_not_take_in_a_described_one() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    ministry = names.resolve("Valoria Flood Ministry")
    names.join(ministry, "ministry")
    assert names.find("regional health ministry") is not ministry
    police = names.resolve("police")
    assert names.find("Arvel police") is police


def test_the_other_count_of_a_pair_is_a_figure_too() -> None:
    from tui.core.draft.report_figures import listed_with

    sentence = "The flood also destroyed 40 boats and nine bridges, the Arvel Flood Office said."
    assert listed_with("bridges destroyed", "9", sentence) == [("boats destroyed", "40")]
    assert listed_with("boats destroyed", "40", sentence) == [("bridges destroyed", "9")]
    assert listed_with("bridges destroyed", "8", sentence) == []


def test_missing_crew_of_a_boat_and_their_bodies_found() -> None:
    first = report("Bridge\n\nThree crew members of a cargo ferry that was passing under the "
                   "bridge when it fell were missing, the Arvel police said.\n")
    later = report("Bridge\n\nThe bodies of the three missing crew members of the cargo ferry "
                   "were found downstream, leaving no one missing, the Arvel police said.\n",
                   "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert claims(new) == [("Arvel police", "ferry crew", "3", None)]
    assert figures(new) == [("Arvel police", "ferry crew missing", "3"),
                            ("Arvel police", "ferry crew missing", "0")]


def test_bodies_found_of_a_toll_just_given_are_no_new_toll() -> None:
    r = report("Raid\n\nThe Defence Ministry of Valoria said five soldiers were martyred. The "
               "bodies of the two soldiers who were missing have been recovered.\n")
    assert claims(update_text(BASE, [r]).new) == [
        ("Defence Ministry of Valoria", "soldiers", "5", None)]


def test_a_toll_of_passengers_of_the_bus_is_of_bus_passengers() -> None:
    from tui.core.story.update import draft_reports

    a = report("Crash\n\nAt least 15 passengers were killed when a coach fell into a ravine, "
               "the Arvel police said.\n")
    b = report("Crash\n\nTwenty-two coach passengers died and three occupants of the van it "
               "hit were killed, the Arvel police said.\n", "2025-03-01T14:00:00+00:00")
    c = report("LIVE\nCrash: minute by minute\n\nThe police raise the toll to 28 passengers of "
               "the coach.\n", "2025-03-01T18:00:00+00:00")
    assert claims(draft_reports([a, b, c]).new)[-1] == (
        "Arvel police", "coach passengers", "28", None)


def test_a_pronoun_is_never_a_claimant_read_again_from_its_sentence() -> None:
    # "It had reported 11 deaths": the fire service's earlier figure, never "It"'s
    r = report("Wildfire toll lowered\n\nNORVA (AP) — Norvale's fire service on Friday lowered "
               "the death toll from the wildfire to 10, saying one man had been counted twice. "
               "It had reported 11 deaths on Thursday.\n")
    new = update_text(base_with(("Norvale's fire service", "people", 4)), [r]).new
    found = claims(new)
    assert all(c[0] != "It" for c in found)
    assert [c[2] for c in found if c[0] == "Norvale's fire service"][-1] == "10"


def test_a_person_named_after_a_long_title_is_a_person() -> None:
    assert not is_body("Civil Protection Minister Stavros Karamidis")
    assert is_body("Ministry of Civil Protection")
    names = Names()
    person = names.resolve("Stavros Karamidis")
    assert names.resolve("Civil Protection Minister Stavros Karamidis") is person


def test_a_fire_brigade_is_the_fire_service_and_an_ambulance_service_medical() -> None:
    names = Names()
    fire = names.resolve("Norvale Fire Service")
    medical = names.resolve("South Tarvo Emergency Medical Service")
    assert names.find("the fire brigade") is fire
    assert names.find("South Tarvo ambulance service") is medical
    assert names.find("South Tarvo ambulance service") is not fire


def test_a_press_services_body_above_it_issues_the_release() -> None:
    text = ("Ministry of Emergency Situations of the Republic of Norvalia\nPress service\n"
            "22 February 2026 | 21:30 (Norva time)\n\nOn the incident at the ski resort\n")
    assert issuing_body(text) == "Ministry of Emergency Situations of the Republic of Norvalia"


def test_persons_in_the_cabin_are_the_cabin_passengers_named_before() -> None:
    first = report("Gondola\n\nAt least four cabin passengers died, the emergencies ministry "
                   "said.\n")
    later = report("Gondola\n\nSix persons in the cabin died, the emergencies ministry said.\n",
                   "2025-03-01T18:00:00+00:00")
    new = update_text(base_with(("emergencies ministry", "cabin passengers", 4)),
                      [first, later]).new
    assert {c[1] for c in claims(new)} == {"cabin passengers"}


def test_a_letterheads_small_words_stay_small() -> None:
    text = ("LOWER TARVO VOIVODESHIP OFFICE IN NORVA\nPRESS RELEASE\n\nTwo trams collided.\n")
    assert issuing_body(text) == "Lower Tarvo Voivodeship Office in Norva"
