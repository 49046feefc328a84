"""Merging several reports, which group a toll counts: a place's people,
a neighbouring building's, the story's workforce, the nationwide toll,
a flash's "people" settled into the group the story goes on to count."""

from __future__ import annotations

from tests.core.several_helpers import BASE, base_with, claims, report
from tui.core.story.update import update_text


def test_people_of_a_neighbouring_building_are_a_group_of_their_own() -> None:
    r = report("Collapse\n\nThe collapse also affected an adjacent three-storey residential "
               "building, where two (2) residents lost their lives, LASEMA said.\n")
    new = update_text(base_with(("LASEMA", "construction workers", 4)), [r]).new
    assert claims(new)[-1] == ("LASEMA", "residents of the adjacent building", "2", None)
    later = report("Collapse\n\nLASEMA also said three people died in a neighbouring house.\n",
                   "2025-03-02T12:00:00+00:00")
    new = update_text(base_with(("LASEMA", "construction workers", 4)), [r, later]).new
    assert claims(new)[-1] == ("LASEMA", "residents of the adjacent building", "3", None)


def test_workers_are_the_storys_one_workforce_and_two_words_name_a_group() -> None:
    r = report("Mine\n\nSeven (07) workers have died, the Ministry of Energy and Mines said. "
               "Two police officers were also killed, police said.\n")
    new = update_text(base_with(("Minera Cordillera Sur", "miners", 5)), [r]).new
    assert ("Ministry of Energy and Mines", "miners", "7", None) in claims(new)
    assert ("police", "police officers", "2", None) in claims(new)


def test_a_toll_for_a_place_it_names_is_never_the_claimants_other_place() -> None:
    r = report("Quake\n\nThe quake struck on Monday, killing 38 people in the town of Karacam "
               "and three in the nearby village of Yesiloz, AFAD said.\n")
    new = update_text(base_with(("Red Crescent", "rescuers", 1)), [r]).new
    assert [c[1:3] for c in claims(new)[1:]] == [("Karacam residents", "38"),
                                                 ("Yesiloz residents", "3")]


def test_a_day_the_drafter_took_for_a_place_names_no_group() -> None:
    r = report("Derailment\n\nOdisha's disaster management authority on Monday raised the death "
               "toll in Saturday's derailment near Rampalli to 25.\n")
    new = update_text(base_with(("state's disaster management authority", "passengers", 23)),
                      [r]).new
    assert claims(new)[-1][1:3] == ("passengers", "25")


def test_fans_are_spectators_and_people_are_the_storys_main_group() -> None:
    r = report("Crush\n\nThe East Java Health Office now says 112 fans died. Indonesia's "
               "National Commission on Human Rights (Komnas HAM) says at least 135 people "
               "died in Saturday's crush at the Gelora Lestari stadium.\n")
    new = update_text(base_with(("East Java Police", "spectators", 125),
                                ("East Java Police", "police officers", 2)), [r]).new
    assert [(c[0], c[1], c[2]) for c in claims(new)[2:]] == [
        ("East Java Health Office", "spectators", "112"),
        ("National Commission on Human Rights", "spectators", "135+")]
    assert new.names.key("Komnas HAM") == new.names.key("National Commission on Human Rights")


def test_bodies_recovered_at_a_place_are_that_places_not_the_claimants_other_group() -> None:
    r = report("Floods\n\nAt Lowaso, where a dam wall gave way, our teams have recovered 9 "
               "bodies, the Kenya Red Cross Society said.\n")
    new = update_text(base_with(("Kenya Red Cross Society", "people nationwide", 22)), [r]).new
    assert claims(new)[-1][1:3] == ("Lowaso residents", "9")


def test_a_date_line_is_no_headline_and_a_places_people_are_its_residents() -> None:
    flash = report("ANKARA (AA) – 02.03.2026 04:52\nFLASH: 6.1-magnitude earthquake hits "
                   "Malatya province; 14 people killed in Karacam, says AFAD.\n")
    new = update_text(BASE, [flash]).new
    assert claims(new) == [("AFAD", "Karacam residents", "14", None)]


def test_a_toll_across_the_country_is_the_nationwide_group() -> None:
    r = report("Floods\n\nAt least 13 people have been killed in flash floods across Kenya "
               "since Sunday, the National Disaster Operations Centre (NDOC) said.\n")
    assert claims(update_text(BASE, [r]).new)[0][1:3] == ("people nationwide", "13+")


def test_people_who_died_at_the_market_are_the_people_at_the_market() -> None:
    r = report("Blast\n\n21 people lost their lives at the market, Civil Protection said. Two "
               "firefighters died, Civil Protection said.\n")
    assert [c[1:3] for c in claims(update_text(BASE, [r]).new)] == [
        ("people at the market", "21"), ("firefighters", "2")]


