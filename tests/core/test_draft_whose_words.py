"""Whose words and whose figures, as real copy writes them: a clarification,
a statement by an office, a role named before the person in "according to",
a person's own statement."""

from __future__ import annotations

from tests.core.draft_helpers import HEAD, claims
from tui.core.draft import draft_briefing


def speakers(body: str) -> list[tuple[str, str | None]]:
    return [(str(q["speaker"].value), q.get("role") and str(q["role"].value))
            for q in draft_briefing(HEAD + body).quotes]


def test_clarified_and_reiterated_are_verbs_of_saying() -> None:
    assert claims("The embassy clarified on Sunday that 13 Filipinos died in the fire.")[0][0] \
        == "embassy"
    assert claims("Faisal Edhi reiterated his claim that 65 people have died.")[0][0] \
        == "Faisal Edhi"


def test_a_statement_by_an_office_is_the_offices() -> None:
    assert claims("The statement by the commissioner’s office said that 17 bodies were "
                  "pulled out from the rubble.")[0][0] == "commissioner’s office"
    assert claims("An initial statement by the Norvale Fire Brigade said nine people died.")[0][0] \
        == "Norvale Fire Brigade"


def test_according_to_a_role_then_the_name_between_commas_is_that_person() -> None:
    assert speakers("According to our plant manager, Ms. Pornthip Chaiyaporn, who led the "
                    "response, “the sensors worked.”") == [("Pornthip Chaiyaporn",
                                                           "plant manager")]
    assert speakers("According to our Health and Safety Manager, Ms. Ioana Stanciu, the "
                    "system “had been inspected in August”, and she handed over its "
                    "records.") == [("Ioana Stanciu", "Health and Safety Manager")]


def test_according_to_a_persons_own_statement_is_that_person() -> None:
    got = speakers("One door was chained “to stop people getting in without paying,” "
                   "according to the head of security's own statement to the prosecutor.")
    assert got[0][0] == "head of security"
