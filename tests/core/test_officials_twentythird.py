"""Officials joined to the bodies they speak for, in the forms the stories
of rounds 13-22 split them (a minister of a named ministry, two offices
in one description, an office with its remit, letters the article never
spells out) and two bodies that state a figure together."""

from __future__ import annotations

import pytest

from tests.core.several_helpers import BASE, claims, report
from tui.core.draft.affiliation import affiliations_in, body_for
from tui.core.draft.pipeline import draft_briefing
from tui.core.story.update import update_text

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


@pytest.mark.parametrize(("sentence", "person", "body"), [
    # an office named with what it is over
    ("Tarsa Fire and Rescue Department (TFRD) assistant director of operations Nadia Karim "
     "said it rained.", "Nadia Karim", "Tarsa Fire and Rescue Department"),
    ("It rained, the Kelvo Emergency Service assistant director for Upper Vanta, Ilse Marr, "
     "told reporters.", "Ilse Marr", "Kelvo Emergency Service"),
    # offices that were no office before
    ("Tomas Reyes, Secretary General of the Valoria Red Cross Society, said it rained.",
     "Tomas Reyes", "Valoria Red Cross Society"),
    ("It rained, GMEL's vice-president of operations, Dana Holt, said.",
     "Dana Holt", "GMEL"),
    # a name that closes the sentence
    ("“It rained,” said the Chief of the Police Administration in Dorvik, Petar Lazić.",
     "Petar Lazić", "Police Administration in Dorvik"),
    # a body named by two words before its office
    ("The ambulance service's spokesman, Aron Kovacs, said it rained.", "Aron Kovacs",
     "ambulance service"),
    # two offices, one of them a body's
    ("Mr. Vong Sisavath, Deputy Governor of Tarsa Province and Chairman of the Provincial "
     "Committee for Disaster Prevention, said it rained.", "Vong Sisavath",
     "Provincial Committee for Disaster Prevention"),
])
def test_an_official_is_read_in_the_forms_stories_give(sentence: str, person: str,
                                                       body: str) -> None:
    assert (person, body) in [(a.person, a.body) for a in affiliations_in([sentence])]


@pytest.mark.parametrize(("sentences", "person", "body"), [
    (["Health Minister Lena Marsh visited the ward.", "The Ministry of Public Health said "
      "four patients died."], "Lena Marsh", "Ministry of Public Health"),
    (["The Honourable Minister of Health, Sipho Dlamini, visited the ward.",
      "The Ministry of Health said 15 workers were hurt."], "Sipho Dlamini",
     "Ministry of Health"),
    (["Labor Minister Ana Ortiz confirmed the deaths.", "The Ministry of Labour and "
      "Workforce said seven workers died."], "Ana Ortiz", "Ministry of Labour and Workforce"),
])
def test_a_minister_speaks_for_the_ministry_the_text_names(sentences: list[str], person: str,
                                                           body: str) -> None:
    found = [(a.person, a.body, a.rule) for a in affiliations_in(sentences)]
    assert (person, body, "minister_of_a_named_ministry") in found


@pytest.mark.parametrize("sentences", [
    ["Health Minister Lena Marsh said four patients died."],  # no ministry named
    ["Prime Minister Jon Vale visited.", "The Ministry of Health said four died."],
    ["Former Health Minister Lena Marsh visited.", "The Ministry of Health said four died."],
])
def test_a_minister_whose_ministry_is_not_named_keeps_the_office(
        sentences: list[str]) -> None:
    assert [a for a in affiliations_in(sentences)
            if a.rule == "minister_of_a_named_ministry"] == []


def test_unexplained_letters_are_the_short_form_of_the_body_the_article_names() -> None:
    known = affiliations_in([
        "It rained, the DGPC's press officer, Colonel Karim Saadi, told APS.",
        "The toll rose, the spokesman of the Civil Protection, Colonel Karim Saadi, said."])
    found = body_for("Karim Saadi", known)
    assert found is not None and found.body == "Civil Protection"


def test_a_ministers_figures_in_a_later_report_are_the_ministrys() -> None:
    first = report("Blast\n\nThe Ministry of Health said 15 workers were injured at the mill. "
                   "Health Minister Sipho Dlamini visited the hospital on Thursday.\n")
    later = report("Blast\n\nDlamini said on Friday that 16 workers were injured.\n",
                   "2025-03-02T09:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert {c[0] for c in claims(new)} == {"Ministry of Health"}
    assert [c[3] for c in claims(new)] == ["15", "16"]


@pytest.mark.parametrize(("sentence", "claimants"), [
    ("The toll has risen to seven, police and the Ministry of Health said on Friday.",
     ["police", "Ministry of Health"]),
    ("The Red Cross and the Civil Defence said nine villagers had died.",
     ["Red Cross", "Civil Defence"]),
])
def test_two_bodies_that_state_a_figure_together_each_claim_it(sentence: str,
                                                               claimants: list[str]) -> None:
    drafted = draft_briefing(HEAD + sentence + "\n").casualty_claims
    assert [(str(c["claimant"].value), c["claimant"].rule) for c in drafted] == [
        (name, "stated_together") for name in claimants]
    assert {str(c["killed"].value) for c in drafted} == {"7" if "seven" in sentence else "9"}


def test_a_group_and_a_body_joined_by_and_are_not_two_claimants() -> None:
    drafted = draft_briefing(HEAD + "Five soldiers and the Ministry of Defence said nothing; "
                             "the army said nine soldiers died.\n").casualty_claims
    assert all(c["claimant"].rule != "stated_together" for c in drafted)


def test_a_minister_of_one_field_of_a_ministry_of_several() -> None:
    found = affiliations_in([
        "Deputy Health Minister Nino Beridze visited the ward.",
        "The Ministry of Internally Displaced Persons from the Occupied Territories, Labour, "
        "Health and Social Affairs said 39 were hurt."])
    assert [(a.person, a.rule) for a in found] == [("Nino Beridze",
                                                    "minister_of_a_named_ministry")]
    assert found[0].body.endswith("Labour, Health and Social Affairs")


def test_a_minister_quoted_in_a_later_report_is_listed_under_the_ministry() -> None:
    first = report("Blast\n\nThe Ministry of Health and Social Affairs said 15 workers were "
                   "injured.\n")
    later = report("Blast\n\n“Eleven patients are in serious condition,” Deputy Health "
                   "Minister Nino Beridze told reporters.\n", "2025-03-02T09:00:00+00:00")
    new = update_text(BASE, [first, later]).new
    assert any(a.name == "Ministry of Health and Social Affairs" and "Nino Beridze" in a.others
               for a in new.aliases), new.aliases


def test_a_ministry_of_several_fields_is_one_claimant() -> None:
    drafted = draft_briefing(HEAD + "The Ministry of Labour, Health and Social Affairs said 15 "
                             "workers were injured.\n").casualty_claims
    assert [str(c["claimant"].value) for c in drafted] == [
        "Ministry of Labour, Health and Social Affairs"]