def test_the_group_a_toll_sentence_names_wins_over_the_drafters_people() -> None:
    r = report("Collapse\n\nThe combined rescue team has so far recovered the bodies of nine (9) "
               "construction workers, LASEMA said.\n")
    assert claims(update_text(BASE, [r]).new)[0][1:3] == ("construction workers", "9")


def test_a_flashs_people_join_the_group_the_story_goes_on_to_count() -> None:
    flash = report("REUTERS FLASH  15 Nov 2025 15:40 UTC\nINDONESIA: AT LEAST 8 KILLED IN CRUSH "
                   "AT FOOTBALL STADIUM - POLICE\n", "2025-11-15T15:40:00+00:00")
    later = report("Crush\n\nEast Java Police spokesman Agus Prasetyo tells a news conference "
                   "that 125 spectators died. The health office says 112 spectators died.\n",
                   "2025-11-16T09:30:00+07:00")
    new = update_text(BASE, [flash, later]).new
    assert sorted(c[1:3] for c in claims(new)) == [("spectators", "112"), ("spectators", "125"),
                                                   ("spectators", "8+")]


def test_a_place_in_a_bodys_title_is_not_where_its_toll_is() -> None:
    base = base_with(("NEMA", "construction workers", 11), ("Red Cross", "Lagos residents", 4))
    r = report("Collapse\n\nNEMA's Lagos territorial coordinator, Ibrahim Musa, said the agency's "
               "teams had recovered 11 bodies from the rubble by midnight.\n")
    assert claims(update_text(base, [r]).new)[2:] == []  # NEMA's 11 again, not Lagos's
    local = report("Floods\n\nLowaso County Commissioner Grace Chebet says 11 bodies have been "
                   "recovered downstream of the burst dam.\n")
    base = base_with(("NDOC", "people nationwide", 28), ("Red Cross", "Lowaso residents", 9))
    assert claims(update_text(base, [local]).new)[2][1:3] == ("Lowaso residents", "11")


def test_a_toll_in_the_storys_own_town_is_the_claimants_group_not_the_towns() -> None:
    base = base_with(("Health Ministry", "patients", 9)).replace(
        "title: Fire at a market", "title: Fire at Kambeya hospital")
    r = report("Fire\n\nThe toll of the fire in Kambeya rose to 15, the Health Ministry said, "
               "the deadliest since 2019. Ten people died at the scene, the Health Ministry "
               "said.\n")
    assert [c[1:3] for c in claims(update_text(base, [r]).new)[1:]] == [
        ("patients", "15"), ("patients", "10")]


def test_a_place_of_several_words_and_a_body_spelled_out_before_its_acronym() -> None:
    first = report("Mudslide\n\nA mudslide buried homes in the town of Villa Rica early Sunday, "
                   "killing at least 12 people, the National Disaster Risk Management Unit "
                   "said.\n")
    later = report("Mudslide\n\nThe disaster management unit (UNGRD) raises its toll to 23 dead "
                   "in Villa Rica.\n", "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert [c[:3] for c in claims(new)] == [
        ("National Disaster Risk Management Unit", "Villa Rica residents", "12+"),
        ("National Disaster Risk Management Unit", "Villa Rica residents", "23")]
    assert new.names.key("UNGRD") == new.names.key("National Disaster Risk Management Unit")


def test_a_flashs_one_toll_of_the_storys_town_joins_the_group_counted_later() -> None:
    from tui.core.story.update import draft_reports

    flash = report("PREMIUM TIMES -- BREAKING\nMay 9, 2024 11:32 am\nFour dead as building "
                   "under construction collapses in Lagos -- LASEMA. Details shortly.\n",
                   "2024-05-09T11:32:00+01:00")
    later = report("Collapse\n\nThe Lagos State Emergency Management Agency (LASEMA) said nine "
                   "construction workers died. NEMA said 11 construction workers died.\n",
                   "2024-05-09T18:45:00+01:00")
    new = draft_reports([flash, later]).new
    assert [c[1:3] for c in claims(new)] == [("construction workers", "4"),
                                             ("construction workers", "9"),
                                             ("construction workers", "11")]


def test_a_group_the_drafter_inferred_is_the_storys_own_group() -> None:
    r = report("Cholera\n\nThe World Health Organization said that at least 58 people had died "
               "of cholera in southern Malawi, more than the 44 confirmed by the country's "
               "health ministry.\n")
    new = update_text(base_with(("Ministry of Health", "people in Nsanje", 44)), [r]).new
    assert claims(new)[1:] == [("World Health Organization", "people in Nsanje", "58+", None)]
