"""Rules of merging several reports, each named after what it does, run on
small reports through `update_text` (the drafter included): who a toll is
credited to, which group it counts, when it was said, and which claims
dispute each other."""

from __future__ import annotations

from datetime import date

from tui.core.draft.article import Article
from tui.core.draft.report import Report, report_of
from tui.core.format.model import Briefing, CasualtyClaim
from tui.core.story.update import update_text

BASE = """\
format: 1
title: Fire at a market
date: 2025-03-01
summary: A fire.
sources:
  - name: Wire
"""


def report(text: str, published: str = "2025-03-01T12:00:00+00:00",
           outlet: str = "Wire") -> Report:
    return report_of(Article(text), "r.txt", {"published": published, "outlet": outlet},
                     today=date(2025, 3, 5))


def claims(b: Briefing) -> list[tuple[str, str, str | None, str | None]]:
    def text(c: CasualtyClaim, name: str) -> str | None:
        count = getattr(c, name)
        return None if count is None else count.text
    return [(c.claimant, c.affected, text(c, "killed"), text(c, "injured"))
            for c in b.casualty_claims]


def test_a_toll_in_a_release_is_its_issuers_and_an_unnamed_one_is_left_out() -> None:
    release = report("MINISTRY OF HEALTH\nPRESS RELEASE\n\nFire at the market\n\n"
                     "The Ministry of Health regrets to inform the public that fifteen (15) "
                     "patients lost their lives in the fire.\n")
    new = update_text(BASE, [release]).new
    assert [c[:3] for c in claims(new)] == [("Ministry of Health", "patients", "15")]
    blog = report("Fire at the market\n\nAs per the latest information, 17 passengers have "
                  "lost their lives.\n")
    assert claims(update_text(BASE, [blog]).new) == []
