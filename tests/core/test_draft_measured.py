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
