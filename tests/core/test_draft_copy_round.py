"""The patterns found in the tuning round on all real and style stories, one
test per rule, each on sentences written for the test (none taken from any
article)."""

from __future__ import annotations

from tui.core.draft import draft_briefing
from tui.core.draft.records import Draft
from tui.core.draft.text import sentences

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def draft(body: str) -> Draft:
    return draft_briefing(HEAD + body)


def claims(body: str) -> list[tuple[object, ...]]:
    return [(c["claimant"].value, str(c["killed"].value) if "killed" in c else None,
             str(c["injured"].value) if "injured" in c else None)
            for c in draft(body).casualty_claims]


def test_rule_relayed_last_names_the_body_and_keeps_the_outlet_as_source() -> None:
    d = draft("Hospital director Dr. Ana Ruiz raised the death toll from 40 to 52 on Tuesday, "
              "The Associated Press reported. She said 90 people were wounded.")
    assert [(c["claimant"].value, str(c["killed"].value) if "killed" in c else None,
             str(c["injured"].value) if "injured" in c else None)
            for c in d.casualty_claims] == [("Ana Ruiz", "40", None), ("Ana Ruiz", "52", None),
                                            ("Ana Ruiz", None, "90")]
    assert d.relays == ("Associated Press",)
    # with no one named before it, the outlet is the claimant
    assert claims("Nine people died in the flood, Kyodo News reported.") == [
        ("Kyodo News", "9", None)]


def test_the_number_of_martyrs_of_a_long_description() -> None:
    assert claims("The civil defence directorate announced that the number of martyrs of the "
                  "fire which broke out in the Al-Nour General Hospital in the old city has "
                  "reached 17.") == [("civil defence directorate", "17", None)]


def test_a_month_written_short_before_its_day_ends_no_sentence() -> None:
    assert sentences("Cases were recorded since Dec. 18, and 40 people were treated. It "
                     "rained in Dec. Then it stopped.") == [
        "Cases were recorded since Dec. 18, and 40 people were treated.", "It rained in Dec.",
        "Then it stopped."]


def test_an_uncredited_toll_is_kept_when_no_one_is_credited_with_that_measure() -> None:
    # the dead on nobody's word, the injured on the governor's: both kept
    assert claims("About 240 pilgrims were trampled to death at the bridge. The governor said "
                  "80 pilgrims were injured.") == [("Unknown", "240", None),
                                                   ("governor", None, "80")]
    # next to a credited toll of the dead, the uncredited one would only make a dispute
    assert claims("The toll rose to 61. The governor said 58 people were killed.") == [
        ("governor", "58", None)]
