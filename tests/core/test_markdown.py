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
from tui.core.export.markdown import cell, inline, to_markdown
from tui.core.format.load import load_briefing
from tui.core.format.model import Briefing, Count, Quote, Reaction
from tui.core.format.text import one_line, readable_count

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
        elif isinstance(value, Count):  # shown for a reader: `5,000+`
            out.append(readable_count(value))
        elif hasattr(value, "_fields"):  # a record (a NamedTuple, or the Briefing)
            for name in value._fields:
                if name not in ("url", "evidence", "stance", "code"):
                    walk(getattr(value, name))
        elif isinstance(value, tuple):
            for v in value:
                walk(v)

    walk(b)
    return out


@pytest.mark.parametrize("source", [SEED, HOSTILE, DATA / "revisions.yaml",
                                    DATA / "revision3.yaml"],
                         ids=["seed", "hostile", "revisions", "revision3"])
def test_export_matches_golden_file(source: Path) -> None:
    golden = GOLDEN / f"{source.stem}.md"
    assert to_markdown(load_briefing(source)) == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("source", [SEED, HOSTILE, DATA / "revisions.yaml",
                                    DATA / "revision3.yaml"],
                         ids=["seed", "hostile", "revisions", "revision3"])
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
    # title + the section headings + Countries and Organisations + two reaction
    # groups; "# Not a heading" is not one
    assert len(headings) == 1 + 7 + 2 + 2
    assert "\x1b" not in to_markdown(load_briefing(HOSTILE))


def test_seed_export_shows_disputes_at_a_glance() -> None:
    md = to_markdown(load_briefing(SEED))
    assert "80 vs 0" in md and "15 vs 22" in md
    order = [md.index(h) for h in ("## Summary", "## Quotes", "## Casualty claims",
                                     "## Figures", "## Reactions", "## Timeline",
                                     "## Sources")]
    assert order == sorted(order)


def test_empty_sections_are_left_out() -> None:
    from tui.core.format.load import parse_briefing

    md = to_markdown(parse_briefing("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"))
    assert "## Summary" in md
    assert "## Quotes" not in md and "## Timeline" not in md


def test_reactions_grouped_countries_then_organisations() -> None:
    md = to_markdown(load_briefing(HOSTILE))
    order = [md.index(h) for h in ("## Reactions\n", "### Countries\n", "#### United Kingdom\n",
                                     "### Organisations\n",
                                     "#### \\[@click=app.quit\\]NATO\\[/\\]\n")]
    assert order == sorted(order)


def test_reactions_of_organisations_only_have_no_countries_heading() -> None:
    from tui.core.format.load import parse_briefing

    md = to_markdown(parse_briefing("format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"
                                    "reactions:\n  - organisation: UN\n    summary: Spoke.\n"))
    assert "### Organisations\n\n#### UN\n\n- Spoke." in md and "### Countries" not in md


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
            "2020-01-08 21:00 | AP |   | killed 12 → 31 → 63 |") in text
    assert "| civilians | Police |  |  | 9 | unknown | 2020-01-08 10:00 |   |   | injured was 5 " \
        "at 08:00 |" in text
    assert "| missiles fired | Iran | 22 | 2020-01-08 06:00 |   |   | was 15 at 02:00 |" in text
    assert "| 12 |" not in text and "| **12**" not in text  # history is not a row
    assert "- **Disputed** — civilians, killed: 63 (8 Jan 21:00) vs 40 (" in text
    assert "missiles fired: " not in text  # Iran's revision agrees with Iraq: no dispute


ATTRIBUTED = """format: 1
title: Attributed
date: 2020-01-08
summary: s
quotes:
  - speaker: Minister
    text: We will respond.
    source: Quote Wire
casualty_claims:
  - claimant: Ministry
    affected: civilians
    killed: 2750
    injured: 250000-300000
    source: Claim Wire
figures:
  - what: rockets
    claimant: Army
    value: 1200+
    said: 2020-01-08T09:30
    source: Figure Wire
sources:
  - name: Quote Wire
  - name: Claim Wire
  - name: Figure Wire
"""


def test_markdown_says_where_each_claim_came_from() -> None:
    from tui.core.format.load import parse_briefing

    md = to_markdown(parse_briefing(ATTRIBUTED))
    assert "— **Minister**, source: Quote Wire" in md
    assert ("| Affected | Claimant | Country | Killed | Injured | Evidence | Said | Source "
            "| Note |") in md
    assert "| civilians | Ministry |  | 2,750 | 250,000-300,000 | unknown |  | Claim Wire |" in md
    assert "| What | Claimant | Value | Said | Source | Note |" in md
    assert "| rockets | Army | 1,200+ | 2020-01-08 09:30 | Figure Wire |" in md


def test_markdown_separates_thousands_and_data_exports_do_not() -> None:
    from tui.core.export.data import to_csv, to_json
    from tui.core.format.load import parse_briefing

    b = parse_briefing(ATTRIBUTED.replace("killed: 2750", "killed: 2750\n    note: n\n"
                                          "  - claimant: Other\n    affected: civilians\n"
                                          "    killed: 3000"))
    md = to_markdown(b)
    assert "2,750 vs 3,000 (Ministry: 2,750; Other: 3,000)" in md
    assert "**2,750** (disputed: 2,750 vs 3,000)" in md
    data = to_json(b)
    assert '"min": 2750' in data and '"text": "2750"' in data and "2,750" not in data.split(
        '"disputes"')[0]
    assert "2,750" not in to_csv(b) and ",2750,2750," in to_csv(b)
    from tui.core.story.diff import diff_briefings, diff_text

    changed = parse_briefing(ATTRIBUTED.replace("killed: 2750", "killed: 12000"))
    assert "killed 2,750 -> 12,000" in diff_text(diff_briefings(parse_briefing(ATTRIBUTED),
                                                                  changed))


@pytest.mark.parametrize(("count", "shown"), [
    (Count(2750, 2750, "2750"), "2,750"), (Count(250000, 300000, "250000-300000"),
                                           "250,000-300,000"),
    (Count(1200, None, "1200+"), "1,200+"), (Count(None, None, "unknown"), "unknown"),
    (Count(80, 80, "80"), "80"), (Count(0, 5, "0-5"), "0-5"),
])
def test_readable_count(count: Count, shown: str) -> None:
    assert readable_count(count) == shown
