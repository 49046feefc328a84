"""Merging several reports, who a toll is credited to: a release's issuer,
an acronym the drafter unbracketed, a spokesperson's body, a relaying
agency that is no claimant, two bodies that both state a toll, names of
one body across reports. Each test is named after the rule it checks."""

from __future__ import annotations

from tests.core.several_helpers import BASE, base_with, claims, report
from tui.core.story.update import update_text


def test_a_toll_in_a_release_is_its_issuers_and_an_unnamed_one_is_left_out() -> None:
    release = report("MINISTRY OF HEALTH\nPRESS RELEASE\n\nFire at the market\n\n"
                     "The Ministry of Health regrets to inform the public that fifteen (15) "
                     "patients lost their lives in the fire.\n")
    new = update_text(BASE, [release]).new
    assert [c[:3] for c in claims(new)] == [("Ministry of Health", "patients", "15")]
    blog = report("Fire at the market\n\nAs per the latest information, 17 passengers have "
                  "lost their lives.\n")
    assert claims(update_text(BASE, [blog]).new) == []


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


def test_a_prosecutors_office_is_the_attorney_generals() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    office = names.resolve("State of Mexico Attorney General's Office")
    assert names.resolve("the state prosecutor's office") is office
    assert names.resolve("State of Mexico Civil Protection") is not office


def test_a_flash_in_capitals_names_its_source_after_a_dash() -> None:
    flash = report("REUTERS FLASH  15 Nov 2025 15:40 UTC\nINDONESIA: AT LEAST 8 KILLED IN CRUSH "
                   "AT FOOTBALL STADIUM - POLICE\n")
    assert [c[0::2] for c in claims(update_text(BASE, [flash]).new)] == [("Police", "8+")]
    dashed = report("PREMIUM TIMES -- BREAKING\nMay 9, 2024 11:32 am\nFour dead as building "
                    "under construction collapses in Lagos -- LASEMA. Details shortly.\n")
    assert [c[0::2] for c in claims(update_text(BASE, [dashed]).new)] == [("LASEMA", "4")]


def test_a_bodys_officials_state_the_bodys_figure() -> None:
    r = report("Blast\n\nAn explosion at a fireworks market has killed at least nine people, "
               "state civil protection officials say.\n")
    assert claims(update_text(BASE, [r]).new)[0][0::2] == ("state civil protection", "9+")


def test_a_news_agency_is_never_a_claimant() -> None:
    r = report("Floods\n\nEleven people have died in the floods, the Kenya News Agency (KNA) "
               "reported.\n")
    assert claims(update_text(base_with(("NDOC", "people", 28)), [r]).new)[1:] == []


def test_an_agency_described_before_its_name_is_the_source_by_its_name() -> None:
    r = report("Blast\n\nTwo firefighters were also killed, San Isidro Tlaxpan Mayor Javier Ortega "
               "said, Spanish news agency EFE reported.\n")
    new = update_text(BASE, [r]).new
    assert new.casualty_claims[-1].source == ("EFE",)
    assert claims(new)[-1][0] == "Javier Ortega"


def test_a_fragment_is_the_quote_it_is_cut_from_and_a_name_after_a_quote_says_it() -> None:
    first = report("Crush\n\n\"This is a dark day for Indonesian football,\" Youth and Sports "
                   "Minister Ratna Wulandari said in a statement. Police spokesman Agus "
                   "Prasetyo said: \"We regret the loss of life and we will evaluate our "
                   "procedures.\"\n", outlet="AFP")
    later = report("Crush\n\nPolice spokesman Prasetyo repeated that officers would \"evaluate "
                   "our procedures\".\n", "2025-03-02T12:00:00+00:00", outlet="BBC News")
    new = update_text(BASE, [first, later]).new
    assert [(q.speaker, q.source) for q in new.quotes] == [
        ("Ratna Wulandari", ("AFP",)), ("Agus Prasetyo", ("AFP", "BBC News"))]


def test_a_draft_whose_first_line_is_a_by_line_takes_a_later_headline() -> None:
    from tui.core.story.update import draft_reports

    flash = report("REUTERS FLASH  15 Nov 2025 15:40 UTC\nINDONESIA: AT LEAST 8 KILLED IN CRUSH "
                   "- POLICE\n")
    wire = report("Indonesia stadium crush kills 47\n\nAt least 47 people were killed, the "
                  "health office said.\n", "2025-03-01T18:00:00+00:00")
    assert draft_reports([flash, wire]).new.title == "Indonesia stadium crush kills 47"
