"""Translated copy as it reaches an editor: a translator's note in brackets
above the headline, »reversed guillemets« around quotes, and the place a
statement was given put between its verb and its speaker."""

from __future__ import annotations

from tui.core.draft import draft_briefing

ARTICLE = """[Translated from the Slovene]

Flood in the gorge: the number of the deceased rose to three

Bovec, 12 August (STA) – Three canyoners lost their lives in the gorge, the police said.

»The wave came in less than one minute,« said at the press conference in Bovec the \
spokesperson of the police administration, Rok Kranjc.
"""


def test_a_note_in_brackets_above_the_headline_is_not_the_title() -> None:
    assert draft_briefing(ARTICLE).title == (
        "Flood in the gorge: the number of the deceased rose to three")


def test_reversed_guillemets_mark_a_quote_and_the_venue_is_not_its_speaker() -> None:
    quotes = draft_briefing(ARTICLE).quotes
    assert [(q["text"].value, q["speaker"].value) for q in quotes] == [
        ("The wave came in less than one minute,", "Rok Kranjc")]


FEATURE = """After the flood

KARAVA, Latvia — The flood mark on the door of Ilze Berzina's bakery is at the height of a \
child. For eleven years Anna Kalnina walked to the bakery before dawn. She was there that night.

"The water came through the floor first," she says.
"""


def test_a_name_after_a_time_with_no_comma_is_who_she_is() -> None:
    quotes = draft_briefing(FEATURE).quotes
    assert [q["speaker"].value for q in quotes] == ["Anna Kalnina"]


def test_a_person_named_by_what_is_theirs_is_who_she_is() -> None:
    article = FEATURE.replace("For eleven years Anna Kalnina walked to the bakery before dawn. ",
                              "Berzina, 58, was upstairs. ")
    quotes = draft_briefing(article).quotes
    assert [q["speaker"].value for q in quotes] == ["Ilze Berzina"]


def test_a_statement_that_says_speaks_for_its_author() -> None:
    article = ("Tsunami toll rises\n\nJAKARTA (AA) - At least 57 people are missing, agency "
               "spokesman Ari Wibowo said.\n\n\u201cIn Serang district, 12 people died,\u201d "
               "said the statement.\n")
    assert [q["speaker"].value for q in draft_briefing(article).quotes] == ["Ari Wibowo"]


def test_a_nationality_in_a_described_speaker_is_part_of_who() -> None:
    article = ("Cable car falls\n\nROME - Fourteen people died.\n\n\u201cIt is not clear "
               "whether the two families knew each other,\u201d an Israeli foreign ministry "
               "spokesperson said.\n")
    assert [q["speaker"].value for q in draft_briefing(article).quotes] == [
        "Israeli foreign ministry spokesperson"]


def test_rule_quote_runs_on_into_the_next_paragraph() -> None:
    article = ("Cyclone aid\n\nBRUSSELS - The EU sent aid.\n\nCommissioner Elena Marsh said: "
               "\u201cThe EU stands with all those affected. We are mobilising help.\n\n"
               "\u201cIn addition, we are sending experts.\u201d\n")
    quotes = draft_briefing(article).quotes
    assert [(q["text"].value, q["speaker"].value) for q in quotes] == [
        ("The EU stands with all those affected. We are mobilising help.", "Elena Marsh"),
        ("In addition, we are sending experts.", "Elena Marsh")]


def test_a_timeline_event_leaves_its_dateline_out() -> None:
    article = ("Mill blast\n\nMBABANE, June 18 (Reuters) - Six workers were killed when a "
               "boiler exploded on Thursday, police said.\n")
    events = [str(t["event"].value) for t in draft_briefing(article).timeline]
    assert events and all(not e.startswith("MBABANE") for e in events), events
    assert events[0].startswith("Six workers were killed")


def test_a_pages_time_stamp_is_no_timeline_event() -> None:
    article = ("Mill blast\n\nJune 18, 2026 4:55 PM GMT+2\n\nMBABANE, June 18 (Reuters) - Six "
               "workers were killed when a boiler exploded on Thursday, police said.\n")
    events = [str(t["event"].value) for t in draft_briefing(article).timeline]
    assert events and not any("4:55 PM" in e for e in events), events


def test_a_long_run_of_figures_is_read_at_once() -> None:
    # (a page's table pasted as one line: no pattern may read it two ways)
    article = "Figures\n\n" + " ".join(["12"] * 3000) + " on June 18, 2026.\n"
    assert draft_briefing(article).title == "Figures"
