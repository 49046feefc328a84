"""The panes show counts as a reader expects them, thousands separated
(`2,750`, `250,000-300,000`, `1,200+`), with the core's one helper; a
search for the plain digits still finds them."""

from __future__ import annotations

from tui.app.clipboard import copy_text
from tui.app.rows import claim_line, claim_words, figure_line
from tui.app.text import matches
from tui.core.format.load import parse_briefing

BRIEFING = parse_briefing("""format: 1
title: t
date: 2020-01-08
summary: s
casualty_claims:
  - {claimant: Ministry, affected: civilians, killed: 2750, injured: 250000-300000}
  - {claimant: Agency, affected: civilians, killed: 3000}
figures:
  - {what: rockets, claimant: Army, value: 1200+}
""")


def test_claim_and_figure_rows_separate_thousands() -> None:
    claim = BRIEFING.casualty_claims[0]
    disputes = list(BRIEFING.disputes)
    row = claim_line(claim, disputes).plain
    assert "killed 2,750 ⚠ DISPUTED (2,750 vs 3,000)" in row
    assert "injured 250,000-300,000" in row
    assert "rockets: 1,200+" in figure_line(BRIEFING.figures[0], disputes).plain
    assert "killed 2,750 (disputed: 2,750 vs 3,000)" in copy_text(claim, disputes)[0]


def test_search_finds_a_count_by_its_plain_digits_too() -> None:
    words = claim_words(BRIEFING.casualty_claims[0])
    assert matches("killed 2750", words) and matches("2,750", words)
