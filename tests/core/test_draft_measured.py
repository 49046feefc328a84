"""A toll no named count rule spells out, read by the word of death or injury
beside its number; a claimant who reports a clause with any verb, or is named
after a verb that closes the sentence; an "up from N" of the injured. Each
sentence is drafted under a wire headline and read back as plain tuples."""

from __future__ import annotations

from tests.core.draft_helpers import claims
from tui.core.draft.counts import counts_in
from tui.core.draft.names import countries_in


def _read(sentence: str) -> list[tuple[str, int, str]]:
    return [(c.measure, c.number, c.rule) for c in counts_in(sentence)]


def test_rule_number_beside_its_measure_reads_any_wording_of_the_dead() -> None:
    assert _read("Rescuers had found 4 persons without life under the collapsed roof.") == [
        ("killed", 4, "number_beside_its_measure")]
    assert claims("The fire brigade said 4 persons without life were found in the hall.") == [
        ("fire brigade", "people", 4, None)]


def test_rule_number_beside_its_measure_reads_treatment_as_injury() -> None:
    assert _read("The clinic said 23 workers have received treatment for fumes.") == [
        ("injured", 23, "number_beside_its_measure")]
    assert _read("Since noon 12 passengers have sought medical assistance.") == [
        ("injured", 12, "number_beside_its_measure")]


def test_rule_frame_of_the_measure_reads_the_number_the_frame_ends_on() -> None:
    assert _read("By noon the agency still gave the number of the deceased victims at 6 "
                 "people.") == [("killed", 6, "frame_of_the_measure")]


def test_lost_their_life_counts_the_dead_not_the_injured() -> None:
    assert [(c.measure, c.number) for c in counts_in(
        "The number of the miners who have lost their life in the shaft has risen to 7.")] == [
        ("killed", 7)]


def test_a_measured_number_is_never_an_alternative_a_part_or_a_sum() -> None:
    # what a witness saw, "three or four", a part after "including", a sum of two events
    assert _read("A farmer said he saw three or four people dead on the bank.") == []
    assert [c.number for c in counts_in(
        "At least 11 people, including one guard and two cooks, died in the blaze.")] == [11]
    assert all(c.number != 9 for c in counts_in(
        "Storms hit two valleys on Friday, in two accidents that left nine hikers dead."))
    assert counts_in("The volunteers brought aid to the family of one of the miners who "
                     "lost his life.") == []


def test_a_measured_number_is_no_date_money_or_share() -> None:
    assert _read("In 2019 8 workers died at the plant.") == [("killed", 8, "count_then_verb")]
    assert _read("Prices rose 30 percent while 5 people sought medical care.") == [
        ("injured", 5, "number_beside_its_measure")]
    assert _read("The fund paid $40 to each family; 3 people have received treatment.") == [
        ("injured", 3, "number_beside_its_measure")]


def test_rule_reports_a_clause_whatever_the_verb() -> None:
    assert claims("The regional health office conveyed that 17 residents have received "
                  "treatment.") == [("regional health office", "residents", None, 17)]
    assert claims("The Coast Guard had spoken of 2 persons without life on the beach.") == [
        ("Coast Guard", "people", 2, None)]


def test_a_quote_after_that_is_the_speakers_not_a_toll_of_theirs() -> None:
    got = claims("Police said 14 miners died. On Thursday, Governor Ana Ruiz assured that "
                 "\u201cthere will be no impunity\u201d for the deaths of 14 miners in the "
                 "collapse.")
    assert all("Ruiz" not in c[0] for c in got), got


def test_rule_closing_verb_then_body() -> None:
    assert claims("The number of the persons who have lost their lives in the landslide has "
                  "risen to 9, announced this evening the Civil Protection Department.") == [
        ("Civil Protection Department", "persons", 9, None)]


def test_up_from_n_after_the_injured_is_their_earlier_figure() -> None:
    assert claims("The Health Directorate reports that 64 people have been treated for "
                  "smoke inhalation, up from 40 on Monday.") == [
        ("Health Directorate", "people", None, 40), ("Health Directorate", "people", None, 64)]


def test_against_n_in_an_earlier_report_is_the_earlier_figure() -> None:
    assert claims("The Disaster Agency now reports 15 deaths, against 9 in its second "
                  "report.") == [("Disaster Agency", "people", 9, None),
                                 ("Disaster Agency", "people", 15, None)]


def test_a_bodys_acronym_is_no_countrys_code() -> None:
    assert countries_in("The Disaster Management Agency (DMA) said") == []
    assert [c.code for c in countries_in("the USA said")] == ["US"]


def test_rule_toll_then_its_number_reads_a_count_said_to_be_the_toll() -> None:
    assert _read("By noon the count was six.") == [("killed", 6, "toll_then_its_number")]
    # (not a count that says whom it counts after it)
    assert _read("By noon the count stood at 40 injured.") == [("injured", 40, "count_then_verb")]


