"""Sentence splitting on long paragraphs: each full stop is judged by the
words just before it and by whether a quotation is still open, carried from
stop to stop (benchmarks/draft_speed.py shows the cost is linear)."""

from __future__ import annotations

from tui.core.draft.text import sentences


def test_many_stops_after_titles_end_no_sentence() -> None:
    assert sentences("Dr. Abe " * 300 + "spoke. Then he left.") == [
        ("Dr. Abe " * 300 + "spoke.").strip(), "Then he left."]


def test_a_quotation_never_closed_holds_every_stop_inside_it() -> None:
    paragraph = "He said: “It fell. " + "It was bad. " * 300
    assert sentences(paragraph) == [paragraph.strip()]


def test_after_a_long_quotation_closes_the_next_stop_ends_a_sentence() -> None:
    quote = "He said: “It fell. " + "It was bad. " * 50 + "It is over.” "
    assert sentences(quote + "Police came. They left.") == [
        quote.strip(), "Police came.", "They left."]


def test_a_title_far_into_a_long_sentence_is_still_no_end() -> None:
    long = "The rescue went on through the night in the hills above the town, said "
    assert sentences(long + "Dr. Abe Kato. He left.") == [long + "Dr. Abe Kato.", "He left."]
    assert sentences(long + "R. K. Menon. He left.") == [long + "R. K. Menon.", "He left."]
