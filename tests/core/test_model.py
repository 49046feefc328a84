"""Counts, countries, the seed briefing's content, and disputes."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEED
from tui.core.format.countries import lookup_country, suggest_country
from tui.core.format.load import load_briefing, parse_briefing
from tui.core.format.model import Count, parse_count
from tui.core.store.cache_store import pickle_briefing
from tui.core.story.disputes import _contradicting, dispute_for, find_disputes

HEAD = "format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"


@pytest.mark.parametrize(
    ("raw", "low", "high", "text"),
    [(80, 80, 80, "80"), ("80+", 80, None, "80+"), ("10-20", 10, 20, "10-20"),
     ("unknown", None, None, "unknown"), (0, 0, 0, "0"), (" 7 ", 7, 7, "7")],
)
def test_parse_count(raw: object, low: int | None, high: int | None, text: str) -> None:
    assert parse_count(raw) == Count(low, high, text)


@pytest.mark.parametrize("raw", [-1, "many", "20-10", True, 1.5, "", "1e3"])
def test_parse_count_rejects(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_count(raw)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [("80", "0", True), ("10-20", "15", False), ("80+", "100", False), ("80+", "79", True),
     ("unknown", "5", False), ("0-5", "6-9", True), ("5", "5", False)],
)
def test_counts_contradict(a: str, b: str, conflict: bool) -> None:
    assert parse_count(a).contradicts(parse_count(b)) is conflict
    assert parse_count(b).contradicts(parse_count(a)) is conflict


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [("IR", "IR", "Iran"), ("Iran", "IR", "Iran"), ("UK", "GB", "United Kingdom"),
     ("Britain", "GB", "United Kingdom"), ("USA", "US", "United States"),
     ("US", "US", "United States"), ("U.S.", "US", "United States"),
     ("United States", "US", "United States"), ("the Netherlands", "NL", "Netherlands"),
     ("Russian Federation", "RU", "Russia"), ("no", "NO", "Norway"),
     ("Iran, Islamic Republic of", "IR", "Iran")],
)
def test_lookup_country(text: str, code: str, name: str) -> None:
    c = lookup_country(text)
    assert c is not None and (c.code, c.name) == (code, name)


def test_unknown_country_and_suggestion() -> None:
    assert lookup_country("Germny") is None
    assert suggest_country("Germny") == "Germany"
    assert suggest_country("Xqzzy") is None


def test_country_no_unquoted_is_norway() -> None:
    b = parse_briefing(HEAD + "reactions:\n  - country: NO\n    summary: s\n")
    assert b.reactions[0].country is not None
    assert b.reactions[0].country.name == "Norway"


def test_text_fields_keep_text_as_written() -> None:
    b = parse_briefing("format: 1\ntitle: 1984\ndate: 2020-01-08\nsummary: yes\n")
    assert (b.title, b.summary) == ("1984", "yes")


def test_seed_briefing_content() -> None:
    b = load_briefing(SEED)
    assert b.date == date(2020, 1, 8)
    speakers = {q.speaker for q in b.quotes}
    for name in ("Ali Khamenei", "Donald Trump", "Jonathan Hoffman", "Mark Esper",
                 "Mohammad Javad Zarif"):
        assert name in speakers
    assert "All is well!" in {q.text for q in b.quotes}
    claims = {(c.claimant, c.killed.text if c.killed else None) for c in b.casualty_claims}
    assert ("Iranian state television", "80") in claims
    tv = next(c for c in b.casualty_claims if c.claimant == "Iranian state television")
    assert tv.evidence == "not-provided"
    reacting = {r.country.name for r in b.reactions if r.country}
    assert reacting == {"Iran", "United States", "Iraq", "United Kingdom", "Germany",
                        "Denmark", "Norway", "Poland"}
    missiles = {f.claimant: f.value.text for f in b.figures if f.what == "missiles fired"}
    assert missiles == {"Iranian state television": "15", "Iraq": "22"}


def test_seed_disputes() -> None:
    b = load_briefing(SEED)
    summary = {(d.label, d.versus) for d in b.disputes}
    assert summary == {("US personnel, killed", "80 vs 0"), ("missiles fired", "15 vs 22")}


def test_overlapping_ranges_are_not_disputes() -> None:
    b = parse_briefing(
        HEAD + "casualty_claims:\n"
        "  - {claimant: A, affected: Civilians, killed: 10-20}\n"
        "  - {claimant: B, affected: civilians , killed: 15}\n"
        "  - {claimant: C, affected: Soldiers, injured: 3}\n"
        "  - {claimant: D, affected: soldiers, injured: 9}\n"
    )
    disputes = find_disputes(b)
    found = [(d.subject, d.measure, d.versus) for d in disputes]
    assert found == [("Soldiers", "injured", "3 vs 9")]


def test_only_counts_that_contradict_another_are_flagged() -> None:
    # "killed: unknown" or "0+" disputes nothing: the claim is not marked
    # DISPUTED on screen or in the export, though the dispute lists it.
    b = parse_briefing(
        HEAD + "casualty_claims:\n"
        "  - {claimant: A, affected: Civilians, killed: 80}\n"
        "  - {claimant: B, affected: Civilians, killed: 0}\n"
        "  - {claimant: C, affected: Civilians, killed: unknown}\n"
        "  - {claimant: D, affected: Civilians, killed: 0+}\n"
        "  - {claimant: E, affected: Civilians, killed: 50-100}\n"
    )
    [dispute] = find_disputes(b)
    assert [(who, c.text) for who, c in dispute.claims] == [
        ("A", "80"), ("B", "0"), ("C", "unknown"), ("D", "0+"), ("E", "50-100")]
    assert dispute.versus == "80 vs 0 vs 0+ vs 50-100"
    # D agrees with everyone; E agrees with A but not with B.
    flagged = {who for who in "ABCDE" if dispute_for([dispute], "civilians", "killed", who)}
    assert flagged == {"A", "B", "E"}


_count_texts = st.one_of(
    st.integers(0, 50).map(str),
    st.tuples(st.integers(0, 50), st.integers(0, 50)).map(lambda t: f"{min(t)}-{max(t)}"),
    st.integers(0, 50).map(lambda n: f"{n}+"),
    st.just("unknown"),
)


@given(st.lists(_count_texts, max_size=8))
def test_one_pass_dispute_check_agrees_with_every_pair(texts: list[str]) -> None:
    """find_disputes checks a group in one pass; it must agree with comparing
    every pair, both on whether there is a dispute and on who is flagged."""
    counts = [parse_count(t) for t in texts]
    pairwise = [any(a.contradicts(b) for j, b in enumerate(counts) if j != i)
                for i, a in enumerate(counts)]
    assert _contradicting(counts) == pairwise


def test_a_briefing_is_immutable_and_compared_by_value_not_by_path() -> None:
    seed = load_briefing(SEED)
    again = load_briefing(SEED)
    assert seed == again and hash(seed) == hash(again) and seed is not again
    moved = pickle.loads(pickle_briefing(seed))
    object.__setattr__(moved, "path", Path("elsewhere.yaml"))  # as the parse cache does
    assert moved == seed and moved.path == Path("elsewhere.yaml")
    with pytest.raises(AttributeError):
        seed.title = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del seed.quotes
    changed = seed._replace(title="changed")
    assert changed != seed and changed.title == "changed" and seed.title != "changed"
    assert changed.quotes == seed.quotes and changed.path == seed.path
    assert changed.disputes == seed.disputes  # the cached disputes are its own
