"""Merging several reports, what is a toll and when it was said: figures
another body is credited with, counts still missing or displaced, how
many more died, earlier events and figures, injured counts that go on
from a toll, report and live-blog times."""

from __future__ import annotations

from tests.core.several_helpers import BASE, base_with, claims, figures, report
from tui.core.story.update import update_text


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


def test_a_count_another_count_includes_is_no_toll() -> None:
    r = report("Crush\n\nThe police said on Monday they had adopted the health office's count, "
               "which includes four victims who died in hospital overnight.\n")
    assert claims(update_text(base_with(("East Java Police", "spectators", 125)),
                              [r]).new)[1:] == []


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


def test_a_blog_entry_after_a_double_dash_opens_with_its_speakers_name() -> None:
    blog = report("Mudslide: live\nEl Tiempo -- Sunday 6 April 2025\n\n"
                  "11:00 -- Risaralda Governor Juan Pablo Ortiz says 19 people have died.\n\n"
                  "15:45 -- Ortiz: \"We will not rest until we find every missing person.\"\n",
                  "2025-04-06T11:00:00-05:00")
    assert blog.parts[0].text.startswith("Risaralda")
    new = update_text(BASE, [blog]).new
    assert [q.speaker for q in new.quotes] == ["Juan Pablo Ortiz"]


def test_all_of_a_number_on_board_killed_is_a_toll() -> None:
    r = report("Crash\n\nAll 72 people on board a Yeti Airlines flight that crashed on Sunday "
               "were killed, the Civil Aviation Authority of Nepal said Monday.\n")
    new = update_text(base_with(("Civil Aviation Authority of Nepal", "people", 40)), [r]).new
    assert claims(new)[1:] == [("Civil Aviation Authority of Nepal", "people", "72", None)]
