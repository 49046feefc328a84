"""Readings added at the start of the twenty-ninth round, from what the last
session left noticed: a ministry owned by a country of two joined names, a
"but" without its comma before another body's words, "no one" and "no one
else" as no group, diplomats who speak, one nation's part of a
total it is among, and an earlier accident's toll after "is not the first"."""

from __future__ import annotations

import pytest

from tests.core.draft_helpers import claims_of

_claims = claims_of


def _story(*sentences: str) -> str:
    return ("A coach crash on a mountain road\n\nVARNO, June 9 (Wire) - " + " ".join(sentences)
            + "\n")


@pytest.mark.parametrize("country", ["Bosnia and Herzegovina", "Trinidad and Tobago"])
def test_a_ministry_of_a_country_of_two_joined_names(country: str) -> None:
    drafted = _claims(_story(f"{country}'s Ministry of Foreign Affairs says three of its "
                             "citizens were killed in the crash."))
    assert [who for who, *_ in drafted] == [f"{country}'s Ministry of Foreign Affairs"]


def test_but_without_its_comma_before_a_body_saying_no_one() -> None:
    drafted = _claims(_story("Police said 9 people died but the fire brigade said no one else "
                             "was hurt."))
    assert drafted == [("Police", "people", 9, None), ("fire brigade", "people", None, 0)]


def test_and_without_its_comma_keeps_one_bodys_revision() -> None:
    # (a second reader's: "and" without its comma splits nothing, so a body's later
    # figure stays its revision)
    drafted = _claims(_story("Police said nine people died and the police later said 12."))
    assert [(who.lower(), killed) for who, _, killed, _ in drafted] == [
        ("police", 9), ("police", 12)]


@pytest.mark.parametrize("said", ["no one was hurt", "no one else was hurt"])
def test_no_one_is_no_group(said: str) -> None:
    assert _claims(_story(f"The fire brigade said {said}.")) == [
        ("fire brigade", "people", None, 0)]


def test_no_one_else_of_the_measure_counted_before_is_no_toll() -> None:
    drafted = _claims(_story("The gunman killed 12 people and then himself; no one else was "
                             "killed, police said."))
    assert drafted == [("police", "people", 12, None)]


@pytest.mark.parametrize("sayer", ["Egyptian diplomats told AFP", "diplomats said"])
def test_diplomats_speak(sayer: str) -> None:
    drafted = _claims(_story(f"Twenty people died in the crash, {sayer}."))
    assert [(who.split()[-1], killed) for who, _, killed, _ in drafted] == [("diplomats", 20)]


@pytest.mark.parametrize("sentence", [
    "Three Egyptians were among the 20 dead, police said.",
    "Police said three Egyptians were among the 20 killed.",
])
def test_one_nations_part_of_the_total_it_is_among(sentence: str) -> None:
    assert sorted(_claims(_story(sentence))) == [
        ("Police" if sentence.startswith("Police") else "police", "Egyptian nationals", 3, None),
        ("Police" if sentence.startswith("Police") else "police", "people", 20, None)]


def test_people_among_the_total_are_no_nation() -> None:
    assert _claims(_story("Police said three people were among the 20 dead.")) == [
        ("Police", "people", 20, None)]


@pytest.mark.parametrize("sentence", [
    "This is not the first chlorine accident in Fiji: in 2029 a leak at a public pool in "
    "Lautoka sent 12 children to hospital, and no one died.",
    "It was not the first fire at the market: a blaze in 2031 killed four traders, police said.",
])
def test_not_the_first_accident_is_an_earlier_toll(sentence: str) -> None:
    assert _claims(_story("Police said two passengers died.", sentence)) == [
        ("Police", "passengers", 2, None)]


@pytest.mark.parametrize("sentence", [
    "The blast, which killed 12 miners, was not the first explosion at the mine.",
    "It was not the first attack: gunmen killed 12 miners there on Tuesday.",
    "Police said 12 miners died, and this was not the first accident at the pit.",
])
def test_not_the_first_accident_keeps_this_ones_toll(sentence: str) -> None:
    # (a second reader's: only a dated clause after the colon is the earlier one's)
    assert [killed for _, _, killed, _ in _claims(_story(sentence))] == [12]


def test_an_official_named_beside_the_body_is_listed_for_the_next_update() -> None:
    from tests.core.several_helpers import base_with, claims, report
    from tui.core.story.update import update_text

    base = base_with(("Kuopio rescue department", "people", 2))
    first = update_text(base, [report(
        "Fire at a pool\n\nKUOPIO, June 2 (Wire) - Jussi Lahti, a spokesman for the Kuopio "
        "rescue department, said four people were killed.\n", "2025-03-01T09:00:00+00:00")])
    assert [(a.name, a.others) for a in first.new.aliases] == [
        ("Kuopio rescue department", ("Jussi Lahti",))]
    second = update_text(first.text, [report(
        "Fire at a pool\n\nKUOPIO, June 2 (Wire) - Lahti said on Tuesday that six people were "
        "killed.\n", "2025-03-01T15:00:00+00:00")])
    assert [who for who, *_ in claims(second.new)] == ["Kuopio rescue department"] * 3
