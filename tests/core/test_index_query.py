"""The search language: words by prefix, phrases, fields, dates, `disputed`;
ranking by bm25; snippets that say where; hostile input taken as words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.index_fixtures import write_library
from tui.core.store import search
from tui.core.store.index import Index
from tui.core.store.query import parse_query


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    found = Index(write_library(tmp_path / "library"))
    found.update()
    yield found
    found.close()


def found(index: Index, query: str) -> list[tuple[str, str]]:
    """(path, where) of each hit, in order."""
    return [(h.path, h.label) for h in index.search(query)]


def files(index: Index, query: str) -> set[str]:
    return {h.path for h in index.search(query)}


def test_words_match_by_prefix(index: Index) -> None:
    assert found(index, "mac") == [("macron.yaml", "quote by Emmanuel Macron")]
    assert found(index, "Macron") == found(index, "mac")
    assert files(index, "khame slap") == {"strikes.yaml"}  # every word, in one item


def test_words_must_all_be_in_one_item(index: Index) -> None:
    assert index.search("macron gaza") == []


def test_phrases_are_exact(index: Index) -> None:
    assert found(index, '"slap in the face"') == [("strikes.yaml", "quote by Ali Khamenei")]
    assert index.search('"face the slap"') == []
    assert index.search('"sla"') == []  # a phrase is not a prefix


def test_speaker_narrows_to_quotes(index: Index) -> None:
    assert found(index, "speaker:khamenei") == [("strikes.yaml", "quote by Ali Khamenei")]
    assert found(index, 'speaker:"Ali Khamenei"') == found(index, "speaker:khamenei")
    # France's reaction mentions no Macron, but his quote's row is the only hit
    assert found(index, "speaker:macron") == [("macron.yaml", "quote by Emmanuel Macron")]
    assert index.search("speaker:nato") == []  # NATO reacted; it was not quoted


def test_claimant_narrows_to_claims(index: Index) -> None:
    assert found(index, 'claimant:"iraqi army"') == [("strikes.yaml", "claim by Iraqi army")]
    assert found(index, "claimant:iranian") == [("strikes.yaml",
                                                 "claim by Iranian state television")]
    assert index.search("claimant:khamenei") == []


def test_country_by_code_or_name(index: Index) -> None:
    by_code = found(index, "country:IR")
    assert sorted(by_code) == [("strikes.yaml", "claim by Iranian state television"),
                               ("strikes.yaml", "quote by Ali Khamenei")]
    assert sorted(found(index, "country:iran")) == sorted(by_code)
    # IR is Iran's code exactly, not a prefix of Iraq or IQ's names
    assert ("strikes.yaml", "claim by Iraqi army") not in by_code
    assert sorted(found(index, "country:france")) == [("macron.yaml", "quote by Emmanuel Macron"),
                                                       ("macron.yaml", "reaction by France")]


def test_org_narrows_to_reactions(index: Index) -> None:
    assert found(index, "org:nato") == [("strikes.yaml", "reaction by NATO")]
    assert found(index, "org:nato bases") == [("strikes.yaml", "reaction by NATO")]
    assert index.search("org:nato khamenei") == []


def test_tags_match_by_prefix_and_without_case(index: Index) -> None:
    assert files(index, "tag:iraq") == {"strikes.yaml"}
    assert files(index, "tag:MISSILE") == {"strikes.yaml"}
    assert files(index, "tag:gaza") == {"2021/gaza.yaml"}
    assert index.search("tag:%") == []  # LIKE's wildcards are letters here
    assert index.search("tag:_aza") == []


@pytest.mark.parametrize(("query", "expected"), [
    ("date:2020-01..2020-02", {"strikes.yaml", "macron.yaml"}),
    ("date:2020-01", {"strikes.yaml"}),
    ("date:2020-01-08", {"strikes.yaml"}),
    ("date:2021", {"2021/gaza.yaml"}),
    ("date:..2020-01", {"strikes.yaml"}),
    ("date:2020-02..", {"macron.yaml", "2021/gaza.yaml"}),
    ("date:2019", set()),
])
def test_date_ranges(index: Index, query: str, expected: set[str]) -> None:
    assert files(index, query) == expected


def test_a_filter_alone_lists_briefings_newest_first(index: Index) -> None:
    hits = index.search("date:2020..2021")
    assert [(h.path, h.kind, h.line) for h in hits] == [
        ("2021/gaza.yaml", "briefing", 1), ("macron.yaml", "briefing", 1),
        ("strikes.yaml", "briefing", 1)]
    assert hits[0].snippet == "Ceasefire talks resume"


def test_disputed(index: Index) -> None:
    assert files(index, "disputed") == {"strikes.yaml"}
    assert files(index, "disputed slap") == {"strikes.yaml"}
    assert index.search("disputed macron") == []
    assert index.search('"disputed"') == []  # quoted, it is a word: no briefing says it


def test_filters_and_words_combine(index: Index) -> None:
    assert index.search("tag:gaza khamenei") == []
    assert found(index, "tag:iraq date:2020-01 speaker:khamenei") == [
        ("strikes.yaml", "quote by Ali Khamenei")]


def test_hits_are_ranked_by_bm25(tmp_path: Path) -> None:
    folder = tmp_path / "ranked"
    folder.mkdir()
    filler = " ".join(f"word{i}" for i in range(40))
    for name, text in [("once-long", f"truce {filler}"), ("thrice", "truce truce truce"),
                       ("once-short", "a truce now")]:
        (folder / f"{name}.yaml").write_text(
            f"format: 1\ntitle: {name}\ndate: 2020-01-01\nsummary: s\n"
            f"quotes:\n  - speaker: Someone\n    text: {text}\n")
    index = Index(folder)
    index.update()
    assert [h.path for h in index.search("truce")] == ["thrice.yaml", "once-short.yaml",
                                                      "once-long.yaml"]
    index.close()


def test_snippets_say_where_the_match_is(index: Index) -> None:
    (hit,) = index.search('claimant:"iraqi army"')
    assert (hit.label, hit.line, hit.item) == ("claim by Iraqi army", 17, 1)
    assert hit.snippet.startswith("US personnel")
    (quote,) = index.search("qom")  # only in the quote's context: the context is shown
    assert quote.label == "quote by Ali Khamenei"
    assert quote.snippet.startswith("Speaking in Qom")
    start, end = quote.highlights[0]
    assert quote.snippet[start:end] == "Qom"
    (guterres,) = index.search("speaker:guterres")  # who matched: the words from the start
    assert (guterres.snippet, guterres.highlights) == ("Gaza is hell on earth", ())
    (summary,) = index.search("reporters")
    assert (summary.label, summary.line, summary.item) == ("summary", 6, 0)


def test_control_characters_never_reach_a_snippet(tmp_path: Path) -> None:
    folder = tmp_path / "escapes"
    folder.mkdir()
    (folder / "esc.yaml").write_text(
        'format: 1\ntitle: "Esc \\e]0;pwned\\a title"\ndate: 2020-01-01\nsummary: s\n'
        'quotes:\n  - speaker: "Evil \\e[2J speaker"\n    text: "red \\e[31malert\\x9b text"\n')
    index = Index(folder)
    index.update()
    (hit,) = index.search("red")
    for text in (hit.snippet, hit.label, hit.title):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)
    assert "alert" in hit.snippet
    index.close()


HOSTILE = ['"', '"unbalanced phrase', 'NEAR(slap face)', "slap AND OR NOT face", "*", "slap*",
           ":", "col:", "'; DROP TABLE briefings; --", "{who}: khamenei", "a^b", "-slap",
           "\x00\x1b[31m", "speaker:", 'speaker:"', 'speaker:"unclosed', '""', "date:2020-13..",
           "date:garbage", "date:..", "tag:", "country:", "org:*", "x" * 5000, "(", ")",
           "NOT", "+", "slap NEAR/2 face", "\\", "%", "\u202e", "speaker:khamenei:slap"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_is_words(index: Index, query: str) -> None:
    hits = index.search(query)
    assert isinstance(hits, list)
    assert len(index.listing()) == 4  # and nothing happened to the index


def test_operators_are_words() -> None:
    q = parse_query('NEAR(slap face) AND "x" OR')
    assert q.match == '"NEAR(slap"* AND "face)"* AND "AND"* AND "x" AND "OR"*'


def test_an_operator_word_matches_as_a_word(index: Index) -> None:
    assert files(index, "stand AND allies") == {"macron.yaml"}  # "and" is in the quote
    assert files(index, "slap NOT face") == set()  # no "not" in Khamenei's quote


def test_any_text_is_a_query(tmp_path: Path) -> None:
    index = Index(write_library(tmp_path / "library"))
    index.update()

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(
        list('"*:(){}^-+ NEARORANDNOT.date:tag:speaker:disputed'))))
    def never_raises(text: str) -> None:
        assert isinstance(index.search(text), list)

    never_raises()
    index.close()


def test_a_single_letter_is_a_whole_word(index: Index) -> None:
    assert parse_query("m").match == '"m"'
    assert parse_query("ma").match == '"ma"*'
    assert index.search("s") == []  # no word is just "s"


def test_a_limited_search_ranks_the_matches_indexed_last(
        index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = index.search("the")
    assert index.search("the", limit=2) == everything[:2]  # few matches: all ranked
    monkeypatch.setattr(search, "CANDIDATES", 2)
    limited = index.search("the", limit=2)
    last_two = index.connection().execute(
        "SELECT kind, item FROM items WHERE items MATCH '\"the\"*' ORDER BY rowid DESC "
        "LIMIT 2").fetchall()
    assert len(everything) > 2
    assert sorted((h.kind, h.item) for h in limited) == sorted(last_two)
