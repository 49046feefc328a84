"""Misreadings a second reader found in the readings added after the
twenty-third round's first sight (breakdowns by people, documents, verbs
of reckoning, side clauses, "citing", letterheads, earlier counts); each
was mended. Report: the session's second-reading-23b notes."""

from __future__ import annotations

import pytest

from tui.core.draft.pipeline import draft_briefing
from tui.core.draft.report_issuer import issuing_body

HEAD = "Headline of the story\n\nMOROVA - "


def _claims(text: str) -> list[tuple[str, str, str]]:
    out = []
    for c in draft_briefing(HEAD + text + "\n").casualty_claims:
        measure = "killed" if "killed" in c else "injured"
        out.append((str(c["claimant"].value), str(c["affected"].value),
                    f"{measure} {c[measure].value}"))
    return out


@pytest.mark.parametrize("text", [
    "Four people were killed in the riot and 12 were arrested, of whom 5 were Afghans and 7 "
    "were Iraqis, police said.",
    "Two people died and 45 were rescued, of whom 30 were Eritreans and 15 were Sudanese, the "
    "navy said.",
    "Police said 7 people died and 43 survived, 30 from Kora and 13 from Tessa.",
    "The bus crash killed 3; the bus was carrying 40 pilgrims, 25 from Senegal and 15 from "
    "Mali, police said.",
    "Police said 40 were wounded, 25 were Kenyans and 15 were Ugandans.",
    "Police said two victims were identified: one was Ana Soler and one was Tomas Vidal.",
    "Police said 4 victims were Monday's shift and 5 were Tuesday's.",
])
def test_a_list_of_others_than_the_dead_is_no_breakdown_of_them(text: str) -> None:
    assert all("who were" not in g and " from " not in g for _, g, _ in _claims(text))


@pytest.mark.parametrize(("text", "claimant"), [
    ("The Kora Dam, estimated 40 years old, burst and killed 12 people, police said.",
     "police"),
    ("The governor estimates 3,000 homes were destroyed in the storm that killed 12 people.",
     "Unknown"),
    ("The army believes 30 militants took part in the attack that killed 12 soldiers.",
     "Unknown"),
    ("At least 40 people were killed, though officials say that figure is likely to rise.",
     "officials"),
    ("At least 40 people were killed in Kora, where the mayor says those are all the dead.",
     "mayor"),
    ("State television reported that the Ministry of Health now counts 40 dead, citing "
     "hospital sources.", "Ministry of Health"),
    ("The agency reported 12 deaths, citing the heavy rains.", "agency"),
    ("The Health Ministry issued a report on Monday. At least 40 people died, according to "
     "the report.", "Health Ministry"),
    ("Police said 5 people died, according to the Red Cross, which initially reported 4 "
     "people trapped.", "Red Cross"),
])
def test_the_claimant_an_editor_would_give(text: str, claimant: str) -> None:
    assert [c for c, _, _ in _claims(text)] == [claimant]


@pytest.mark.parametrize("text", [
    "The number of injured was initially 20, before rising to 35, police said.",
    "The ferry's capacity was originally 200, before the refit; 12 people died, police said.",
    "Police said 5 people died, according to the Red Cross, which first reported 2 cases "
    "in March.",
])
def test_a_first_number_of_something_else_is_no_earlier_toll(text: str) -> None:
    assert all(k not in ("killed 20", "killed 200", "killed 2") for _, _, k in _claims(text))


def test_who_those_who_died_were_is_no_place_they_were_found() -> None:
    assert all("found" not in g for _, g, _ in _claims(
        "Two of those who died were found in the river, police said."))


def test_a_part_as_large_as_the_whole_leaves_no_unknown_copy() -> None:
    assert [c for c, _, _ in _claims("Five people died. All five of the dead were Israelis, "
                                     "the Foreign Ministry said.")] == ["Foreign Ministry"]


def test_more_than_the_same_number_later_is_a_rise() -> None:
    found = _claims("Police said 40 people had died on Monday. On Tuesday police said more "
                    "than 40 people had died.")
    assert [k for _, _, k in found] == ["killed 40", "killed 40+"]


@pytest.mark.parametrize("letterhead", [
    "OFFICE OF THE DEPUTY PRESIDENT\nUNION BUILDINGS\nPRESS STATEMENT\n\nText.",
    "OFFICE OF THE CHIEF MEDICAL EXAMINER\nDEPARTMENT OF HEALTH\nPRESS RELEASE\n\nText.",
])
def test_an_office_above_its_building_or_its_government_issues_its_release(
        letterhead: str) -> None:
    assert (issuing_body(letterhead) or "").startswith("Office of the")


def test_a_paper_with_no_named_author_is_no_speaker() -> None:
    text = (HEAD + "Opposition lawmakers released a memo on Monday. The Health Ministry said "
            "40 people had died.\n\n“The real toll is closer to 90,” the memo said.\n")
    [quote] = draft_briefing(text).quotes
    assert str(quote["speaker"].value) not in ("Health Ministry", "memo")
