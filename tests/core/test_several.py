"""Rules of merging several reports, each named after what it does, run on
small reports through `update_text` (the drafter included): who a toll is
credited to, which group it counts, when it was said, and which claims
dispute each other."""

from __future__ import annotations

from datetime import date

from tui.core.draft.article import Article
from tui.core.draft.report import Report, report_of
from tui.core.format.model import Briefing, CasualtyClaim
from tui.core.story.update import update_text

BASE = """\
format: 1
title: Fire at a market
date: 2025-03-01
summary: A fire.
sources:
  - name: Wire
"""


def report(text: str, published: str = "2025-03-01T12:00:00+00:00",
           outlet: str = "Wire") -> Report:
    return report_of(Article(text), "r.txt", {"published": published, "outlet": outlet},
                     today=date(2025, 3, 5))


def claims(b: Briefing) -> list[tuple[str, str, str | None, str | None]]:
    def text(c: CasualtyClaim, name: str) -> str | None:
        count = getattr(c, name)
        return None if count is None else count.text
    return [(c.claimant, c.affected, text(c, "killed"), text(c, "injured"))
            for c in b.casualty_claims]


def test_a_toll_in_a_release_is_its_issuers_and_an_unnamed_one_is_left_out() -> None:
    release = report("MINISTRY OF HEALTH\nPRESS RELEASE\n\nFire at the market\n\n"
                     "The Ministry of Health regrets to inform the public that fifteen (15) "
                     "patients lost their lives in the fire.\n")
    new = update_text(BASE, [release]).new
    assert [c[:3] for c in claims(new)] == [("Ministry of Health", "patients", "15")]
    blog = report("Fire at the market\n\nAs per the latest information, 17 passengers have "
                  "lost their lives.\n")
    assert claims(update_text(BASE, [blog]).new) == []


def base_with(*claims: tuple[str, str, int]) -> str:
    lines = [BASE.replace("sources:\n  - name: Wire\n", ""), "casualty_claims:\n"]
    for claimant, affected, killed in claims:
        lines.append(f"  - claimant: {claimant}\n    affected: {affected}\n    killed: {killed}\n"
                     "    said: 2025-03-01T08:00Z\n")
    return "".join(lines) + "sources:\n  - name: Wire\n"


def test_an_acronym_the_drafter_unbracketed_is_an_alias_again() -> None:
    r = report("Toll rises\n\nThe Turkish Medical Association (TTB) has said at least 70 "
               "people died in Karacam.\n")
    new = update_text(base_with(("AFAD", "people in Karacam", 52)), [r]).new
    assert ("Turkish Medical Association", "people in Karacam", "70+", None) in claims(new)
    assert new.names.key("TTB") == new.names.key("Turkish Medical Association")


def test_a_description_before_a_proper_name_is_not_part_of_it() -> None:
    r = report("Quake\n\nAn earthquake struck on Monday, killing 38 people in the town of "
               "Karacam, Turkey's disaster agency AFAD said.\n")
    new = update_text(base_with(("Turkish Red Crescent", "people in Karacam", 14)), [r]).new
    assert claims(new)[-1] == ("AFAD", "people in Karacam", "38", None)


def test_a_spokesperson_states_the_figure_of_the_body_they_speak_for() -> None:
    r = report("Crush\n\nEast Java Police spokesman Senior Commissioner Agus Prasetyo tells a "
               "news conference that 125 spectators died.\n")
    new = update_text(base_with(("East Java Police", "spectators", 8)), [r]).new
    assert claims(new)[-1] == ("East Java Police", "spectators", "125", None)


def test_an_agency_named_with_its_kind_is_the_relay_not_the_claimant() -> None:
    r = report("Crush\n\nAt least 47 people were killed, the provincial health office said, "
               "according to the state news agency Antara.\n")
    new = update_text(base_with(("East Java Police", "spectators", 8)), [r]).new
    last = new.casualty_claims[-1]
    assert last.claimant == "provincial health office" and last.source == ("Antara",)


def test_two_bodies_that_both_put_the_toll_give_a_claim_each() -> None:
    r = report("Crush\n\nBoth the East Java health office and the police now put the toll "
               "at 131.\n")
    new = update_text(base_with(("East Java Police", "spectators", 125),
                                ("East Java Health Office", "spectators", 112)), [r]).new
    assert [(c[0], c[2]) for c in claims(new)[2:]] == [
        ("East Java Health Office", "131"), ("East Java Police", "131")]


