"""Readings added at the start of the twenty-sixth round, from what the last
round's truths keep and drafts lost: the lead's own toll of the whole beside
bodies' counts of its parts, and a list of nations' dead before its verb."""

from __future__ import annotations

import pytest

from tui.core.draft import draft_briefing


def _claims(text: str) -> list[tuple[str, str, object]]:
    """(claimant, affected, killed) of each drafted claim that counts the dead."""
    return [(str(c["claimant"].value), str(c["affected"].value), c["killed"].value)
            for c in draft_briefing(text).casualty_claims if "killed" in c]


_BY_NATION = ("Gunmen attack a harbour market\n\n"
              "VALLETTA, May 4 (Wire) - Gunmen opened fire in a harbour market on Tuesday, "
              "killing at least 14 people, most of them visitors from cruise ships.\n\n"
              "The interior minister, Paul Borg, said six Germans, four Britons and two "
              "Canadians were among the dead.\n")


def test_the_leads_toll_of_the_whole_stays_beside_a_bodys_parts_of_it() -> None:
    drafted = _claims(_BY_NATION)
    assert ("Unknown", "people", "14+") in drafted
    assert any(claimant == "Paul Borg" for claimant, _, _ in drafted)


def test_a_leads_toll_a_body_gives_for_the_same_group_is_the_bodys() -> None:
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday, killing 14 people.\n\n"
            "Police said 15 people had died.\n")
    assert [claimant for claimant, _, _ in _claims(text)] == ["Police"]


def test_a_leads_toll_above_no_part_is_no_whole() -> None:
    # (a body's count above the lead's is a rival, not a part)
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday, killing 14 people.\n\n"
            "Police said 20 passengers had died.\n")
    assert [claimant for claimant, _, _ in _claims(text)] == ["Police"]


def test_a_hedged_lead_is_no_toll_of_the_whole() -> None:
    text = ("Crush at a shrine\n\n"
            "PUNE, May 4 (Wire) - Up to 300 pilgrims are feared dead after a crush at a "
            "shrine.\n\n"
            "A police chief, R K Sharma, said four women from Nagpur had died.\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


def test_a_toll_on_nobodys_word_past_the_opening_is_no_whole() -> None:
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday near the border.\n\n"
            "Rescuers worked through the night. The road had been closed twice this year. "
            "Villagers helped carry stretchers.\n\n"
            "Fourteen people were killed.\n\n"
            "The interior minister said six Germans were among the dead.\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


def test_a_part_as_large_as_the_lead_leaves_it_no_whole() -> None:
    text = ("Bus falls into a gorge\n\n"
            "TIRANA, May 4 (Wire) - A bus fell into a gorge on Tuesday, killing 14 people.\n\n"
            "The foreign ministry said all 14 of the dead were Greeks.\n")
    assert "Unknown" not in [claimant for claimant, _, _ in _claims(text)]


_HEAD = "A story\n\nREYKJAVIK - "


@pytest.mark.parametrize("sentence", [
    "Police said six Germans, four Britons and two Canadians were among the dead.",
    "Six Germans, four Britons and two Canadians were killed, police said.",
    "Police said six Germans, four Britons and two Canadians died.",
])
def test_nations_listed_before_their_verb_are_each_a_group(sentence: str) -> None:
    assert [(group, killed) for _, group, killed in _claims(_HEAD + sentence)] == [
        ("German nationals", 6), ("British nationals", 4), ("Canadian nationals", 2)]


def test_a_pairs_second_group_ends_before_its_verb() -> None:
    assert [group for _, group, _ in _claims(
        _HEAD + "Police said six Germans and two Canadians were among the dead.")] == [
        "German nationals", "Canadian nationals"]


def test_two_groups_a_sentence_pairs_keep_one_number() -> None:
    assert [(group, killed) for _, group, killed in _claims(
        _HEAD + "Police said two miners and two guards died.")] == [
        ("miners", 2), ("guards", 2)]


def test_a_list_of_nations_beside_others_is_no_breakdown() -> None:
    # (a list that names others than nations is not read as nations')
    found = _claims(_HEAD + "Police said six Germans, four guides and two Canadians died.")
    assert "German nationals" not in [group for _, group, _ in found]


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("At least 40 pilgrims died, the diplomats said.", "diplomats"),
    ("At least 40 pilgrims died, two Egyptian diplomats told AFP on Tuesday.",
     "Egyptian diplomats"),
    ("At least 40 pilgrims died, the medics said.", "medics"),
])
def test_diplomats_and_medics_who_say_a_toll_are_its_claimant(sentence: str,
                                                              claimant: str) -> None:
    assert [who for who, _, _ in _claims(_HEAD + sentence)] == [claimant]


def test_forensic_doctors_who_found_something_are_no_claimant() -> None:
    # ("doctors" stays a speaker only when it says: the forensic doctors here find
    # that remains were one person's, the prefecture gives the toll)
    text = (_HEAD + "The toll stands at 26 workers killed, after forensic doctors found "
            "that remains counted as two victims belonged to one person.")
    assert "doctors" not in [who for who, _, _ in _claims(text)]
