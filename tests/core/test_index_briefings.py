"""The library's search: a briefing matches when each word matches somewhere
in it; fields that name a kind of item are checked on the items; the
briefings' documents follow the files as they change and go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.index_fixtures import MACRON, STRIKES, write_library
from tui.core.store.index import Index


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    found = Index(write_library(tmp_path / "library"))
    found.update()
    yield found
    found.close()


def briefings(index: Index, query: str) -> list[tuple[str, str | None]]:
    return [(h.path, h.hit.label if h.hit else None) for h in index.search_briefings(query)]


def test_words_may_match_in_different_items_of_one_briefing(index: Index) -> None:
    # Khamenei is quoted; the army makes a claim: no one item has both
    assert index.search("khamenei army") == []
    assert briefings(index, "khamenei army") == [("strikes.yaml", "quote by Ali Khamenei")]
    assert briefings(index, "khamenei calm") == []  # calm is in another briefing


def test_an_item_matching_every_word_is_where_the_briefing_matched(index: Index) -> None:
    found = index.search_briefings("iraqi casualties")
    assert [(h.path, h.hit and h.hit.label) for h in found] == [
        ("strikes.yaml", "claim by Iraqi army")]
    assert found[0].hit is not None and found[0].hit.kind == "claim" and found[0].hit.item == 1


def test_where_a_briefing_matched_is_looked_for_as_many_as_asked(index: Index) -> None:
    # the library asks for as many as its list shows at once
    everywhere = index.search_briefings("the")
    assert len(everywhere) >= 2 and all(h.hit is not None for h in everywhere)
    first = index.search_briefings("the", snippets=1)
    assert [h.path for h in first] == [h.path for h in everywhere]
    assert first[0].hit == everywhere[0].hit and all(h.hit is None for h in first[1:])


def test_the_matches_read_as_a_list_of_hits(index: Index) -> None:
    found = index.search_briefings("the", snippets=1)
    hits = list(found)
    assert len(found) == len(hits) >= 2
    assert found[0] == hits[0] and found[-1] == hits[-1] and found[1:] == hits[1:]
    assert found.paths == [h.path for h in hits]
    assert found[0].hit is not None and found[1].hit is None
    with pytest.raises(IndexError):
        found[len(found)]


def test_more_matches_than_are_ranked_are_listed_newest_first(
        index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.core.store.search

    dates = {row.path: row.date or "" for row in index.listing()}
    monkeypatch.setattr(tui.core.store.search, "RANKED", 1)
    found = index.search_briefings("the")
    assert len(found) >= 2
    assert [dates[p] for p in found.paths] == sorted((dates[p] for p in found.paths),
                                                     reverse=True)
    # the same order when a date range makes SQLite order them itself
    assert index.search_briefings("the date:1900..2100").paths == found.paths


def test_the_order_kept_between_searches_follows_the_index(
        index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.core.store.search

    monkeypatch.setattr(tui.core.store.search, "RANKED", 1)
    oldest = index.search_briefings("the").paths[-1]
    path = index.folder / oldest
    text = path.read_text(encoding="utf-8")
    dated = next(line for line in text.splitlines() if line.startswith("date:"))
    # updated through another connection (as the library's worker does)
    path.write_text(text.replace(dated, "date: 2030-01-01"), encoding="utf-8")
    other = Index(index.folder)
    other.update()
    other.close()
    assert index.search_briefings("the").paths[0] == oldest
    # and through this one
    path.write_text(text.replace(dated, "date: 1990-01-01"), encoding="utf-8")
    index.update()
    assert index.search_briefings("the").paths[-1] == oldest


def test_a_field_naming_a_kind_is_checked_on_the_items(index: Index) -> None:
    assert briefings(index, "speaker:khamenei") == [("strikes.yaml", "quote by Ali Khamenei")]
    # "Iraqi army" is a claimant, never a speaker, though both are a "who"
    assert briefings(index, "speaker:army") == []
    assert briefings(index, "claimant:army") == [("strikes.yaml", "claim by Iraqi army")]


def test_tags_dates_and_disputed_choose_briefings(index: Index) -> None:
    assert briefings(index, "tag:iraq") == [("strikes.yaml", None)]
    assert briefings(index, "macron date:2021") == []
    assert [p for p, _ in briefings(index, "missiles disputed")] == ["strikes.yaml"]


def test_a_changed_or_removed_file_leaves_no_words_behind(index: Index) -> None:
    folder = index.folder
    (folder / "macron.yaml").write_text(MACRON.replace("Emmanuel Macron", "Someone Else"),
                                        encoding="utf-8")
    (folder / "strikes.yaml").unlink()
    index.update()
    assert briefings(index, "macron") == []
    assert briefings(index, "khamenei") == []
    (folder / "strikes.yaml").write_text(STRIKES, encoding="utf-8")
    index.update()
    assert briefings(index, "khamenei") == [("strikes.yaml", "quote by Ali Khamenei")]
    conn = index.connection()
    conn.execute("INSERT INTO docs(docs, rank) VALUES ('integrity-check', 0)")  # raises if not


def test_query_text_is_never_syntax(index: Index) -> None:
    for text in ('NEAR(a b)', '"', "'; drop table briefings; --", "a AND", "*", "{who}:x"):
        index.search_briefings(text)  # no error
    assert len(index.listing()) == 4


def test_an_update_of_given_paths_looks_at_them_alone(index: Index) -> None:
    folder = index.folder
    (folder / "strikes.yaml").write_text(STRIKES.replace("Missiles hit bases in Iraq",
                                                         "Missiles hit two bases"),
                                         encoding="utf-8")
    (folder / "new.yaml").write_text(MACRON.replace("France calls for calm", "New one"),
                                     encoding="utf-8")
    (folder / "macron.yaml").unlink()
    (folder / "2021" / "gaza.yaml").write_text("format: 1\ntitle: [\n", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.yaml").write_text(MACRON, encoding="utf-8")
    updated = index.update(only=["strikes.yaml", "new.yaml", "macron.yaml", ".git/x.yaml"])
    assert (updated.parsed, updated.removed) == (2, 1)
    assert updated.changed == {"strikes.yaml", "new.yaml", "macron.yaml"}
    titles = {row.path: row.title for row in index.listing()}
    # gaza.yaml changed too, but was not named: it is looked at next time
    assert titles == {"strikes.yaml": "Missiles hit two bases", "new.yaml": "New one",
                      "2021/gaza.yaml": "Ceasefire talks resume", "broken.yaml": None}


def test_a_prepared_search_reads_the_order_before_the_next_key(
        index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.core.store.search

    monkeypatch.setattr(tui.core.store.search, "RANKED", 1)
    index.prepare_search()
    statements: list[str] = []
    index.connection().set_trace_callback(statements.append)
    assert len(index.search_briefings("the")) >= 2
    assert statements and not any("FROM briefings ORDER BY" in s for s in statements)