def test_a_body_named_by_its_level_is_the_one_named_by_its_place() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    health = names.resolve("East Java Health Office")
    assert names.resolve("the provincial health office") is health
    state = names.resolve("Lagos State Emergency Management Agency")
    national = names.resolve("National Emergency Management Agency")
    assert state is not national  # a state body is never the national one
    assert names.resolve("Nigeria's federal emergency agency") is national
    civil = names.resolve("State of Mexico Civil Protection")
    assert names.resolve("General Coordination of Civil Protection") is civil


def figures(b: Briefing) -> list[tuple[str, str, str]]:
    return [(f.claimant, f.what, f.value.text) for f in b.figures]


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


def test_a_bulletin_states_its_issuers_figures_with_their_injured() -> None:
    bulletin = report("GOVERNMENT OF THE STATE OF MEXICO\nGeneral Coordination of Civil "
                      "Protection\nBulletin 112/2026\n\nThe explosion at the market:\n\n"
                      "- 21 people lost their lives at the market.\n"
                      "- 60 people were injured and have been taken to hospitals.\n"
                      "- In addition, two firefighters of the municipal corps died.\n")
    new = update_text(base_with(("State of Mexico Civil Protection", "people at the market",
                                 9)), [bulletin]).new
    assert claims(new)[1:] == [
        ("State of Mexico Civil Protection", "people at the market", "21", "60"),
        ("State of Mexico Civil Protection", "firefighters", "2", None)]


def test_a_figure_a_sentence_credits_to_another_body_is_that_bodys_claim() -> None:
    r = report("Collapse\n\nNigeria's federal emergency agency said Friday that 15 workers died, "
               "two more than the 13 counted by the state emergency agency, LASEMA.\n")
    new = update_text(base_with(("LASEMA", "construction workers", 9),
                                ("National Emergency Management Agency", "construction workers",
                                 11)), [r]).new
    assert claims(new)[2:] == [
        ("National Emergency Management Agency", "construction workers", "15", None),
        ("LASEMA", "construction workers", "13", None)]


def test_a_toll_of_an_earlier_years_event_is_no_toll() -> None:
    r = report("Floods\n\nFloods in 2024 killed more than 290 people in Kenya, the Red Cross "
               "said.\n", "2026-04-23T09:10:00+00:00")
    assert claims(update_text(base_with(("NDOC", "people nationwide", 13)), [r]).new)[1:] == []


def test_counts_still_missing_or_trapped_are_the_claimants_figures() -> None:
    r = report("Landslide\n\nTwelve people have died and 13 remain missing in Thulogaun, "
               "according to Nepal Police.\n")
    later = report("Landslide\n\nSixteen people were killed in Thulogaun, police said on "
                   "Saturday, with nine still missing.\n", "2025-03-02T12:00:00+00:00")
    new = update_text(base_with(("Nepal Police", "Thulogaun residents", 7)), [r, later]).new
    assert figures(new) == [("Nepal Police", "missing", "13"), ("Nepal Police", "missing", "9")]
    mine = report("Mine\n\nFive miners were killed and 14 remained trapped, operator Minera "
                  "Cordillera Sur said. In a statement the company puts the number of miners "
                  "killed at seven and says no one remains trapped.\n")
    new = update_text(base_with(("Minera Cordillera Sur", "miners", 3)), [mine]).new
    assert figures(new) == [("Minera Cordillera Sur", "miners trapped", "14"),
                            ("Minera Cordillera Sur", "miners trapped", "0")]


def test_a_prosecutors_office_is_the_attorney_generals() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    office = names.resolve("State of Mexico Attorney General's Office")
    assert names.resolve("the state prosecutor's office") is office
    assert names.resolve("State of Mexico Civil Protection") is not office


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


def test_people_injured_somewhere_else_are_the_injured_of_the_same_statement() -> None:
    bulletin = report("CIVIL PROTECTION\nBulletin 112/2026\n\nRegarding the explosion at the "
                      "market, the General Coordination of Civil Protection reports:\n\n"
                      "- 21 people lost their lives at the market.\n"
                      "- 60 people were injured and have been taken to hospitals in Toluca.\n")
    new = update_text(base_with(("Civil Protection", "people at the market", 9)),
                      [bulletin]).new
    assert claims(new)[1:] == [("Civil Protection", "people at the market", "21", "60")]


def test_an_age_is_no_missing_count_and_people_counted_are_no_figure() -> None:
    r = report("Ferry\n\nTwo members of the crew had also died and the captain, aged 47, was "
               "missing, the authority said. The ferry, licensed to carry 120 people, was "
               "carrying about 200 when it overturned, officials said. About 40 people are "
               "still unaccounted for, according to a list kept by the district control room.\n")
    new = update_text(base_with(("Fire Service", "passengers", 12)), [r]).new
    assert figures(new) == []


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