def test_rule_treating_then_its_number() -> None:
    assert _read("Medics are treating more than thirty people at the stadium.") == [
        ("injured", 30, "treating_then_its_number")]
    assert _read("The charity said it had treated 5,600 patients with cholera this year.") == []


def test_a_count_said_to_be_the_toll_leads_the_sentences_other_counts() -> None:
    assert claims("After divers brought up the last three bodies, the brigade's count stood "
                  "at eleven dead.") == [("brigade", "people", 11, None)]


def test_rule_owner_of_the_count() -> None:
    assert claims("By evening the Red Crescent's tally was 14 dead.") == [
        ("Red Crescent", "people", 14, None)]


def test_rule_acts_on_the_toll_whatever_the_verb() -> None:
    assert claims("The Civil Protection Agency has adjusted the number of deaths down to at "
                  "least 31 people.") == [("Civil Protection Agency", "people", "31+", None)]
    assert claims("The spokesman of the provincial Fire Service, Ivo Marek, gave the first "
                  "official figures: five workers confirmed dead, 9 injured.") == [
        ("provincial Fire Service", "workers", 5, 9)]
    # ("This brings the number of fatalities to two": a pointer names no one)
    assert all(c[0] != "This" for c in claims(
        "Police said one man died. This brings the number of fatalities to two."))


def test_a_body_that_was_giving_a_toll_gives_it() -> None:
    assert claims("By Friday the operator, too, was giving seven dead and 20 injured.") == [
        ("operator", "people", 7, 20)]


def test_a_spokesperson_for_a_body_named_before_them_speaks_for_it() -> None:
    assert claims("By noon 31 bodies had been recovered, a spokeswoman for the Malawi Red "
                  "Cross Society, Ruth Banda, said.")[0][0] == "Malawi Red Cross Society"


def test_an_office_in_a_country_is_the_office_and_the_country_no_bodys_short_name() -> None:
    got = claims("By noon 31 bodies had been recovered, a spokeswoman for the Malawi Red "
                 "Cross Society, Ruth Banda, said. A district commissioner in Malawi put the "
                 "death toll at 40, according to Reuters.")
    assert [c[0] for c in got] == ["Malawi Red Cross Society", "district commissioner"]


def test_a_country_is_never_a_bodys_name_told_short() -> None:
    got = claims("The Malawi Red Cross Society said 31 people had died. Malawi said 40 had "
                 "died.")
    assert [c[0] for c in got] == ["Malawi Red Cross Society", "Malawi"]


def test_a_body_after_the_closing_verb_beats_a_place_before_it() -> None:
    assert claims("The number of the persons who have lost their life in the crash on the "
                  "national road Skopje–Tetovo, has risen to 6, informed this evening the "
                  "Interior Ministry.") == [("Interior Ministry", "persons", 6, None)]


def test_in_the_first_information_is_an_earlier_figure() -> None:
    got = claims("The toll has risen to 6, informed this evening the Interior Ministry. In the "
                 "first information, given at noon, the ministry had spoken of 2 persons without "
                 "life.")
    assert [(c[0], c[2]) for c in got] == [("Interior Ministry", 2), ("Interior Ministry", 6)]


def test_an_office_holders_count_is_theirs() -> None:
    assert claims("By Sunday afternoon the governor's toll had risen to 12 dead and four "
                  "injured, he told reporters.") == [("governor", "people", 12, 4)]


def test_a_consulate_general_is_one_body() -> None:
    assert claims("At least four workers have been killed in the blaze, the Kenyan consulate "
                  "general in the city said on Saturday.") == [
        ("Kenyan consulate general", "workers", "4+", None)]


def test_groups_in_a_place_are_the_groups_whatever_their_verb() -> None:
    assert claims("Rights groups in Chad claim that over 60 miners were killed in the "
                  "collapse.") == [("Rights groups", "miners", "60+", None)]


def test_a_hundred_is_a_figure() -> None:
    assert claims("The governor said over a hundred people had been killed in the "
                  "province.") == [("governor", "people", "100+", None)]


def test_up_from_two_figures_revises_the_dead_and_the_injured() -> None:
    assert claims("The Health Directorate now reports 13 deaths and 58 people injured, up "
                  "from 9 and 40 in its first update.") == [
        ("Health Directorate", "people", 9, 40), ("Health Directorate", "people", 13, 58)]


def test_a_year_after_its_month_is_no_count() -> None:
    got = claims("The ministry said one of the workers injured in the blast on Thursday 18th "
                 "June 2026 passed away this morning.")
    assert all(c[2] != 2026 for c in got), got


def test_others_who_went_missing_are_not_added_to_the_dead() -> None:
    assert [c[2] for c in claims("Five people were killed and six others went missing on "
                                 "Sunday, police said.")] == [5]


def test_a_body_described_with_what_it_is_for_is_the_subject() -> None:
    assert claims("The provincial committee for disaster prevention and control said 8 people "
                  "had died.") == [("provincial committee for disaster prevention and control",
                                    "people", 8, None)]
