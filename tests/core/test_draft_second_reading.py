"""A second reader's counter-examples to this session's rules, each kept as a
test: the sentences the rules first misread."""

from __future__ import annotations

from tests.core.draft_helpers import HEAD, claims
from tui.core.draft import draft_briefing


def test_an_unattributed_toll_then_a_body_is_the_bodys_whole_sentence() -> None:
    assert claims("Twelve people were killed in the attack, and officials said 30 were "
                  "wounded.") == [("officials", "people", 12, 30)]
    assert claims("The blast killed 12 people, and police said 30 others were injured.") \
        == [("police", "people", 12, 30)]


def test_a_figure_said_in_a_clause_of_when_is_that_clauses_speakers() -> None:
    assert claims("The government declared three days of mourning after the health ministry "
                  "said 45 people had died.") == [("health ministry", "people", 45, None)]


def test_a_second_clauses_figure_of_something_else_is_no_toll() -> None:
    assert claims("Officials said 12 people were killed, while the UN put the figure of "
                  "displaced at 40,000.") == [("Officials", "people", 12, None)]
    assert claims("Police said 12 people were killed, while officials kept their count of "
                  "the missing at 30.") == [("Police", "people", 12, None)]


def test_a_number_before_that_night_after_to_is_a_toll_not_an_hour() -> None:
    assert claims("The toll rose to nine that night, police said.") \
        == [("police", "people", 9, None)]


def test_a_month_then_a_count_is_no_date_unless_it_is_on_a_day() -> None:
    assert claims("Since January 40 people have died in attacks in the province, the UN "
                  "said.") == [("UN", "people", 40, None)]
    assert claims("By August 40 bodies had been recovered, officials said.")[0][2] == 40


def test_a_countrys_letters_are_no_persons_initials() -> None:
    body = ("Mayor Ana Ruiz toured the flooded streets on Tuesday.\n\nU.S. Marines, who "
            "arrived on Tuesday, helped clear the rubble. “We have never seen anything like "
            "this,” she said.")
    assert [q["speaker"].value for q in draft_briefing(HEAD + body).quotes] == ["Ana Ruiz"]


def test_sums_over_several_bombings_attacks_or_crashes_are_no_toll() -> None:
    assert claims("Eleven people died in two separate bombings, police said.") == []
    assert claims("Fourteen people were killed in both crashes, police said.") == []


def test_a_table_lines_figure_with_who_is_among_it() -> None:
    for line in ("- Dead: 34, nine of them children", "- Dead: 34 – including 9 children",
                 "- Deaths: 34, among whom 3 children"):
        assert [c[2] for c in claims(line)] == [34]
