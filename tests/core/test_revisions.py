"""Claim revisions (format revision 2): ordering by `said`, the current claim,
disputes on current claims only, and source references."""

from __future__ import annotations

import pytest

from tui.core.format.errors import BriefingError
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing
from tui.core.story.revisions import claim_key, revisions

HEAD = "format: 1\ntitle: t\ndate: 2020-01-08\nsummary: s\n"


def briefing(body: str) -> Briefing:
    return parse_briefing(HEAD + body, "r.yaml")


CLAIMS = """casualty_claims:
  - claimant: Health ministry
    affected: civilians
    killed: 63
    said: 2020-01-08T21:00
  - claimant: Health ministry
    affected: civilians
    killed: 12
    said: 2020-01-08T09:40
  - claimant: health ministry
    affected: Civilians
    killed: 5
  - claimant: Red Cross
    affected: civilians
    killed: 63
"""


def test_revisions_are_ordered_by_said_undated_first() -> None:
    b = briefing(CLAIMS)
    groups = revisions(b.casualty_claims, claim_key)
    ministry = groups[("health ministry", "civilians")]
    assert [c.killed.text for c in ministry] == ["5", "12", "63"]  # type: ignore[union-attr]
    assert [c.claimant for c in b.current_claims] == [
        "Health ministry", "Red Cross"]  # the 63 at 21:00, in file order
    assert [c.killed.text for c in b.claim_history(b.casualty_claims[1])] == ["5", "12", "63"]  # type: ignore[union-attr]


def test_ties_keep_file_order() -> None:
    b = briefing("""casualty_claims:
  - {claimant: A, affected: x, killed: 1, said: 2020-01-08}
  - {claimant: A, affected: x, killed: 2, said: 2020-01-08}
""")
    assert b.current_claims[0].killed.text == "2"  # type: ignore[union-attr]


def test_a_revised_figure_that_now_agrees_is_no_dispute() -> None:
    """12 then 63 against 63: no dispute (12 is history, not a side)."""
    assert briefing(CLAIMS).disputes == ()


def test_disputes_compare_current_claims_only() -> None:
    b = briefing(CLAIMS.replace("  - claimant: Red Cross\n    affected: civilians\n    killed: 63",
                                "  - claimant: Red Cross\n    affected: civilians\n    killed: 40"))
    (dispute,) = b.disputes
    assert dispute.versus == "63 vs 40"
    assert dict(dispute.claims).keys() == {"Health ministry", "Red Cross"}


def test_figures_are_revised_the_same_way() -> None:
    b = briefing("""figures:
  - {what: missiles fired, claimant: Iran, value: 15, said: 2020-01-08T02:00}
  - {what: missiles fired, claimant: Iraq, value: 22}
  - {what: missiles fired, claimant: Iran, value: 22, said: 2020-01-09}
""")
    assert [f.value.text for f in b.current_figures] == ["22", "22"]
    assert b.disputes == ()


def test_sources_are_referenced_by_name() -> None:
    b = briefing("""quotes:
  - {speaker: A, text: hi, source: Reuters}
sources:
  - name: Reuters
""")
    assert b.quotes[0].source == ("Reuters",)
    with pytest.raises(BriefingError) as info:
        briefing("quotes:\n  - {speaker: A, text: hi, source: Reuters}\n")
    assert "no source is named 'Reuters'; add it to sources first" in str(info.value)


def test_a_revision_1_file_stays_valid() -> None:
    from tests.conftest import SEED
    from tui.core.format.load import load_briefing

    assert load_briefing(SEED).format == 1


def test_claims_are_counted_as_current_claims_with_revisions_noted() -> None:
    """The library's row and the claims pane count with claim_count: 4 claims
    in the file are 2 current claims, one of them revised (twice)."""
    from tui.core.store.library import count_words
    from tui.core.store.rows import summarise
    from tui.core.story.revisions import ClaimCount, claim_count

    def counts(b: Briefing) -> list[str]:
        # as the index stores the row and the library words it
        row = summarise(b)
        return count_words(row.quotes, row.claims, row.revised)

    b = briefing(CLAIMS)
    assert len(b.casualty_claims) == 4
    assert claim_count(b) == ClaimCount(current=2, revised=1)
    assert counts(b) == ["0 quotes", "2 claims (1 revised)"]
    one = briefing("quotes:\n  - {speaker: A, text: w}\n"
                   "casualty_claims:\n  - {claimant: A, affected: x, killed: 1}\n")
    assert counts(one) == ["1 quote", "1 claim"]
