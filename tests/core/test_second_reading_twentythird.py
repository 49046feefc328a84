"""Misreadings a second reader found in the twenty-third round's new
readings (officials, ministers, joint statements) before the round was
scored; each was mended. Report: the session's second-reading-23 notes."""

from __future__ import annotations

import pytest

from tui.core.draft.affiliation import affiliation_of_role, affiliations_in, body_for
from tui.core.draft.pipeline import draft_briefing

HEAD = "Headline of the story\n\nMOROVA - "


def _claimants(sentence: str) -> list[str]:
    return [str(c["claimant"].value) for c in draft_briefing(HEAD + sentence + "\n")
            .casualty_claims]


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Ambulances took the injured to Central Hospital and police said 12 had died.", "police"),
    ("Twelve people died in a joint operation by the army and police, police said.", "police"),
    ("The army and police were deployed after the blast, which killed 12 people, police said.",
     "police"),
    ("Twelve people died in clashes between the M23 and the army, the army said.", "army"),
    ("The fire destroyed the Tarsa Police Station and the Red Cross said 12 people died.",
     "Red Cross"),
    ("Patients were flown to Velia General Hospital and the Ministry of Health said 12 people "
     "died.", "Ministry of Health"),
    ("The victims worked for the UN and the Red Cross said 12 people died.", "Red Cross"),
])
def test_a_body_that_is_the_object_states_no_figure(sentence: str, claimant: str) -> None:
    assert _claimants(sentence) == [claimant]


def test_a_joint_subject_after_a_dateline_is_two_claimants() -> None:
    assert _claimants("The Red Cross and the Civil Defence said nine villagers had died.") == [
        "Red Cross", "Civil Defence"]


@pytest.mark.parametrize("sentence", [
    "A police officer, John Dube, who was travelling on the bus, said it rained.",
    "A former police officer, John Dube, said it rained.",
    "Thabo Dube, a former vice-president of the Tarsa Red Cross, said it rained.",
    "Sipho Dube, a teacher and former head of the Tarsa Red Cross, said it rained.",
    "John Dube, a student leader at Tarsa University, said it rained.",
    "The fire service's union leader, John Dube, said it rained.",
    "It rained, according to a former director of the Tarsa Hospital, John Dube.",
])
def test_a_witness_a_former_holder_or_a_leader_speaks_for_no_body(sentence: str) -> None:
    assert affiliations_in([sentence]) == []


@pytest.mark.parametrize("sentences", [
    ["Kerala Health Minister Lena Marsh said four died.", "The Ministry of Health said six."],
    ["Velia's Health Minister Lena Marsh said four died.", "The Ministry of Health said six."],
    ["Shadow Health Minister Lena Marsh said four died.", "The Ministry of Health said six."],
    ["Lena Marsh, the shadow health minister, said four died.", "The Ministry of Health said 6."],
    ["Lena Marsh, the former health minister, said four died.", "The Ministry of Health said 6."],
    ["Lena Marsh, a government minister, said four died.",
     "The Ministry of Local Government said six."],
])
def test_another_governments_or_a_former_minister_is_not_the_ministrys(
        sentences: list[str]) -> None:
    assert [a for a in affiliations_in(sentences)
            if a.rule == "minister_of_a_named_ministry"] == []


def test_the_ministry_is_named_without_the_words_before_it() -> None:
    found = affiliations_in(["Health Minister Lena Marsh visited.",
                             "Patients were taken by the Ministry of Health to Tarsa."])
    assert [(a.person, a.body) for a in found] == [("Lena Marsh", "Ministry of Health")]


def test_a_former_office_leaves_the_letters_body_alone() -> None:
    known = affiliations_in(["NDMA chairman Ana Ruiz said 12 had died.",
                             "Ana Ruiz, a former director of the Tarsa Red Cross, said it "
                             "rained."])
    found = body_for("Ana Ruiz", known)
    assert found is not None and found.body == "NDMA"


@pytest.mark.parametrize("role", ["Tarsa Regional Hospital spokeswoman",
                                  "spokesman, Kelvo Regional Emergency Centre"])
def test_regional_in_a_quotes_role_stays_in_the_bodys_name(role: str) -> None:
    found = affiliation_of_role("Ana Lee", role)
    assert found is not None and "Regional" in found.body


@pytest.mark.parametrize("role", ["former police officer", "off-duty police officer",
                                  "student leader, Tarsa University",
                                  "leader of the striking nurses at Tarsa Hospital"])
def test_a_quotes_role_that_speaks_for_no_body_gives_none(role: str) -> None:
    assert affiliation_of_role("Ana Lee", role) is None
