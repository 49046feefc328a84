"""Small briefings with known quotes, claims, tags and dates, for the index's tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DATA

MACRON = """\
format: 1
title: France calls for calm
date: 2020-02-10
place: Paris
tags: [France, diplomacy]
summary: |
  The French president spoke to reporters.

  He called for calm.
quotes:
  - speaker: Emmanuel Macron
    role: President of France
    country: FR
    text: We stand with our allies and call for restraint
reactions:
  - country: FR
    summary: Urged all sides to step back
"""

STRIKES = """\
format: 1
title: Missiles hit bases in Iraq
date: 2020-01-08
place: Iraq
tags: [Iraq, missile strikes]
summary: Missiles struck two bases.
quotes:
  - speaker: Ali Khamenei
    country: IR
    text: slap in the face
    context: Speaking in Qom about the strikes
casualty_claims:
  - claimant: Iranian state television
    country: IR
    affected: US personnel
    killed: 80
  - claimant: Iraqi army
    country: IQ
    affected: US personnel
    killed: 0
    note: No casualties among the troops at the base
reactions:
  - organisation: NATO
    summary: Condemned the attack on the bases
"""

GAZA = """\
format: 1
title: Ceasefire talks resume
date: 2021-05-20
tags: [Gaza]
summary: Talks on a ceasefire resumed in Cairo.
quotes:
  - speaker: Antonio Guterres
    text: Gaza is hell on earth
reactions:
  - country: GB
    summary: Welcomed the talks
"""


def write_library(folder: Path) -> Path:
    """A library of three briefings and one broken file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "macron.yaml").write_text(MACRON, encoding="utf-8")
    (folder / "strikes.yaml").write_text(STRIKES, encoding="utf-8")
    sub = folder / "2021"
    sub.mkdir(exist_ok=True)
    (sub / "gaza.yaml").write_text(GAZA, encoding="utf-8")
    (folder / "broken.yaml").write_bytes((DATA / "invalid" / "unknown-country.yaml").read_bytes())
    return folder
