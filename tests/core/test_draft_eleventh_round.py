"""Patterns the eleventh held-out round showed after its first sight, each
written for the test in other words: money that is no count, the patients
a service moved to hospital, the injured admitted "with injuries", a
disaster that "claimed" villagers, a third rescuer hurt, whose bodies were
found, a body "known as" another name, a body "in" a place, a service
named with its number, a title run into a body's and a person's name."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.core.draft_helpers import claims
from tests.core.several_helpers import BASE, report
from tests.core.several_helpers import claims as story_claims
from tui.core.draft import draft_yaml
from tui.core.draft.attribution import complete_name, is_relay, relay_in, subjects
from tui.core.draft.claimants import relaying_agency
from tui.core.draft.counts import counts_in
from tui.core.draft.groups import without_speakers_place
from tui.core.draft.report import live_entries
from tui.core.draft.report_issuer import issuing_body
from tui.core.draft.report_time import header_offset, report_time, zone_minutes
from tui.core.draft.resolve import body_then_person, is_body
from tui.core.draft.several_rules import IN_PLACE, generic_group, of_the_toll, responders
from tui.core.draft.several_settle import majority, naming_all
from tui.core.draft.short_names import abbreviates
from tui.core.story.update import update_text


def test_an_amount_of_money_is_no_count() -> None:
    assert counts_in("The council will pay Tk 20,000 to each injured person and $1,500 to "
                     "each family.") == []
    assert [(c.measure, c.number) for c in counts_in(
        "The council paid $1,500 to 30 injured workers.")] == [("injured", 30)]


def test_the_patients_a_service_moved_to_hospital_are_its_injured() -> None:
    assert claims("The rescue service said four people had died and it had shifted 88 "
                  "patients to hospitals overnight.") == [("rescue service", "people", 4, 88)]


def test_those_admitted_to_hospital_with_injuries_are_injured_but_not_the_rescued() -> None:
    assert claims("Police said nine bodies of miners were recovered, while three other miners "
                  "were admitted to Kora District Hospital with injuries.") == [
        ("Police", "miners", 9, 3)]
    assert claims("The unit said 20 miners were rescued, of whom five were admitted to "
                  "Kora General Hospital.") == []


def test_a_disaster_that_claimed_villagers_killed_them() -> None:
    assert claims("The landslide also claimed four villagers in Upper Kora, the district "
                  "officer said.") == [("district officer", "villagers in Upper Kora", 4, None)]


def test_a_third_rescuer_injured_makes_three() -> None:
    [(_, group, killed, injured)] = claims(
        "A third rescuer was injured on Monday when a wall fell, the fire service said.")
    assert (group, killed, injured) == ("rescuers", None, 3)


def test_a_woman_who_died_is_no_group_named_who() -> None:
    groups = {c[1] for c in claims("The service said 11 people had died, counting a woman "
                                   "who died at home on Sunday.")}
    assert "woman who" not in groups


def test_a_body_in_a_place_is_that_places_body() -> None:
    assert claims("The district health office in Kora said six people had died.")[0][0] == \
        "Kora district health office"
    assert claims("India's high commission in Dhaka said two Indians had died.")[0][0] != \
        "Dhaka high commission"


def test_a_service_named_with_its_number_is_a_body() -> None:
    assert is_body("Rescue 1122") and not is_body("Ghulam Mustafa")


def test_a_title_a_body_and_a_name_run_together_are_split() -> None:
    assert body_then_person("CEO District Health Authority Dr Saima Khan") == (
        "District Health Authority", "Saima Khan")


def test_a_body_known_as_another_name_is_one_claimant_across_reports() -> None:
    first = report("Poisoning\n\nThe Kora Emergency Service said four people had died.\n")
    later = report("Poisoning\n\nThe Kora Emergency Service, known as Rescue 9090, said seven "
                   "people had died. Rescue 9090 said 40 people were treated.\n",
                   "2025-03-02T09:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert {c[0] for c in story_claims(new)} == {"Kora Emergency Service"}


def test_a_state_run_agency_is_still_the_relay_with_names_folded() -> None:
    sentence = ("Nine passengers have died, the Kora district administration said on Sunday, "
                "according to the state-run Valoria Sangbad Sangstha (VSS).")
    relay = relay_in(sentence)
    assert relay is not None and is_relay("state-run Valoria Sangbad Sangstha", relay)


def test_a_days_possessive_is_no_place_of_the_group() -> None:
    assert claims("Eleven tourists were killed in Monday's crash, the ministry said.") == [
        ("ministry", "tourists", 11, None)]


def test_the_injured_of_a_group_are_that_group() -> None:
    assert claims("Police said seven injured miners were in hospital.") == [
        ("Police", "miners", None, 7)]


def test_the_tolls_of_people_never_settle_into_the_rescuers_group() -> None:
    assert not responders("residents of the block") and responders("rescuers of the SES")
    assert responders("firefighters") and majority(["rescuers of the SES", "people"]) is None


def test_a_live_entry_opening_with_its_source_is_the_sources_claim() -> None:
    assert claims("SES: eight people have been killed in the blast.") == [
        ("SES", "people", 8, None)]
    assert {c[0] for c in claims("KORALIA: Police said eight people died.")} == {"Police"}
    assert {c[0] for c in claims("UPDATE: eight people died, police said.")} == {"police"}


def test_a_bodys_initials_leave_out_the_country_it_is_of() -> None:
    assert abbreviates("SES", "State Emergency Service of Ukraine")
    assert not abbreviates("SES", "State Emergency Service of Koralia")  # no country


def test_a_subject_after_but_is_the_body_not_but() -> None:
    assert subjects("But the Shigar Porters Association says eight porters died.") == [
        "Shigar Porters Association"]


def test_a_live_entry_stamped_22h40_has_its_own_time() -> None:
    found = live_entries("LIVE: a crash\nTimes are local. Most recent first.\n\n"
                         "22h40 - Firefighters say 41 bodies were recovered.\n\n"
                         "21h15 - The airline confirms the crash.\n")
    assert found is not None and [(h, m) for h, m, _ in found[1]] == [(22, 40), (21, 15)]


def test_a_pages_modified_time_is_its_time() -> None:
    said = report_time("France 24\nA headline\nIssued on: 24/05/2026 - 12:35   Modified: "
                       "24/05/2026 - 14:10\n\nText.", None, timezone(timedelta(hours=2)))
    assert isinstance(said, datetime) and (said.hour, said.minute) == (14, 10)


def test_letters_of_two_zones_are_the_pages_zone_or_the_one_spelled_out() -> None:
    dhaka = timezone(timedelta(hours=6))
    assert zone_minutes("BST", dhaka) == 360 and zone_minutes("BST") == 60
    assert header_offset("All times Bangladesh Standard Time (BST)") == dhaka
    said = report_time("Desk\nA headline\nMarch 20, 2026 8:10 PM BST\n\nText.", None, dhaka)
    assert isinstance(said, datetime) and said.utcoffset() == timedelta(hours=6)


def test_a_group_named_with_accented_capitals_is_read() -> None:
    assert claims("Nine passengers of the Transportes Rumi Ñan bus died, police said.") == [
        ("police", "passengers of the Transportes Rumi Ñan bus", 9, None)]


def test_a_release_in_official_words_gives_its_dead_and_burned() -> None:
    assert [(c.measure, c.number) for c in counts_in(
        "Sixteen (16) persons lost their lives, while forty (40) others sustained various "
        "degrees of burns.")] == [("killed", 16), ("injured", 40)]
    assert [(c.measure, c.number, c.noun) for c in counts_in(
        "The number of persons confirmed dead has risen to nine (9).")] == [
        ("killed", 9, "persons")]


def test_the_figure_another_body_reported_is_no_subject() -> None:
    assert claims("Egbedi said the number of dead rose to 19, up from the 14 the agency "
                  "reported on Wednesday.")[0][0] == "Egbedi"


def test_the_town_under_a_letterhead_is_no_issuer() -> None:
    head = "VALORIA POLICE FORCE\nKORA STATE POLICE COMMAND\nMARLO\n\nPRESS RELEASE\n\nText."
    assert issuing_body(head) == "Kora State Police Command"


def test_a_polish_fire_service_is_a_body() -> None:
    assert is_body("Państwowa Straż Pożarna")


def test_the_fullest_of_a_claimants_own_groups_names_them_all() -> None:
    assert naming_all(["bus", "passengers of the Rumi bus", "passengers"]) == \
        "passengers of the Rumi bus"
    assert naming_all(["miners", "villagers"]) is None


def test_all_the_224_people_is_an_exact_toll() -> None:
    assert [(c.measure, c.number) for c in counts_in(
        "The crash killed all the 224 people on board.")] == [("killed", 224)]


def test_two_dozen_is_twenty_four() -> None:
    assert claims("Police said more than two dozen workers were injured.") == [
        ("Police", "workers", None, "24+")]


def test_an_office_before_a_persons_name_is_no_part_of_it() -> None:
    assert claims("Energy Minister Taner Kaya said 301 miners had died.")[0][0] == "Taner Kaya"


def test_a_ministry_named_by_what_it_is_of_is_the_claimant_whole() -> None:
    assert claims("The Ministry of Emergency Situations said on Thursday that four people "
                  "had died.")[0][0] == "Ministry of Emergency Situations"


def test_a_day_of_a_month_is_no_count() -> None:
    assert [(c.measure, c.number) for c in counts_in(
        "The ministry reported on 9 September that 57 people have died and 88 have been "
        "injured.")] == [("killed", 57), ("injured", 88)]


def test_a_stamp_on_its_own_line_is_no_part_of_the_entrys_subject() -> None:
    body = "18:40 CEST\nThe Government Delegation says three people have been found dead."
    assert claims(body)[0][0] == "Government Delegation"


def test_one_who_lost_her_life_is_killed() -> None:
    assert [(c.measure, c.number, c.noun) for c in counts_in(
        "One (01) teacher who was supervising the pupils also lost her life.")] == [
        ("killed", 1, "teacher")]


def test_the_dead_and_the_injured_of_one_sentence_stay_apart() -> None:
    assert [(c.measure, c.number) for c in counts_in(
        "The agency said 9 people were killed and more than 40 were injured.")] == [
        ("killed", 9), ("injured", 40)]


def test_an_agency_that_reports_citing_a_body_relays_the_bodys_figure() -> None:
    sentence = ("The death toll has risen to nine, the public news agency Agência Brasil "
                "reports, citing the Kora Military Fire Brigade.")
    assert relaying_agency(sentence) == "news agency Agência Brasil"
    assert claims(sentence)[0][0] == "Kora Military Fire Brigade"


def test_a_toll_of_people_never_joins_the_rescuers_its_sentence_names() -> None:
    sentence = "The service puts the death toll at 11, the number of bodies its rescuers found."
    known = ["rescuers of the SES", "residents of the block"]
    assert generic_group("people", sentence, known, []) == "people"
    assert responders("other rescuers")


def test_a_name_after_but_the_is_completed_without_them() -> None:
    assert complete_name("Porters Association",
                         "But the Shigar Porters Association says eight porters died.") == \
        "Shigar Porters Association"


def test_where_a_body_spoke_is_not_where_the_dead_were() -> None:
    sentence = ("In Kinshasa, the national ministry gave a third figure on Wednesday, saying "
                "36 people had died.")
    assert without_speakers_place(sentence).startswith("the national ministry")
    assert without_speakers_place("In Kora, 36 people died.") == "In Kora, 36 people died."


def test_a_place_named_for_the_speakers_teams_is_not_the_tolls() -> None:
    said = "The ministry said 36 people had died according to its teams in Marlo."
    found = "Rescuers said 36 people had died in Marlo."
    assert not of_the_toll(said, IN_PLACE.search(said))  # type: ignore[arg-type]
    assert of_the_toll(found, IN_PLACE.search(found))  # type: ignore[arg-type]


def test_a_run_of_figures_is_no_count_and_no_traceback() -> None:
    assert counts_in(" ".join(["24"] * 3000) + " people died.") == [
        c for c in counts_in(" ".join(["24"] * 3000) + " people died.") if c.number == 24]
    assert draft_yaml("Title\n\n" + " 24" * 3000 + " people died.\n").startswith("#")
    assert [(c.measure, c.number) for c in counts_in(
        "About 1,00,000 people were affected; 10,400 died and 3 804 were hurt.")] == [
        ("killed", 10400), ("injured", 3804)]


def test_the_review_s_counter_examples_are_read_as_before() -> None:
    assert [(c.measure, c.number) for c in counts_in(
        "Police said 12 Marines were killed in the attack.")] == [("killed", 12)]
    assert counts_in("Organisers claimed 20,000 people attended the rally.") == []
    assert counts_in("After the fire, staff transferred 30 patients to Nishtar Hospital.") == []
    assert [(c.measure, c.number, c.noun) for c in counts_in(
        "Police said a second child was injured.")] == [("injured", 2, "children")]
    assert claims("In 2023 the agency said 12 people had died in floods.")[0][0] == "agency"
    assert {c[0] for c in claims("ROME: Eight people were killed when a bus crashed.")} == {
        "Unknown"}
    assert body_then_person("State Police Command Asaba") is None
    assert not is_body("May 12") and not is_body("Flight 370")


def test_one_person_of_a_named_body_killed_is_one_dead() -> None:
    assert claims("A volunteer rescuer for the Valorian Red Crescent was killed and two others "
                  "were hurt, the organisation said.") == [
        ("organisation", "volunteer rescuer", 1, 2)]


def test_one_of_the_injured_who_died_is_no_group_of_its_own() -> None:
    assert claims("The ministry said the number of deaths has risen to 11 tourists, after one "
                  "of the injured died in hospital.") == [("ministry", "tourists", 11, None)]


def test_those_now_receiving_treatment_are_injured() -> None:
    assert [(c.measure, c.number) for c in counts_in(
        "The secretary said 52 people were now receiving treatment for burns.")] == [
        ("injured", 52)]


def test_one_person_where_they_were_when_killed_is_one_dead() -> None:
    assert claims("A woman waiting at the stop was killed and two other people were injured, "
                  "police said.") == [("police", "woman", 1, 2)]
