"""Readings added after the twenty-eighth round's first sight (tuning, not
results), each written as a sentence of our own: a figure in a quote
attributed to "a spokesman General X", "but" between two bodies' figures,
"not less than", a first report's toll, an aside of who between a count
and its verb, a hospital that "attended" the injured, "burned" alive,
first and later figures of one measure, "among the wounded", "one of the
perished", "a citizen of the Republic of X" and a birth year that is no
time of a toll, "the victims of the tragedy are four workers"."""

from __future__ import annotations

import pytest

from tui.core.draft import draft_briefing


def _claims(*sentences: str) -> list[tuple[str, str, object, object]]:
    text = "A ferry capsizes\n\nNORVALE, May 4 (Wire) - " + " ".join(sentences) + "\n"
    return [(str(c["claimant"].value), str(c["affected"].value),
             c["killed"].value if "killed" in c else None,
             c["injured"].value if "injured" in c else None)
            for c in draft_briefing(text).casualty_claims]


@pytest.mark.parametrize("said", ["said a spokesman General Aras Demir",
                                  "said a spokesman, Aras Demir"])
def test_a_quoted_figure_said_by_a_spokesperson_named_after(said: str) -> None:
    drafted = _claims(f"“Twenty-five militants were killed,” {said}.")
    assert [(who, killed) for who, _, killed, _ in drafted] == [("Aras Demir", 25)]


def test_but_between_two_bodies_figures() -> None:
    drafted = _claims("The district administration put the death toll at 63 but angry "
                      "locals insisted that not less than 200 perished in the river.")
    assert [(who, killed) for who, _, killed, _ in drafted] == [
        ("district administration", 63), ("locals", "200+")]


@pytest.mark.parametrize("bound", ["not less than", "no fewer than"])
def test_not_less_than_is_at_least(bound: str) -> None:
    drafted = _claims(f"Police said {bound} 12 people had been hurt.")
    assert drafted == [("Police", "people", None, "12+")]


def test_the_first_reports_are_the_claimant_before() -> None:
    drafted = _claims("The district administration put the death toll at 63.",
                      "Divers searched the river overnight.",
                      "The first reports put the death toll at 270.")
    assert [(who, killed) for who, _, killed, _ in drafted] == [
        ("district administration", 270), ("district administration", 63)]


def test_an_aside_of_who_between_a_count_and_its_verb() -> None:
    drafted = _claims("The minister said around 90 people, including minors, were being "
                      "treated for injuries.")
    assert drafted == [("minister", "people", None, 90)]


def test_a_hospital_that_attended_the_injured() -> None:
    drafted = _claims("The ministry said the Norvale General Hospital attended 26 people from "
                      "the parade, most with fractures and head injuries.")
    assert [(injured) for *_, injured in drafted] == [26]
    assert _claims("The mayor said the governor attended 200 people at the rally.") == []


def test_burned_alive_is_injured_and_to_death_killed() -> None:
    assert _claims("The brigade said seven people burned.") == [
        ("brigade", "people", None, 7)]
    assert _claims("The brigade said four people burned to death.") == [
        ("brigade", "people", 4, None)]
    assert _claims("The mayor said twelve houses burned down.") == []


def test_first_reported_then_later_said() -> None:
    drafted = _claims("The firefighters first reported seven people burned; later on Sunday "
                      "night they said nine had been taken to hospital with burns.")
    assert [injured for *_, injured in drafted] == [7, 9]


def test_among_the_wounded_a_nations_part() -> None:
    drafted = _claims("Among the wounded are two Costa Rican tourists, the embassy said.")
    assert drafted == [("embassy", "Costa Rican tourists among the injured", None, 2)]


def test_one_of_the_perished_a_citizen_of_a_country_born_in_a_year() -> None:
    drafted = _claims("Three workers died in the silo, the emergency service said.",
                      "One of the perished is a citizen of the Republic of Moldova, a man born "
                      "in 1984.")
    assert drafted[-1][1:3] == ("citizen of the Republic of Moldova", 1)


def test_the_victims_are_named_as_what_they_were() -> None:
    assert _claims("According to the union, the victims of the tragedy are four workers.") == [
        ("union", "workers", 4, None)]
    # (a part of the dead is no toll: "among the dead were three children")
    assert [killed for _, _, killed, _ in _claims(
        "Police said 12 people died. Among the dead were three children.")] == [12]
