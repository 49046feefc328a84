"""A report's date when its dateline gives no year ("BEIRUT, Aug 6"): the
year comes from the report's metadata, else the briefing's own date, never
the clock's, and never a day after the article's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.cli import main
from tui.core.draft.article import Article
from tui.core.draft.report import report_of
from tui.core.format.load import load_briefing

BASE = """\
format: 1
title: Explosion at Beirut port
date: 2020-08-04
timezone: Asia/Beirut
summary: A blast at the port.
casualty_claims:
  - claimant: Lebanese Health Ministry
    affected: people
    killed: 100
    said: 2020-08-05T09:00
sources:
  - name: Reuters
"""

REPORT = """\
Beirut blast toll rises to 137

BEIRUT, Aug 6 (Reuters) - The death toll from Tuesday's explosion at Beirut port rose \
to 137, the Lebanese Health Ministry said on Thursday.
"""


def test_a_yearless_dateline_takes_the_year_of_the_briefings_date(tmp_path: Path) -> None:
    base = tmp_path / "beirut.yaml"
    base.write_text(BASE, encoding="utf-8")
    report = tmp_path / "report-2.txt"  # no metadata beside it
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["update", str(base), str(report), "-o", str(out)]) == 0
    b = load_briefing(out)
    new = b.casualty_claims[-1]
    assert new.killed is not None and new.killed.text == "137"
    assert str(new.said) == "2020-08-06"
    assert str(b.updated) == "2020-08-06"
    assert all(str(e.when).startswith("2020-") for e in b.timeline)


def test_a_yearless_dateline_is_never_after_the_articles_own_date() -> None:
    # published on 2 January: the dateline's 30 December is the year before
    text = "Toll rises\n\nBEIRUT, Dec 30 (Reuters) - Nine people died, police said.\n"
    meta = {"published": "2021-01-02T08:00:00+02:00"}
    report = report_of(Article(text), "r.txt", meta, today=date(2026, 12, 6))
    assert str(report.said).startswith("2021-01-02")
    bare = report_of(Article(text), "r.txt", {}, today=date(2026, 12, 6))
    assert bare.said == date(2025, 12, 30)  # nothing else known: the last such day so far
    assert bare.on_or_after(date(2020, 12, 29)).said == date(2020, 12, 30)
    assert bare.on_or_after(date(2021, 1, 5)).said == date(2021, 12, 30)
