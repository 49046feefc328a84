"""Markdown export: golden files, literal rendering through a real CommonMark
parser, and property tests that any string survives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tests.conftest import DATA, SEED
from tui.core.load import load_briefing
from tui.core.markdown import cell, inline, to_markdown
from tui.core.model import Briefing, Quote, Reaction
from tui.core.text import one_line

HOSTILE = DATA / "hostile.yaml"
GOLDEN = DATA / "golden"


def rendered_tokens(markdown: str) -> list[Token]:
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    flat: list[Token] = []
    for token in md.parse(markdown):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


def rendered_text(markdown: str) -> str:
    """What a reader sees: the text of every text token, whitespace collapsed."""
    parts = []
    for t in rendered_tokens(markdown):
        if t.type in ("text", "code_inline"):
            parts.append(t.content)
        elif t.type in ("softbreak", "hardbreak", "inline"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def briefing_strings(b: Briefing) -> list[str]:
    """Every string field of a briefing, nested records included."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif hasattr(value, "_fields"):  # a record (a NamedTuple, or the Briefing)
            for name in value._fields:
                if name not in ("url", "evidence", "stance", "code"):
                    walk(getattr(value, name))
        elif isinstance(value, tuple):
            for v in value:
                walk(v)

    walk(b)
    return out


@pytest.mark.parametrize("source", [SEED, HOSTILE, DATA / "revisions.yaml"],
                         ids=["seed", "hostile", "revisions"])
def test_export_matches_golden_file(source: Path) -> None:
    golden = GOLDEN / f"{source.stem}.md"
    assert to_markdown(load_briefing(source)) == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("source", [SEED, HOSTILE, DATA / "revisions.yaml"],
                         ids=["seed", "hostile", "revisions"])
def test_every_string_renders_literally(source: Path) -> None:
    b = load_briefing(source)
    text = rendered_text(to_markdown(b))
    strings = briefing_strings(b)
    assert len(strings) > 20
    for s in strings:
        assert one_line(s) in text, s


def test_hostile_text_makes_no_markup() -> None:
    tokens = rendered_tokens(to_markdown(load_briefing(HOSTILE)))
    types = {t.type for t in tokens}
    assert not types & {"html_inline", "html_block", "s_open", "code_block", "fence", "hr"}
    links = [t.attrGet("href") for t in tokens if t.type == "link_open"]
    assert links == ["https://example.com/a_b*c"]
    headings = [t for t in tokens if t.type == "heading_open"]
    # title + the section headings + two reaction groups; "# Not a heading" is not one
    assert len(headings) == 1 + 7 + 2
    assert "\x1b" not in to_markdown(load_briefing(HOSTILE))


def test_seed_export_shows_disputes_at_a_glance() -> None:
    md = to_markdown(load_briefing(SEED))
    assert "80 vs 0" in md and "15 vs 22" in md
    order = [md.index(h) for h in ("## Summary", "## Quotes", "## Casualty claims",
                                     "## Figures", "## Reactions by country", "## Timeline",
                                     "## Sources")]
    assert order == sorted(order)


def test_empty_sections_are_left_out() -> None:
    from tui.core.load import parse_briefing

    md = to_markdown(parse_briefing("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"))
    assert "## Summary" in md
    assert "## Quotes" not in md and "## Timeline" not in md


def test_reactions_grouped_countries_then_organisations() -> None:
    md = to_markdown(load_briefing(HOSTILE))
    assert md.index("### United Kingdom") < md.index("### \\[@click=app.quit\\]NATO")


# -- properties -----------------------------------------------------------

text_strategy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60
).filter(lambda s: one_line(s) != "")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text_strategy)
def test_any_inline_string_survives(s: str) -> None:
    assert rendered_text(inline(s)) == one_line(s)


@settings(max_examples=200, deadline=None)
@given(text_strategy)
def test_any_table_cell_survives(s: str) -> None:
    table = f"| a |\n| --- |\n| {cell(s)} |\n"
    tokens = rendered_tokens(table)
    cells = [t for t in tokens if t.type == "inline"]
    assert " ".join("".join(c.content for c in (cells[-1].children or [])
                            if c.type in ("text", "code_inline")).split()) == one_line(s)


@settings(max_examples=100, deadline=None)
@given(speaker=text_strategy, words=text_strategy, summary=text_strategy, org=text_strategy)
def test_any_field_survives_whole_export(speaker: str, words: str, summary: str, org: str) -> None:
    b = Briefing(format=1, title="T", date=load_briefing(SEED).date, summary=summary,
                 quotes=(Quote(speaker=speaker, text=words),),
                 reactions=(Reaction(summary=summary, organisation=org),))
    text = rendered_text(to_markdown(b))
    for s in (speaker, words, summary, org):
        assert one_line(s) in text


def test_revised_claims_export_current_figures_with_their_history() -> None:
    text = to_markdown(load_briefing(DATA / "revisions.yaml"))
    assert ("| civilians | Health ministry |  | **63** (disputed: 63 vs 40) |  | provided | "
            "2020-01-08 21:00 |   | killed 12 → 31 → 63 |") in text
    assert "| civilians | Police |  |  | 9 | unknown | 2020-01-08 10:00 |   | injured was 5 at " \
        "08:00 |" in text
    assert "| missiles fired | Iran | 22 | 2020-01-08 06:00 |   | was 15 at 02:00 |" in text
    assert "| 12 |" not in text and "| **12**" not in text  # history is not a row
    assert "- **Disputed** — civilians, killed: 63 vs 40" in text
    assert "missiles fired: " not in text  # Iran's revision agrees with Iraq: no dispute
