"""A story told over three days, for the as-of, staleness, series and merged
timeline tests: revisions at several moments, times with and without an
offset in a briefing read in Asia/Baghdad (UTC+03:00), and undated items.

Its moments, earliest first (the instant in UTC in brackets):
  8 Jan            Iran: 15 missiles (bare date: 7 Jan 21:00Z)
  8 Jan 01:30      timeline: Strike (7 Jan 22:30Z)
  8 Jan 09:00      quote A; Ministry: 12 killed (06:00Z)
  8 Jan 12:00      Iraq: 22 missiles (09:00Z)
  8 Jan 23:30 +03:00   Red Cross: 35 killed (20:30Z)
  8 Jan 21:00 UTC  Red Cross: 40 killed (21:00Z, after the 23:30 +03:00)
  9 Jan 08:00      Iran: 22 missiles (05:00Z)
  10 Jan           timeline: Aftermath (9 Jan 21:00Z)
  10 Jan 18:00 +03:00  Ministry: 63 killed (15:00Z)
Undated: Police's "80+ injured" and B's quote.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.format.load import load_briefing
from tui.core.format.model import Briefing

STORY = """\
format: 1
title: Story over time
date: 2020-01-08
timezone: Asia/Baghdad
summary: What was known when.
quotes:
  - {speaker: B, text: No time given}
  - {speaker: A, text: Early words, said: 2020-01-08T09:00}
casualty_claims:
  - {claimant: Ministry, affected: civilians, killed: 63, said: "2020-01-10T18:00+03:00"}
  - {claimant: Red Cross, affected: civilians, killed: 40, said: "2020-01-08T21:00Z"}
  - {claimant: Ministry, affected: civilians, killed: 12, said: 2020-01-08T09:00}
  - {claimant: Police, affected: civilians, injured: "80+"}
  - {claimant: Red Cross, affected: civilians, killed: 35, said: "2020-01-08T23:30+03:00"}
figures:
  - {what: missiles fired, claimant: Iran, value: 22, said: 2020-01-09T08:00}
  - {what: missiles fired, claimant: Iraq, value: 22, said: 2020-01-08T12:00}
  - {what: missiles fired, claimant: Iran, value: 15, said: 2020-01-08}
timeline:
  - {when: 2020-01-10, event: Aftermath}
  - {when: 2020-01-08T01:30, event: Strike}
"""

LABELS = ["8 Jan", "8 Jan 01:30", "8 Jan 09:00", "8 Jan 12:00", "8 Jan 23:30 +03:00",
          "8 Jan 21:00 UTC", "9 Jan 08:00", "10 Jan", "10 Jan 18:00 +03:00"]


def story_file(folder: Path) -> Path:
    path = folder / "story.yaml"
    path.write_text(STORY, encoding="utf-8")
    return path


def story(folder: Path) -> Briefing:
    return load_briefing(story_file(folder))
