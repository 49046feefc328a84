"""Readings added at the start of the twenty-eighth round, from seen copy and
what the last session left noticed: a body's document that opens a sentence
of "it was announced that", translated "gave the information that", a part
of the injured said to be a nation's people with the sayer after, the dead's
and the injured's parts of one nation in one sentence, a body that gives "the
same figure" as the count before, and a time of day or a day's number before
the body that speaks."""

from __future__ import annotations

import pytest

from tui.core.draft import draft_briefing


def _claims(text: str) -> list[tuple[str, str, object, object]]:
    """(claimant, affected, killed, injured) of each drafted claim."""
    return [(str(c["claimant"].value), str(c["affected"].value),
             c["killed"].value if "killed" in c else None,
             c["injured"].value if "injured" in c else None)
            for c in draft_briefing(text).casualty_claims]


def _story(*sentences: str) -> str:
    return "A blast at a shipyard\n\nNORVALE, May 4 (Wire) - " + " ".join(sentences) + "\n"


@pytest.mark.parametrize(("opening", "claimant"), [
    ("In the first written statement made by the Norvale Governorship, it was announced",
     "Norvale Governorship"),
    ("In a post on the official account of the Dock Workers' Union, it was claimed",
     "Dock Workers' Union"),
    ("In its statement issued by the Interior Ministry, it has been stated", "Interior Ministry"),
])
def test_in_a_document_by(opening: str, claimant: str) -> None:
    drafted = _claims(_story(f"{opening} that 3 workers lost their life and 8 were wounded."))
    assert [(who, killed) for who, _, killed, _ in drafted] == [(claimant, 3)]


def test_in_a_document_by_no_one_named_is_no_claimant() -> None:
    drafted = _claims(_story("In a statement, it was announced that 4 workers lost their life."))
    assert [who for who, *_ in drafted] == ["Unknown"]


def test_gave_the_information_that_is_saying() -> None:
    drafted = _claims(_story(
        "Norvale Governor Aydin Kaplan, who spoke to reporters at the gate, gave the "
        "information that the number of those who lost their life rose to 4."))
    assert [(who, killed) for who, _, killed, _ in drafted] == [("Aydin Kaplan", 4)]


@pytest.mark.parametrize("nation", ["South Koreans", "New Zealanders", "Icelanders"])
def test_of_the_injured_a_nation_said_after(nation: str) -> None:
    drafted = _claims(_story(f"Two of the injured were {nation}, the embassy said."))
    assert drafted == [("embassy", f"{nation} among the injured", None, 2)]


def test_of_the_injured_said_by_no_one_is_the_wholes_breakdown() -> None:
    # (no body says it: the count's own breakdown, no part of its own)
    assert _claims(_story("Two of the injured were Germans.")) == []


def test_of_the_dead_and_of_the_injured_each_its_part() -> None:
    drafted = _claims(_story(
        "Four of the dead and two of the injured were Britons, the Foreign Office said."))
    assert ("Foreign Office", "Britons among the dead", 4, None) in drafted
    assert ("Foreign Office", "Britons among the injured", None, 2) in drafted
    assert len(drafted) == 2


def _same_figure_story(last: str) -> str:
    return _story("That night the police told reporters that five people had died.",
                  "By the morning the Ministry of Health was reporting seven dead and 44 "
                  "injured.", last)


def test_same_figure_as_the_count_before() -> None:
    drafted = _claims(_same_figure_story("The Red Cross has given the same figure."))
    assert drafted[-1] == ("Red Cross", "people", 7, None)


def test_same_figures_are_every_figure() -> None:
    drafted = _claims(_same_figure_story("The Red Cross gave the same figures."))
    assert drafted[-1] == ("Red Cross", "people", 7, 44)


def test_a_hospitals_same_figure_is_of_its_patients() -> None:
    drafted = _claims(_same_figure_story("Across town, the Norvale General Hospital gave the "
                                         "same figure."))
    assert drafted[-1] == ("Norvale General Hospital", "people", None, 44)


def test_same_figure_named_must_be_the_count_before() -> None:
    drafted = _claims(_same_figure_story("The Red Cross has given the same figure of seven "
                                         "ever since."))
    assert drafted[-1] == ("Red Cross", "people", 7, None)
    other = _claims(_same_figure_story("The Red Cross has given the same figure of nine "
                                       "ever since."))
    assert [who for who, *_ in other].count("Red Cross") == 0