def test_a_flash_in_capitals_names_its_source_after_a_dash() -> None:
    flash = report("REUTERS FLASH  15 Nov 2025 15:40 UTC\nINDONESIA: AT LEAST 8 KILLED IN CRUSH "
                   "AT FOOTBALL STADIUM - POLICE\n")
    assert [c[0::2] for c in claims(update_text(BASE, [flash]).new)] == [("Police", "8+")]
    dashed = report("PREMIUM TIMES -- BREAKING\nMay 9, 2024 11:32 am\nFour dead as building "
                    "under construction collapses in Lagos -- LASEMA. Details shortly.\n")
    assert [c[0::2] for c in claims(update_text(BASE, [dashed]).new)] == [("LASEMA", "4")]


def test_the_group_a_toll_sentence_names_wins_over_the_drafters_people() -> None:
    r = report("Collapse\n\nThe combined rescue team has so far recovered the bodies of nine (9) "
               "construction workers, LASEMA said.\n")
    assert claims(update_text(BASE, [r]).new)[0][1:3] == ("construction workers", "9")


def test_a_count_another_count_includes_is_no_toll() -> None:
    r = report("Crush\n\nThe police said on Monday they had adopted the health office's count, "
               "which includes four victims who died in hospital overnight.\n")
    assert claims(update_text(base_with(("East Java Police", "spectators", 125)),
                              [r]).new)[1:] == []


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


def test_people_displaced_are_a_figure_of_whoever_says_so() -> None:
    update = report("KENYA RED CROSS SOCIETY\nFLOODS SITUATION UPDATE No. 3\n\nHighlights\n"
                    "- An estimated 40,000 people have been displaced and are sheltering in "
                    "63 camps.\n")
    wrap = report("Floods\n\nThe Red Cross, which counts bodies recovered by its volunteers, also "
                  "said 52,000 people had been displaced, well above the government's figure "
                  "of 31,000.\n", "2025-03-02T12:00:00+00:00")
    new = update_text(BASE, [update, wrap]).new
    assert [f[1:] for f in figures(new)] == [("people displaced", "40000"),
                                             ("people displaced", "52000")]
    assert {new.names.key(f.claimant) for f in new.figures} == {
        new.names.key("Kenya Red Cross Society")}


def test_one_rescuer_who_died_is_the_toll_of_the_body_an_agency_cites() -> None:
    r = report("Mine\n\nA police officer taking part in the rescue died when a second section of "
               "the tunnel gave way, the state news agency Andina reported, citing the Peruvian "
               "National Police.\n")
    new = update_text(base_with(("Minera Cordillera Sur", "miners", 5)), [r]).new
    assert claims(new)[-1] == ("Peruvian National Police", "rescuers", "1", None)
    assert new.casualty_claims[-1].source == ("Andina",)


def test_a_bodys_officials_state_the_bodys_figure() -> None:
    r = report("Blast\n\nAn explosion at a fireworks market has killed at least nine people, "
               "state civil protection officials say.\n")
    assert claims(update_text(BASE, [r]).new)[0][0::2] == ("state civil protection", "9+")


def test_a_news_agency_is_never_a_claimant() -> None:
    r = report("Floods\n\nEleven people have died in the floods, the Kenya News Agency (KNA) "
               "reported.\n")
    assert claims(update_text(base_with(("NDOC", "people", 28)), [r]).new)[1:] == []


def test_a_toll_in_the_storys_own_town_is_the_claimants_group_not_the_towns() -> None:
    base = base_with(("Health Ministry", "patients", 9)).replace(
        "title: Fire at a market", "title: Fire at Kambeya hospital")
    r = report("Fire\n\nThe toll of the fire in Kambeya rose to 15, the Health Ministry said, "
               "the deadliest since 2019. Ten people died at the scene, the Health Ministry "
               "said.\n")
    assert [c[1:3] for c in claims(update_text(base, [r]).new)[1:]] == [
        ("patients", "15"), ("patients", "10")]


def test_an_agency_described_before_its_name_is_the_source_by_its_name() -> None:
    r = report("Blast\n\nTwo firefighters were also killed, San Isidro Tlaxpan Mayor Javier Ortega "
               "said, Spanish news agency EFE reported.\n")
    new = update_text(BASE, [r]).new
    assert new.casualty_claims[-1].source == ("EFE",)
    assert claims(new)[-1][0] == "Javier Ortega"


def test_how_many_more_died_is_no_toll_and_police_put_it_at_a_toll() -> None:
    base = base_with(("Peruvian National Police", "passengers", 19),
                     ("regional health directorate", "passengers", 21))
    r = report("Crash\n\nThe death toll from the crash rose to 23, the regional health "
               "directorate said Tuesday, while police put it at 20. The health directorate "
               "said two injured passengers died overnight in a hospital.\n")
    assert [c[0::2] for c in claims(update_text(base, [r]).new)[2:]] == [
        ("regional health directorate", "23"), ("Peruvian National Police", "20")]


