"""Small reports for the tests of merging several reports: a report
with its metadata, a bare base briefing, and the claims and figures of a
result as tuples."""

from __future__ import annotations

from datetime import date

from tui.core.draft.article import Article
from tui.core.draft.report import Report, report_of
from tui.core.format.model import Briefing, CasualtyClaim

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


def base_with(*claims: tuple[str, str, int]) -> str:
    lines = [BASE.replace("sources:\n  - name: Wire\n", ""), "casualty_claims:\n"]
    for claimant, affected, killed in claims:
        lines.append(f"  - claimant: {claimant}\n    affected: {affected}\n    killed: {killed}\n"
                     "    said: 2025-03-01T08:00Z\n")
    return "".join(lines) + "sources:\n  - name: Wire\n"


def figures(b: Briefing) -> list[tuple[str, str, str]]:
    return [(f.claimant, f.what, f.value.text) for f in b.figures]
