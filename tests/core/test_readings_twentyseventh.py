"""Readings added at the start of the twenty-seventh round, from what the
last session left noticed and not done: a body's unnamed spokesperson is the
body, a toll's places named with "at" are its parts, and a nation's body is
not the wider name that puts a word before the nation's; a revised number of dead
with its cause between, a letterhead in capitals above its statement, and a
count "among" a group of people."""

from __future__ import annotations

import pytest

from tui.core.draft import draft_briefing


def _claims(text: str) -> list[tuple[str, str, object]]:
    """(claimant, affected, killed) of each drafted claim that counts the dead."""
    return [(str(c["claimant"].value), str(c["affected"].value), c["killed"].value)
            for c in draft_briefing(text).casualty_claims if "killed" in c]


def _story(sentence: str) -> str:
    return f"A ferry sinks\n\nDHAKA, May 4 (Wire) - {sentence}\n"


@pytest.mark.parametrize(("said_by", "claimant"), [
    ("a Kremlin spokesman", "Kremlin"),
    ("a police spokesperson", "police"),
    ("an army spokeswoman", "army"),
    ("a Red Cross spokesperson", "Red Cross"),
    ("the government spokesman", "government"),
])
def test_a_bodys_unnamed_spokesperson_is_the_body(said_by: str, claimant: str) -> None:
    drafted = _claims(_story(f"Twelve people were killed, {said_by} said."))
    assert [who for who, _, _ in drafted] == [claimant]


@pytest.mark.parametrize("said_by", ["a Russian spokesman", "the spokesman"])
def test_a_spokesperson_of_no_body_named_stays_as_written(said_by: str) -> None:
    # (a nationality names no body; a bare "the spokesman" is someone named before)
    drafted = _claims(_story(f"Twelve people were killed, {said_by} said."))
    assert [who for who, _, _ in drafted] == [said_by.split(" ", 1)[1]]


def test_a_named_spokesperson_stays_the_person() -> None:
    drafted = _claims(_story("A police spokesman, Mike Otieno, said twelve people were killed."))
    assert [who for who, _, _ in drafted] == ["Mike Otieno"]


def test_a_tolls_places_named_with_at_are_its_parts() -> None:
    drafted = _claims(_story(
        "Thirteen people are now confirmed dead, eleven of them at Lolnavet in East Malekula "
        "and two at Ranuvo, the disaster office said."))
    assert ("disaster office", "people at Lolnavet", 11) in drafted
    assert ("disaster office", "people at Ranuvo", 2) in drafted


@pytest.mark.parametrize("place", ["at Nyangabgwe", "in Nyangabgwe"])
def test_an_age_before_a_place_is_no_places_part(place: str) -> None:
    drafted = _claims(_story(
        f"Eight people have died, two women in Palapye and a boy of 14 {place}, police said."))
    assert all(killed != 14 for _, _, killed in drafted)


_TWO_ARMIES = ("Shelling in Idlib\n\n"
               "BEIRUT, May 4 (Wire) - The Free Syrian Army said 14 of its fighters were "
               "killed in shelling on Tuesday.\n\n"
               "The Syrian army said it had killed 30 rebels and lost two soldiers.\n")


def test_a_nations_body_is_not_a_wider_name_that_puts_a_word_before_it() -> None:
    drafted = _claims(_TWO_ARMIES)
    assert [who for who, _, _ in drafted] == ["Free Syrian Army", "Syrian army", "Syrian army"]


def test_a_nations_body_is_its_own_wider_name() -> None:
    text = ("Shelling in Idlib\n\n"
            "BEIRUT, May 4 (Wire) - The Syrian Arab Army said 14 soldiers were killed.\n\n"
            "Later the Syrian army said 16 soldiers had died.\n")
    assert {who for who, _, _ in _claims(text)} == {"Syrian Arab Army"}


def test_a_revised_number_of_dead_with_its_cause_between_gives_both_figures() -> None:
    drafted = _claims(_story("A hospital in Tyre on Thursday revised the number of dead from "
                             "the air strike on Qana from 52 down to 28."))
    assert [killed for _, _, killed in drafted] == [52, 28]


_RELEASE = ("FONDAZZJONI KAMRA MUŻIKA\n"
            "Valletta, Sunday 8 November 2037\n"
            "STATEMENT No. 2\n\n"
            "The fall of a lighting bridge during the concert\n\n"
            "In our first statement we reported that one person had died and that 16 people "
            "had been injured. This morning our figures are two dead and 19 injured among our "
            "audience and our orchestra.\n")


def test_a_letterhead_in_capitals_above_its_statement_is_who_we_are() -> None:
    assert {who for who, _, _ in _claims(_RELEASE)} == {"Fondazzjoni Kamra Mużika"}


def test_a_states_letterhead_in_its_own_language_is_not_who_we_are() -> None:
    text = _RELEASE.replace("FONDAZZJONI KAMRA MUŻIKA", "REPÚBLICA DE PANAMÁ")
    assert "República De Panamá" not in {who for who, _, _ in _claims(text)}


def test_a_count_among_a_group_of_people_is_that_groups() -> None:
    assert ("Fondazzjoni Kamra Mużika", "audience and orchestra", 2) in _claims(_RELEASE)
    assert _claims(_story("Police said two were dead and 19 injured among the passengers.")) \
        == [("Police", "passengers", 2)]


def test_among_what_names_no_people_is_no_group() -> None:
    drafted = _claims(_story("Police said two were dead, among the worst tolls of the year."))
    assert [group for _, group, _ in drafted] == ["people"]


def test_he_after_a_bodys_unnamed_spokesperson_is_the_body() -> None:
    text = ("Car bomb at a hospital\n\n"
            "KABUL, June 25 (Wire) - A car bomb hit a hospital in Logar on Saturday. A "
            "Taliban spokesman denied the group was behind it.\n\n"
            "\"We do not attack hospitals,\" he said.\n")
    assert [str(q["speaker"].value) for q in draft_briefing(text).quotes] == ["Taliban"]