@pytest.mark.parametrize("last", [
    "The ministry has given the same figure since.",  # (the same body: no other claimant)
    "Her husband gave the same figure.",  # (no body)
])
def test_same_figure_needs_another_body(last: str) -> None:
    assert len(_claims(_same_figure_story(last))) == 2


@pytest.mark.parametrize("opening", ["The next day", "On the fourth day", "By the second week"])
def test_a_days_number_before_the_body_is_when(opening: str) -> None:
    drafted = _claims(_story("A fire broke out in the dock.",
                             f"{opening} the ministry said 12 people had died."))
    assert [who for who, *_ in drafted] == ["ministry"]


@pytest.mark.parametrize("last", [
    "The ticket office reported the same count at every gate.",  # (no agreement)
    "The club gave the same figures it had used for ticket sales.",
])
def test_same_figure_must_end_its_clause(last: str) -> None:
    drafted = _claims(_story("Police said 6 spectators died and 31 were injured.", last))
    assert len(drafted) == 1


def test_same_figure_is_the_latest_figure_before() -> None:
    drafted = _claims(_story("The ministry said 6 spectators had died.", "It later said 8.",
                             "The fire brigade gave the same figure."))
    assert drafted[-1][0] == "fire brigade" and drafted[-1][2] == 8


@pytest.mark.parametrize("last", ["The ministry on Tuesday gave the same figure.",
                                  "On Tuesday the ministry gave the same figure."])
def test_same_figure_when_is_no_part_of_who(last: str) -> None:
    drafted = _claims(_story("Police said 6 spectators died and 31 were injured.", last))
    assert drafted[-1][:3] == ("ministry", "spectators", 6)


def test_a_hospital_named_in_lower_case_gives_its_patients() -> None:
    drafted = _claims(_story("Police said 6 spectators died and 31 were injured.",
                             "The hospital gave the same figure."))
    assert drafted[-1] == ("hospital", "spectators", None, 31)


@pytest.mark.parametrize("sentence", [
    "Police said 12 people were injured. Two of the injured were Germans, who said they were "
    "lucky to be alive.",
    "Police said 12 people were injured. Two of the injured were Dutch, and said they would "
    "fly home.",
])
def test_of_the_injured_speaking_for_themselves_is_no_sayer(sentence: str) -> None:
    assert [affected for _, affected, *_ in _claims(_story(sentence))] == ["people"]


@pytest.mark.parametrize("opening", [
    "In a report on the police, it was claimed",  # (what the report is about)
    "In a report by the BBC, it was said",  # (an outlet relays)
    "In a joint statement by the Vestral Governorship and the Red Crescent, it was announced",
])
def test_in_a_document_by_no_one_body_issuing(opening: str) -> None:
    drafted = _claims(_story(f"{opening} that 6 protesters were killed."))
    assert [who for who, *_ in drafted] == ["Unknown"]


def test_none_of_the_dead_keeps_the_injureds_nation() -> None:
    drafted = _claims(_story("Police said three of the injured were Kenyans, while none of the "
                             "dead were."))
    assert drafted == [("Police", "Kenyans among the injured", 0, 3)]


def test_of_the_people_who_died_a_nations_part() -> None:
    drafted = _claims(_story("A CDAA official said six of the 12 people who died were Indian "
                             "nationals."))
    assert drafted == [("CDAA", "Indian nationals among the dead", 6, None)]


@pytest.mark.parametrize("words", ["three of its own volunteers", "three of its volunteers"])
def test_a_bodys_own_people_are_the_group(words: str) -> None:
    drafted = _claims(_story(f"The brigade says {words} were treated at the scene."))
    assert drafted == [("brigade", "volunteers", None, 3)]


def test_a_live_entrys_heading_line_is_no_part_of_its_text() -> None:
    from tests.core.several_helpers import claims as claims_of
    from tests.core.several_helpers import report
    from tui.core.story.update import draft_reports

    blog = report("Fire at a workers' hostel: live\n\n"
                  "4.40pm\nIndian embassy: five Indians among dead\n"
                  "The Embassy of India said five Indian nationals had lost their lives.\n\n"
                  "5.55pm\nCDAA: six Indians, four Bangladeshis\n"
                  "A CDAA official said that six of the 12 people who died were Indian "
                  "nationals.\n")
    drafted = claims_of(draft_reports([blog]).new)
    assert ("CDAA", "Indian nationals", "6", None) in drafted
