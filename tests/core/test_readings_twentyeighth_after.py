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


def test_a_figures_clause_after_a_colon_names_no_claimant() -> None:
    drafted = _claims("Outside the gate, Ivo Horvat, the union's commissioner, says five "
                      "workers are dead: the four the police have confirmed and a fitter who "
                      "collapsed.")
    assert [(who, killed) for who, _, killed, _ in drafted] == [("Ivo Horvat", 5)]


@pytest.mark.parametrize("role", ["the rescue department's duty fire officer",
                                  "duty fire officer of the Norvale Rescue Department"])
def test_a_duty_fire_officer_speaks_for_the_service(role: str) -> None:
    from tui.core.draft.affiliation import affiliations_in

    found = affiliations_in([f"“We got everyone out,” said Aino Virta, {role}."], [])
    assert {(a.person, a.body) for a in found} == {
        ("Aino Virta", role.split(" of the ")[-1] if " of the " in role
         else "rescue department")}


def _speakers(*sentences: str) -> list[str]:
    text = "A ferry capsizes\n\nNORVALE, May 4 (Wire) - " + " ".join(sentences) + "\n"
    return [str(q["speaker"].value) for q in draft_briefing(text).quotes]


@pytest.mark.parametrize(("said", "speaker"), [("the police first said", "police"),
                                               ("the ministry later said", "ministry")])
def test_a_when_word_between_the_speaker_and_said(said: str, speaker: str) -> None:
    assert _speakers(f"«Nine people died in the crush,» {said} on Twitter.") == [speaker]


def test_said_a_name_from_a_place() -> None:
    assert _speakers("Rescuers searched the slope with dogs.",
                     "“We expect to find more bodies today,” said Ghimire from badly-hit "
                     "Jure village.") == ["Ghimire"]
    # (a role of words in lower case is still the role: "says chief of staff X")
    assert _speakers("“We must be certain,” says chief of staff Trond Eikrem.") == [
        "Trond Eikrem"]


# What a second reader (/work/scores/second-reading-28b.md) found these readings
# taking in, each kept out now
@pytest.mark.parametrize("sentence", [
    "Police said 200 people burned tyres in the streets.",
    "The victims of the robbery were two shopkeepers, police said.",
    "Around 200 residents, including minors, were being treated as witnesses, police said.",
    "The minister attended 3 briefings with burns specialists.",
    "Police said one of the dead was born in 1984.",
])
def test_no_casualty_in_these(sentence: str) -> None:
    assert _claims(sentence) == []


def test_burned_alive_is_killed() -> None:
    assert _claims("Seven people burned alive in the stairwell, the governor said.") == [
        ("governor", "people", 7, None)]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Police said the first floor collapsed, killing 7 workers; later the roof fell, "
     "killing 3 firefighters.", ("workers", 7)),
    ("Police first said 7 people died; later they said 2 more had died.", ("people", 7)),
])
def test_first_then_later_is_a_revision_only_of_what_was_said(
        sentence: str, kept: tuple[str, int]) -> None:
    drafted = _claims(sentence)
    assert kept in [(affected, killed) for _, affected, killed, _ in drafted]
    assert 2 not in [killed for _, _, killed, _ in drafted]


def test_but_without_a_comma_needs_a_figure_after_it() -> None:
    assert _claims("An explosion killed 5 workers but police said no one else was hurt.") == [
        ("police", "workers", 5, 0)]


# What a third reader (/work/scores/second-reading-28c.md) found the mends dropping, each
# kept now
@pytest.mark.parametrize(("sentence", "claim"), [
    ("Police said 3 traders died in a market built in 1962.", ("Police", "traders", 3, None)),
    ("The victims of the blaze were seven traders, police said.",
     ("police", "traders", 7, None)),
    ("The hospital attended 26 traders, most with burns.", ("Unknown", "traders", None, 26)),
    ("Officials from both the police and the army said 9 people died.",
     ("Officials", "people", 9, None)),
    ("Two children burned their feet on the hot ashes, the hospital said.",
     ("hospital", "children", None, 2)),
])
def test_what_the_mends_must_keep(sentence: str, claim: tuple[str, str, object, object]) -> None:
    assert _claims(sentence) == [claim]


def test_but_without_a_comma_before_a_count_in_words() -> None:
    assert [(who, killed) for who, _, killed, _ in _claims(
        "The ministry put the toll at nine but locals said fourteen died.")] == [
        ("ministry", 9), ("locals", 14)]


def test_first_then_a_bare_figure_is_a_revision() -> None:
    assert [injured for *_, injured in _claims(
        "Police first reported 7 injured, then 9 injured and 2 dead.")] == [7, 9]


# What a fourth reader (/work/scores/second-reading-28d.md) found the loosened readings
# taking in, each kept out now
@pytest.mark.parametrize("sentence", [
    "The group was founded in 2005 and has killed more than 300 people, the army said.",
    "The victims of the cyberattack were 3,000 customers, the bank said.",
    "Three gunmen burned their bodies, police said.",
])
def test_what_the_loosened_readings_must_not_take(sentence: str) -> None:
    assert _claims(sentence) == []


def test_the_victims_said_to_be_treated_are_no_dead() -> None:
    assert [killed for _, _, killed, _ in _claims(
        "Police said 12 people were injured. The victims were four workers, all treated for "
        "burns.")] == [None]


def test_then_a_figure_of_another_group_is_no_revision() -> None:
    assert [(affected, killed) for _, affected, killed, _ in _claims(
        "Police first counted 7 workers dead inside, then 3 firefighters dead outside.")] == [
        ("workers", 7), ("firefighters", 3)]


def test_but_before_a_bare_later_figure_is_a_revision() -> None:
    assert [killed for _, _, killed, _ in _claims(
        "Police initially said nine workers died but police later said eleven.")] == [9, 11]
def _reactors(text: str) -> list[str]:
    return [str((r["organisation"] if "organisation" in r else r["country"]).value)
            for r in draft_briefing(text).reactions]


def test_a_response_lists_line_under_an_organisations_name() -> None:
    text = ("Migrants found in the desert\n\nADEN, June 7 - IOM teams found 26 bodies.\n\n"
            "RESPONSE\n\n■ UNICEF: interim care for the 11 unaccompanied children.\n"
            "■ WFP: food for 300 survivors.\n")
    assert _reactors(text) == ["UNICEF", "World Food Programme"]


@pytest.mark.parametrize("line", [
    "■ WHO: 12 people have died in the camps.",  # (a count it gives: a claim's source)
    "■ Red Cross: Secretary General, Ana Ruiz",  # (a contacts list)
])
def test_an_organisations_label_that_is_no_response(line: str) -> None:
    text = f"Migrants found in the desert\n\nADEN, June 7 - Teams found bodies.\n\n{line}\n"
    assert not any(r["organisation"].rule == "organisation_label"
                   for r in draft_briefing(text).reactions if "organisation" in r)
