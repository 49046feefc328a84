"""The patterns found by tuning on the tuning halves of the real and style
sets, one test per rule, each on sentences written for the test (none taken
from any article)."""

from __future__ import annotations

from tui.core.draft import draft_briefing
from tui.core.draft.records import Draft

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def draft(body: str) -> Draft:
    return draft_briefing(HEAD + body)


def speakers(body: str) -> list[object]:
    return [q["speaker"].value for q in draft(body).quotes]


# Speakers


def test_rule_name_comma_bare_role() -> None:
    assert speakers("“The pumps failed first,” Ana Ruiz, chief engineer of the port "
                    "authority, told reporters.") == ["Ana Ruiz"]
    # the comma after the role left out
    assert speakers("“The pumps failed first,” Ana Ruiz, chief engineer of the port "
                    "authority told reporters.") == ["Ana Ruiz"]


def test_rule_said_surnamed() -> None:
    assert speakers("“The water came at night,” said a ferry mechanic surnamed Oduya, who "
                    "was checking the engines. “We had no warning.”") == ["Oduya", "Oduya"]


def test_rule_adding_keeps_the_speaker_of_the_sentence() -> None:
    assert speakers("“We are still searching,” Ana Ruiz, chief engineer of the port "
                    "authority told reporters, adding that the crews needed “more pumps "
                    "and more hands”.") == ["Ana Ruiz", "Ana Ruiz"]


def test_rule_name_opens_keeps_small_words_and_skips_a_place() -> None:
    d = draft("Council President Erika van der Berg shared her sorrow, saying, “We stand "
              "with the families tonight.” At the cathedral, Bishop Tomas Riedl led prayers, "
              "saying, “May they rest in peace now.”")
    assert [(q["speaker"].value, q["role"].value if "role" in q else None)
            for q in d.quotes] == [("Erika van der Berg", "Council President"),
                                   ("Bishop Tomas Riedl", None)]


def test_rule_what_it_called() -> None:
    assert speakers("Divers searched the harbour, and the port authority opened an inquiry "
                    "into what it called “a failure of basic maintenance”.") == [
        "port authority"]


def test_a_person_described_before_who_said() -> None:
    assert speakers("Outside the ward, a driver who did not give his name said the lifts had "
                    "failed and the stairs were “full of stretchers all night”.") == ["driver"]
    assert speakers("One woman, whose son drives the night bus, said the road had been "
                    "“closed for hours, with no reason given”.") == ["woman"]


def test_the_verb_of_a_that_clause_is_not_a_subject() -> None:
    assert speakers("The World Health Organization said in Lyon that it was watching and urged "
                    "donors to ensure that “every clinic has clean water and fuel”.") == [
        "World Health Organization"]


def test_he_is_the_person_named_with_an_age_before() -> None:
    assert speakers("“We will rebuild,” said Mayor Ines Tavora. The ward holds six men. One of "
                    "them is Piotr Halas, 41, whose arm is in a cast. Halas was on the roof "
                    "when it gave way. “It just folded under me,” he said.") == [
        "Ines Tavora", "Piotr Halas"]
