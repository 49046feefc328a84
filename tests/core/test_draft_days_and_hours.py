"""Numbers that are no toll: a day after its month ("on August 15") and an hour
in words ("by nine that night"), with the count after them still read; and a
sum of several events' dead ("in the two disasters")."""

from __future__ import annotations

from tests.core.draft_helpers import claims


def test_a_day_after_its_month_is_no_count() -> None:
    assert claims("Burkina Faso's embassy confirmed on August 15 that five of its citizens "
                  "were killed.") == [("Burkina Faso's embassy", "Burkinabe citizens", 5, None)]
    assert claims("Police said on Aug. 3 that 12 people died.")[0][2] == 12


def test_an_hour_in_words_is_no_count() -> None:
    assert [c[2] for c in claims("By nine that night the police said two people had died.")] \
        == [2]
    assert [c[2] for c in claims("At ten in the morning officials said three miners died.")] \
        == [3]


def test_a_count_after_a_date_with_its_year_is_still_read() -> None:
    assert claims("On March 12 15 people died, police said.") == [("police", "people", 15, None)]
    assert claims("Police said on March 1,200 people died.")[0][2] == 1200


def test_a_count_over_several_events_is_no_toll() -> None:
    # (a sum of two incidents' dead: each incident's own toll is the claim)
    assert claims("Thirteen people died in the two disasters, according to the authorities.") \
        == []
    assert claims("Twenty-one people died in three separate incidents, officials said.") == []
    assert claims("Police said 12 people died in the crash.") == [("Police", "people", 12, None)]