def test_a_press_notes_tolls_and_injured_and_a_nearby_villages_dead() -> None:
    note = report("GOVERNMENT OF GUJARAT\nSTATE EMERGENCY OPERATION CENTRE\nPRESS NOTE\n\n"
                  "Fourteen (14) workers have lost their lives in the explosion at the factory. "
                  "Forty-one (41) persons have been injured. Three residents of the nearby "
                  "village of Lakhigam also died when debris fell on their houses.\n")
    new = update_text(base_with(("Bharuch district administration", "workers", 6)), [note]).new
    assert claims(new)[1:] == [
        ("State Emergency Operation Centre", "workers", "14", "41"),
        ("State Emergency Operation Centre", "residents of the nearby village", "3", None)]
    union = report("Blast\n\nA trade union said on Tuesday that 19 workers died.\n")
    assert claims(update_text(BASE, [union]).new)[0][0] == "trade union"


def test_an_injured_count_that_names_no_one_goes_on_from_the_toll_before() -> None:
    r = report("Fire\n\nThe death toll rose to 21 guests, the state news agency MENA reported, "
               "citing the Ministry of Health and Population. Thirty were injured. Two hotel "
               "employees were also killed, the civil defence said.\n")
    new = update_text(base_with(("Ministry of Health and Population", "guests", 16)), [r]).new
    assert claims(new)[1:] == [("Ministry of Health and Population", "guests", "21", "30"),
                               ("civil defence", "hotel employees", "2", None)]


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


def test_a_blog_entry_after_a_double_dash_opens_with_its_speakers_name() -> None:
    blog = report("Mudslide: live\nEl Tiempo -- Sunday 6 April 2025\n\n"
                  "11:00 -- Risaralda Governor Juan Pablo Ortiz says 19 people have died.\n\n"
                  "15:45 -- Ortiz: \"We will not rest until we find every missing person.\"\n",
                  "2025-04-06T11:00:00-05:00")
    assert blog.parts[0].text.startswith("Risaralda")
    new = update_text(BASE, [blog]).new
    assert [q.speaker for q in new.quotes] == ["Juan Pablo Ortiz"]


def test_a_zone_the_table_does_not_know_leaves_the_time_to_the_metadata() -> None:
    from tui.core.draft.report_time import report_time

    head = "Toll climbs\n\nMAKASSAR, Indonesia — May 3, 2025, 9:15 a.m. {}\n"
    assert str(report_time(head.format("WITA"), None, None)) == "2025-05-03 09:15:00+08:00"
    assert str(report_time(head.format("XYZT"), None, None)) == "2025-05-03"


def test_a_count_still_missing_on_its_own_is_the_figure_of_the_toll_before() -> None:
    r = report("Ferry\n\nThe death toll climbed to 29 on Saturday, Basarnas said, up from 17 on "
               "Friday. Nineteen people remain missing.\n")
    base = base_with(("Basarnas", "passengers", 17))
    assert figures(update_text(base, [r]).new) == [("Basarnas", "missing", "19")]


def test_a_datelines_year_is_no_earlier_event() -> None:
    r = report("Fire\n\nLAGOS, Dec. 31, 2024 (Reuters) - Nine people died in the fire, the "
               "Health Ministry said.\n", "2025-01-01T08:00:00+00:00")
    assert claims(update_text(base_with(("Health Ministry", "people", 5)), [r]).new)[1:] == [
        ("Health Ministry", "people", "9", None)]


def test_a_blogs_entries_may_give_their_times_with_am_or_pm() -> None:
    blog = report("LIVE: fire\nUpdates, 11 February 2025 (all times GMT)\n\n"
                  "2:15 p.m. — Nine patients died, the ministry said.\n\n"
                  "11:40 a.m. — The fire is out, firefighters said.\n",
                  "2025-02-11T11:40:00+00:00")
    assert [p.said.isoformat() for p in blog.parts] == [
        "2025-02-11T14:15:00+00:00", "2025-02-11T11:40:00+00:00"]


def test_a_figure_said_earlier_is_no_new_revision_but_reported_speech_is() -> None:
    r = report("Crash\n\nPolice had earlier counted 19 dead, a figure it first put at 19 on "
               "Monday. The Red Cross said its teams had confirmed 41 deaths.\n",
               "2025-03-02T12:00:00+00:00")
    new = update_text(base_with(("Red Cross", "people", 22)), [r]).new
    assert [c[0::2] for c in claims(new)[1:]] == [("Red Cross", "41")]


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
